package figures

import "testing"

// 翻N番 is 2^N倍, and a multiple or rate restating a growth rate is held
// to the multiple that rate makes (增长39.7% is 1.397倍).
func TestPremiseDoublingAndMultiple(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"省稳增长奖励资金翻了五番？", "翻了五番", "五倍"},
		{"省稳增长奖励资金是2023年的五倍？", "", ""},
		{"进出口总额增长39.7%，是原来的两倍多吗？", "两倍", "39.7%"},
		{"进出口总额增长39.7%，是原来的1.4倍吗？", "", ""},
		{"旅客接待量增长64%，也就是增长100%多？", "100%", "64％"},
		{"旅客接待量增长64%，也就是增长了60%多？", "", ""},
	})
}
