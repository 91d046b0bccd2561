package rag

import "testing"

func TestHalfAskedKinds(t *testing.T) {
	for _, tc := range []struct {
		q            string
		parted       bool
		result, plan AskedKinds
	}{
		{q: "实际到位内资去年多少亿？今年增长目标多少", parted: true,
			result: AskedKinds{Figure: true, Amount: true}, plan: AskedKinds{Figure: true}},
		// One year word: the first half asks the other year (loneYearHalves).
		{q: "实际利用外资多少亿？今年增长目标多少", parted: true,
			result: AskedKinds{Figure: true, Amount: true}, plan: AskedKinds{Figure: true}},
		{q: "去年就业多少，今年怎么稳就业", parted: true,
			result: AskedKinds{Figure: true}, plan: AskedKinds{}},
		{q: "2025年地区生产总值增长目标是多少"},
		{q: "24年新增学位 / 25年每千人托位"}, // years in digits place no half alone
	} {
		got := halfAskedKinds(Normalize(tc.q))
		if (got != nil) != tc.parted {
			t.Errorf("%s: parted = %v, want %v", tc.q, got != nil, tc.parted)
			continue
		}
		if tc.parted && (got[PeriodResult] != tc.result || got[PeriodPlan] != tc.plan) {
			t.Errorf("%s: halves %+v / %+v, want %+v / %+v", tc.q, got[PeriodResult], got[PeriodPlan], tc.result, tc.plan)
		}
	}
}
