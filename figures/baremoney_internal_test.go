package figures

import "testing"

// A bare 亿 names no currency: where the figures a claim names are in
// 美元 only, it is held to them; where the report writes its number in 元,
// it is that sum.
func TestBareMoney(t *testing.T) {
	ix := newSeedIndex(t)
	for _, tc := range []struct{ q, stated, actual string }{
		{"今年实际利用外资目标是5亿吧", "5亿", "¶29 4亿美元"},
		{"今年实际利用外资目标还是7.5亿吧", "7.5亿", "¶29 4亿美元"},
		{"去年实际利用外资8亿吧", "8亿", "¶10 7.5亿美元"},
		{"今年实际利用外资目标是4亿吧", "", ""},
		{"去年实际到位内资400亿吧", "400亿", "¶8 451.5亿元"},
	} {
		got := Premise(tc.q, ix, "")
		switch {
		case tc.stated == "" && got != nil:
			t.Errorf("%s: correction %q → ¶%d %s, want none", tc.q, got.Stated, got.Actual.Paragraph, got.Actual.Text)
		case tc.stated != "" && got == nil:
			t.Errorf("%s: no correction, want %s → %s", tc.q, tc.stated, tc.actual)
		case got != nil && (got.Stated != tc.stated || "¶"+itoa(got.Actual.Paragraph)+" "+got.Actual.Text != tc.actual):
			t.Errorf("%s: correction %q → ¶%d %s, want %s → %s", tc.q, got.Stated, got.Actual.Paragraph, got.Actual.Text, tc.stated, tc.actual)
		}
	}
}
