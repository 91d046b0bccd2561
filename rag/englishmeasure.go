package rag

import (
	"fmt"
	"regexp"
	"strings"
)

// englishMeasure is a measure an English figure question asks of a thing
// (the storage capacity of a gas store, the area of a zone): the phrase
// that asks it, and the measure as the reports write it.
type englishMeasure struct {
	asks *regexp.Regexp
	noun measureNoun
	zh   string // the measure named in the Chinese notice
}

// englishAskedMeasures are the measures groundUnmeasuredEnglish holds an
// answer to. WHY: an English question reaches the report through its
// other words, and the measure word itself names no report term, so a
// figure of the same thing in another measure (175个项目竣工投产 for the
// capacity of a gas store among them) was quoted as the one asked. Each
// phrase opens with the asking words so a measure the question only
// mentions ("Which company will expand capacity?") is left be.
var englishAskedMeasures = []englishMeasure{
	{regexp.MustCompile(`\b(?:what(?:'s|\s+is|\s+was|\s+will\s+be|\s+are)?|how\s+(?:much|big|large))\s+` +
		`(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){0,3}?capacit(?:y|ies)\b`),
		measureNoun{asked: "capacity", written: []string{"能力", "产能", "库容", "容量", "吨/年", "千瓦", "立方米"}}, "能力"},
	{regexp.MustCompile(`\bwhat(?:'s|\s+is|\s+was|\s+will\s+be)?\s+(?:the\s+)?(?:total\s+|land\s+)?area\s+of\b`),
		measureNoun{asked: "area", written: []string{"面积", "平方公里", "平方米", "公顷", "亩"}}, "面积"},
}

// englishMeasureAsked is the measure an English question asks a figure
// of, or nil.
func englishMeasureAsked(read string) *englishMeasure {
	q := strings.ToLower(read)
	for i := range englishAskedMeasures {
		if englishAskedMeasures[i].asks.MatchString(q) {
			return &englishAskedMeasures[i]
		}
	}
	return nil
}

// groundUnmeasuredEnglish is groundUnmeasured for an English question: a
// capacity or area asked of a thing is declined when no figure clause the
// answer quotes holds both that measure, as the report writes it, and one
// of the thing's words; the quotes stay as related text.
func (e *Engine) groundUnmeasuredEnglish(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Derived || d.Matched || hasCorrection(ans) || d.Intent.Lang != "en" || d.Intent.List {
		return
	}
	asked := englishMeasureAsked(d.Read)
	if asked == nil {
		return
	}
	m := &asked.noun
	subject := substantive(d.asked)
	if len(subject) == 0 {
		return
	}
	for _, t := range subject {
		if measured, _ := e.measuredInAnswer(d, m, []askedTerm{t}); measured {
			return
		}
	}
	if e.reportMeasures(d.Scope, m, subject) {
		return // the report gives it where the answer did not look: no refusal
	}
	ans.relatedOnly(GroundNoSuchFigure,
		fmt.Sprintf("报告没有给出所问的%s数字。相关内容：", asked.zh),
		fmt.Sprintf("The report gives no figure for the %s asked. Related text:", m.asked))
}

// reportMeasures reports whether a figure clause anywhere in the reports
// of scope holds, in its sentence up to it (with its section path), a
// written form of measure m and every subject term: the figure asked,
// which retrieval missed.
func (e *Engine) reportMeasures(scope *Report, m *measureNoun, subject []askedTerm) bool {
	for _, r := range e.ix.reportsIn(scope) {
		for i := range r.Paragraphs {
			para := &r.Paragraphs[i]
			if !para.Quotable() {
				continue
			}
			cl := e.ix.para(para).clauses
			for j, k := range cl {
				if !k.digit {
					continue
				}
				window := Normalize(para.Path() + para.Text[sentenceStart(cl, j):k.span.byteEnd])
				if containsAny(window, m.written) && allTermsIn(subject, window) {
					return true
				}
			}
		}
	}
	return false
}

// allTermsIn reports whether text holds every term of terms.
func allTermsIn(terms []askedTerm, text string) bool {
	for _, t := range terms {
		if !t.in(text) {
			return false
		}
	}
	return true
}
