package rag

import "testing"

// A named thing's own figure (申通二期投资) is a detail asked only after a
// name: "去年项目投资和招商情况" asks how the year's projects went.
func TestNamedFigureAskedAfterAName(t *testing.T) {
	asksNamedFigure := func(q string) bool {
		for _, k := range askedDetails(Normalize(q)) {
			if k.named && k.zh == "报告没有给出这项数字。相关内容：" {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"申通二期投资多少", true},
		{"盛源海洋牧场面积多大", true},
		{"多屏科技5G工厂产值", true},
		{"华锦阿美项目的总投资", true},
		{"去年项目投资和招商情况", false},
		{"去年项目投资和招商情况总结", false},
		{"项目投资情况", false},
		{"今年的项目投资", false},
	} {
		if got := asksNamedFigure(tc.q); got != tc.want {
			t.Errorf("%s: named figure asked %v, want %v", tc.q, got, tc.want)
		}
	}
}
