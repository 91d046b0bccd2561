package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// mentionCues ask whether the report mentions something, which their
// group names: 有没有提到消费券, 报告是否提及城中村改造, 报告提到长护险了吗.
var mentionCues = []*regexp.Regexp{
	regexp.MustCompile(`(?:有没有|有冇|有无|是否|可有|是不是|有没)(?:提到|提及|讲到|说到|谈到|涉及|写到|提过|说过|讲过)了?(.+)$`),
	regexp.MustCompile(`(?:提到|提及|讲到|说到|谈到|涉及|写到)了?(.+?)(?:了吗|吗|没有|了没|没)$`),
	regexp.MustCompile(`(?:说没说|提没提|讲没讲)(.+)$`),
	// The report named, bare 提 asks the same (报告有没有提充电桩), and so
	// does asking whether it has content on a thing (报告里有共享单车的内容吗).
	// The class after 提 keeps out the words 提 begins (提振消费, 提名);
	// the lead-ins 关于/讲 are no part of the thing (有关于养老的内容吗).
	regexp.MustCompile(`报告(?:里|中|里面)?(?:有没有|有无|是否|可有|有没)提(?:起|一下|下)?([^高升出供前速质档醒倡交示振名标炼取案拔请议携审款货成纲法问要神]\p{Han}+)[\s\p{P}]*$`),
	regexp.MustCompile(`报告(?:里|中|里面)?(?:有没有|有无|有)(?:关于|有关|讲|说|涉及)?(\p{Han}+?)(?:的内容|相关内容|相关的内容|方面的内容)(?:吗|没有|么)?[\s\p{P}]*$`),
}

// thingFirstCues ask whether the report mentions the thing that opens the
// question, the rest of it the cue: 人才公寓有提到吗, 河蟹节报告里说没说,
// 民宿有没有提. The year before it is when, no part of the thing.
var thingFirstCues = []*regexp.Regexp{
	regexp.MustCompile(`^(?:去年|今年|明年)?的?(\p{Han}+?)` + reportIn + `(?:有没有|有无|是否|有)?(?:提到|提及|讲到|说到|谈到|涉及|写到|提|讲|说)(?:了|过)?(?:吗|没有|了没|没|嘛)[\s\p{P}]*$`),
	regexp.MustCompile(`^(?:去年|今年|明年)?的?(\p{Han}+?)` + reportIn + `(?:说没说|提没提|讲没讲|有没有(?:提到|提及|提|讲|说)?)[\s\p{P}]*$`),
}

// reportIn is the report named after the thing asked: 河蟹节报告里说没说.
const reportIn = `(?:报告里面|报告里|报告中|报告)?`

// mentionTail is what may close the thing asked about without being
// part of it: 的事, 这件事, 问题, 方面, particles and punctuation.
var mentionTail = regexp.MustCompile(`(?:的事情|的事儿|的事|这件事|这个事|这事|的内容|相关内容|相关的内容|方面的内容|的问题|问题|方面|工作|情况|了吗|没有|了没|吗|呢|嘛|啊|呀|吧|没|[？?。.!！~～ ])+$`)

// mentionAsked is the thing a question asks whether the report mentions,
// normalized, or "" when it asks no such thing.
func mentionAsked(norm string) string {
	for _, re := range mentionCues {
		m := re.FindStringSubmatch(norm)
		if m == nil || strings.HasPrefix(m[1], "的") {
			continue // "报告提到的民生实事都完成了吗" asks about what it mentions
		}
		thing := strings.TrimPrefix(mentionTail.ReplaceAllString(m[1], ""), "过")
		thing = strings.TrimPrefix(strings.TrimPrefix(thing, "关于"), "有关") // 提到关于就业的内容
		if rs := []rune(thing); len(rs) >= 2 && len(rs) <= 12 && AllHan(rs) {
			return thing
		}
	}
	return ""
}

// existenceCue asks whether there is such a thing, the thing alone: "今年有
// 棚户区改造吗", "今年城中村改造吗".
var existenceCue = regexp.MustCompile(`^(?:今年|去年|明年)?还?(?:有没有|有)?(\p{Han}{3,8}?)(?:了吗|吗|了没有|没有|了没)[\s\p{P}]*$`)

// existenceAsked is the thing a question asks whether there is, when the
// question is that thing alone and the thing opens with a word the reports do
// not write and nothing they write names (棚户区; 老年食堂, whose concept's
// 养老服务 is a neighbour): asked that way it is asked whether the report
// mentions it. "" otherwise: a thing of the reports' words may be there by
// another wording, which the quotes found answer.
func (e *Engine) existenceAsked(d *Draft) string {
	m := existenceCue.FindStringSubmatch(d.Norm())
	if m == nil || strings.Contains(m[1], "的") || asksSupportOf(m[1]) {
		return ""
	}
	if !slices.ContainsFunc(d.asked, func(t askedTerm) bool {
		unnamed := t.missing && t.noun && len(t.syn) == 0 ||
			len(t.syn) > 0 && namesFor(t.term, t.syn) == nil && !e.ix.writesAny(d.Scope, []string{t.term})
		return unnamed && strings.HasPrefix(m[1], t.term) // the thing named, not a verb's object (要建机场)
	}) {
		return ""
	}
	return m[1]
}

