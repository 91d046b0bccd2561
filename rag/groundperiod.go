package rag

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
	for _, p := range ans.Parts {
		if p.Type != PartQuote && p.Type != PartFigure {
			continue
		}
		if !d.ofOtherPeriod(p) {
			return
		}
		parts = append(parts, p)
	}
	if len(parts) > 0 {
		e.otherPeriodParts(d, parts, "这方面内容")
	}
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
