package rag_test

import "testing"

// A count asked at a stage the quotes write before a number (推进实施6个)
// is not headlined by the same things' figure at another stage (滚动实施…
// 10个以上); a stage the headline names stays.
func TestOtherStageFigureDropped(t *testing.T) {
	checkGrounding(t, fullEngine(t), []groundingCase{
		{q: "央地合作项目推进实施几个？", found: true, want: []string{"推进实施6个"}, paragraph: 10},
		{q: "央地合作项目新签约几个", found: true, figures: []string{"19个"}, paragraph: 10},
		{q: "地区生产总值增长多少", found: true, figures: []string{"3.5%左右"}, paragraph: 6},
	})
}
