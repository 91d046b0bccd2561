package figures

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A doubling claimed of the plan's year with no year compared with is
// held to the two years' levels, as 比去年翻一番 is; of a rate it is the
// premise check's.
func TestPlanDoubled(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct {
		q     string
		times string
		wrong bool
	}{
		{"今年粮食产量目标要增长100%吧", "1", true}, // 110万吨左右 both years
		{"今年公交车要增长100%吧", "1.6", true},
		{"今年公交车要增长50%吧", "", false}, // a rate below a doubling: not read here
	} {
		gc := CheckGap(tc.q, ix, "")
		times := ""
		if gc != nil && gc.Gap != nil {
			times = gc.Gap.Times
		}
		if times != tc.times || gc != nil && gc.Wrong != tc.wrong {
			t.Errorf("%s: times %q (%+v), want %q wrong %v", tc.q, times, gc, tc.times, tc.wrong)
		}
	}
	if gc := CheckGap("今年GDP目标要增长100%吧", ix, ""); gc != nil && gc.Wrong {
		t.Errorf("a doubling held to growth rates: %+v", gc)
	}
}
