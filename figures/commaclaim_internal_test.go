package figures

import "testing"

// A bare number ending a clause that names its thing, before a clause
// stating a figure with a unit, is that clause's claim: each figure is
// held to its own clause's words, the bare one read as "粮食产量110对吧"
// is (confirmed when the report writes that number, whatever its unit).
func TestPremiseClauseClaims(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"去年开复工项目502，新建272个对吗", "", ""},
		{"去年开复工项目502,新建272个对吗", "", ""},
		{"粮食产量110，高标准农田12.45万亩对吗", "", ""},
		{"去年开复工项目500，新建272个对吗", "500", "502个"},
		{"粮食产量100，高标准农田12.45万亩对吗", "100", "110万吨左右"},
		{"粮食产量110，高标准农田13万亩对吗", "13万亩", "12.45万亩"},
		// Controls: units on both; one bare claim; a bare year's side.
		{"去年开复工项目502个，新建项目272个对吗", "", ""},
		{"粮食产量110对吧", "", ""},
		{"GDP去年3.5，今年目标5.5%对吧", "", ""},
		{"GDP去年3.5，今年目标6%对吧", "6%", "5.5%左右"},
	})
}

// A pair's thing named by a verb alone (新建, 续建) is held first to the
// figures of the paragraph its pair's other figures are of: 新建 is ¶8's
// 新建项目, beside 开复工项目, not 新建农村公路 or 新建充电装置点.
func TestPremisePairPassage(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"去年开复工项目502，新建300个对吗", "300个", "272个"},
		{"去年开复工项目502个，新建300个对吗", "300个", "272个"},
		{"去年开复工项目502，续建272个对吗", "272个", "230个"},
		// Controls: right figures stay confirmed.
		{"去年开复工项目502，续建230个对吗", "", ""},
		{"去年开复工项目502个，新建272个对吗", "", ""},
	})
}
