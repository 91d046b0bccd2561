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

func TestOtherThreeYearAction(t *testing.T) {
	cases := []struct {
		norm string
		want bool
	}{
		{"三年行动期间税收增长多少", false},
		{"新突破三年行动以来引进多少企业", false},
		{"盘锦三年行动时期投资目标", false},
		{"这次三年行动期间出口增长多少", false},
		{"污染防治三年行动期间整治多少条河", true},
		{"开展消防攻坚三年行动以来查处多少隐患", true},
	}
	for _, tc := range cases {
		if got := otherThreeYearAction(tc.norm); got != tc.want {
			t.Errorf("otherThreeYearAction(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestSpanTargetAsked(t *testing.T) {
	cases := []struct {
		norm string
		want bool
	}{
		{"三年行动期间税收目标", true},
		{"近三年的出口预期", true},
		{"三年行动的目标任务能完成吗", false},
		{"三年行动期间按什么目标要求推进", false},
		{"三年行动期间要实现哪些目标", false},
	}
	for _, tc := range cases {
		if got := spanTargetAsked(tc.norm); got != tc.want {
			t.Errorf("spanTargetAsked(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
