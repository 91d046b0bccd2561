package figures

import "testing"

// 类 counts kinds, not things: of 首批8类84家示范单位 a count in 家 is held
// to 84家 only, and a count in 类 to 8类 only.
func TestPremiseKindCount(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"无废细胞首批有48家示范单位吗？", "48家", "84家"},
		{"首批示范单位8家对吗？", "8家", "8类"},
		{"无废细胞示范单位84类对吗？", "84类", "84家"},
		{"首批示范单位84家对吗？", "", ""},
		{"首批示范单位8类对吗？", "", ""},
	})
}
