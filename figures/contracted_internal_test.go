package figures

import "testing"

// A measure named short one year (普惠率, 2024) and long the next
// (普惠性幼儿园覆盖率, 2025) is held, for each year, to that year's figure.
func TestContractedOtherYear(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"今年的普惠率定的是90.6%吧", "90.6%", "91%"},
		{"普惠率今年目标91%？", "", ""},
		{"普惠率2024年就到91%了？", "91%", "90.6%"},
	})
}
