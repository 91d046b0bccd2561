package rag

import "testing"

func TestHomeSlips(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ q, want string }{
		{"潘锦今年GDP目标多少", "盘锦今年GDP目标多少"}, // same sound
		{"盘景去年GDP增长多少", "盘锦去年GDP增长多少"}, // jing for jin
		{"盘近去年GDP增长多少", "盘锦去年GDP增长多少"},
		// A shape slip where the place asked stands — opening the question
		// before its year — its first character kept, or its last and the
		// first of one initial (盆 pen, 盘 pan); 云锦 (yun) is no slip, nor
		// a shape slip elsewhere in the question.
		{"盘绵去年GDP增长多少", "盘锦去年GDP增长多少"},
		{"盆锦今年GDP目标多少", "盘锦今年GDP目标多少"},
		{"盘棉今年GDP目标多少", "盘锦今年GDP目标多少"},
		// The second character typed looks nothing like 锦: a name of its
		// own (盘营 Panjin–Yingkou, 盘江), not the city's.
		{"盘营今年GDP增长目标多少", "盘营今年GDP增长目标多少"},
		{"盘江今年GDP目标多少", "盘江今年GDP目标多少"},
		{"和盘绵比，今年GDP", "和盘绵比，今年GDP"},
		{"盘绵的GDP目标", "盘绵的GDP目标"},
		{"盘算今年", "盘算今年"}, // a word
		// A district's or county's whole name, its suffix kept, one
		// character off by sound: 挖 and 娃 sound as 洼 (wa); 大学区 does not.
		{"大挖区", "大洼区"},
		{"大娃区今年有啥项目", "大洼区今年有啥项目"},
		{"大学区房", "大学区房"},
		{"大东区今年GDP", "大东区今年GDP"}, // another place
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

func TestLooksAlike(t *testing.T) {
	for _, tc := range []struct {
		a, b rune
		want bool
	}{{'绵', '锦', true}, {'綿', '锦', true}, {'锋', '锦', true}, {'锦', '锦', false}, {'营', '锦', false}, {'江', '锦', false}, {'绵', '锋', false}} {
		if got := looksAlike(tc.a, tc.b); got != tc.want {
			t.Errorf("looksAlike(%c, %c) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestPinyinInitial(t *testing.T) {
	for r, want := range map[string]string{"pan": "p", "pen": "p", "zhang": "zh", "chi": "ch", "shi": "sh", "an": "", "er": "", "yun": "y", "": ""} {
		if got := pinyinInitial(r); got != want {
			t.Errorf("pinyinInitial(%q) = %q, want %q", r, got, want)
		}
	}
}
