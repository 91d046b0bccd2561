package rag

import "testing"

func TestOneClaimClause(t *testing.T) {
	cases := []struct {
		norm string
		want bool
	}{
		{"今年增划停车泊位要到2万个吧", true},
		{"今年集装箱吞吐量计划增长5%，对吗？", true},
		{"今年地区生产总值目标7% 是不是", true},
		{"工程总体进度超过70%，今年能机械竣工吗", false},
		{"去年有85台公交车是吗，今年买多少", false},
	}
	for _, tc := range cases {
		if got := oneClaimClause(tc.norm); got != tc.want {
			t.Errorf("oneClaimClause(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
