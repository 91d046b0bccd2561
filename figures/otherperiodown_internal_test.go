package figures

import "testing"

// A figure claimed of one year that is exactly the other year's figure of
// the thing the question names is said to be the other year's, not
// "corrected" with another thing's figure of the claimed year; one thing
// worded twice (新购/购置公交车辆) is still corrected with its own figure.
func TestPremiseOtherPeriodOwn(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"去年粮食加工能力达到870万吨了吧？", "2024年结果", "870万吨"},
		{"石化产业营业收入去年突破2000亿元了吗？", "2024年结果", "超过2000亿元"},
		{"去年实施500万元以上项目600个吗？", "2024年结果", "600个"},
		{"去年新签约亿元以上项目80个？", "2024年结果", "80个"},
		{"去年引进人才1.15万人是吗", "1.15万人", "超万人"},
		{"去年购置公交车132台对吗", "132台", "85台"},
		{"今年科技成果转化80项？", "80项", "90项以上"},
		{"去年GDP增长5.5%左右吗？", "5.5%左右", "3.5%左右"},
	})
}
