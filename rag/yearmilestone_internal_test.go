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
