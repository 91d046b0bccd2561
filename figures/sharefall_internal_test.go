package figures

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A fall claimed as a share of the year before's amount is held to the
// two years' levels: a bound as said, a plain share with a spoken slip;
// the correction says the fall as a share.
func TestShareFall(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct {
		q     string
		share string // the fall as a correction says it; "" for none
		wrong bool
	}{
		{"实际利用外资今年目标比去年少了一半以上吧", "46.7%", true}, // 7.5亿美元 to 4亿美元: short of half
		{"今年外资目标比去年减少了40%吧", "46.7%", true},
		{"今年外资目标比去年减少了47%吧", "46.7%", false},
		{"今年外资目标比去年下降了40%以上吧", "46.7%", false}, // a bound that holds
		{"今年外资目标比去年下降了50%以上吧", "46.7%", true},
		{"今年就业目标比去年少了一半以上吧", "6.9%", true},
	} {
		gc := CheckGap(tc.q, ix, "")
		if gc == nil || gc.Gap == nil {
			t.Errorf("%s: no fall claimed", tc.q)
			continue
		}
		if gc.Gap.Share != tc.share || gc.Wrong != tc.wrong {
			t.Errorf("%s: share %q wrong %v, want %q wrong %v", tc.q, gc.Gap.Share, gc.Wrong, tc.share, tc.wrong)
		}
	}
	// Of rates a share of a fall says nothing; a half said loosely is no
	// bound (少一半多: about half).
	for _, q := range []string{"今年GDP目标比去年少了一半以上吧", "今年外资目标比去年少一半多吧"} {
		if gc := CheckGap(q, ix, ""); gc != nil && gc.Wrong {
			t.Errorf("%s: corrected %+v", q, gc)
		}
	}
}
