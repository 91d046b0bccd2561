package rag

import "testing"

// TestRankMoveCorrection: a claimed fall of a rank, or exit from a top
// group, where the cited sentence says the rank rose or held.
func TestRankMoveCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"辽滨经开区去年跌出全国化工园区30强了？", "报告写的是连续6年跻身全国化工园区30强，不是跌出全国化工园区30强"},
		{"遼濱經開區化工園區排名去年下降了？", "报告写的是升至第21位，不是排名下降"},
		// This year's: the plan's words, not last year's.
		{"辽滨经开区今年排名会下降吗", "报告写的是排名持续进位"},
		// Right, denied, or another group than the report's: left alone.
		{"辽滨经开区连续6年跻身全国化工园区30强对吧", ""},
		{"辽滨经开区去年排名升至第21位了吧", ""},
		{"辽滨经开区去年没有跌出30强吧", ""},
		{"辽滨经开区去年跌出20强了吧", ""},
		// Denied or asked which way after 排名: no fall claimed.
		{"辽滨经开区化工园区排名没下降吧", ""},
		{"辽滨经开区化工园区排名不会下降吧", ""},
		{"辽滨经开区化工园区排名有没有下降", ""},
		{"辽滨经开区化工园区排名上升还是下降", ""},
		{"辽滨经开区化工园区排名是涨是跌", ""},
		// Another ranking of the same place than the sentence's.
		{"辽滨经开区营商环境排名去年下降了吧", ""},
		{"空气质量排名下滑了吧", ""},
	})
}
