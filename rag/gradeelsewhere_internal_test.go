package rag

import "testing"

// TestGradeElsewhereCorrection: a grade the report gives another thing,
// claimed of one whose own clause honours it otherwise.
func TestGradeElsewhereCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"盛源海洋牧场是4A吗", "报告写的是入选国家级海洋牧场示范区，不是4A"},
		// The thing the report grades so, its own honour, a grade no clause
		// gives (5A), a thing whose clause gives it no honour: left alone.
		{"金帛滩海洋乐园是4A吧", ""},
		{"盛源海洋牧场入选国家级海洋牧场示范区吧", ""},
		{"盛源海洋牧场是5A吗", ""},
		{"红海滩是4A景区吗", ""},
	})
}
