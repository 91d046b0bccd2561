package rag

import (
	"strings"
)

// A question whether a thing has reached a stage (京哈高速盘锦段通车了没,
// 向海大道维修好了吗, 智慧林湿综合管理平台上线了没) of a thing only the
// 2025 plan names is answered by the plan's quote, which left bare reads
// as yes. The answer says the report lists it as a 2025 target and does
// not write it done: a correction of the stage claimed reached, or, when
// the question asks after the plan's item in the plan's own words (北方冬季
// 清洁取暖项目通过国家验收了吗), a notice, as nothing it says is wrong.

// groundPlannedStage tells, for a whether-question of a stage reached
// (askedDoneStage), that the plan's quote naming the thing lists it as a
// 2025 target, when no result's clause naming it says it reached that
// stage or further.
func (e *Engine) groundPlannedStage(d *Draft) {
	if !d.groundsPlanned() || askedAhead(d.norm) {
		return
	}
	asked, ok := e.ix.askedDoneStage(d.norm)
	if !ok {
		return
	}
	terms, names, ok := e.plannedThing(d, asked.thing)
	if !ok {
		return
	}
	ans := d.Answer
	if !quotesName(ans, names) {
		// No quote names the thing (高铁站, 跨海大桥): the stage quoted is
		// other things'.
		ans.relatedOnly(GroundNotAnswered, "报告没有写"+asTyped(d.Query.Text, asked.thing)+"。相关内容：", "The report does not name this. Related text:")
		return
	}
	ci, s, end, ok := namingClause(ans, names, PeriodPlan)
	if !ok {
		e.resultShortOfStage(d, asked, names)
		return
	}
	c := ans.Citations[ci]
	clause := string([]rune(c.Quote)[s:end])
	// The plan setting the very stage asked as its target says it was not
	// reached, whatever a review clause says of a part (地下工程全部完工).
	planOwnWords := strings.Contains(Normalize(clause), asked.thing+asked.stage)
	reached := func(norm string) bool {
		return names(norm) && namesWholeThing(terms, asked.thing, norm) && stageReachedIn(norm, asked.rung)
	}
	if !planOwnWords && !planSetsNearStage(terms, Normalize(clause), asked.rung) {
		if _, _, ok := e.clauseHolding(d.Scope, reached, func(p *Paragraph) bool { return p.Period.Kind == PeriodResult }); ok {
			return // last year's review says it done, whatever the answer quoted
		}
	}
	part := citedCorrection(c, ci, s, end, asked.doneSaid(), "")
	part.PlanOnly = true
	if planOwnWords {
		// The plan's own words asked after: nothing to correct, only to tell.
		text := "报告把“" + clause + "”列为" + c.Period.Label() + "，没有写" + part.Stated + "。"
		part = Part{Type: PartText, Role: RoleNotice, Text: text, Citations: []int{ci}}
	}
	ans.Parts = append([]Part{part}, ans.Parts...)
}

// resultShortOfStage corrects a stage asked reached of a thing the plan
// never names and the review's quoted clause names at an earlier stage
// only (辽滨500千伏输变电工程建好了吧 where ¶8 lists it among the 续建项目
// 加快实施): that clause is all the report says of where it stands.
func (e *Engine) resultShortOfStage(d *Draft, asked askedDone, names func(string) bool) {
	ans := d.Answer
	if _, _, ok := e.clauseHolding(d.Scope, names, func(p *Paragraph) bool { return p.Period.Kind == PeriodPlan }); ok {
		return // the plan names it: this year may take it further
	}
	ci, s, end, ok := namingClause(ans, names, PeriodResult)
	if !ok {
		return
	}
	said := Normalize(string([]rune(ans.Citations[ci].Quote)[s:end]))
	if len(stagesIn([]rune(said))) == 0 || stageReachedIn(said, asked.rung) || strings.Contains(said, asked.stage) {
		// A clause naming no stage says nothing of how far it got; one
		// writing the stage asked (主体工程完工) says what was asked.
		return
	}
	part := citedCorrection(ans.Citations[ci], ci, s, end, asked.doneSaid(), "")
	ans.Parts = append([]Part{part}, ans.Parts...)
}
