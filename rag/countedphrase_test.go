package rag_test

import "testing"

// A count asked of a named kind (a phrase of three words or more) is not
// answered by the count of another kind that shares some of its words,
// when the report names the kind's missing words elsewhere. The kind the
// report counts, asked by its own words, is still answered.
func TestCountOfOtherKindNotAnswered(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "绿色工厂示范单位共计多少家", grounding: "no_such_figure"},
		{q: "无废细胞示范单位首批有多少家", found: true, figures: []string{"84家"}},
		// Not 2025年计划新签约的央地合作项目: its only rival names 新签约 in the
		// review, and the rival must be of the period asked.
		{q: "2024年新签约的央地合作项目有几个", found: true, figures: []string{"19个"}},
	})
}
