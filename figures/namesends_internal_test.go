package figures

import "testing"

// A claim names an indicator right before its figure by its end alone
// (three runes or more), or by both its ends within the figure's clause
// (two runes each): a two-rune end alone, or a head in another clause,
// names no indicator.
func TestNamesEndsAndTail(t *testing.T) {
	const dredged, farmland = "疏浚供水渠系土方", "盐改水、旱改水项目新增耕地"
	for _, tc := range []struct {
		ind, q     string
		tail, ends bool
	}{
		{dredged, "全年疏浚土方15万吨吗？", false, true},
		{dredged, "挖掘土方15万吨吗？", false, false},     // 土方 alone ends many indicators
		{dredged, "疏浚了河道，土方15万吨吗？", false, false}, // the head is another clause's
		{farmland, "新增耕地4400公顷吗？", true, false},   // the end alone, no head
		{farmland, "耕地4400公顷吗？", false, false},
	} {
		ms := statedFigures(tc.q)
		if len(ms) == 0 {
			t.Fatalf("%q: no stated figure", tc.q)
		}
		rs := []rune(tc.q)
		if got := namesTailBefore(tc.ind, rs, ms[0].Start); got != tc.tail {
			t.Errorf("namesTailBefore(%q, %q) = %v, want %v", tc.ind, tc.q, got, tc.tail)
		}
		if got := namesEndsBefore(tc.ind, rs, ms[0].Start); got != tc.ends {
			t.Errorf("namesEndsBefore(%q, %q) = %v, want %v", tc.ind, tc.q, got, tc.ends)
		}
	}
}
