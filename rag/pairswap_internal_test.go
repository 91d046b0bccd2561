package rag

import "testing"

func TestFindPairSwap(t *testing.T) {
	for _, tc := range []struct {
		claim, quote string
		swapped      bool // two characters exchanged between unlike phrases
	}{
		{"坚持以诚为先、以质为本、以信为基的原则", "坚持以诚为先、以质为基、以信为本的原则", true},
		{"做到收入为重、支出为轻、结余为稳", "做到收入为轻、支出为重、结余为稳", true},
		{"坚持以诚为先、以质为基、以信为本的原则", "坚持以诚为先、以质为基、以信为本的原则", false}, // the same words
		{"解决群众最急心、最忧心、最盼望的事情", "解决群众最忧心、最急心、最盼望的事情", false},   // only reordered
		{"建设储煤储水储电三大库区工程", "建设储水储煤储电三大库区工程", false},           // one phrase, no list
		{"完成投资5亿元、建设3个园区的任务", "完成投资3亿元、建设5个园区的任务", false},     // figures: the figures check's
	} {
		q, quote := []rune(tc.claim), []rune(tc.quote)
		sw, ok := findPairSwap(q, quote)
		if ok {
			ok = !standAlike(q, sw.a+sw.i, sw.a+sw.j, sw.a, sw.a+sw.n)
		}
		if ok != tc.swapped {
			t.Errorf("%s / %s: swapped %v, want %v", tc.claim, tc.quote, ok, tc.swapped)
		}
	}
}
