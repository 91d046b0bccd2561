package rag

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// notFound says the report does not answer, and points at the nearest
// sections by quoting their titles, never at unrelated sentences.
func (e *Engine) notFound(ans *Answer, a analysis, hits []Hit) {
	ans.Found = false
	ans.Parts = append(ans.Parts, TextPart(RoleNotFound, e.notFoundSentence(a)))
	var related []Part
	for _, h := range hits {
		c, ok := e.pointer(h.Paragraph)
		if !ok || containsCited(ans, &Paragraph{Report: c.Report, N: c.Paragraph}) {
			continue
		}
		i := ans.Cite(c)
		related = append(related, Part{Type: PartItem, Text: c.Quote, Citations: []int{i}})
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

// pointer is where a not-found answer points for paragraph p: the title
// of its section; or, for a paragraph no section heads (a part's own
// text, such as the targets of ¶23), its opening words, since a part
// heading ("二、2025年工作安排") is near everything and so helps no one.
func (e *Engine) pointer(p *Paragraph) (Citation, bool) {
	head := e.sectionHead(p)
	if head != nil && head.Kind == ParaSection && strings.HasPrefix(head.Text, head.Section) {
		return Citation{Report: head.Report, Paragraph: head.N, Section: head.Path(), Period: head.Period,
			Quote: head.Section, Start: 0, End: utf8.RuneCountInString(head.Section)}, true
	}
	if p.Kind != ParaBody || !p.Quotable() {
		return Citation{}, false
	}
	title := p.Lead
	if title == "" {
		title = openingWords(p.Text)
	}
	if title == "" || !strings.HasPrefix(p.Text, title) {
		return Citation{}, false
	}
	return Citation{Report: p.Report, Paragraph: p.N, Section: p.Path(), Period: p.Period,
		Quote: title, Start: 0, End: utf8.RuneCountInString(title)}, true
}

// openingWords is a paragraph's first clause when it announces what
// follows ("全市经济社会发展的主要预期目标是："), without its colon; ""
// otherwise ("各位代表！", "刚刚过去的2024年，" name nothing).
func openingWords(text string) string {
	cl := Clauses(text)
	if len(cl) == 0 || cl[0].End-cl[0].Start > 31 || !strings.HasSuffix(text[:cl[0].byteEnd], "：") {
		return ""
	}
	return text[:trimSpan(text, cl[0]).byteEnd]
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
	case a.placeDeclines() || a.place != nil && a.place.Relation != PlaceOwn && a.otherYear == 0:
		return e.placeSentence(a)
	case a.cityFact != nil:
		return e.cityFactSentence(a)
	case a.otherPlan != "" && a.lang == "en":
		what := "for the " + strings.TrimPrefix(a.otherPlan, "the ")
		if r, _ := utf8.DecodeRuneInString(a.otherPlan); unicode.IsUpper(r) {
			what = "for " + a.otherPlan // a month: "for December"
		}
		if strings.HasPrefix(a.otherPlan, "per ") {
			what = a.otherPlan // "no figures per quarter"
		}
		return fmt.Sprintf("The report gives %d results and %d targets; it gives no figures %s.", rv, pl, what)
	case a.otherPlan != "":
		return fmt.Sprintf("报告只给出%d年的结果和%d年的目标，没有“%s”的数字。", rv, pl, a.otherPlan)
	case a.otherYear != 0 && (a.rep == nil || a.noneCover) && e.multi() && a.lang == "en":
		return fmt.Sprintf("None of the reports gives figures for %d.", a.otherYear)
	case a.otherYear != 0 && (a.rep == nil || a.noneCover) && e.multi():
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
