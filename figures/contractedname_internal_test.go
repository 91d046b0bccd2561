package figures

import "testing"

// A contracted name (普惠率) and its full wording (普惠性幼儿园覆盖率) are
// one measure: the other year's figure under the short name is corrected
// with the claimed year's figure, not called the claimed year's missing.
func TestPremiseContractedName(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"幼儿园普惠率今年目标定在90.6%了吧", "90.6%", "91%"},
		{"幼儿园普惠率今年目标是90.6%？", "90.6%", "91%"},
		{"去年幼儿园普惠率是90.6%吧", "", ""},
	})
}
