package rag

import "testing"

// A which-question of a kind is not answered by quotes writing the kind
// only unnamed (个别经济指标, 与央企合作) where they say of it what the
// question does; a quote naming one, listing them, or saying another thing
// of the kind leaves the answer to other rules.
func TestKindWrittenUnnamed(t *testing.T) {
	for _, tc := range []struct {
		q, given string
		want     bool
	}{
		{"去年哪个经济指标没完成", "个别经济指标完成情况不及预期；传统产业转型步伐不快", true},
		{"个别经济指标是哪些", "个别经济指标完成情况不及预期", true},
		{"市国投集团今年跟哪家央企合资", "支持市国投集团、水务集团等市属国企与央企开展合资合作", true},
		{"去年重组挂牌的重点企业是哪家", "奋力推动重大项目加快建设，重点企业重组挂牌、重回正轨", true},
		{"去年哪些指标下降了", "个别经济指标完成情况不及预期", false},               // another thing said of it
		{"哪家企业重组挂牌", "华锦集团等重点企业重组挂牌", false},                 // a list names them
		{"哪家企业重组挂牌", "宝来企业重组挂牌，部分企业重组挂牌", false},             // one named
		{"汇福粮油被认定为什么企业", "汇福粮油被认定为农业产业化国家重点龙头企业", false},     // asks what kind
		{"哪家企业被认定为国家重点龙头企业", "汇福粮油被认定为农业产业化国家重点龙头企业", false}, // a title
	} {
		norm := Normalize(tc.q)
		head, rest := askedKindHead(norm)
		got := head != "" && writesKindUnnamed(Normalize(tc.given), head, rest, unnamingWord.MatchString(norm))
		if got != tc.want {
			t.Errorf("%s / %s: unnamed %v, want %v", tc.q, tc.given, got, tc.want)
		}
	}
}
