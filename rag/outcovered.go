package rag

import "strings"

// dropOutcoveredFigures drops a headline figure whose sentence holds only
// part of what another headline figure's sentence holds of what was asked
// ("精细化工中试基地产业化项目多少个": 新增中试项目15个以上 names the base
// but not 产业化, which 产业化项目达到10个 names as well): that figure is
// of a neighbouring indicator, not the one asked. Figures holding the same
// (a result and its target) or different halves of a two-part question
// are all kept.
func (e *Engine) dropOutcoveredFigures(d *Draft) {
	ans := d.Answer
	// A question stating a figure (管网360公里，其中燃气管网多少公里) asks
	// one of its parts: the stated whole's headline is no neighbour.
	if d.Intent.Lang == "en" || len(d.asked) < 2 || strings.ContainsAny(d.norm, "0123456789") {
		return
	}
	var held [][]bool
	var periods []Period
	for _, p := range ans.Parts {
		if p.Type == PartFigure && len(p.Citations) > 0 {
			held = append(held, askedHeldIn(d.asked, e.figureSentence(ans, p)))
			periods = append(periods, figurePeriod(p))
		}
	}
	if len(held) < 2 {
		return
	}
	i := -1
	ans.keepParts(func(p Part) bool {
		if p.Type != PartFigure || len(p.Citations) == 0 {
			return true
		}
		i++
		for j := range held {
			// A question of both years (去年增长多少，今年培育几家) asks each
			// year's figure: another year's names no neighbour of it.
			if j != i && (!d.Intent.Both || periods[i] == periods[j]) && strictSubset(held[i], held[j]) {
				return false
			}
		}
		return true
	})
}

// figurePeriod is the period a figure part states, if it holds one.
func figurePeriod(p Part) Period {
	if p.Figure == nil {
		return Period{}
	}
	return p.Figure.Period
}

// figureSentence is a figure part's sentence up to the end of the
// figure's list item, with its paragraph's lead, normalized: what in Chinese
// names the thing the figure counts.
func (e *Engine) figureSentence(ans *Answer, p Part) string {
	para := e.ix.citedParagraph(ans.Citations[p.Citations[0]])
	if para == nil || p.Figure == nil {
		return ""
	}
	cl := e.ix.para(para).clauses
	for i, k := range cl {
		if k.span.End > p.Figure.Start && k.span.Start < p.Figure.End {
			// The clause up to the list item holding the figure: the next
			// item ("、本地产业化5个") names another thing.
			end := k.span.byteEnd
			at := min(byteAt(para.Text, p.Figure.End), end)
			if n := strings.Index(para.Text[at:end], "、"); n >= 0 {
				end = at + n
			}
			return Normalize(para.Lead + para.Text[sentenceStart(cl, i):end])
		}
	}
	return ""
}

// askedHeldIn marks which asked terms text holds.
func askedHeldIn(asked []askedTerm, text string) []bool {
	held := make([]bool, len(asked))
	for i, t := range asked {
		held[i] = text != "" && t.in(text)
	}
	return held
}

// strictSubset reports whether every term a holds b holds too, and b
// holds one more.
func strictSubset(a, b []bool) bool {
	more := false
	for i := range a {
		if a[i] && !b[i] {
			return false
		}
		more = more || b[i] && !a[i]
	}
	return more
}
