package rag

import "testing"

// TestLevelClaimedAsMove: a level stated (3000万人次) where the clauses of
// the thing give only its growth is not answered by them; a clause giving
// the level beside its growth, or a stated change, is.
func TestLevelClaimedAsMove(t *testing.T) {
	asked := []askedTerm{{term: "旅客接待量", weight: 1, head: true}}
	inflow := []askedTerm{{term: "实际到位内资", weight: 1, head: true}}
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
	} {
		got := statesLevelOnly(Normalize(tc.q)) && onlyMoveOfAsked(tc.asked, tc.clauses)
		if got != tc.want {
			t.Errorf("%q over %v = %v, want %v", tc.q, tc.clauses, got, tc.want)
		}
	}
}
