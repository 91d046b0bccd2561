package rag

import "testing"

// A claimed move to a level the quote writes with the other way's verb
// is corrected from the quote's verb and level; the same way, another
// number or no verb of a move corrects nothing.
func TestReachedWayCorrection(t *testing.T) {
	quote := []Citation{{Quote: "中蓝电子手机高端马达全球市场占有率增至15.7%，光学电子基地签约配套产业项目23个"}}
	for _, tt := range []struct{ read, want string }{
		{"Zhonglan Electronics' global share fell to 15.7% last year, didn't it?", "增至15.7%"},
		{"中蓝电子全球市场占有率去年下降到15.7%了吧", "增至15.7%"},
		{"Zhonglan Electronics' global share rose to 15.7% last year, right?", ""},
		{"中蓝电子全球市场占有率下降到15.77%了吧", ""},
		{"中蓝电子全球市场占有率是15.7%吧", ""},
	} {
		p, ok := reachedWayCorrection(tt.read, quote)
		got := ""
		if ok {
			got = p.Figure.Value
		}
		if got != tt.want {
			t.Errorf("reachedWayCorrection(%q) = %q, want %q", tt.read, got, tt.want)
		}
	}
}
