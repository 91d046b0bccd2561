package figures

import "testing"

// A figure claimed with the perfective 了 of a question, no period said,
// is held to the results: the year's target does not confirm it.
func TestPremiseReachedClaim(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"化工精细化率提升到48%了吗？", "48%", "45%"},
		{"GDP增长超过4%了吧？", "超过4%", "3.5%左右"},
		{"化工精细化率提升到45%了吗？", "", ""},
		{"化工精细化率要提升到48%吗？", "", ""},
		// A modal ahead of the figure, or 不是说, asks of the plan.
		{"化工精细化率要提升到48%了吗？", "", ""},
		{"不是说化工精细化率要达到48%了吗", "", ""},
		{"新签约注册项目将达到300个了吧", "", ""},
	})
}
