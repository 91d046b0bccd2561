package rag

import "testing"

// A place a claim names is mistaken only for another place: the word in
// its slot that is none (城镇 of 城镇新增就业) corrects nothing.
func TestSwapPlaceOnlyForPlace(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"大洼去年新增就业2.04万人吧", ""},
		{"盘山去年新增就业2.04万人吧", ""},
	})
	for _, tc := range []struct {
		name string
		want bool
	}{{"大洼", true}, {"盘山县", true}, {"城镇", false}, {"欧洲", true}, {"新增就业", false}} {
		if got := e.ix.placeLike([]rune(tc.name)); got != tc.want {
			t.Errorf("placeLike(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
