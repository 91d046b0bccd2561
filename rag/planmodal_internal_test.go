package rag

import "testing"

// TestPlanModalKeepsPlan: 要 before a verb asks what is to be done, the
// plan, even beside a span up to now; 要 inside a word (主要, 需要求) or
// a question without it still asks what came of the year.
func TestPlanModalKeepsPlan(t *testing.T) {
	cases := []struct {
		q    string
		want bool
	}{
		{"今年以来要新建多少座桥", false},
		{"今年以来要种多少亩树", false},
		{"今年以来新建了多少座桥", true},
		{"今年以来主要新建了多少座桥", true},
		{"今年实际造林多少亩", true},
		{"今年以来重要项目开工多少个", true},
	}
	for _, c := range cases {
		if got := asksPlanResult(" "+c.q+" ", nil, 2025); got != c.want {
			t.Errorf("asksPlanResult(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
