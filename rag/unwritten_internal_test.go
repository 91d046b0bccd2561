package rag

import "testing"

// askingClauseStart is where a question's last clause opens; a decimal
// point ends no clause.
func TestAskingClauseStart(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"我是跑网约车的，地铁什么时候开工", "地铁什么时候开工"},
		{"地铁什么时候开工？", "地铁什么时候开工？"},
		{"今年GDP增长5.5%吗", "今年GDP增长5.5%吗"},
		{"去年增长3.5%，今年5.5%吗", "今年5.5%吗"},
	} {
		if got := tc.q[askingClauseStart(tc.q):]; got != tc.want {
			t.Errorf("askingClauseStart(%q) opens %q, want %q", tc.q, got, tc.want)
		}
	}
}
