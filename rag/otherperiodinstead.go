package rag

import "context"

// otherPeriodInstead turns a plain decline of a question that is no
// figure, whose own period holds nothing on what it asks, into what the
// other period says, labelled as that period's and still not found:
// "营盘输油管线改造完成了吗" reads as the review's, yet the plan's
// 确保…完成改造 is what tells the asker it is not done. A figure or how-to
// question is re-read before retrieval (answer); this one only once every
// step and rule has declined it with no reason of its own, so nothing that
// answered, corrected or declined for a cause before is touched.
func (e *Engine) otherPeriodInstead(ctx context.Context, ans *Answer, a analysis, rep *Report) {
	if ans.Found || ans.grounding != "" || ans.Understood != nil && ans.Understood.Grounding != "" ||
		len(ans.Parts) == 0 || ans.Parts[0].Role != RoleNotFound || !askedOfThing(a) {
		return
	}
	neutral := a
	neutral.period = PeriodNone
	other, err := e.retrieve(ctx, neutral, rep, answerDepth)
	if err != nil || len(other) == 0 || e.unanswered(a, other) {
		return
	}
	sc := e.newScorer(a)
	defer e.reuseScorer(sc)
	cands := e.candidates(a, sc, other)
	defer e.reuseCandidates(cands)
	if len(cands) == 0 || cands[0].score <= 0 {
		return
	}
	best := cands[0]
	if k := best.para.Period.Kind; k == a.period || k == PeriodNone || !e.onlyOtherPeriodHolds(best.para, a.period, substantive(a.asked)) {
		return
	}
	rv, pl := e.ix.years(a.rep)
	asked := pl
	if a.period == PeriodResult {
		asked = rv
	}
	declined, cited := ans.Parts[1:], ans.Citations
	ans.Parts, ans.Citations = nil, []Citation{}
	e.otherPeriodOnly(ans, a, best, asked, "的这方面内容")
	keepPointers(ans, declined, cited)
	if ans.Understood != nil {
		ans.Understood.Grounding = ans.grounding
	}
}

// keepPointers appends to ans the nearest sections a decline pointed at
// (its heading and items, citing cited), but a section ans cites already:
// the titles still help where the other period's quote does not answer.
func keepPointers(ans *Answer, parts []Part, cited []Citation) {
	var items []Part
	for _, p := range parts {
		if p.Type != PartItem || len(p.Citations) != 1 {
			continue
		}
		c := cited[p.Citations[0]]
		if containsCited(ans, &Paragraph{Report: c.Report, N: c.Paragraph}) {
			continue
		}
		items = append(items, Part{Type: PartItem, Text: p.Text, Citations: []int{ans.Cite(c)}})
	}
	if len(items) == 0 {
		return
	}
	for _, p := range parts {
		if p.Type == PartText && p.Role == RoleHeading {
			ans.Parts = append(ans.Parts, p)
			break
		}
	}
	ans.Parts = append(ans.Parts, items...)
}

// askedOfThing: a question of one period about a thing, neither a figure,
// a list nor what is done about a topic ("今年停车难怎么解决" asks the
// plan's way, which the review's 1.1万个 is not), nor of another place,
// year or plan.
func askedOfThing(a analysis) bool {
	return !a.figure && !a.list && !a.howPlan && !asksHow(a) && !a.both && a.period != PeriodNone &&
		len(a.years) == 0 && a.otherYear == 0 && a.otherPlan == "" && (a.place == nil || a.place.Relation == PlaceOwn)
}

// onlyOtherPeriodHolds: para holds every term asked of substance, and no
// paragraph of its report of period k does; only then is "the report
// gives nothing of that year on it" true, not a retrieval that missed
// (the plan's 同源同网同质 for a question of village water in its words).
func (e *Engine) onlyOtherPeriodHolds(para *Paragraph, k PeriodKind, terms []askedTerm) bool {
	holdsAll := func(p *Paragraph) bool {
		text := e.ix.para(p).norm // Normalize(p.Text), made once at indexing
		for _, t := range terms {
			if !t.in(text) {
				return false
			}
		}
		return true
	}
	if len(terms) == 0 || !holdsAll(para) {
		return false
	}
	r := e.ix.byID[para.Report]
	for i := range r.Paragraphs {
		if q := &r.Paragraphs[i]; q.Period.Kind == k && holdsAll(q) {
			return false
		}
	}
	return true
}
