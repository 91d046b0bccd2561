package rag

import "testing"

// A claim giving one parallel clause's doer the other's outcome is
// corrected with its own; its own outcome, or the other's doer with that
// outcome, is not.
func TestOutcomeSwap(t *testing.T) {
	quote := "鲁华泓锦成功生产异戊胶乳、填补国内空白，华锦集团成功研发抗应力发白聚丙烯、打破国外垄断"
	cites := []Citation{{Quote: quote, Paragraph: 9}}
	for _, tc := range []struct{ q, stated, value string }{
		{"华锦集团研发的抗应力发白聚丙烯填补了国内空白？", "填补了国内空白", "打破国外垄断"},
		{"鲁华泓锦生产的异戊胶乳打破国外垄断吧", "打破国外垄断", "填补国内空白"},
		{"华锦集团研发的抗应力发白聚丙烯打破了国外垄断？", "", ""},
		{"鲁华泓锦生产的异戊胶乳填补了国内空白吧", "", ""},
		{"填补国内空白了吗", "", ""}, // no doer named
	} {
		p, ok := outcomeSwapCorrection(tc.q, cites)
		stated, value := "", ""
		if ok {
			stated, value = p.Stated, string([]rune(quote)[p.Figure.Start:p.Figure.End])
		}
		if stated != tc.stated || value != tc.value {
			t.Errorf("outcomeSwapCorrection(%q) = %q for %q; want %q for %q", tc.q, value, stated, tc.value, tc.stated)
		}
	}
}
