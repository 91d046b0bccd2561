package figures

import "testing"

// A top N (30强, 20强) claims a place in a ranking the index holds as no
// figure: it is never corrected with a count beside it (连续6年).
func TestPremiseTopN(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"辽滨经开区今年仍是全国化工园区30强吧", "", ""},
		{"辽滨经开区现在还算30强不", "", ""},
		{"辽滨经开区现在是30强吗", "", ""},
		{"辽滨经开区还是30强吗", "", ""},
		{"辽滨经开区依然是化工园区30强么", "", ""},
		{"辽滨经开区连续5年跻身30强？", "5年", "6年"},
	})
}
