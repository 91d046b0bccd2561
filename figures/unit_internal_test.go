package figures

import "testing"

func TestUnitAsked(t *testing.T) {
	for _, tc := range []struct{ q, unit, written string }{
		{"gdp总量是多少亿元", "元", "亿元"},
		{"今年计划买几台公交车", "台", "台"},
		{"暖气费多少钱", "元", "元"},
		{"增长了多少", "", ""},
		{"哪几个项目开工了", "", ""},
		{"去年做了哪几件事", "", ""},
		{"哪几个项目开工，一共多少个项目", "项", "项"},
	} {
		if u, w := unitAsked(tc.q); u != tc.unit || w != tc.written {
			t.Errorf("unitAsked(%q) = %q, %q; want %q, %q", tc.q, u, w, tc.unit, tc.written)
		}
	}
}
