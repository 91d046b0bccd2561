package rag

import "testing"

func TestStatedValueIn(t *testing.T) {
	for _, tc := range []struct {
		norm, quote string
		want        string // "" when no stated value is in the quote
	}{
		{"大洼区去年城镇新增就业2.04万人，是吧？", "城镇新增就业2.04万人，零就业家庭保持动态为零。", "2.04万人"},
		{"盘山县粮食产量去年110万吨左右对吧", "粮食产量110万吨左右。", "110万吨左右"},
		{"大洼区去年打通断头路7条吧", "打通城市“断头路”7条。", ""},   // one digit says too little
		{"大洼区去年城镇新增就业2万人吧", "城镇新增就业2.04万人", ""}, // not the stated number
		{"大洼区增长5%吧", "增长15%", ""},               // 5% is not inside 15%
		{"大洼区2024年做了什么", "2024年，我们坚持稳中求进", ""},  // a year states nothing
		{"大洼区去年新增就业20000吧", "城镇新增就业2.04万人", ""}, // no unit: no match
		{"大洼区去年新建公园20处吧", "新建和改造城市公园20处。", "20处"},
	} {
		_, _, got, ok := statedValueIn(tc.norm, tc.quote)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("statedValueIn(%q, %q) = %q, want %q", tc.norm, tc.quote, got, tc.want)
		}
	}
}
