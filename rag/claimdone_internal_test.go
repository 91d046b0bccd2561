package rag

import "testing"

// A claim that some of a thing was not done is corrected by the clause
// saying all of it was.
func TestAllDoneCorrection(t *testing.T) {
	water := "4个国考断面、5个省考断面水质全部达标。"
	for _, tc := range []struct {
		q, quote string
		asked    []string // the question's words asked
		want     string   // the report's words quoted; "" for no correction
	}{
		{"去年4个国考断面有一个水质没达标是吧", water, []string{"国考", "断面", "水质", "达标"}, "4个国考断面、5个省考断面水质全部达标"},
		{"去年有的断面水质未达标吧", water, []string{"断面", "水质"}, "4个国考断面、5个省考断面水质全部达标"},
		{"去年4个国考断面水质全部达标吧", water, nil, ""}, // no denial
		{"去年有的空气质量没达标吧", water, nil, ""},    // another thing
		{"去年有的水质没办复吧", water, nil, ""},      // another doing
		{"去年有的建议没办复吧", "市政府承办的126件人大代表建议、198件政协提案全部办复。", nil, ""},
		// 水质 alone is any water's: the clause of 国考断面 says nothing of
		// 近岸海域 or 辽河干流.
		{"去年近岸海域有一处水质没达标是吧", water, []string{"近岸", "海域", "水质", "达标"}, ""},
		{"辽河干流水质没达标是吧", water, []string{"辽河", "干流", "水质", "达标"}, ""}, // 政协提案's all-done
	} {
		var asked []askedTerm
		for _, w := range tc.asked {
			asked = append(asked, askedTerm{term: w, weight: 1})
		}
		p, ok := allDoneCorrection(Normalize(tc.q), asked, []Citation{{Report: "panjin-2025", Paragraph: 12, Quote: tc.quote}})
		got := ""
		if ok {
			got = p.Figure.Value
		}
		if got != tc.want {
			t.Errorf("allDoneCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
