package rag

import "testing"

// A comparison of two indicators is read as asking both; a comparison of
// one indicator with a wider place, another year or a stated number is
// left as written.
func TestIndicatorsCompared(t *testing.T) {
	rd, _ := seedReader(t)
	for _, tc := range []struct{ q, want string }{
		{"今年税收增长比gdp快多少", "今年税收增长和gdp增长各是多少"},
		{"去年财政收入增速比gdp增速高几个百分点", "去年财政收入增长和gdp增长各是多少"},
		{"前年固投增幅比社零增幅要低多少", "前年固投增长和社零增长各是多少"},
		{"去年外贸增速高于gdp增速吗", "去年外贸增长和gdp增长各是多少"},
		{"去年财政收入增速比全省高多少", "去年财政收入增速比全省高多少"},
		{"今年公交车比去年多多少", "今年公交车比去年多多少"},
		{"去年外贸增速高于全国平均吗", "去年外贸增速高于全国平均吗"},
		{"去年财政收入比gdp高3个点吗", "去年财政收入比gdp高3个点吗"},
		{"去年盘锦比沈阳高多少", "去年盘锦比沈阳高多少"},
		{"去年外贸增速比企业活跃度高多少", "去年外贸增速比企业活跃度高多少"},
		{"去年gdp增速比市场占有率高多少", "去年gdp增速比市场占有率高多少"},
	} {
		if got := rd.indicatorsCompared(tc.q); got != tc.want {
			t.Errorf("indicatorsCompared(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
