package rag

import "testing"

func TestWordAgreement(t *testing.T) {
	for _, tc := range []struct {
		kind          int // index in wordKinds
		claimed, said string
		want          bool
	}{
		{0, "首次", "第一次", true},
		{0, "首次", "连续6年", false},
		{0, "第二次", "首次", false},
		{0, "再次", "连续6年", true},
		{0, "蝉联", "首次", false},
		{0, "连续六年", "连续6年", true},
		{1, "已经", "已经", true},
		{1, "即将", "已经", false},
		{1, "就要", "即将", true},
		{2, "第一", "榜首", true},
		{2, "第二", "榜首", false},
		{2, "第一", "前列", false}, // a vaguer rank confirms no precise one
		{2, "前列", "第三", true},
		{2, "前三", "第二", true},
		{2, "前三", "第五", false},
		{2, "第三", "前五", false},
		{2, "20强", "30强", false}, // N强 is a top N, not the Nth place
		{2, "前十", "30强", false},
		{2, "50强", "第21位", true},
		{2, "前30", "30强", true},
	} {
		if got := wordKinds[tc.kind].agree(tc.claimed, tc.said); got != tc.want {
			t.Errorf("agree(%q, %q) = %v, want %v", tc.claimed, tc.said, got, tc.want)
		}
	}
}

func TestScopeWords(t *testing.T) {
	for _, tc := range []struct {
		claimed, said string
		want          bool
	}{
		{"全国", "国家", true},
		{"国家级", "全国", true},
		{"省级", "国家", false},
		{"全国", "全省", false},
		{"全省", "省级", true},
		{"市级", "省级", false},
	} {
		if got := scopeKind.agree(tc.claimed, tc.said); got != tc.want {
			t.Errorf("agree(%q, %q) = %v, want %v", tc.claimed, tc.said, got, tc.want)
		}
	}
	// A scope before a rank is the ranking's, left to the rank checks.
	for text, want := range map[string]int{"全国第一": 0, "全省前列": 0, "全国经典案例": 1, "国家重点龙头企业": 1} {
		if got := len(wordsOf(scopeKind, []rune(text), true)); got != want {
			t.Errorf("scopes in %q = %d, want %d", text, got, want)
		}
	}
}

func TestRankWordsEnd(t *testing.T) {
	k := wordKinds[2]
	for _, tc := range []struct {
		text  string
		claim bool
		want  int
	}{
		{"品牌第二吧", true, 1},
		{"全省第三、为2023年五倍", false, 1},
		{"全国第二批山水工程", false, 0}, // a batch, no rank
		{"第一时间", true, 0},
		{"位居全省前列", false, 1},
	} {
		if got := len(wordsOf(k, []rune(tc.text), tc.claim)); got != tc.want {
			t.Errorf("ranks in %q = %d, want %d", tc.text, got, tc.want)
		}
	}
}
