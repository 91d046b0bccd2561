package rag

import "testing"

// TestDoneWholeCorrection: a thing claimed partly done where the clause
// naming it says it was done whole, and the city claimed still in a state
// the report says it has left.
func TestDoneWholeCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"华锦阿美地下工程去年完成一半？", "报告写的是全部完工，不是完成一半"},
		{"政协提案办复了一部分吧", "报告写的是全部办复，不是办复了一部分"},
		{"盘锦现在还在经济最低谷，所以目标定得保守？", "报告写的是已经走出最低谷，不是还在经济最低谷"},
		{"盘锦经济是不是跌到最低谷了", "报告写的是已经走出最低谷，不是跌到最低谷"},
		// Denied leaving: the same claim in other words.
		{"报告说盘锦还没走出最低谷，对吧", "报告写的是已经走出最低谷，不是还没走出最低谷"},
		{"盘锦尚未摆脱最低谷吧", "报告写的是已经走出最低谷，不是尚未摆脱最低谷"},
		// Right, or of the whole where the clause says a part (地下工程 of
		// 华锦阿美; 工程总体进度超过55%).
		{"华锦阿美地下工程去年全部完工了吧", ""},
		{"华锦阿美工程干了一半多了吧", ""},
		// A state the report says is still ahead (即将走出), another
		// subject's, or left: no correction.
		{"盘锦还在历史最困难时期吗", ""},
		{"盘锦还没走出历史最困难时期吧", ""},
		{"全国经济还没走出最低谷吧", ""},
		{"房地产还在最低谷吗", ""},
		{"盘锦已经走出最低谷了吧", ""},
		// The nation's or the province's state, not the city's.
		{"全国经济还在最低谷吗", ""},
		{"全省经济现在还处于最低谷吧", ""},
		// A share bounded from below, which all done meets: right.
		{"华锦阿美地下工程完成一半以上了吧", ""},
		{"华锦阿美地下工程至少一半完工了吧", ""},
	})
}
