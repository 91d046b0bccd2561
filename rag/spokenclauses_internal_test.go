package rag

import "testing"

// A space between two Han characters cuts a chat question's clauses as a
// comma does, so the figure a clause states before an aside is read in
// digits.
func TestSpokenNumbersSpacedClauses(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"去年旅游收入涨了六成多 挺厉害啊", "去年旅游收入涨了60多% 挺厉害啊"},
		{"去年旅游收入涨了六成多　挺厉害啊", "去年旅游收入涨了60多%　挺厉害啊"},
		{"去年旅游收入涨了六成多，挺厉害啊", "去年旅游收入涨了60多%，挺厉害啊"},
		// One clause with no claim's shape: as typed.
		{"旅游收入八成是涨了", "旅游收入八成是涨了"},
	} {
		if got := spokenNumbers(tc.in); got != tc.want {
			t.Errorf("spokenNumbers(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
