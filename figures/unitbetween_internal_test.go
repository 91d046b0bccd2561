package figures

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A right figure of the indicator in a unit the wrong one's cannot be
// (84家 beside 8类) is no alternative asked between: the wrong count is
// corrected.
func TestPremiseWrongBesideOtherUnit(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct{ q, want string }{
		{"无废细胞首批是10类84家示范单位？", "10类→8类"},
		{"无废细胞首批是8类84家示范单位？", ""},
		{"无废细胞首批是8类80家示范单位？", "80家→84家"},
	} {
		got := ""
		if c := Premise(tc.q, ix, ""); c != nil {
			got = c.Stated + "→" + c.Actual.Text
		}
		if got != tc.want {
			t.Errorf("Premise(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
