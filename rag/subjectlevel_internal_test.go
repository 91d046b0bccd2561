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
