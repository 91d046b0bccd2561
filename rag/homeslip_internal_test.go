package rag

import "testing"

func TestHomeSlips(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ q, want string }{
		{"潘锦今年GDP目标多少", "盘锦今年GDP目标多少"}, // same sound
		{"盘景去年GDP增长多少", "盘锦去年GDP增长多少"}, // jing for jin
		{"盘近去年GDP增长多少", "盘锦去年GDP增长多少"},
		{"盘绵去年GDP增长多少", "盘绵去年GDP增长多少"}, // a shape, not a sound: left
		{"盘下来多少钱", "盘下来多少钱"},
		{"获得锦旗多少面", "获得锦旗多少面"},
		{"云锦今年的目标", "云锦今年的目标"},
		{"盘锦今年GDP目标多少", "盘锦今年GDP目标多少"},
		{"盘州今年GDP目标多少", "盘州今年GDP目标多少"},     // 盘州市, another place
		{"盘山县去年GDP", "盘山县去年GDP"},           // a county the report names
		{"今年要支持哪几家驻盘大企业", "今年要支持哪几家驻盘大企业"}, // 驻盘 is the report's
		{"盘点一下去年成绩", "盘点一下去年成绩"},           // a word
	} {
		if got := ix.rd.home.mend(tc.q, ix.all); got != tc.want {
			t.Errorf("mend(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
