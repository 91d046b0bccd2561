package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Reports write small counts in Chinese numerals before a measure word and
// the thing counted — “三大储库”, 八轮强降雨, “五大安全” — which the
// figures index leaves out (small counts name things). A question asking
// that count with 几 and the same measure word and noun (几大储库, 几轮强降雨)
// is answered by the clause that writes it, whatever other figure stands
// in the sentence (千万吨 beside “三大储库”) and however few of the
// question's other words (经历, 夏天) it holds.

// numeralCountAsked is 几, a measure word and the noun counted. Not 个:
// 几个试点城市 may count titles several sentences give, and one clause's
// 两个试点城市 is then no whole answer.
var numeralCountAsked = regexp.MustCompile(`几([大轮项类种批条])(\p{Han}+)`)

// countedNounEnds end the noun a 几 question counts (几轮强降雨呢); words
// asking on (几大储库是什么) end it too, and then it is not answered here.
var countedNounEnds = []string{"是", "有", "分别", "包括", "都", "呢", "吗", "啊", "呀", "吧", "了"}

// minCountedNoun is how many characters the counted noun must have: one
// (几个人) names too many things.
const minCountedNoun = 2

// numeralCount is what a 几 question counts: its measure word and noun.
type numeralCount struct {
	measure, noun string
	fiveYear      bool // the ordinal of a five-year plan: “八五”普法
}

// fiveYearAsked asks which five-year plan a thing belongs to: "普法是第几个
// 五年". Reports number them “八五”普法, “十四五”规划.
var fiveYearAsked = regexp.MustCompile(`(\p{Han}{2,}?)(?:是|属于|进入|到了)?第几个五年`)

// numeralCountOf reads the count a question asks with 几, or the five-year
// plan it asks by 第几个五年; ok is false when
// it asks none, or asks which (哪几大), not how many.
func numeralCountOf(norm string) (numeralCount, bool) {
	if m := fiveYearAsked.FindStringSubmatchIndex(norm); m != nil {
		if !asksNoMore(norm[m[1]:]) {
			return numeralCount{}, false
		}
		return numeralCount{measure: "五", noun: norm[m[2]:m[3]], fiveYear: true}, true
	}
	m := numeralCountAsked.FindStringSubmatchIndex(norm)
	if m == nil || strings.HasSuffix(norm[:m[0]], "哪") {
		return numeralCount{}, false
	}
	noun := norm[m[4]:m[5]]
	for _, w := range countedNounEnds {
		if i := strings.Index(noun, w); i >= 0 {
			noun = noun[:i]
		}
	}
	if utf8.RuneCountInString(noun) < minCountedNoun || !asksNoMore(norm[m[4]+len(noun):]) {
		return numeralCount{}, false
	}
	return numeralCount{measure: norm[m[2]:m[3]], noun: noun}, true
}

// asksNoMore reports whether what follows the count asked is only
// particles and punctuation: "几个方面，都是啥" asks the things too, which
// the clause counting them does not list.
func asksNoMore(rest string) bool {
	return strings.Trim(rest, "呢吗啊呀吧了?？!！，,。 ") == ""
}

// writtenCount finds the count in a text: a Chinese numeral (not an
// ordinal's, 第三), the measure word and the noun, quotes allowed
// between them (“三大储库”).
func (c numeralCount) writtenCount() *regexp.Regexp {
	q := `[”’"“‘]?`
	if c.fiveYear {
		return regexp.MustCompile(`(“)([一二三四五六七八九十]+)五”` + regexp.QuoteMeta(c.noun))
	}
	return regexp.MustCompile(`(^|[^第一二两三四五六七八九十百千])([一二两三四五六七八九十]+)` + q + regexp.QuoteMeta(c.measure) + q + regexp.QuoteMeta(c.noun))
}

// countClause is the clause of p writing the count, or false.
func countClause(p *Paragraph, re *regexp.Regexp) (Citation, bool) {
	m := re.FindStringSubmatchIndex(p.Text)
	if m == nil {
		return Citation{}, false
	}
	if _, ok := ParseChineseNumber(p.Text[m[4]:m[5]]); !ok {
		return Citation{}, false
	}
	for _, sp := range Clauses(p.Text) {
		if sp.byteStart <= m[4] && m[4] < sp.byteEnd {
			return citationFor(p, trimSpan(p.Text, sp)), true
		}
	}
	return Citation{}, false
}

// groundNumeralCount answers a 几 count with the clause writing it in a
// Chinese numeral: first from the paragraphs retrieved, then from any of
// the period asked. A place the question names must stand in the clause.
func (e *Engine) groundNumeralCount(d *Draft) {
	if d.Lookup || d.Answer.Understood == nil {
		return
	}
	c, ok := numeralCountOf(d.norm)
	if !ok {
		return
	}
	re := c.writtenCount()
	var found []Citation
	for _, r := range e.ix.reportsIn(d.Scope) {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if !p.Quotable() {
				continue
			}
			cite, ok := countClause(p, re)
			if !ok || d.otherPeriodThan(cite.Period) {
				continue
			}
			if d.place != nil && d.place.Relation != PlaceOwn && !placeHeld(d.place, "", Normalize(cite.Quote)) {
				continue
			}
			found = append(found, cite)
		}
	}
	if len(found) == 0 {
		return
	}
	best := slices.IndexFunc(found, func(f Citation) bool {
		return slices.ContainsFunc(d.retrieved, func(r Citation) bool { return r.Report == f.Report && r.Paragraph == f.Paragraph })
	})
	d.answerWithClause(found[max(best, 0)])
}

// answerWithClause makes the answer the clause cite quotes, alone: the
// steps after it leave a matched answer be.
func (d *Draft) answerWithClause(cite Citation) {
	startStructureAnswer(d.Answer).addQuote(cite)
	d.Matched = true
}
