package figures

import "testing"

// A stated figure in a unit that cannot measure the best-named figure
// (场 for a rate, 户 for people) is not corrected with it.
func TestPremiseOtherKindNoCorrection(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"促消费活动开展了300余场，文化惠民演出也是300余场吗？", "", ""},
		{"零就业家庭还有100户吗？", "", ""},
		{"城镇新增就业2.5万人吧", "2.5万人", "2.04万人"},
		{"去年社会消费品零售总额增长5%吧", "5%", "4%"},
	})
}
