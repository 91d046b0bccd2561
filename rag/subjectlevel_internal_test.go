package rag

import "testing"

func TestHonourLevel(t *testing.T) {
	cases := map[string]string{
		"国家级产教联合体":            "国家",
		"市级产教联合体":             "市",
		"农业产业化国家重点龙头企业":       "国家",
		"列入全国第二批山水工程典型案例":     "国家",
		"入选全省首批建设项目名单":        "省",
		"全省第一":                "",
		"荣登抖音全国景点排行榜第7名":      "",
		"全国石化园区的排名持续进位":       "",
		"高质量建设1个省级、2个市级产教联合体": "省",
	}
	for text, want := range cases {
		if got := HonourLevel(text); got != want {
			t.Errorf("HonourLevel(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestListedLevelsSayTheClaim(t *testing.T) {
	const quote = "高质量建设1个省级、2个市级产教联合体"
	for _, tc := range []struct {
		claim string
		want  string // the level corrected with, "" for none
	}{
		// The words before the list's first level (建设1个) are the whole
		// list's: 2个市级 is the clause's too.
		{"今年要建设1个省级、2个市级产教联合体，是吗", ""},
		{"今年要建设2个市级产教联合体，是吗", ""},
		{"今年要建设2个国家级产教联合体，是吗", "市级"},
	} {
		ans := &Answer{Citations: []Citation{{Quote: quote}}}
		got := ""
		if ps := contrastCorrections(ans, tc.claim); len(ps) > 0 {
			got = ps[0].Figure.Value
		}
		if got != tc.want {
			t.Errorf("contrastCorrections(%q) corrects with %q, want %q", tc.claim, got, tc.want)
		}
	}
}
