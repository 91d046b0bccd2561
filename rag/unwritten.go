package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// unwrittenThing is the noun a whether/when question is about when no
// report writes it and no lexicon concept names it (地铁 of "咱这什么时候
// 开通地铁", 公务员 of "今年公务员涨工资吗"): quotes sharing only the
// question's other words answer something else. The thing must be the
// first asked word of the asking clause: a word of an earlier clause is a
// circumstance ("我是跑网约车的，…"), a locative where the resident stands
// (家门口) or an aspect word (规定) the kind of thing asked, neither the
// thing. The question asks two words, the thing and what of it: a third
// makes the unwritten noun likelier a modifier or an everyday wording of
// what the quotes say. "" when there is no such noun.
func (e *Engine) unwrittenThing(d *Draft) string {
	norm := d.Norm()
	asked, verb := e.withoutLeadVerb(d.asked)
	if (len(asked) != 2 && (!verb || len(asked) != 1)) || !whetherOrWhen.MatchString(norm) {
		return ""
	}
	t := firstAsked(asked)
	// After a dropped lead verb the word is its object, a thing whatever
	// the dictionary knows of it (服贸 of 参加服贸会).
	if !t.missing || (!t.noun && !verb) || len(t.syn) > 0 || t.part || t.at < askingClauseStart(norm) ||
		isLocative(t.term) || aspectWords[t.term] || e.ix.writesAny(d.Scope, []string{t.term}) {
		return ""
	}
	if verb {
		return verbObject(norm, t)
	}
	return t.term
}

// verbObject is the whole object a whether question asks was done, from
// its unwritten word t to the closing particles (世界湿地大会 of "举办了世界
// 湿地大会吗"): the thing the report does not mention is all of it. t
// alone when the rest is no plain run of characters.
func verbObject(norm string, t askedTerm) string {
	// 了 before 没有 (参加服贸会了没有) is aspect, not the object's.
	obj := strings.TrimRight(mentionTail.ReplaceAllString(norm[t.at:], ""), "了")
	if rs := []rune(obj); len(rs) > 12 || !AllHan(rs) || !strings.HasPrefix(obj, t.term) {
		return t.term
	}
	return obj
}

// firstAsked is the asked word the question writes first.
func firstAsked(asked []askedTerm) askedTerm {
	t := asked[0]
	for _, u := range asked[1:] {
		if u.at >= 0 && (t.at < 0 || u.at < t.at) {
			t = u
		}
	}
	return t
}

// withoutLeadVerb is asked without its first word when that word is a
// verb the reports write (参加 of "去年参加广交会了吗", 举办, 承办): the
// verb says what was done with the thing, which is the word after it.
// verb reports whether one was dropped.
func (e *Engine) withoutLeadVerb(asked []askedTerm) (rest []askedTerm, verb bool) {
	if len(asked) < 2 {
		return asked, false
	}
	t := firstAsked(asked)
	if e.ix.posOf(t.term) != "v" || t.missing || t.at < 0 {
		return asked, false
	}
	return slices.DeleteFunc(slices.Clone(asked), func(u askedTerm) bool { return u.term == t.term }), true
}

// whetherOrWhen asks whether a thing happens or when: 吗, A不, 了没,
// 什么时候.
var whetherOrWhen = regexp.MustCompile(`(?:吗|不|没有?)[\s\p{P}]*$|什么时候|啥时候|何时`)

// askingClauseStart is the byte offset of the last clause of norm, where
// a question puts what it asks; 0 when it has one clause.
func askingClauseStart(norm string) int {
	trimmed := strings.TrimRightFunc(norm, func(r rune) bool { return strings.ContainsRune(",，。.!！;；?？ ", r) })
	at := strings.LastIndexAny(trimmed, ",，。!！;；") // no ".": 5.5%吗 is one clause
	if at < 0 {
		return 0
	}
	_, n := utf8.DecodeRuneInString(trimmed[at:])
	return at + n
}

// normalizedQuotes is each citation's quote normalized, in order: the
// checks that ask which asked words the quotes write read them so.
func normalizedQuotes(cs []Citation) []string {
	quotes := make([]string, len(cs))
	for i, c := range cs {
		quotes[i] = Normalize(c.Quote)
	}
	return quotes
}

// quotesAnswerOnlyTheRest reports whether the quotes were found by the
// question's other words alone: one of them is written in a quote, as
// asked or by a report term (开工; 收入 for 工资), and no other noun is
// written as asked. Then the unwritten thing is what they lack. Quotes
// found by no asked word came by meaning, where the everyday word (退休金,
// 孩子) may well name what they say.
func (e *Engine) quotesAnswerOnlyTheRest(d *Draft, thing string) bool {
	quotes := normalizedQuotes(d.Answer.Citations)
	if e.quotesHoldOtherNoun(d, thing, quotes) {
		return false
	}
	for _, t := range d.asked {
		if t.term != thing && t.writtenIn(quotes) {
			return true
		}
	}
	return false
}

// happeningWord is a stage a thing reaches (通车, 投产, 竣工), which the
// dictionary may tag a noun: it is what of the unwritten thing is asked
// (地铁什么时候通车), not another thing the quotes are about — they say
// another road's 通车.
var happeningWord = regexp.MustCompile(`^` + happeningDayVerbs + `$`)

// quotesHoldOtherNoun reports whether a quote (normalized) writes, as the
// question does, another noun it asks (企业 of "政府检查企业会减少吗", 家庭 of
// "一家子都没人上班的那种家庭"): the quotes are about what was asked, and
// the unwritten word is the question's wording for something they say.
func (e *Engine) quotesHoldOtherNoun(d *Draft, thing string, quotes []string) bool {
	for _, t := range d.asked {
		if t.term != thing && e.ix.dict.IsNoun(t.term) && !happeningWord.MatchString(t.term) && slices.ContainsFunc(quotes, func(q string) bool { return strings.Contains(q, t.term) }) {
			return true
		}
	}
	return false
}
