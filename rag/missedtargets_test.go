package rag_test

import "testing"

// TestIndicatorsMissedUnnamed: the report sets no 2024 targets and names
// no indicator missed; which were missed, or which moved, is declined,
// with the review's unnamed remark where it makes one.
func TestIndicatorsMissedUnnamed(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "没完成的指标是哪些", grounding: "not_answered", want: []string{"没有列出", "个别经济指标完成情况不及预期"}},
		{q: "哪些经济指标去年没完成预期", grounding: "not_answered", want: []string{"个别经济指标完成情况不及预期"}},
		{q: "今年有哪些指标下调了", grounding: "figure_of_other_period", not: []string{"约束性指标"}},
		{q: "今年主要预期目标都有哪些", found: true, want: []string{"5.5%左右"}, figures: []string{"5.5%左右", "5.4%", "6%", "10%以上", "5%", "6%", "1.9万人", "110万吨左右"}},
	})
}
