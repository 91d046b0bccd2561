package rag

import "testing"

// TestTurnedShare: what a question asks after turning (那…) grounds a
// figure on its own when it names two terms or more; one word does not.
func TestTurnedShare(t *testing.T) {
	terms := func(words ...string) []askedTerm {
		var out []askedTerm
		for _, w := range words {
			out = append(out, askedTerm{term: w, weight: 1})
		}
		return out
	}
	for _, tc := range []struct {
		focus []askedTerm
		text  string
		want  bool
	}{
		{terms("新增", "省级", "龙头企业"), "新增省级农业产业化重点龙头企业11家", true},
		{terms("企业"), "新增外贸型企业18家", false},
		{nil, "新增外贸型企业18家", false},
	} {
		if got := turnedShare(tc.focus, tc.text) >= figureGrounding; got != tc.want {
			t.Errorf("turnedShare(%v, %q) grounds = %v, want %v", tc.focus, tc.text, got, tc.want)
		}
	}
}