// asksSupportOf reports whether thing is "X有补贴" (今年换车有补贴吗): it
// asks what support X has, which the period's quotes answer, not whether
// the report mentions the words.
func asksSupportOf(thing string) bool {
	i := strings.Index(thing, "有")
	return i > 0 && slices.ContainsFunc(supportMeans, func(w string) bool { return strings.HasPrefix(thing[i+len("有"):], w) })
}

// groundMention keeps "有没有提到消费券" from being answered yes by text
// that holds only part of it (社零's 消费). The thing is mentioned where
// a text holds it whole, or a lexicon concept's report term it is a whole
// member of, or every word the question was read to ask when those words
// spell all of it (老旧小区改造 in 改造老旧小区). When no quote does but a
// clause of the report does, that clause is the answer; when none does,
// the report does not mention it, and the quotes are related text.
func (e *Engine) groundMention(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup {
		return
	}
	thing := mentionAsked(d.Norm())
	if thing == "" {
		thing = e.existenceAsked(d)
	}
	if thing == "" {
		thing = e.unwrittenThingFirst(d)
	}
	if thing == "" {
		if thing = e.unwrittenThing(d); thing != "" && !e.quotesAnswerOnlyTheRest(d, thing) {
			return
		}
	}
	if thing == "" {
		if thing = e.unwrittenName(d); thing == "" {
			thing = e.unwrittenLead(d)
		}
		if thing == "" {
			thing = e.unwrittenKindLead(d)
		}
		if thing != "" {
			ans.relatedOnly(GroundNotAnswered, "报告没有提到“"+asTyped(d.Query.Text, withoutPeriodWords(thing))+"”。相关内容：", "The report does not mention this. Related text:")
		}
		return
	}
	holds := e.mentionTest(d, thing)
	for _, c := range ans.Citations {
		if holds(Normalize(c.Quote)) {
			return
		}
	}
	if p, sp, ok := e.clauseHolding(d.Scope, holds, nil); ok {
		ans.quoteOnly(citationFor(p, sp))
		return
	}
	ans.relatedOnly(GroundNotAnswered, "报告没有提到“"+asTyped(d.Query.Text, withoutPeriodWords(thing))+"”。相关内容：", "The report does not mention this. Related text:")
}

// thingFirstAsked is the thing a question that opens with it asks whether
// the report mentions (thingFirstCues), normalized; "" otherwise.
func thingFirstAsked(norm string) string {
	for _, re := range thingFirstCues {
		if m := re.FindStringSubmatch(norm); m != nil {
			thing := strings.TrimSuffix(mentionTail.ReplaceAllString(m[1], ""), "的")
			if rs := []rune(thing); len(rs) >= 2 && len(rs) <= 12 && !strings.ContainsAny(thing, thingQuestionWords) {
				return thing
			}
		}
	}
	return ""
}

// thingQuestionWords make what opens a question a question of its own
// (政府自己归谁监督, 盘锦啥时候能有机场), not a thing whose mention is asked.
const thingQuestionWords = "谁什么哪多少几怎么啥咋"

// thingClauseWords make what opens a question a clause, a happening told
// (螃蟹沟那边一下雨就淹), not a thing named: adverbs, the passive and
// pointing words, each a word of its own.
var thingClauseWords = []string{"就", "都", "又", "还", "也", "才", "总", "老", "被", "把", "让", "那边", "这边", "那里", "这里", "一下", "老是", "总是"}

// unwrittenThingFirst is the thing a question that opens with it asks
// whether the report mentions, when a word of it is one the reports never
// write and the lexicon gives no name for (公寓 of 人才公寓, 北站 of 盘锦北站改造):
// text sharing its other words (人才) is about a relative, not the thing.
// A thing of written words only (冰钓比赛, the report's 冰钓赛; 停车管理条例)
// may be written another way, which the quotes found answer. "" otherwise.
func (e *Engine) unwrittenThingFirst(d *Draft) string {
	thing := thingFirstAsked(d.Norm())
	if thing == "" {
		return ""
	}
	words := d.Words(thing)
	if slices.ContainsFunc(words, func(w string) bool { return slices.Contains(thingClauseWords, w) }) {
		return ""
	}
	unwritten := slices.ContainsFunc(e.ix.writtenUnits(words), func(w string) bool {
		return utf8.RuneCountInString(w) >= 2 && AllHan([]rune(w)) && !e.ix.writesAny(d.Scope, []string{w}) && len(e.ix.lex.reportTermsOf(w)) == 0
	})
	if !unwritten && !e.namesUnwrittenKind(d, thing, words) || shortenedIn(thing, normalizedQuotes(d.Answer.Citations)) {
		return ""
	}
	return thing
}

