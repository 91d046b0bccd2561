package rag

import "testing"

func TestPriorAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"中蓝电子马达全球市场占有率之前是多少", true},
		{"支付比例提高到55%之前是多少", true},
		{"企业开办时间原来要几天", true},
		{"精细化率原先多少", true},
		{"what was it before it was raised", true},
		// A deadline is no earlier level, nor a place in a ranking.
		{"年底之前要新增多少个学位", false},
		{"2025年之前要建成几个", false},
		{"精细化率提升至45%在全省排前几", false},
		{"支付比例提高到多少", false},
	} {
		if got := priorAsked.MatchString(Normalize(c.q)); got != c.want {
			t.Errorf("priorAsked(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
