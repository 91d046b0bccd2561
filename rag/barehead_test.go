package rag_test

import "testing"

// TestBareHeadCountNotAKindsCount: a count asked of a broad head with no
// kind (去年新增企业多少家) is not answered by the count of a kind of it
// the question lacks (新增外贸型企业18家); a verb before the head
// (新签约, 新进驻) counts all of it, not a kind, and still answers.
func TestBareHeadCountNotAKindsCount(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "去年新增企业多少家", grounding: "no_such_figure"},
		{q: "去年全市新增了多少家企业？", grounding: "no_such_figure"},
		{q: "去年新增外贸型企业多少家", found: true, figures: []string{"18家"}},
		{q: "去年新签约项目多少个", found: true, figures: []string{"260个"}},
		{q: "今年谈成多少个项目", found: true, figures: []string{"300个"}},
		{q: "光学电子供应链产业园今年新进驻几个项目", found: true, figures: []string{"6个"}},
		// A verb head (新增) leaves the thing counted to the other words: a
		// clause without the weightiest of them (外贸) counts another thing.
		{q: "外贸企业今年新增多少家", grounding: "no_such_figure"},
		{q: "今年新增省级企业技术中心多少家", found: true, figures: []string{"2家"}},
	})
}

// TestSizeBoundHeadNotItsKind: projects bounded only by money (亿元以上)
// are not counted by a kind of them (亿元以上产业链项目39个), nor firms asked
// with a bare 多少 by a kind of firm (新增外贸型企业18家); the figure of
// the kind asked still answers.
func TestSizeBoundHeadNotItsKind(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "去年开复工的亿元以上项目有多少个？", grounding: "no_such_figure"},
		{q: "去年盘锦新增了多少企业", grounding: "no_such_figure"},
		{q: "今年亿元以上项目有多少个", found: true, figures: []string{"125个"}},
		{q: "去年开复工项目多少个", found: true, figures: []string{"502个"}},
		{q: "去年新增外贸型企业多少家", found: true, figures: []string{"18家"}},
	})
}

// TestKindAskedNotAnotherKindsCount: a count asked of a kind of a broad
// head the question names (外资企业) is not answered by a clause whose every
// mention of the head names another kind (外贸型企业); the kind asked, or
// a bare head, still answers.
func TestKindAskedNotAnotherKindsCount(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "去年新增外资企业多少家", grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "去年新增外贸型企业多少家", found: true, figures: []string{"18家"}},
		{q: "去年新签约项目多少个", found: true, figures: []string{"260个"}},
	})
}
