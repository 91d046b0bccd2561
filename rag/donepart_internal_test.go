package rag

import "testing"

// TestFinishedPartOnly: a denial that a thing was finished, where the
// clause says only a part of it was (地下工程 of 华锦阿美项目), is no wrong
// claim; where the clause says the thing itself, or all the things it
// joins, was finished, it is.
func TestFinishedPartOnly(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"华锦阿美项目去年没有完工对吧？", ""},
		{"华锦阿美项目没完工吧", ""},
		{"华锦阿美地下工程去年没有完工吧", "不是没有完工"},
		{"去年保交楼任务没完成吧", "不是没完成"},
	})
}

// TestDeniedDone: a denial that a thing will be done, where the plan holds
// it, and a denial that it was, where the review names it with the very
// verb denied (重点企业重组挂牌), are corrected; work under way, or a plan's
// thing denied as done, is not.
func TestDeniedDone(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"今年不搞以旧换新了吧？", "不是不搞以旧换新"},
		{"今年不搞延迟退休改革了吧？", "不是不搞延迟退休改革"},
		{"去年重点企业重组还没挂牌吧", "报告写的是重点企业重组挂牌"},
		{"去年重点企业重组还没挂牌，还在走程序吧？", "不是还没挂牌"},
		{"中小银行没有完成年度现金清收任务吧", "不是没有完成"},
		// Done: right.
		{"去年重点企业重组已经挂牌了吧", ""},
	})
}

// TestStartedPast: a denied start where the review has the thing, or a
// part of it, at a later stage; a plan's start or a thing not yet begun is
// left alone.
func TestStartedPast(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"30万吨级原油码头还没开工吧？", "报告写的是盘锦港30万吨级原油码头主体工程完工，不是还没开工"},
		{"华锦阿美项目还没开工吧", "不是还没开工"},
		{"盘锦机场还没开工吧", ""},
	})
}

// TestDeniedStageNotSwapped: a thing denied a stage the clause gives it
// another, earlier stage of (还没建成 where it says 加快建设) says what the
// report says; the stage swap must not read the denied stage as claimed.
// A stage claimed outright is still corrected.
func TestDeniedStageNotSwapped(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"曙光大桥还没建成吧", ""},
		{"北斗通航装备制造产业园还没建成吧", ""},
		{"曙光大桥尚未建成吧", ""},
		{"曙光大桥已经建成了吧", "报告写的是加快建设"},
	})
}

// TestDeniedOfOtherThing: a denial corrected only by a clause naming the
// thing it is said of, not by another thing's clause that holds the
// denied stage.
func TestDeniedOfOtherThing(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"辽河口国家公园还没建成吧", ""},
		{"广田清洁智慧供热项目还没建成吧", "不是还没建成"},
	})
}

// TestSpokenDoneDenied: a thing denied done in spoken words (还没开, 还没
// 盖好, 还没批) is corrected by the review's clause naming it done in
// written ones (投入使用, 建成投用, 获批实施); not by a clause saying a
// plan of another place was only drawn up (编制完成), nor by a plan.
func TestSpokenDoneDenied(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"10家社区便民食堂还没开吧", "不是还没开"},
		{"宝石花医院康复中心还没盖好吧", "不是还没盖好"},
		{"市里国土空间总体规划还没批吧", "获批实施，不是还没批"},
		{"大洼区国土空间总体规划还没批吧", ""},
		{"阜盘铁路还没开吧", ""},
	})
}

// TestStillShortOfDone: a thing claimed still at a stage short of done
// (还在筹建, 还在编, 还在申报阶段) where the review says it done (全面建成,
// 编制完成, 成功获批) is corrected; a question, or a claim of a place the
// review does not say done, is not.
func TestStillShortOfDone(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"120急救体系还在筹建吧", "不是还在筹建"},
		{"碳达峰实施方案还在编吧", "编制完成工业"},
		{"绿色石化集群还在申报阶段吧", "成功获批"},
		{"120急救体系还在筹建吗", ""},
		{"阜盘铁路还在前期工作阶段吧", ""},
	})
}
