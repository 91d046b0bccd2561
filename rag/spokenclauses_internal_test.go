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
		// A premise before a clause asking the report's wording is stated.
		{"去年是盘锦建市三十周年，报告怎么说的", "去年是盘锦建市30周年，报告怎么说的"},
		{"去年是盘锦建市三十周年，报告里是怎么写的", "去年是盘锦建市30周年，报告里是怎么写的"},
		// A clause that asks, or a wording asked of nothing stated: as typed.
		{"报告分几个方面，报告怎么说的", "报告分几个方面，报告怎么说的"},
		{"去年是盘锦建市三十周年，怎么样", "去年是盘锦建市三十周年，怎么样"},
		// One clause with no claim's shape: as typed.
		{"旅游收入八成是涨了", "旅游收入八成是涨了"},
	} {
		if got := spokenNumbers(tc.in); got != tc.want {
			t.Errorf("spokenNumbers(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
