package rag_test

import "testing"

// A kind of an indicator the reports never count (涉黑 beside 涉恶,
// 过夜游客 of 旅客接待量, 入园率 beside 幼儿园覆盖率) asks its own figure:
// the neighbour's is declined plainly and shown as related text, and the
// neighbour asked by its own name or an everyday word is still answered.
func TestNeighbourConceptsNotAnswered(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "涉黑犯罪团伙去年被打掉多少个", grounding: "no_such_figure", want: []string{"打掉涉恶组织6个"}},
		{q: "去年被打掉的涉恶组织有几个", found: true, figures: []string{"6个"}},
		{q: "去年来盘锦过夜的游客比前年多了多少", grounding: "no_such_figure", want: []string{"旅客接待量"}, not: []string{"旅客接待量增长：64％"}},
		{q: "去年来盘锦的游客比前年多了多少", found: true, figures: []string{"64％"}},
		{q: "2025年学前教育毛入园率目标", grounding: "no_such_figure", want: []string{"覆盖率达到91%"}},
		{q: "今年普惠性幼儿园覆盖率要达到多少", found: true, figures: []string{"91%"}},
	})
}
