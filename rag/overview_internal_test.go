package rag

import (
	"context"
	"strings"
	"testing"
)

// A summary's quote of the overview carries every ；-part that states a
// figure, as the report writes it, in as few quotes as its sentences:
// not the first three parts of ¶23's ten.
func TestOverviewQuotesEveryFigure(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q      string
		para   int
		quotes int
		want   []string
	}{
		{"2025年主要预期目标都有哪些", 23, 1, []string{"地区生产总值增长5.5%左右", "固定资产投资增长10%以上", "城镇新增就业1.9万人", "粮食产量110万吨左右"}},
		{"今年的主要目标", 23, 1, []string{"规上工业增加值增长5.4%", "进出口总额增长6%"}},
		// The review's long sentence is narrowed to its figures, which
		// run on to the rank they share (增速均全省第一).
		{"去年经济咋样", 6, 1, []string{"预计全市地区生产总值增长3.5%左右", "一般公共预算收入增长8.3%", "进出口总额增长39.7%，增速均全省第一"}},
	} {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatalf("Ask(%q): %v", tc.q, err)
		}
		n := 0
		for _, c := range ans.Citations {
			if c.Paragraph == tc.para {
				n++
			}
		}
		if n != tc.quotes {
			t.Errorf("Ask(%q): %d quotes of ¶%d, want %d:\n%s", tc.q, n, tc.para, tc.quotes, ans.Answer)
		}
		for _, w := range tc.want {
			if !strings.Contains(ans.Answer, w) {
				t.Errorf("Ask(%q) lacks %q:\n%s", tc.q, w, ans.Answer)
			}
		}
	}
}
