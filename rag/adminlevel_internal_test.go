package rag

import "testing"

func TestOtherLevel(t *testing.T) {
	for _, tc := range []struct {
		q, clause string
		asked     []askedTerm
		want      bool
	}{
		{"今年培育市级产教融合型企业多少家", "培育省级产教融合型企业10家以上", nil, true},
		{"今年培育省级产教融合型企业多少家", "培育省级产教融合型企业10家以上", nil, false},
		{"今年建几个市级产教联合体", "高质量建设1个省级、2个市级产教联合体", nil, false},                                           // an item names it
		{"今年培育几家市级企业", "高质量建设1个省级、2个市级产教联合体", []askedTerm{{term: "企业", weight: 1, head: true}}, true}, // not with the thing asked
		{"今年培育产教融合型企业多少家", "培育省级产教融合型企业10家以上", nil, false},                                            // no level asked
		{"how many municipal-level parks", "新建省级园区3个", nil, true},
		{"今年建几个县级园区", "新建园区3个", nil, true}, // no level named
		// The clause that asks names the level asked; an earlier one sets the scene.
		{"汇福粮油国家级,那新增的省级龙头企业是多少家", "新增省级农业产业化重点龙头企业11家", nil, false},
		{"省级龙头企业新增11家,国家级的呢", "新增省级农业产业化重点龙头企业11家", nil, true},
	} {
		if got := otherLevel(askedLevel(tc.q), tc.clause, tc.asked); got != tc.want {
			t.Errorf("otherLevel(%q, %q) = %v, want %v", tc.q, tc.clause, got, tc.want)
		}
	}
}
