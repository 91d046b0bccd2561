package rag

import "testing"

// A place a claim names is mistaken only for another place: the word in
// its slot that is none (城镇 of 城镇新增就业) corrects nothing; the
// district's claim of the city's figure is corrected to the whole city.
func TestSwapPlaceOnlyForPlace(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"大洼去年新增就业2.04万人吧", "报告写的是盘锦市全市的2.04万人，不是大洼区的"},
		{"盘山去年新增就业2.04万人吧", "报告写的是盘锦市全市的2.04万人，不是盘山县的"},
		{"兴隆台区社零去年增长4%？", "报告写的是盘锦市全市的4%，不是兴隆台区的"},
		// 一般公共预算收入 is no 居民收入, though the lexicon's 收入 names both;
		// 工程总体进度超过55% is 华锦阿美项目's progress, named before it.
		{"大洼居民收入增长6%吧", ""},
		{"兴隆台工程总体进度超过55%吧", ""},
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
