package rag

import "testing"

func TestCharSwapCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []correctionCase{
		{"盘锦港保税物流中心拓展铁精矿混矿业务对吗", "报告写的是铜精矿"},
		// Right names, and a verb said another way, stay uncorrected.
		{"盘锦港保税物流中心拓展铜精矿混矿业务对吗", ""},
		{"辽滨经开区去年升到第21位了吧", ""},
		// A kind of thing (学校) where the clause names one (学院) is no swapped name.
		{"学校在籍学生突破1万人吗？", ""},
	}
	checkCorrections(t, e, tests)
}
