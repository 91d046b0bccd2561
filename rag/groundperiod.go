package rag

import "slices"

// groundPeriod keeps text of one period from passing for another's when
// a question names its period but asks no figure ("今年植树造林", "去年引进
// 创新团队"): when every quote is of the other period, the report does
// not answer for the period asked, and the quotes are shown, labelled, as
// what it gives instead. Figure questions are groundFigures' to decide.
func (e *Engine) groundPeriod(d *Draft) {
	ans := d.Answer
	in := d.Intent
	if !ans.Found || d.Lookup || in.Summary || in.Figure && !in.List && !in.Topic || hasCorrection(ans) {
		return
	}
	var parts []Part
	unrelated := false
	for _, p := range ans.Parts {
		if p.Type != PartQuote && p.Type != PartFigure {
			continue
		}
		switch {
		case d.ofOtherPeriod(p):
			parts = append(parts, p)
		case coveredShare(d.asked, Normalize(p.Text)) == 0:
			// Of the year asked but sharing nothing asked ("去年盘锦机场开建
			// 了吗" beside the review's road works): no answer of that year.
			unrelated = true
		default:
			return
		}
	}
	if len(parts) == 0 {
		return
	}
	if unrelated {
		// Every quote of the year asked shares nothing asked: off they go.
		ans.keepParts(func(p Part) bool { return p.Type != PartQuote && p.Type != PartFigure || d.ofOtherPeriod(p) })
		ans.figuresFromParts()
	}
	if p, sp, ok := e.clauseOfPeriod(d); ok {
		// The period asked speaks of it in other words (涉恶 for 扫黑除恶):
		// that clause answers, not "nothing of that year".
		ans.keepParts(func(p Part) bool { return p.Type != PartQuote && p.Type != PartFigure })
		ans.figuresFromParts()
		ans.addQuote(citationFor(p, trimSpan(p.Text, sp)))
		return
	}
	e.otherPeriodParts(d, parts, "这方面内容")
}

// clauseOfPeriod finds, in the text of the period a question asks, a
// clause holding every word of substance it asks, itself or by a report
// term for it: 涉恶 for 扫黑除恶 of "去年扫黑除恶成果" (成果 is how it
// asks). One word short is another thing (每千人托位数 is no 托育学位).
func (e *Engine) clauseOfPeriod(d *Draft) (*Paragraph, Span, bool) {
	want := d.Intent.Period
	if want == PeriodNone || d.Intent.Both {
		return nil, Span{}, false
	}
	var need []askedTerm
	for _, t := range d.asked {
		if t.weight >= 1 && !slices.Contains(summaryWords, t.term) {
			need = append(need, t)
		}
	}
	if len(need) == 0 {
		return nil, Span{}, false
	}
	return e.clauseHolding(d.Scope, func(norm string) bool {
		return !slices.ContainsFunc(need, func(t askedTerm) bool { return !ContainsTerm(norm, t.term) && !containsAnyTerm(norm, t.syn) })
	}, func(p *Paragraph) bool { return p.Period.Kind == want })
}

// ofAskedPeriod confines the hits answering a question that names its
// period and asks what was done or planned to that period's text, when
// retrieval ranks such text first: "今年文旅有什么打算" is answered by the
// plan, not by the review's "文旅+" sentences that share its words.
func ofAskedPeriod(a analysis, hits []Hit) []Hit {
	if a.figure || a.both || a.summary || a.period == PeriodNone || len(a.years) > 0 || len(hits) == 0 || hits[0].Paragraph.Period.Kind != a.period {
		return hits
	}
	if !a.list && !a.topicOnly && !containsAny(a.norm, howCues) && !howAsked.MatchString(a.norm) {
		return hits // "去年引进创新团队" names a thing: the other year's is what the report has
	}
	out := make([]Hit, 0, len(hits))
	for _, h := range hits {
		if k := h.Paragraph.Period.Kind; k == a.period || k == PeriodNone {
			out = append(out, h)
		}
	}
	return out
}
