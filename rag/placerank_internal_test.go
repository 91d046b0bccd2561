package rag

import "testing"

// A part of the city asked its rank is answered by a ranking written in
// words (蝉联…榜首), of the kind asked: another kind's ranking
// (农业区域品牌冠亚军, the rice's and crabs') is no rank of the zone.
func TestPlaceRankInWords(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "辽滨经开区在全省制造业区域品牌排第几", want: []string{"根据报告", "蝉联全省制造业区域品牌榜首"}},
		{q: "辽滨经开区品牌排第几", want: []string{"根据报告", "榜首"}},
		{q: "辽滨经开区农业区域品牌排第几", want: []string{"报告没有给出辽滨经开区的这项数字"}},
	})
}
