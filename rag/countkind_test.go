package rag_test

import "testing"

// TestCountOfOtherKind: a count asked with a measure word (几场, 多少场) is
// not told by a sentence whose only number counts another kind the clause
// names after its examples (…演出等活动300余场次); a count of what that
// clause writes still answers.
func TestCountOfOtherKind(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "去年红马赛举办了几场", grounding: "no_such_figure"},
		{q: "去年举办体育比赛多少场", grounding: "no_such_figure"},
		{q: "去年文化惠民演出搞了多少场", found: true, figures: []string{"300余场次"}},
		{q: "去年竣工投产的项目有多少个", found: true, figures: []string{"175个"}},
	})
}
