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

// A level said to be near (60%左右) of a report's threshold (突破60%)
// reads the bound as where the figure sits: corrected; the bare number
// stays the report's shorthand for its threshold.
func TestPremiseNearOfBound(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"粮食加工副产品利用率今年60%左右对吗？", "60%左右", "突破60%"},
		{"今年固定资产投资增长10%左右对吗？", "10%左右", "10%以上"},
		{"粮食加工副产品利用率今年60%对吗？", "", ""},
	})
}

// 将近/近 before a figure says it falls just short: within a step of its
// last place, but never more than an eighth under it, so a figure far
// below (15.7% for 近20%) is corrected and one just under is not.
func TestPremiseNearlyAt(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"中蓝电子高端马达的全球份额近20%了吧？", "近20%", "15.7%"},
		{"去年各类人才引进了将近2万人吧？", "将近2万人", "超万人"},
		{"去年旅游收入增长将近30%吧？", "", ""},
		{"去年城镇新增就业将近2.1万人吧？", "", ""},
	})
}

// A bound said at the very number the report writes as near (以上 or 超过
// 3.5% for 3.5%左右) claims what the report does not: corrected; a bound
// well clear of it stays true.
func TestPremiseBoundOfNear(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"2024年地区生产总值增长至少3.5%是吗", "至少3.5%", "3.5%左右"},
		{"今年地区生产总值目标是5.5%以上吗", "5.5%以上", "5.5%左右"},
		{"去年粮食产量能超过110万吨吧", "超过110万吨", "110万吨左右"},
		{"去年地区生产总值增长超过3%对吗", "", ""},
	})
}
