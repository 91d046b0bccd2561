package figures

import "testing"

// A ratio's move claimed in % is held to the report's move in points and
// corrected for its unit, whatever its number; a share in words (一半,
// read 约50%) is a part of the ratio itself, and efficiency no ratio.
func TestPremiseRatioMovedInPercent(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"债务率下降50%对吗", "50%", "100个百分点以上"},
		{"全市整体债务率去年下降了100%以上，对吧", "100%以上", "100个百分点以上"},
		{"去年整体债务率下降100个百分点以上吧", "", ""},
		{"债务率下降约50%对吗", "", ""},
	})
}

func TestRatioMoved(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"债务率下降50%对吗", true},
		{"农业机械化率提高了3%吧", true},
		{"化工精细化率提高到48%吧", false},
		{"审批效率提高了50%吧", false},
		{"社零增长5%吧", false},
	} {
		rs := []rune(tc.q)
		got := false
		for _, m := range Find(tc.q) {
			if m.Value.Unit == "%" {
				got = ratioMoved(rs, m)
			}
		}
		if got != tc.want {
			t.Errorf("%s: ratioMoved %v, want %v", tc.q, got, tc.want)
		}
	}
}
