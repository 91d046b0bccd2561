package rag

import "testing"

func TestEndsInMoney(t *testing.T) {
	for _, tc := range []struct {
		clause string
		want   bool
	}{
		{"压减支出6.7亿元", true},
		{"公共采购交易节支2.63亿元,", true}, // normalized: ASCII stops
		{"审减政府投资项目资金0.8亿元。", true},
		{"投入技改资金70.1亿元", true},
		{"带动投资5000万元", true},
		{"合计突破千亿元", false}, // no digit
		{"新签约项目260个", false},
		{"营业收入310亿", false}, // no 元
		{"增长8.3%", false},
		{"3元", false},
		{"", false},
	} {
		if got := endsInMoney(tc.clause); got != tc.want {
			t.Errorf("endsInMoney(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}
