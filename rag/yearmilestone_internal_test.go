package rag

import (
	"context"
	"testing"
)

// A why question about a year itself is answered with what the report
// says that year is; a year the report does not cover stays declined.
func TestYearMilestone(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q     string
		found bool
		para  int
	}{
		{"为啥说2025年这一年特别关键", true, 21},
		{"为什么说2024年是特殊的年份", true, 6},
		{"2024年为啥重要", true, 6},
		{"为什么说2023年很关键", false, 0},
		// What is key this year, not the year itself: no milestone answer.
		{"为什么今年非常关键的是项目建设", false, 0},
		{"why is last year's growth important", false, 0},
		{"why is 2025 a key year", true, 21},
	} {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tc.found || tc.found && (len(ans.Citations) == 0 || ans.Citations[0].Paragraph != tc.para) {
			t.Errorf("%s: found=%v citations=%v, want found=%v ¶%d", tc.q, ans.Found, ans.Citations, tc.found, tc.para)
		}
	}
}

// A verdict quote answers why only of what it judges.
func TestVerdictOfAsked(t *testing.T) {
	quote := "做好今年的政府工作，意义重大。"
	for _, tc := range []struct {
		asked []string
		want  bool
	}{
		{[]string{"政府工作", "意义", "特别", "重大"}, true},
		{[]string{"意义", "重大"}, true},
		{[]string{"三年", "行动", "意义", "重大"}, false},
	} {
		var terms []askedTerm
		for _, a := range tc.asked {
			terms = append(terms, askedTerm{term: a})
		}
		if got := verdictOfAsked(terms, quote); got != tc.want {
			t.Errorf("verdictOfAsked(%v) = %v, want %v", tc.asked, got, tc.want)
		}
	}
}
