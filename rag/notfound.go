package rag

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// notFound says the report does not answer, and points at the nearest
// sections by quoting their titles, never at unrelated sentences.
func (e *Engine) notFound(ans *Answer, a analysis, hits []Hit) {
	ans.Found = false
	ans.Parts = append(ans.Parts, TextPart(RoleNotFound, e.notFoundSentence(a)))
	var related []Part
	for _, h := range hits {
		head := e.sectionHead(h.Paragraph)
		if head == nil || containsCited(ans, head) {
			continue
		}
		title := head.Section
		if head.Kind == ParaPart {
			title = head.Part
		}
		if !strings.HasPrefix(head.Text, title) {
			continue
		}
		i := ans.Cite(Citation{
			Report: head.Report, Paragraph: head.N, Section: head.Path(), Period: head.Period,
			Quote: title, Start: 0, End: utf8.RuneCountInString(title),
		})
		related = append(related, Part{Type: PartItem, Text: title, Citations: []int{i}})
		if len(related) == 3 {
			break
		}
	}
	if len(related) > 0 {
		heading := "最接近的章节："
		if a.lang == "en" {
			heading = "The nearest sections:"
		}
		ans.Parts = append(ans.Parts, TextPart(RoleHeading, heading))
		ans.Parts = append(ans.Parts, related...)
	}
}

// containsCited reports whether the answer already cites paragraph p.
func containsCited(ans *Answer, p *Paragraph) bool {
	for _, c := range ans.Citations {
		if c.Report == p.Report && c.Paragraph == p.N {
			return true
		}
	}
	return false
}

// notFoundSentence says what the report does not answer.
func (e *Engine) notFoundSentence(a analysis) string {
	topic := strings.Join(a.missing, "、")
	rv, pl := e.ix.years(a.rep)
	switch {
	case a.otherYear != 0 && a.rep == nil && e.multi() && a.lang == "en":
		return fmt.Sprintf("None of the reports gives figures for %d.", a.otherYear)
	case a.otherYear != 0 && a.rep == nil && e.multi():
		return fmt.Sprintf("已加载的报告都没有%d年的数字。", a.otherYear)
	case a.otherYear != 0 && a.lang == "en":
		return fmt.Sprintf("The report gives %d results and %d targets, not figures for %d.", rv, pl, a.otherYear)
	case a.otherYear != 0:
		return fmt.Sprintf("报告只给出%d年的结果和%d年的目标，没有%d年的数字。", rv, pl, a.otherYear)
	case a.lang == "en" && topic != "":
		return fmt.Sprintf("The report does not mention %s.", topic)
	case a.lang == "en":
		return "The report does not answer this question."
	case topic != "":
		return fmt.Sprintf("报告未提及“%s”。", topic)
	}
	return "报告未提及这个问题的答案。"
}

// sectionHead is the heading paragraph of p's section (or part).
func (e *Engine) sectionHead(p *Paragraph) *Paragraph {
	r := e.ix.byID[p.Report]
	for n := p.N; n >= 1; n-- {
		q := &r.Paragraphs[n-1]
		if p.Section != "" && q.Kind == ParaSection && q.Section == p.Section {
			return q
		}
		if p.Section == "" && q.Kind == ParaPart && q.Part == p.Part {
			return q
		}
	}
	return nil
}
