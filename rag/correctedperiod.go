package rag

import "strings"

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

// groundCorrectedOtherPeriod keeps a claim about the period a question
// names from being "corrected" with the other period's figure: "今年还要
// 增划停车泊位1万个" is no slip of 2024's 1.1万个 but a 2025 plan the report
// does not write, and "更正：报告写的是1.1万个" would say it does. Where
// every figure the correction rests on is of the period not asked and no
// figure of its indicator is of the period asked, the answer says the
// report gives no such figure for that year and shows what it gives,
// labelled with its period.
func (e *Engine) groundCorrectedOtherPeriod(d *Draft) {
	ans := d.Answer
	if d.Intent.Both || d.Intent.Period == PeriodNone && len(d.Intent.Years) == 0 || !oneClaimClause(d.norm) {
		return
	}
	corrected := map[string]bool{}
	for _, p := range ans.Parts {
		if p.Type != PartCorrection {
			continue
		}
		if p.ClaimedPeriod != nil {
			// 报告把“600个”列为2025年目标: the stated figure is the other
			// period's, and that correction says so.
			return
		}
		if p.Figure == nil || !d.ofOtherPeriod(p) || !strings.ContainsAny(p.Stated, "0123456789") {
			// A correction of the period asked, of no figure, or of a
			// stage or a name (已经是国家制造业中试平台) stands.
			return
		}
		corrected[p.Figure.Indicator] = true
	}
	if len(corrected) == 0 {
		return
	}
	var other []Part
	for _, p := range ans.Parts {
		if p.Type != PartFigure && p.Type != PartQuote {
			continue
		}
		if !d.ofOtherPeriod(p) {
			if p.Type == PartFigure && p.Figure != nil && corrected[p.Figure.Indicator] {
				return // the period asked has its own figure of it
			}
			continue
		}
		other = append(other, p)
	}
	if len(other) == 0 {
		return
	}
	e.otherPeriodParts(d, other, "这项数字")
}

// claimClauseMarks split a question into the clauses oneClaimClause counts.
const claimClauseMarks = "，,；;。？?！! "

// oneClaimClause reports whether norm states its claim in one clause,
// a tag such as 对吗 aside (claimTail): "华锦阿美项目进度超过80%，今年能机械竣工吗"
// names its period in a clause after the figure it states, which may be
// the other period's, so only a single clause ties the period to it.
func oneClaimClause(norm string) bool {
	n := 0
	for _, c := range strings.FieldsFunc(norm, func(r rune) bool { return strings.ContainsRune(claimClauseMarks, r) }) {
		if claimTail.FindStringIndex(c)[0] > 0 {
			n++ // more than a tag such as 对吗
		}
	}
	return n <= 1
}