// namesUnwrittenKind reports whether thing, closing with a kind's word
// (大学, 城市), names one institution or title of that kind the report
// never names (nameUnwritten): its others of the kind (大连理工大学,
// 国家级健康城市) do not mention it, though they share its words.
func (e *Engine) namesUnwrittenKind(d *Draft, thing string, words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	kind := kindOfName(words[n-1])
	return kind != "" && e.nameUnwritten(d, thing, kind, e.distinctiveWords(words[:n-1], d.Query.Text))
}

// writtenUnits are a thing's words as the report would write them: a run
// of one-character words, which the cutter leaves of a word the dictionary
// does not know (田长制, 民宿, 算力), is one; and a closing one-character
// noun is read with the word before it (河蟹节, 渔家菜), the kind it names,
// which text holding that word alone (盘锦河蟹) is not about.
func (ix *Index) writtenUnits(words []string) []string {
	var units []string
	run := ""
	for _, w := range words {
		if runeLen(w) == 1 && startsHan(w) {
			run += w
			continue
		}
		if run != "" {
			units = append(units, run)
			run = ""
		}
		units = append(units, w)
	}
	if run == "" {
		return units
	}
	if n := len(units); runeLen(run) == 1 && n > 0 && closesKind(ix.posOf(run)) {
		units[n-1] += run
		return units
	}
	return append(units, run)
}

// closesKind: a one-character word of this part of speech may close a
// name as its kind (节 zg, 路 n, 港 j); a preposition or a particle (被,
// 了) does not.
func closesKind(pos string) bool {
	return strings.HasPrefix(pos, "n") || pos == "zg" || pos == "j"
}

// shortenedIn reports whether a quote holds thing's characters in order
// within a span at most three times its length: the thing is the quote's
// name abbreviated (大工盘锦校区 of 大连理工大学盘锦校区), which it answers.
func shortenedIn(thing string, quotes []string) bool {
	rs := []rune(thing)
	for _, q := range quotes {
		qs := []rune(q)
		for i := range qs {
			if qs[i] == rs[0] && runesInOrder(rs, qs[i:min(i+3*len(rs), len(qs))]) {
				return true
			}
		}
	}
	return false
}

// withoutPeriodWords is thing as a decline names it: without the period
// the question asked it of (菜市场今年改造 → 菜市场改造), which is no part of
// what the report does not mention.
func withoutPeriodWords(thing string) string {
	out := thing
	for _, w := range periodWords {
		if AllHan([]rune(w)) {
			out = strings.ReplaceAll(out, w, "")
		}
	}
	if out == "" {
		return thing
	}
	return out
}

// mentionTest is whether a normalized text mentions thing (groundMention).
func (e *Engine) mentionTest(d *Draft, thing string) func(string) bool {
	names := append([]string{thing}, namesFor(thing, e.ix.lex.reportTermsOf(thing))...)
	var words []string
	spelt := 0
	for _, t := range d.asked {
		if strings.Contains(thing, t.term) {
			words = append(words, t.term)
			spelt += len([]rune(t.term))
		}
	}
	if spelt < len([]rune(thing)) {
		words = nil // 消费券 is not spelt by 消费 alone
	}
	return func(text string) bool {
		return containsAny(text, names) || len(words) > 0 && containsAll(text, words)
	}
}

// namesFor keeps the report terms of thing's concepts that name it. A
// thing that shares one character with them, and no more, is a narrower
// kind beside them, no other name: 新能源 and 低碳 do not mention 碳中和,
// nor 养老服务 老年食堂. Two or more shared name it (长期护理保险 for
// 长护险); none, an everyday word for it (医疗 for 看病).
func namesFor(thing string, terms []string) []string {
	best := 0
	for _, t := range terms {
		best = max(best, sharedRunes(thing, t))
	}
	if best == 1 {
		return nil
	}
	return terms
}

// sharedRunes counts the characters of a that b holds.
func sharedRunes(a, b string) int {
	n := 0
	for _, r := range a {
		if strings.ContainsRune(b, r) {
			n++
		}
	}
	return n
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// reportsIn is rep alone, or every report when it is nil.
func (ix *Index) reportsIn(rep *Report) []*Report {
	if rep != nil {
		return []*Report{rep}
	}
	return ix.Reports()
}

// reportID is r's id, "" for all reports.
func reportID(r *Report) string {
	if r == nil {
		return ""
	}
	return r.Meta.ID
}

// clauseHolding is the first clause of a quotable paragraph of rep
// (every report's when nil) that holds, normalized, what holds asks;
// within, when not nil, confines it to the paragraphs it accepts.
func (e *Engine) clauseHolding(rep *Report, holds func(string) bool, within func(*Paragraph) bool) (*Paragraph, Span, bool) {
	for _, r := range e.ix.reportsIn(rep) {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if !p.Quotable() || within != nil && !within(p) {
				continue
			}
			// The index has normalized the paragraph and its clauses.
			pt := e.ix.para(p)
			if !holds(pt.norm) {
				continue
			}
			for _, c := range pt.clauses {
				if holds(c.norm) {
					return p, c.span, true
				}
			}
		}
	}
	return nil, Span{}, false
}
