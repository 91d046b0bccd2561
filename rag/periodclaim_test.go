package rag_test

import "testing"

// A question asking the period of a value it states is told the period
// the report gives the value in; another thing's figure of the period
// asked (亿元以上产业链项目's 39个 for 亿元以上项目) corrects nothing.
func TestPeriodOfValueTold(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "亿元以上项目125个是去年的吗？", found: true, want: []string{"其中亿元以上项目125个”列为2025年目标，没有写2024年结果"}, not: []string{"39个，不是"}},
		{q: "进出口增长39.7%是今年的吗", found: true, figures: []string{"6%"}, want: []string{"进出口总额增长39.7%”列为2024年结果，没有写2025年目标"}},
		// The period asked writes the thing itself: its figure corrects.
		{q: "化工精细化率48%是去年的吗", found: true, figures: []string{"45%"}, want: []string{"更正：报告写的是45%，不是48%"}},
	})
}
