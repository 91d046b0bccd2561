package rag

import "testing"

// "报告分哪几大部分" asks the outline, and "回顾部分分了哪几块来讲" the
// review's areas: 哪 and 来讲 are how they ask, not something more.
func TestOutlineAsked(t *testing.T) {
	ix := seedIndex(t)
	rep := ix.Latest()
	for q, want := range map[string]reportAsk{
		"这份报告分哪几大部分":      asksOutline,
		"报告分哪几大部分":        asksOutline,
		"报告分几大部分":         asksOutline,
		"报告里阜盘铁路分哪几大部分建设": notOfReport,
	} {
		if got := reportAsked(Normalize(q), rep); got != want {
			t.Errorf("reportAsked(%q) = %v, want %v", q, got, want)
		}
	}
	for q, want := range map[string]int{
		"去年工作回顾部分分了哪几块来讲": 5,
		"去年工作回顾部分分了哪几块":   5,
		"今年工作安排分了哪几块来说":   20,
		"去年工作回顾部分的gdp来讲":  0,
	} {
		got := 0
		if p := partNamed(Normalize(q), rep); p != nil {
			got = p.N
		}
		if got != want {
			t.Errorf("partNamed(%q) = ¶%d, want ¶%d", q, got, want)
		}
	}
}
