package rag

import "testing"

// TestGradeElsewhereCorrection: a grade the report gives another thing,
// claimed of one whose own clause honours it otherwise.
func TestGradeElsewhereCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"盛源海洋牧场是4A吗", "报告写的是入选国家级海洋牧场示范区，不是4A"},
		// A grade won (被评为) that the report gives another: the winner is
		// corrected, from the clause that gives the grade.
		{"红海滩被评为4A景区对吧", "报告写的是金帛滩海洋乐园，不是红海滩"},
		// The thing the report grades so, its own honour, a grade no clause
		// gives (5A), a thing whose clause gives it no honour: left alone.
		{"金帛滩海洋乐园是4A吧", ""},
		{"盛源海洋牧场入选国家级海洋牧场示范区吧", ""},
		{"盛源海洋牧场是5A吗", ""},
		{"红海滩是4A景区吗", ""},
	})
}

// TestGradeNotGiven: a grade no clause gives, claimed of a thing the
// report names but grades nowhere, is the thing's grade unwritten; a
// grade given to someone, or a thing graded, is the corrections' to check.
func TestGradeNotGiven(t *testing.T) {
	ix := seedIndex(t)
	for _, c := range []struct{ q, want string }{
		{"红海滩评上5A了没有", "红海滩"},
		{"盛源海洋牧场算是国家5A级景区吧", "盛源海洋牧场"},
		{"红海滩风景廊道是三A景区？", ""},   // not the name the report writes
		{"金帛滩海洋乐园是5A吗", ""},     // graded: 4A, which the correction gives
		{"红海滩是4A景区吗", "红海滩"},    // 4A is another's, and nothing honours 红海滩
		{"盛源海洋牧场是4A吗", ""},      // honoured otherwise: corrected to that honour
		{"红海滩晋升4A了吧", ""},       // 4A won is another's event: its subject is corrected
		{"盘锦有几个5A景区", ""},       // no thing named
		{"红海滩被评为5A景区了吗", "红海滩"}, // 被评为 is the link whole, not 为
		// A grade asked of a thing graded nowhere: another's is no answer.
		{"红海滩是几A景区？", "红海滩"},
		{"金帛滩海洋乐园是几A景区", ""},
	} {
		if got := ix.gradeNotGiven(c.q, nil); got != c.want {
			t.Errorf("gradeNotGiven(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
