package rag

import (
	"fmt"
	"regexp"
	"slices"
)

// gapAsked asks by how much one year's figure exceeds another's:
// "比前年多多少", "比2023年增加了多少".
var gapAsked = regexp.MustCompile(`比.{0,12}?(?:多|少|高|低|增加|减少)了?(?:多少|几)`)

// groundUncoveredBase keeps a gap asked against a year the report does not
// cover ("去年新签约项目比前年多多少") from being answered with the covered
// year's level alone: 260个 is no gap. A change the report states (增长3.5%,
// 比上年增加…) is one, and stays.
func (e *Engine) groundUncoveredBase(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || !d.Intent.Figure || d.Intent.Both || !gapAsked.MatchString(d.norm) {
		return
	}
	review, plan := e.ix.years(d.Scope)
	named := append(findYears(d.norm), periodMentions(d.norm, review, plan)...)
	i := slices.IndexFunc(named, func(y yearMention) bool { return y.year < review })
	if i < 0 || !slices.ContainsFunc(ans.Parts, func(p Part) bool { return p.Type == PartFigure }) {
		return
	}
	for _, p := range ans.Parts {
		if p.Type == PartFigure && p.Figure != nil && changeClause(Normalize(p.Figure.Indicator)) {
			return
		}
	}
	base := named[i].year
	ans.relatedOnly(GroundOtherPeriod,
		fmt.Sprintf("报告没有给出%d年的数字，算不出两年之差。报告给出的是：", base),
		fmt.Sprintf("The report gives no figure for %d, so not the difference. What it gives:", base))
}
