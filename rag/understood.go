package rag

import "strconv"

// Understood is how the engine read a question: the "understood" field of
// an answer's JSON, so that integrators and tests can see why an answer was
// given, limited or declined.
type Understood struct {
	// Read is the question as matched, when folding traditional characters
	// or fixing a typing slip changed it.
	Read string `json:"read,omitempty"`
	// FollowUp is set when the question was read against the last one of
	// its conversation ("那去年呢？"): Read is the question it meant.
	FollowUp bool `json:"follow_up,omitempty"`
	// Intent is what kind of answer it asks for: figure, premise,
	// comparison, list, how, summary, lookup, smalltalk or question.
	Intent string `json:"intent"`
	// Asks are the words it asks about, in the question's order (the last
	// is its head, what a figure must measure): what a figure's clause must
	// hold to answer it.
	Asks []string `json:"asks,omitempty"`
	// Grounding says why the answer was declined or limited: other_place,
	// other_period, no_such_figure, figure_of_other_period… "" when it was not.
	Grounding string `json:"grounding,omitempty"`
	// Support is, for a figure question declined for want of its figure,
	// the best share of what it asks that a figure's clause held.
	Support float64 `json:"support,omitempty"`
	// Place is the place the question names, when it names one.
	Place *PlaceSlot `json:"place,omitempty"`
	// Period is the period it asks about, as citations write periods
	// ("2024-result", "2025-plan"), "both" for a result beside a target,
	// or one no report answers as the question names it ("2023", "十五五");
	// "" when it names none.
	Period string `json:"period,omitempty"`
	// Indicator is the indicator of the figure that heads the answer,
	// as the figures index names it ("城镇新增就业"); "" when none does.
	Indicator string `json:"indicator,omitempty"`
	// Clauses are, for a message of several asks answered one by one
	// ("社零增长多少，固投增长多少"), how each was read, in order; the fields
	// above are the first answered one's.
	Clauses []*Understood `json:"clauses,omitempty"`
}

// periodSlot is the period question a asks about, for Understood: the
// years of the report it is answered from (the newest when none is).
func (ix *Index) periodSlot(a analysis) string {
	review, plan := ix.years(a.rep)
	switch {
	case a.otherPlan != "":
		return a.otherPlan
	case a.otherYear != 0:
		return strconv.Itoa(a.otherYear)
	case a.both:
		return "both"
	case a.period == PeriodResult && review != 0:
		return Period{Kind: PeriodResult, Year: review}.String()
	case a.period == PeriodPlan && plan != 0:
		return Period{Kind: PeriodPlan, Year: plan}.String()
	}
	return ""
}

// headIndicator is the indicator of the first figure heading ans.
func headIndicator(ans *Answer) string {
	for _, p := range ans.Parts {
		if (p.Type == PartFigure || p.Type == PartCorrection) && p.Figure != nil {
			return p.Figure.Indicator
		}
	}
	return ""
}

// Grounding reasons.
const (
	// GroundNoSuchFigure: no figure the report gives is of what was asked.
	GroundNoSuchFigure = "no_such_figure"
	// GroundOtherPeriod: the report gives the figure asked for only for
	// the other period, shown labelled.
	GroundOtherPeriod = "figure_of_other_period"
	// GroundOtherUnit: the report gives it only in another unit (a growth
	// rate where an amount was asked), shown labelled.
	GroundOtherUnit = "figure_in_other_unit"
	// GroundOtherPlace: the question is about a place the reports are not
	// about (or about their province or country as a whole).
	GroundOtherPlace = "other_place"
	// GroundNotAnswered: no quote holds enough of what was asked; the
	// nearest are offered as related text.
	GroundNotAnswered = "not_answered"
)

// asks lists asked terms in the question's order: the last is its head.
func asks(terms []askedTerm) []string {
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = t.term
	}
	return out
}

// intentName names what kind of answer a question asks for.
func intentName(a analysis, premise bool) string {
	switch {
	case premise:
		return "premise"
	case a.summary:
		return "summary"
	case a.topicOnly:
		return "topic"
	case a.both:
		return "comparison"
	case a.list:
		return "list"
	case a.figure:
		return "figure"
	}
	return "question"
}
