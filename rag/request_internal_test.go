package rag

import "testing"

func TestAsksErrand(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"帮我订一张去盘锦的火车票", true},
		{"帮我写一首诗", true},
		{"给我推荐一家盘锦的饭店", true},
		{"请帮我写一篇关于盘锦的作文", true},
		{"点一份外卖", true},
		// Questions of the report, however they start.
		{"推荐几个盘锦的景点", false},
		{"写一下今年的目标", false},
		{"今年要建几家养老院", false},
		{"买房有补贴吗", false},
		{"买家电以旧换新能补多少", false},
		{"订单农业怎么发展", false},
		{"Could you recommend a good restaurant in Dawa?", true},
		{"please book me a train ticket to Panjin", true},
		{"can you write me a poem about the wetlands", true},
		{"What does the report recommend for farmers?", false},
		{"recommend some sights to visit in Panjin", false},
		{"write a summary of the 2025 plan", false},
		{"How many hotels were built?", false},
		{"can you write me a summary of the report", false},
		{"please write us an overview of next year's work", false},
		{"Could you suggest a key project mentioned in the plan?", false},
		{"can you recommend a measure for helping small shops", false},
		{"Would you recommend an industry the report puts first?", false},
		{"could you reserve me a table at a seafood place", true},
		{"please order me a taxi to the station", true},
	} {
		if got := asksErrand(Normalize(tc.q)); got != tc.want {
			t.Errorf("asksErrand(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
