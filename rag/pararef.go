package rag

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// paraRef matches a question that names a paragraph the ways staff type
// it: "第23段说了什么", "¶23", "paragraph 23", "段落23", "23段", "P23",
// "第23自然段", "§23", and from the end, "最后一段", "倒数第二段". Each match fills
// one group: lastGroup (最后一段), fromEndGroup (倒数第N段), or one of the
// groups after it up to refGroups (a paragraph's number).
var paraRef = regexp.MustCompile(`(?i)(?:(最后一\s*(?:个)?\s*(?:自然)?段|\blast paragraph\b)|倒数第\s*(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:个)?\s*(?:自然)?段|` +
	`第\s*(\d{1,4}|[一二三四五六七八九十百零〇两]{1,6})\s*(?:个)?\s*(?:自然)?段(?:落)?|¶\s*(\d{1,4})|\bparagraphs?\s*(?:no\.?\s*|number\s*|#\s*)?(\d{1,4})\b|` +
	`段落\s*(\d{1,4})|段(\d{1,3})(?:[^\d.]|$)|\bparas?\.?\s*(\d{1,4})\b|\bp\.?\s*(\d{1,3})\b|(?:^|[^\d.])(\d{1,3})\s*(?:自然)?段(?:落)?|§\s*(\d{1,4}))`)

// The groups of paraRef: the last paragraph, one counted from the end,
// and the numbered forms.
const (
	lastGroup    = 1
	fromEndGroup = 2
)

// refGroups is the last of them.
var refGroups = paraRef.NumSubexp()

// paraRefRest is what may stand around the reference for the question to be
// only about the paragraph.
var paraRefRest = regexp.MustCompile(`(?i)^[\s\p{P}]*(?:报告|原文|的|讲|说|写|内容|是|了|什么|啥|哪些|给我|看看|看下|看一下|查看|查一下|查|看|打开|翻到|读|念|找|谁|显示|请|一下|呢|和|与|及|what|does|did|say|says|show|me|the|of|in|is|and|report|text|look|at|read|open|check|please|pls|\s|\p{P})*$`)

// maxLookups bounds the paragraphs one question may look up.
const maxLookups = 5

// paragraphAnswer answers a question that asks for a paragraph by number
// with the whole paragraph, verbatim. It returns nil when the question is
// not such a lookup (it asks something else too, or names no paragraph).
// norm is Normalize(text): it folds the full-width ２３ and ¶ forms that
// input methods type.
func (e *Engine) paragraphAnswer(text, norm string, rep *Report) *Answer {
	lang := questionLang(norm)
	nums := lookupNumbers(norm)
	if nums == nil {
		return nil
	}
	ans := &Answer{Question: text, Mode: ModeExtractive, Lang: lang, Citations: []Citation{}, Parts: []Part{}}
	for _, n := range nums {
		for _, r := range e.lookupReports(rep) {
			if len(ans.Parts) > 0 {
				ans.Parts = append(ans.Parts, TextPart(RoleBreak, ""))
			}
			ans.Found = e.lookUp(ans, r, n) || ans.Found
		}
	}
	return ans
}

// lookupNumbers returns the paragraph numbers a normalized question asks
// for when looking them up is all it asks; nil otherwise.
func lookupNumbers(norm string) []int {
	if !mayNameParagraph(norm) {
		return nil // no reference: spare the regexp
	}
	if !paraRefRest.MatchString(stripParaRefs(norm)) {
		return nil
	}
	return namedParagraphs(norm)
}

// namedParagraphs returns the paragraph numbers a normalized question
// names ("¶23 GDP": 23), up to maxLookups; nil when none or more.
func namedParagraphs(norm string) []int {
	nums := ParagraphRefs(norm)
	if len(nums) > maxLookups {
		return nil
	}
	return nums
}

// ParagraphRefs returns every paragraph number norm (Normalize's output)
// names, however staff or a model write it; nil when none. A paragraph
// counted from the end is negative: -1 is the last; see Report.fromEnd.
func ParagraphRefs(norm string) []int {
	if !mayNameParagraph(norm) {
		return nil // no reference: spare the regexp
	}
	var nums []int
	for _, m := range paraRef.FindAllStringSubmatchIndex(norm, -1) {
		switch {
		case m[2*lastGroup] >= 0:
			nums = append(nums, -1)
		case m[2*fromEndGroup] >= 0:
			nums = append(nums, -paragraphNumber(norm[m[2*fromEndGroup]:m[2*fromEndGroup+1]]))
		default:
			for g := fromEndGroup + 1; g <= refGroups; g++ {
				if m[2*g] >= 0 {
					nums = append(nums, paragraphNumber(norm[m[2*g]:m[2*g+1]]))
				}
			}
		}
	}
	return nums
}

// fromEnd resolves a paragraph number counted from the end (-1: the last)
// to the report's numbering, counting report text only: a closing web
// link is no paragraph a reader means by 最后一段. Other numbers pass.
func (r *Report) fromEnd(n int) int {
	if n >= 0 {
		return n
	}
	for i := len(r.Paragraphs) - 1; i >= 0; i-- {
		if r.Paragraphs[i].Quotable() {
			if n++; n == 0 {
				return i + 1
			}
		}
	}
	return 0
}

