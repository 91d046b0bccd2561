package rag

import "testing"

// TestFormulaAskedMembersByKind: 是哪几个 may name the members' kind after
// its measure word (是哪几个产业) and still ask which the term's items are.
func TestFormulaAskedMembersByKind(t *testing.T) {
	given := "专班化、项目化推动“3442”现代化产业体系建设"
	cases := []struct {
		q    string
		want string
	}{
		{"3442产业体系具体是哪几个产业", "3442"},
		{"3442产业体系都是哪几项", "3442"},
		{"3442产业体系今年怎么推进", ""},
	}
	for _, c := range cases {
		if got, _ := formulaAsked(c.q, given); got != c.want {
			t.Errorf("formulaAsked(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
