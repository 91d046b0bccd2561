package rag

import "testing"

// TestYearRoleCorrection: a year's role in a plan (X之年) claimed where the
// clause that says the same around it gives another role.
func TestYearRoleCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"今年是三年行动的攻坚之年对吗", "报告写的是决胜之年，不是攻坚之年"},
		{"今年是三年行动决胜之年吧", ""},
		{"今年是十四五规划的收官之年吧", ""},
		{"今年是十五五规划谋篇布局之年，没错吧", ""},
		// A role is corrected with the role of the plan the claim names.
		{"今年是十五五规划开局之年吧", "报告写的是谋篇布局之年，不是开局之年"},
		{"今年是十五五规划的起步之年吧", "报告写的是谋篇布局之年，不是起步之年"},
		{"今年是十四五规划开局之年吧", "报告写的是收官，不是开局"},
		{"今年是十四五规划收官之年吗", ""},
		{"今年是全面振兴新突破三年行动开局之年吧", "报告写的是决胜之年，不是开局之年"},
	})
}