// resolveRefs are nums in rep's numbering; with no single report, the
// references counted from the end are left out.
func resolveRefs(nums []int, rep *Report) []int {
	out := make([]int, 0, len(nums))
	for _, n := range nums {
		if rep != nil {
			n = rep.fromEnd(n)
		}
		if n >= 0 {
			out = append(out, n)
		}
	}
	return out
}

// lookupReports are the reports a lookup reads: rep, or each report's ¶n
// (each citation naming its report) when rep is nil.
func (e *Engine) lookupReports(rep *Report) []*Report {
	if rep == nil {
		return e.ix.reports
	}
	return []*Report{rep}
}

// paragraphHits are the search hits for a lookup question: each named
// paragraph that has a passage, in the order named, ranked by neither leg.
func (e *Engine) paragraphHits(nums []int, rep *Report, k int) []Hit {
	if k <= 0 {
		return nil
	}
	var out []Hit
	for _, n := range nums {
		for _, r := range e.lookupReports(rep) {
			n := r.fromEnd(n)
			for _, p := range e.ix.passages {
				if p.Report == r.Meta.ID && p.Para == n {
					out = append(out, Hit{Passage: p, Paragraph: &r.Paragraphs[n-1], Score: 1})
					break
				}
			}
		}
	}
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// confineToParagraphs keeps, of an answer to a question that names
// paragraphs and asks more ("¶23 GDP"), the quotes and figures from those
// paragraphs, when it has any: the staff member asked what ¶23 says.
func (a *Answer) confineToParagraphs(nums []int) {
	cited := func(p Part) bool {
		return len(p.Citations) > 0 && slices.Contains(nums, a.Citations[p.Citations[0]].Paragraph)
	}
	content := func(p Part) bool { return p.Type == PartQuote || p.Type == PartFigure || p.Type == PartCorrection }
	if !slices.ContainsFunc(a.Parts, func(p Part) bool { return content(p) && cited(p) }) {
		return
	}
	a.keepParts(func(p Part) bool { return !content(p) || cited(p) })
	a.figuresFromParts()
}

// stripParaRefs removes paragraph references from a normalized question,
// so that "第23段" neither counts as a figure nor matches "23个".
func stripParaRefs(norm string) string {
	if !mayNameParagraph(norm) {
		return norm // every question passes here: spare the regexp
	}
	return paraRef.ReplaceAllString(norm, " ")
}

// mayNameParagraph reports whether norm holds what every paraRef match
// holds: 段, ¶, §, or a Latin p beside a digit or "last paragraph".
func mayNameParagraph(norm string) bool {
	return strings.Contains(norm, "段") || strings.ContainsAny(norm, "¶§") ||
		strings.ContainsAny(norm, "pP") && (strings.ContainsAny(norm, "0123456789") || strings.Contains(strings.ToLower(norm), "paragraph"))
}

// lookUp adds the answer to a lookup of ¶n in one report: the whole
// paragraph quoted, or why there is none. It reports whether there was.
func (e *Engine) lookUp(ans *Answer, rep *Report, n int) bool {
	en := ans.Lang == "en"
	asked := n
	n = rep.fromEnd(n)
	p, err := rep.Paragraph(n)
	switch {
	case asked < 0 && n == 0 && en:
		ans.Parts = append(ans.Parts, TextPart(RoleNotFound, fmt.Sprintf("The report has only %d paragraphs.", len(rep.Paragraphs))))
		return false
	case asked < 0 && n == 0:
		ans.Parts = append(ans.Parts, TextPart(RoleNotFound, fmt.Sprintf("报告共有¶1–¶%d，没有倒数第%d段。", len(rep.Paragraphs), -asked)))
		return false
	case err != nil && en:
		ans.Parts = append(ans.Parts, TextPart(RoleNotFound, fmt.Sprintf("The report has paragraphs ¶1–¶%d; there is no ¶%d.", len(rep.Paragraphs), n)))
		return false
	case err != nil:
		ans.Parts = append(ans.Parts, TextPart(RoleNotFound, fmt.Sprintf("报告共有¶1–¶%d，没有第%d段。", len(rep.Paragraphs), n)))
		return false
	case !p.Quotable() && en:
		ans.Parts = append(ans.Parts, TextPart(RoleNotFound, fmt.Sprintf("¶%d is a web link, not report text.", n)))
		return false
	case !p.Quotable():
		ans.Parts = append(ans.Parts, TextPart(RoleNotFound, fmt.Sprintf("¶%d是网页链接，不属于报告正文。", n)))
		return false
	}
	where := p.Path()
	if where == "" {
		where = rep.Meta.Title
	}
	head := fmt.Sprintf("¶%d（%s）：", p.N, where)
	if en {
		head = fmt.Sprintf("¶%d (%s; the quote is the original Chinese):", p.N, where)
	}
	ans.Parts = append(ans.Parts, TextPart(RoleIntro, head))
	ans.addQuote(Citation{Report: p.Report, Paragraph: p.N, Section: p.Path(), Period: p.Period,
		Quote: p.Text, Start: 0, End: utf8.RuneCountInString(p.Text)})
	return true
}

// paragraphNumber reads the number of a reference, 23 or 二十三; 0 (no
// such paragraph) when the numeral is ill-formed (二二).
func paragraphNumber(num string) int {
	if n, err := strconv.Atoi(num); err == nil {
		return n
	}
	n, _ := ParseChineseNumber(num) // the pattern bounds it below 10,000
	return int(n)
}
