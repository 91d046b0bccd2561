package figures

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A sum put before a noun measures that noun (5亿元消费券): an indicator
// without the noun's head (社会消费品零售总额增长5%) is another thing, its
// rate no slip of the claim's unit; with the sum after the indicator's
// own words, the slip is still corrected.
func TestPremiseMeasuresThingAfter(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct{ q, want string }{
		{"听说今年盘锦要发放5亿元消费券，对吧", ""},
		{"今年社会消费品零售总额增长5亿元对吧", "5亿元→5%"},
		{"去年盘锦实际利用外资7.5亿元人民币，全省第二？", "7.5亿元→7.5亿美元"},
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
