package rag_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A claim about the period a question names is not "corrected" with the
// other period's figure: the answer says the report gives none for that
// year and shows, labelled, what it does give. A claim of the period the
// report writes, or one whose period sits in another clause, is still
// corrected.
func TestCorrectedOtherPeriod(t *testing.T) {
	eng := fullEngine(t)
	cases := []struct {
		q, lead string
	}{
		{"今年增划停车泊位要到2万个吧", "报告没有给出2025年的这项数字"},
		{"今年集装箱吞吐量计划增长5%对吗", "报告没有给出2025年的这项数字"},
		{"去年新购公交车辆90台吧", "更正：报告写的是85台"},
		{"今年地区生产总值目标7%对吗", "更正：报告写的是5.5%左右"},
		{"工程总体进度超过70%，今年能机械竣工吗", "更正：报告写的是超过55%"},
	}
	for _, tc := range cases {
		t.Run(tc.q, func(t *testing.T) {
			a, err := eng.Ask(context.Background(), rag.Query{Text: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			if err := a.CheckParts(eng, false); err != nil {
				t.Error(err)
			}
			if !strings.HasPrefix(a.Answer, tc.lead) {
				t.Errorf("answer does not lead with %q:\n%s", tc.lead, a.Answer)
			}
		})
	}
}
