package rag_test

import "testing"

// A question that turns from what it states or sets out from (今年燃气管道
// 20公里，… / …，那…) to another thing asks that thing: a quote of the
// first answers nothing of it; a quote of the second does.
func TestQuoteOfTurnedQuestion(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "今年燃气管道20公里，老旧小区呢", found: false, grounding: "not_answered", not: []string{"根据报告"}},
		{q: "我是跑网约车的，今年公交车要买132台，那网约车有啥政策", found: false, grounding: "not_answered", not: []string{"根据报告"}},
		// The thing turned to, quoted.
		{q: "今年燃气管道20公里，北方冬季清洁取暖呢", found: true, want: []string{"清洁取暖"}, paragraph: 52},
		{q: "今年公交车要买132台，那公交线路有啥安排", found: true, want: []string{"城乡公交线路"}, paragraph: 54},
	})
}
