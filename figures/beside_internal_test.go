package figures

import "testing"

// A stated count in a measure word of its own is held to the figure
// written beside the best one in that measure word, not corrected by the
// best one's count of another thing.
func TestPremiseMeasuredBeside(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"老旧小区惠及2万户对吗", "", ""},
		{"老旧小区惠及3万户对吗", "3万户", "2万余户"},
		{"去年续建改造老旧小区12个对吗", "12个", "11个"},
		{"去年新签约注册项目300家企业吗", "300家", "260个"},
		// The words before the figure name best's thing, not the neighbour's.
		{"新购公交车辆7条对吗", "7条", "85台"},
		{"增加普惠性托育学位223名对吗", "223名", "640个"},
		{"去年打通断头路85台对吗", "85台", "7条"},
		{"今年计划引进创新团队1.15万人对吗", "1.15万人", "7个"},
	})
}

// One thing written of twice with the same figure is no tie of two.
func TestPremiseSameFigureTwice(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"原油码头是20万吨级吗", "20万吨级", "30万吨级"},
		{"原油码头是30万吨级吗", "", ""},
	})
}
