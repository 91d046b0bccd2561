package rag

import "testing"

// A claim that some of a thing was not done is corrected by the clause
// saying all of it was.
func TestAllDoneCorrection(t *testing.T) {
	water := "4个国考断面、5个省考断面水质全部达标。"
	for _, tc := range []struct {
		q, quote string
		want     string // the report's words quoted; "" for no correction
	}{
		{"去年4个国考断面有一个水质没达标是吧", water, "4个国考断面、5个省考断面水质全部达标"},
		{"去年有的断面水质未达标吧", water, "4个国考断面、5个省考断面水质全部达标"},
		{"去年4个国考断面水质全部达标吧", water, ""},                       // no denial
		{"去年有的空气质量没达标吧", water, ""},                          // another thing
		{"去年有的水质没办复吧", water, ""},                            // another doing
		{"去年有的建议没办复吧", "市政府承办的126件人大代表建议、198件政协提案全部办复。", ""}, // 政协提案's all-done
	} {
		p, ok := allDoneCorrection(Normalize(tc.q), []Citation{{Report: "panjin-2025", Paragraph: 12, Quote: tc.quote}})
		got := ""
		if ok {
			got = p.Figure.Value
		}
		if got != tc.want {
			t.Errorf("allDoneCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
