package rag

import "testing"

func TestOppositeCorrection(t *testing.T) {
	problems := "我们既要看到成绩，也要正视问题：项目储备不足，居民消费意愿不强，内需总体偏弱"
	for _, tc := range []struct {
		q, quote string
		want     string // the report's words quoted; "" for no correction
	}{
		{"报告说项目储备很充足没啥问题?", problems, "项目储备不足"},
		{"居民消费意愿很强吧", problems, "消费意愿不强"},
		{"项目储备不充足吧", problems, ""}, // says the report's way
		{"储备充足吗", problems, ""},    // 储备 alone is any reserve
		{"粮食储备充足吗", problems, ""},  // another subject
	} {
		p, ok := oppositeCorrection(Normalize(tc.q), []Citation{{Report: "panjin-2025", Paragraph: 19, Quote: tc.quote}})
		got := ""
		if ok {
			got = p.Figure.Value
		}
		if got != tc.want {
			t.Errorf("oppositeCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
