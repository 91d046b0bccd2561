package rag

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// paraRef matches a question that names a paragraph: "第23段说了什么",
// "¶23", "paragraph 23". Staff look paragraphs up by the number they cite.
var paraRef = regexp.MustCompile(`(?i)(?:第\s*(\d{1,4})\s*段|¶\s*(\d{1,4})|\bparagraph\s+(\d{1,4})\b)`)

// paraRefRest is what may stand around the reference for the question to be
// only about the paragraph.
var paraRefRest = regexp.MustCompile(`(?i)^[\s\p{P}]*(?:报告|原文|的|讲|说|写|内容|是|了|什么|啥|哪些|给我|看看|显示|请|一下|what|does|did|say|says|show|me|the|of|in|is|report|text|\s|\p{P})*$`)

// paragraphAnswer answers a question that asks for a paragraph by number
// with the whole paragraph, verbatim. It returns nil when the question is
// not such a lookup (it asks something else too, or names no paragraph).
func (e *Engine) paragraphAnswer(text string, rep *Report, lang string) *Answer {
	m := paraRef.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	rest := text[:m[0]] + " " + text[m[1]:]
	if !paraRefRest.MatchString(rest) {
		return nil
	}
	var num string
	for g := 1; g <= 3; g++ {
		if m[2*g] >= 0 {
			num = text[m[2*g]:m[2*g+1]]
		}
	}
	n, _ := strconv.Atoi(num)
	if rep == nil {
		if len(e.ix.reports) != 1 {
			return nil // which report's ¶n? answer as a question instead
		}
		rep = e.ix.reports[0]
	}
	ans := &Answer{Question: text, Mode: ModeExtractive, Lang: lang, Citations: []Citation{}}
	p, err := rep.Paragraph(n)
	switch {
	case err != nil && lang == "en":
		ans.Answer = fmt.Sprintf("The report has paragraphs ¶1–¶%d; there is no ¶%d.", len(rep.Paragraphs), n)
		return ans
	case err != nil:
		ans.Answer = fmt.Sprintf("报告共有¶1–¶%d，没有第%d段。", len(rep.Paragraphs), n)
		return ans
	case !p.Quotable() && lang == "en":
		ans.Answer = fmt.Sprintf("¶%d is a web link, not report text.", n)
		return ans
	case !p.Quotable():
		ans.Answer = fmt.Sprintf("¶%d是网页链接，不属于报告正文。", n)
		return ans
	}
	c := Citation{Report: p.Report, Paragraph: p.N, Section: p.Path(), Period: p.Period,
		Quote: p.Text, Start: 0, End: utf8.RuneCountInString(p.Text)}
	var b strings.Builder
	where := p.Path()
	if where == "" {
		where = rep.Meta.Title
	}
	if lang == "en" {
		fmt.Fprintf(&b, "¶%d (%s; the quote is the original Chinese):\n", p.N, where)
	} else {
		fmt.Fprintf(&b, "¶%d（%s）：\n", p.N, where)
	}
	writeQuoteLine(&b, lang, c, e.multi())
	ans.Found = true
	ans.Citations = append(ans.Citations, c)
	ans.Answer = strings.TrimRight(b.String(), "\n")
	return ans
}
