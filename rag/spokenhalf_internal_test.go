package rag

import "testing"

// A count and a half with no measure after it, in a question about a
// rate, is points (read as % by the 个点 rule); elsewhere it counts things.
func TestSpokenHalvesOfRate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"明年财政预算收入增长三个半对吧", "明年财政预算收入增长3.5个点对吧"},
		{"规上工业增加值目标七个半是不是", "规上工业增加值目标7.5个点是不是"},
		{"社零涨了两个半", "社零涨了2.5个点"},
		{"增长四个半点吗", "增长4.5个点吗"},
		// No rate: a count of things, 目标 alone included.
		{"每千人病床目标三个半对吧", "每千人病床目标3.5个对吧"},
		{"每天工作八个半小时", "每天工作8.5个小时"},
		{"沿海有三个半岛", "沿海有三个半岛"},
	} {
		if got := spokenHalves(tc.in); got != tc.want {
			t.Errorf("spokenHalves(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
