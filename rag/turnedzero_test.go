package rag_test

import "testing"

// A question that turns (，那) from what it sets out from asks only what
// follows the turn: a clause zeroing the former answers nothing of it.
func TestZeroOfTurnedQuestion(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "零就业家庭动态为零，那失业人数是多少？", found: false, grounding: "no_such_figure", not: []string{"没有。报告写明"}},
		// The zeroed thing itself, asked plainly or after the turn.
		{q: "去年零就业家庭有几户", found: true, want: []string{"没有。报告写明", "动态为零"}},
		{q: "城镇新增就业完成了，那零就业家庭有多少户", found: true, want: []string{"没有。报告写明", "动态为零"}},
	})
}
