package rag

import (
	"testing"
	"testing/fstest"
)

// A claim that a rule is eased this year is corrected by the plan's clause
// that keeps it.
func TestEasedCorrection(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want string // the report's words quoted; "" for no correction
	}{
		{"报告说今年过紧日子可以适当放宽了？", "养成过紧日子的习惯和自觉"},
		{"报告说今年财政可以适度宽松，不用再过紧日子了？", "养成过紧日子的习惯和自觉"},
		{"今年不用再过紧日子了吧", "养成过紧日子的习惯和自觉"}, // a closing particle
		{"今年不用再过紧日子了吗", "养成过紧日子的习惯和自觉"},
		{"今年过紧日子吧", ""},     // the rule claimed kept
		{"今年市场准入可以放宽吧", ""}, // no plan clause keeps it
		{"今年不用再交物业费了吧", ""}, // a rule no plan clause writes
	} {
		p, _, ok := ix.easedCorrection(tc.q, nil)
		got := ""
		if ok {
			got = p.Figure.Value
		}
		if got != tc.want {
			t.Errorf("easedCorrection(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A plan clause that writes the rule with a word easing it (放宽) keeps
// nothing: it is no correction of a claim that the rule is eased.
func TestEasedCorrectionSkipsEasingClause(t *testing.T) {
	fsys := fstest.MapFS{
		"eased-2025.yaml": {Data: []byte("id: eased-2025\ntitle: 2025年测试市政府工作报告\ncity: 测试市\nyear: 2025\ndate: \"2025-01-10\"\nspeaker: 张三（市长）\nreview_year: 2024\n")},
		"eased-2025.txt":  {Data: []byte("测试市2025年政府工作报告\n\n　　一、2024年工作回顾\n　　2024年，全市地区生产总值增长6.1%。\n\n　　二、2025年工作安排\n　　坚持勤俭办事，适当放宽过紧日子的要求。\n")},
	}
	ix, err := NewIndex(loadReports(t, fsys), DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	if p, _, ok := ix.easedCorrection("报告说今年过紧日子可以适当放宽了？", nil); ok {
		t.Errorf("easedCorrection quoted %q, a clause easing the rule", p.Figure.Value)
	}
}
