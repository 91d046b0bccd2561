package rag

// dropOtherPeriodOfCorrected keeps a correction's period the answer's
// headline where the question named no period: "固投增长不到一成？" is
// corrected with 2024's 20%以上, and 2025's 10%以上 headlined beside it
// would read as the figure the correction is about. The other period's
// quotes stay, labelled; a question naming a period, or both, keeps what
// it asked, and the other period's same figure (粮食产量110万吨左右 both
// years) agrees with the correction.
func (d *Draft) dropOtherPeriodOfCorrected() {
	a := d.Answer
	if a.Understood == nil || a.Understood.Period != "" {
		return
	}
	var corrected *AnswerFigure
	for _, p := range a.Parts {
		if p.Type != PartCorrection || p.Figure == nil {
			continue
		}
		if corrected != nil && corrected.Period != p.Figure.Period {
			return // each period corrected: both are the answer's
		}
		corrected = p.Figure
	}
	if corrected == nil {
		return
	}
	c := *corrected
	a.keepParts(func(p Part) bool {
		return p.Type != PartFigure || p.Figure.Indicator != c.Indicator || p.Figure.Period == c.Period || p.Figure.Value == c.Value
	})
	a.figuresFromParts()
}
