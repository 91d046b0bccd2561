package rag

import "testing"

func TestLocalShortPlace(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ norm, want string }{
		{"大洼去年新增就业2.04万人吧", "大洼区"},
		{"盘山今年gdp增长多少", "盘山县"},
		{"请问兴隆台的粮食产量目标是多少", "兴隆台区"},
		{"双台子去年引进了几个项目", "双台子区"},
		{"大洼区今年gdp目标", ""},           // the full name: Find reads it
		{"辽河双台子储气库群建成了吗", ""},        // a name the report writes
		{"完成盘山、大洼农村供水保障工程了吗", ""},    // the report's own list
		{"我是大洼的农民，今年稻蟹共生面积目标多少", ""}, // who asks, not what
		{"沈阳今年gdp目标", ""},            // no division of the city
		{"我住大洼，今年城镇新增就业目标是多少", ""},   // who asks
		{"大洼人想问今年城镇新增就业目标是多少", ""},   // who asks
	} {
		got := ""
		if s := ix.localShortPlace(tc.norm, nil); s != nil {
			got = s.Name
		}
		if got != tc.want {
			t.Errorf("localShortPlace(%q) = %q, want %q", tc.norm, got, tc.want)
		}
	}
}
