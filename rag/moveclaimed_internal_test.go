package rag

import "testing"

// A growth rate claimed of a thing whose quoted clauses give only its
// level is declined; a clause that says how it moved, a question that
// states a level too, or a level reached (提高到91%) is not.
func TestMoveClaimedAsLevel(t *testing.T) {
	grain := []askedTerm{{term: "粮油加工", weight: 1}, {term: "营收", weight: 1, head: true}, {term: "营业收入", weight: 1}}
	trade := []askedTerm{{term: "进出口总额", weight: 1, head: true}}
	share := []askedTerm{{term: "覆盖率", weight: 1, head: true}}
	level := []string{"粮油加工及生物科技产业营业收入310亿元。"}
	for _, tc := range []struct {
		q       string
		asked   []askedTerm
		clauses []string
		want    bool
	}{
		{"去年粮油加工及生物科技产业营收增长了15%吧", grain, level, true},
		{"粮油加工营收增速是15%吗", grain, level, true},
		{"去年进出口总额增长39.7%对吗", trade, []string{"进出口总额增长39.7%，增速均全省第一。"}, false},
		{"去年进出口总额147亿元增长39.7%对吗", trade, []string{"全年实际利用外资7.5亿美元、全省第二，进出口总额达到147亿元。"}, false},
		{"普惠性幼儿园覆盖率提高到91%了吧", share, []string{"普惠性幼儿园覆盖率达到91%。"}, false},
		{"去年粮油加工及生物科技产业营收增长了15%吧", grain, []string{"京粮粮食物流产业园加快建设"}, false},
	} {
		got := statesMoveOnly(Normalize(tc.q)) && onlyLevelOfAsked(tc.asked, tc.clauses)
		if got != tc.want {
			t.Errorf("%q over %v = %v, want %v", tc.q, tc.clauses, got, tc.want)
		}
	}
}

// A doubling or halving said in words is left to the claim's check.
func TestSaidInWords(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"今年粮食产量目标要翻一番吧？", true},
		{"信访量减半了吗", true},
		{"去年粮油加工及生物科技产业营收增长了15%吧", false},
	} {
		if got := saidInWords(tc.q); got != tc.want {
			t.Errorf("saidInWords(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
