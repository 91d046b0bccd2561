package rag

import "testing"

func TestThresholdsIn(t *testing.T) {
	cases := []struct {
		norm  string
		asked bool
		want  []threshold
	}{
		{"去年新签约亿元以上项目多少个", true, []threshold{{1e8, true}}},
		{"投资五百万元以上的项目有多少", true, []threshold{{5e6, true}}},
		{"今年1亿元以上的项目有几个", true, []threshold{{1e8, true}}},
		{"一千万元以下的企业", true, []threshold{{1e7, false}}},
		// A value a claim states is no threshold; in the report's text it is.
		{"技术合同成交额是13亿元以上吗", true, nil},
		{"技术合同成交额目标13亿元以上", true, nil},
		{"技术合同成交额完成13亿元以上", false, []threshold{{1.3e9, true}}},
		// 元以上 alone sets no amount; an amount without 以上 is none.
		{"补贴元以上", true, nil},
		{"实际到位内资451.5亿元", false, nil},
	}
	for _, c := range cases {
		got := thresholdsIn(c.norm, c.asked)
		if len(got) != len(c.want) {
			t.Errorf("thresholdsIn(%q, %v) = %v, want %v", c.norm, c.asked, got, c.want)
			continue
		}
		for i := range got {
			if !hasThreshold([]threshold{c.want[i]}, got[i]) {
				t.Errorf("thresholdsIn(%q, %v) = %v, want %v", c.norm, c.asked, got, c.want)
			}
		}
	}
}

func TestHoldsThresholds(t *testing.T) {
	yi := []threshold{{1e8, true}}
	cases := []struct {
		window string
		asked  []threshold
		want   bool
	}{
		{"全年新签约注册项目260个", yi, false},
		{"全年新签约注册项目260个，实际到位内资451.5亿元", yi, false}, // its own amount is no threshold
		{"全年新签约注册项目300个，其中亿元以上项目80个", yi, true},
		{"全年实施500万元以上项目600个", yi, false},
		{"全年实施500万元以上项目600个", []threshold{{5e6, true}}, true},
		{"全年新签约注册项目260个", nil, true},
	}
	for _, c := range cases {
		if got := holdsThresholds(c.window, c.asked); got != c.want {
			t.Errorf("holdsThresholds(%q, %v) = %v, want %v", c.window, c.asked, got, c.want)
		}
	}
}
