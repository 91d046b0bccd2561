package figures

import "testing"

// 最多/至多 before a figure caps it and 最少/起码 floor it: a cap said of
// a report's floor (不少于100场, 10%以上) is a wrong premise, a floor said
// of it is the report's own.
func TestPremiseCapOfFloor(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"今年文化惠民演出最多100场对吗？", "最多100场", "不少于100场"},
		{"今年固定资产投资增长最多10%对吗？", "最多10%", "10%以上"},
		{"今年石化及精细化工营收至多2000亿元吗？", "至多2000亿元", "超过2000亿元"},
		{"今年技术合同成交额最少13亿元对吗？", "", ""},
		{"今年文化惠民演出起码100场对吗？", "", ""},
	})
}
