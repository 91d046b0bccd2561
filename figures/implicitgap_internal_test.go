package figures

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A change of this year with no year compared with is held to the
// difference of the two years' levels, never to this year's level.
func TestImplicitGap(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct {
		q     string
		gap   string // "" for no claim read
		wrong bool
	}{
		{"今年稻蟹共生面积增加了2万亩吗", "多2万亩", false},
		{"今年苇田鱼虾蟹养殖面积要增加5万亩？", "多5万亩", false},
		{"今年海洋牧场面积要增加2万亩？", "多2万亩", false},
		{"今年稻蟹共生面积增加了3万亩吗", "多2万亩", true},
		// A level reached, an addition itself, or a year of results: no
		// difference claimed (or none of two levels).
		{"今年稻蟹共生面积增加到97万亩吗", "", false},
		{"今年城镇新增就业增加了1.9万人吗", "", false},
		{"去年稻蟹共生面积增加了2万亩吗", "", false},
		{"今年公交车买132台，公交线路新增15条吧", "", false},
		// 差 names a gap without its way: held to the distance either
		// way; not 较差, a quality.
		{"今年gdp目标5.5，去年实际3.5，差2个百分点对吧", "高2个百分点", false},
		{"去年GDP增长3.5%，今年目标5.5%，相差了2个百分点", "高2个百分点", false},
		{"今年gdp目标5.5，去年实际3.5，差3个百分点对吧", "高2个百分点", true},
	} {
		gc := CheckGap(tc.q, ix, "")
		switch {
		case tc.gap == "" && gc != nil && gc.Gap != nil:
			t.Errorf("%s: gap %+v, want none", tc.q, gc.Gap)
		case tc.gap == "":
		case gc == nil || gc.Gap == nil:
			t.Errorf("%s: no gap, want %s", tc.q, tc.gap)
		case gc.Gap.Words("zh") != tc.gap || gc.Wrong != tc.wrong:
			t.Errorf("%s: gap %s wrong %v, want %s %v", tc.q, gc.Gap.Words("zh"), gc.Wrong, tc.gap, tc.wrong)
		}
	}
	checkPremises(t, []premiseCase{
		{"今年稻蟹共生面积增加了2万亩吗", "", ""},
		{"今年海洋牧场面积要增加2万亩？", "", ""},
	})
}
