package rag

import "testing"

func TestYearTotalForGathering(t *testing.T) {
	const year = "全年新签约注册项目260个"
	for _, tc := range []struct {
		question string
		want     bool
	}{
		// A trip to promote investment is one mission: the year's total is none of its.
		{"去年到瑞士招商签了10个项目是吗", true},
		{"赴深圳推介签约了多少项目", true},
		// 到位 and 去年 open no trip.
		{"实际到位内资招商签约了多少项目", false},
		{"去年招商签约了多少项目", false},
	} {
		if got := YearTotalForGathering(Normalize(tc.question), Normalize(year)); got != tc.want {
			t.Errorf("YearTotalForGathering(%q) = %v, want %v", tc.question, got, tc.want)
		}
	}
}
