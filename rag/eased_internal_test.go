package rag

import "testing"

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
		{"今年不用再排队了吧", ""},   // a word no plan writes
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
