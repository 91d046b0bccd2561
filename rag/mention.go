package rag

import (
	"regexp"
	"slices"
	"strings"
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
		if rs := []rune(thing); len(rs) >= 2 && len(rs) <= 12 && allHan(rs) {
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

// withoutPeriodWords is thing as a decline names it: without the period
// the question asked it of (菜市场今年改造 → 菜市场改造), which is no part of
// what the report does not mention.
func withoutPeriodWords(thing string) string {
	out := thing
	for _, w := range periodWords {
		if allHan([]rune(w)) {
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
