package rag

import "testing"

func TestCutOfAsked(t *testing.T) {
	head := func(w string) []askedTerm { return []askedTerm{{term: w, weight: 1, head: true}} }
	for _, c := range []struct {
		term, clause, question string
		want                   bool
	}{
		{"支出", "压减支出6.7亿元", "去年支出多少", true},
		{"资金", "审减财政投资项目资金0.8亿元", "投资项目资金多少", true},
		{"支出", "压减支出6.7亿元", "去年压减了多少支出", false},                 // a cut asked
		{"支出", "压减支出6.7亿元", "how much spending was cut", false}, // in English too
		{"支出", "压减支出6.7亿元", "支出增长多少", false},                    // a move asked
		{"时间", "企业开办时间压缩至1天以内", "开办时间多少", false},                // a fall after the thing is how it went
		{"时间", "压缩至开办时间1天", "开办时间多少", false},                    // 至: a level reached
		{"国企", "8户市属国企负债总额降低11.1%", "市属国企几户", false},            // the figure before the thing counts it
		{"支出", "压减支出，收入增长5%", "支出多少", false},                    // the cut's figure is not there
	} {
		if got := cutOfAsked(head(c.term), c.clause, c.question); got != c.want {
			t.Errorf("cutOfAsked(%q, %q, %q) = %v, want %v", c.term, c.clause, c.question, got, c.want)
		}
	}
}
