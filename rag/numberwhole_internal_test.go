package rag

import (
	"regexp"
	"slices"
	"testing"
)

func TestQualifierAfterHead(t *testing.T) {
	// 河蟹电商平台交易额 asked: 电商平台 qualifies 交易额, the head.
	asked := []askedTerm{
		{term: "电商平台", weight: 1, at: 0},
		{term: "交易额", weight: 1, head: true, at: len("电商平台")},
	}
	for _, tc := range []struct {
		window string
		want   bool
	}{
		{"农产品交易额达到145亿元、盘锦河蟹电商平台入驻商户达到85家", true},
		{"电商平台交易额达到145亿元", false},
		// A year after the qualifier is no figure of it.
		{"农产品交易额达到145亿元，电商平台2025年起运营", false},
		{"农产品交易额达到145亿元，建设电商平台", false},
		// A part of the head's whole, counted after 其中, is the one asked.
		{"交易额达到145亿元，其中电商平台50亿元", false},
	} {
		if got := qualifierAfterHead(asked, tc.window); got != tc.want {
			t.Errorf("qualifierAfterHead(%q) = %v, want %v", tc.window, got, tc.want)
		}
	}
}

func TestFindAllRunesReadsNumbersWhole(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"创建国家5A级旅游景区", []string{"5"}},
		{"打造15A级写字楼", nil},
		{"4A级和5A级", []string{"4", "5"}},
	} {
		if got := matchedValues(sceneGrade, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("findAllRunes(sceneGrade, %q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// matchedValues are the value groups of re's matches in text, in order.
func matchedValues(re *regexp.Regexp, text string) []string {
	rs := []rune(text)
	var out []string
	for _, m := range findAllRunes(re, rs) {
		out = append(out, string(rs[m.vStart:m.vEnd]))
	}
	return out
}
