package rag

import "testing"

// TestLevelClaimedAsMove: a level stated (3000万人次) where the clauses of
// the thing give only its growth is not answered by them; a clause giving
// the level beside its growth, or a stated change, is.
func TestLevelClaimedAsMove(t *testing.T) {
	asked := []askedTerm{{term: "旅客接待量", weight: 1, head: true}}
	inflow := []askedTerm{{term: "实际到位内资", weight: 1, head: true}}
	boxes := []askedTerm{{term: "集装箱吞吐量", weight: 1, head: true}}
	for _, tc := range []struct {
		q       string
		asked   []askedTerm
		clauses []string
		want    bool
	}{
		{"去年旅客接待量3000万人次是吧", asked, []string{"全市旅客接待量、旅游收入分别增长64%、29.9%。"}, true},
		{"去年旅客接待量增长64%对吧", asked, []string{"全市旅客接待量、旅游收入分别增长64%、29.9%。"}, false},
		{"去年实际到位内资451.5亿元对吗", inflow, []string{"实际到位内资451.5亿元、增长20.2%。"}, false},
		{"去年旅客接待量3000万人次是吧", asked, []string{"红海滩国家风景廊道火爆出“圈”"}, false},
		// A port's throughput is stated in containers (标箱, TEU).
		{"去年集装箱吞吐量100万标箱是吧", boxes, []string{"集装箱吞吐量增长1.9%。"}, true},
		{"去年集装箱吞吐量100万TEU是吧", boxes, []string{"集装箱吞吐量增长1.9%。"}, true},
	} {
		got := statesLevelOnly(Normalize(tc.q)) && onlyMoveOfAsked(tc.asked, tc.clauses)
		if got != tc.want {
			t.Errorf("%q over %v = %v, want %v", tc.q, tc.clauses, got, tc.want)
		}
	}
}

// TestCorrectsBesideMove: a correction setting the report's growth against
// a level stated in another number is declined with the answer; one reading
// the stated number in another unit, or a correction of a level, stays.
func TestCorrectsBesideMove(t *testing.T) {
	growth := &AnswerFigure{Indicator: "集装箱吞吐量增长", Value: "1.9%"}
	level := &AnswerFigure{Indicator: "城镇新增就业", Value: "2.04万人"}
	for _, tc := range []struct {
		name string
		part Part
		want bool
	}{
		{"growth against 100万标箱", Part{Type: PartCorrection, Stated: "100万", Figure: growth}, false},
		{"growth read in another unit", Part{Type: PartCorrection, Stated: "1.9亿元", Figure: growth, OtherUnit: true}, true},
		{"a level against a level", Part{Type: PartCorrection, Stated: "3万人", Figure: level}, true},
		{"no correction", Part{Type: PartFigure, Figure: growth}, false},
	} {
		if got := correctsBesideMove(&Answer{Parts: []Part{tc.part}}); got != tc.want {
			t.Errorf("%s: correctsBesideMove = %v, want %v", tc.name, got, tc.want)
		}
	}
}
