package figures

import (
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// doneForStock corrects a claim of how much of a thing there is in all
// (全市油井一共301口, 全市湿地面积是150.2公顷, 盘锦总共有85台公交车: rag.ClaimsStock)
// whose number the report gives only for what one year did to it (退出油井
// 301口, 修复湿地150.2公顷, 新购公交车辆85台: rag.YearsDoing). WHY: the
// number is the report's, so nothing else corrects it, yet confirming it
// passes a year's doing off as the total. The figure is the one the
// premise check confirmed, else the one figure of the report in that
// number and unit, when the answer quotes it and the question is read as
// a claim, not as asking the figure: that the figure search answers, and
// it declines a stock the report does not give (全市湿地总面积是150.2公顷
// 对吗), a decline no correction turns into an answer. Nil when the figure
// found is no year's doing (a stock: 粮食播种面积183万亩) or there is none.
func (st *Stepper) doneForStock(d *rag.Draft, stated []Mention, confirmed []*Figure, scope string) *Correction {
	m, f, ok := oneClaimed(d, stated, confirmed)
	if !ok || !rag.ClaimsTotal(d.Norm(), d.Intent.Period) {
		return nil
	}
	if f == nil && len(confirmed) == 0 && !d.Intent.Figure {
		f = st.quotedHolder(d, m)
	}
	if f == nil || !rag.YearsDoing(f.Indicator) {
		return nil
	}
	return &Correction{Stated: claimClause([]rune(d.Read), m), Actual: *f, Named: true}
}

// yearForGathering corrects a claim of one gathering's figure (一次招商活动
// 签约了260个项目, Panjin signed 260 projects at a single investment event)
// that the premise check confirmed with a figure the report gives as the
// whole year's (全年新签约注册项目260个: rag.YearTotalForGathering). WHY: the
// number is the report's, so nothing else corrects it, yet confirming it
// gives one event the sum of the year's. Nil otherwise.
func (st *Stepper) yearForGathering(d *rag.Draft, stated []Mention, confirmed []*Figure) *Correction {
	m, f, ok := oneClaimed(d, stated, confirmed)
	if !ok || f == nil {
		return nil
	}
	p, err := d.Paragraph(f.Report, f.Paragraph)
	if err != nil {
		return nil
	}
	rs, claim := []rune(p.Text), claimClause([]rune(d.Read), m)
	if f.End > len(rs) || !rag.YearTotalForGathering(rag.Normalize(claim), rag.Normalize(string(rs[clauseStart(rs, f.Start):f.End]))) {
		return nil
	}
	return &Correction{Stated: claim, Actual: *f, Named: true}
}

// oneClaimed is the one figure a claim-shaped question states, with the
// first confirmed figure its number admits (nil when none): what a
// correction of one claim's figure by the report's own starts from. ok
// is false when the question is no claim or states other than one figure.
func oneClaimed(d *rag.Draft, stated []Mention, confirmed []*Figure) (m Mention, f *Figure, ok bool) {
	if len(stated) != 1 || !d.ClaimShaped() {
		return Mention{}, nil, false
	}
	return stated[0], admittedBy(stated[0], confirmed), true
}

// admittedBy is the first of figs whose amount m's number admits.
func admittedBy(m Mention, figs []*Figure) *Figure {
	for _, f := range figs {
		if UnitsCompatible(m.Value.Unit, f.Unit) && m.Value.Admits(f.Amount()) {
			return f
		}
	}
	return nil
}

// quotedHolder is the one figure the answer's quotes give in m's number
// and unit; nil when they give none, or several of different indicators.
func (st *Stepper) quotedHolder(d *rag.Draft, m Mention) *Figure {
	if m.Value.Unit == "" {
		return nil // a bare number may be of anything
	}
	var found *Figure
	for _, p := range d.Answer.Parts {
		if p.Type != rag.PartQuote || len(p.Citations) == 0 {
			continue
		}
		for _, f := range st.quotedFigures(d.Answer.Citations[p.Citations[0]]) {
			if f.Unit == UnitRank || !UnitsCompatible(m.Value.Unit, f.Unit) || !m.Value.Admits(f.Amount()) {
				continue
			}
			if found != nil && found.Indicator != f.Indicator {
				return nil
			}
			found = &f
		}
	}
	return found
}

// claimClause is the clause of the question that states m, without the
// particles and tags that close a claim: what the correction says the
// report did not write ("全市油井一共301口").
func claimClause(rs []rune, m Mention) string {
	end := nextMark(rs, m.End)
	return strings.TrimSpace(rag.TrimClaimTail(string(rs[clauseStart(rs, m.Start):end])))
}
