package rag

import "testing"

// TestCountedUnquotedDeclined: a claim counting a thing no quote writes
// (3个通用机场 where the plan only names its 方案) is declined; a count
// of a thing the quote writes, or one closing its clause, still answers;
// a quote writing only the words narrowing the noun (通用 of 通用泊位)
// does not write it.
func TestCountedUnquotedDeclined(t *testing.T) {
	checkFound(t, []questionFound{
		{"低空经济发展方案里要建2个通用机场对吧", false},
		// a quote sharing only the counted noun's modifier (通用泊位)
		{"今年要建5个通用机场吗", false},
		{"今年要建3個通用機場，是嗎", false},
		{"去年新建了10个城市书房对吧", false},
		{"今年要新增20个养老服务中心对吗", false},
		{"去年新建276个电动自行车充电装置点对吗", true},
		{"去年新签约注册项目260个是吗", true},
		{"一件事去年47个今年新增8个对吗", true},
	})
}

// TestCountedNounAsked: the asked words right after a claim's count.
func TestCountedNounAsked(t *testing.T) {
	asked := []askedTerm{{term: "低空经济"}, {term: "通用"}, {term: "机场"}, {term: "人才"}}
	for _, tc := range []struct {
		q    string
		want int
	}{
		{"低空经济要建3个通用机场,是吗", 2},
		{"低空经济通用机场去年3个,对吗", 0},
		{"引进人才1万对吗", 0},
		{"3个以上通用机场吧", 0},
	} {
		if got := countedNounAsked(tc.q, asked); len(got) != tc.want {
			t.Errorf("countedNounAsked(%q) = %v, want %d words", tc.q, got, tc.want)
		}
	}
}
