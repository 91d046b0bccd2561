package figures

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A difference claimed of a thing named short (苇田鱼虾蟹面积 for
// 苇田鱼虾蟹立体生态养殖面积) is held to that thing's two years when no
// other indicator comes near it.
func TestGapNamedShort(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct {
		q     string
		gap   string
		wrong bool
	}{
		{"今年苇田鱼虾蟹面积比去年多2万亩吧", "多5万亩", true},
		{"今年苇田养殖面积比去年增加3万亩对吗", "多5万亩", true},
		{"今年苇田养殖面积比去年增加5万亩对吗", "多5万亩", false},
	} {
		gc := CheckGap(tc.q, ix, "")
		if gc == nil || gc.Gap == nil {
			t.Errorf("%s: no gap", tc.q)
			continue
		}
		if w := gc.Gap.Words("zh"); w != tc.gap || gc.Wrong != tc.wrong {
			t.Errorf("%s: %s wrong %v, want %s wrong %v", tc.q, w, gc.Wrong, tc.gap, tc.wrong)
		}
	}
	// Named by a word of its and a word it lacks (海参 is no word of
	// 粮食产量): not a short form of it, however far it outscores.
	for _, q := range []string{"今年海参产量比去年多2万吨吧", "今年河蟹产量比去年多1万吨吧", "今年石油产量比去年多5万吨吧"} {
		if gc := CheckGap(q, ix, ""); gc != nil && (gc.Gap != nil || gc.Base != nil || gc.Then != nil) {
			t.Errorf("%s: held to %+v / %+v", q, gc.Base, gc.Then)
		}
	}
	// Named by a word several indicators share: no figure is its.
	if gc := CheckGap("今年面积比去年多2万亩吧", ix, ""); gc != nil && gc.Wrong {
		t.Errorf("a shared word held to one indicator: %+v", gc)
	}
}
