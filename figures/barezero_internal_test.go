package figures

import "testing"

// A bare zero a claim says its thing is ("为0", as 为零 reads) is held to
// no figure of the index: the report says none in words.
func TestPremiseBareZero(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"零就业家庭保持动态为0吗？", "", ""},
		{"零就业家庭是0吧", "", ""},
		{"城镇新增就业是2吧", "2", "2.04万人"},
	})
}
