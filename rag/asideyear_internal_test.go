package rag

import "testing"

func TestAsideYears(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want int // years kept of those periodMentions finds
	}{
		{"家里孩子明年要上幼儿园，去年盘锦幼儿园名额多了多少？", 0},
		{"孩子明年上幼儿园，今年普惠园这块有啥目标没", 0},
		{"明年我就毕业了，今年就业有啥政策", 0},
		{"2026年的目标，今年知道吗", 1},  // the clause names an aim
		{"今年GDP目标5.5%，明年呢", 1}, // the year's clause asks
		{"明年GDP目标多少", 1},       // one clause
		{"孩子明年上幼儿园，幼儿园多不多", 0}, // the family's plans, of what is asked
		{"孩子明年上小学，幼儿园多不多", 1},  // another thing, and no year asked in words
		{"娃明年上幼儿园 今年普惠园覆盖率要到多少呀", 0},
		{"孩子明年上幼儿园", 1},                 // nothing else asked
		{"孩子明年上幼儿园的名额多吗", 1},            // one clause
		{"明年普惠园名额够不够，孩子要上", 1},          // not the family's clause
		{"孩子明年上学要几岁", 1},                // the clause asks
		{"娃明年上幼儿园，普惠性幼儿园覆盖率明年能到多少？", 1}, // 明年 asked again
		{"孩子明年考高中，明年普通高中有什么新政策？", 1},
		{"孩子明年上幼儿园，好一点又不贵的园子会多吗", 0}, // the thing's head (园)
		{"孩子明年上小学，学区怎么划", 1},         // 学 starts a word of its own
		{"我家孩子明年上小学，啥时候报名", 1},       // nothing of the family's thing
		{"我家孩子明年上初中能就近入学吗", 1},       // one clause
		{"明年的GDP增速，今年报告里提了吗", 1},     // 今年 names the report
		{"2026年的经济形势，今年的政府工作报告里有讲吗", 1},
	} {
		norm := Normalize(tc.q)
		named := append(findYears(norm), periodMentions(norm, 2024, 2025)...)
		if got := len(asideYears(norm, named)); got != tc.want {
			t.Errorf("%s: %d years kept, want %d", tc.q, got, tc.want)
		}
	}
}
