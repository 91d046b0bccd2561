package figures

import "testing"

// 新增 before the noun counted states the number as an increase as surely
// as right before it: a total reached is corrected as the level it is.
func TestFrontedAddedLevel(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"2024年盘锦新增河蟹电商平台入驻商户85家，是这样吧", "新增河蟹电商平台入驻商户85家", "85家"},
		{"跨境电商企业去年是新增70家吧", "增70家", "70家"},
		{"去年新增外贸型企业18家对吗", "", ""}, // the report's own 新增: the increase
		{"盘锦河蟹电商平台入驻商户达到85家对吗", "", ""},
		// A level word after the 新增 states the total itself.
		{"跨境电商企业新增以后达到70家了吗", "", ""},
		{"新增的跨境电商企业累计70家对吧", "", ""},
		{"河蟹电商平台入驻商户去年新增到85家了吧", "", ""},
		{"去年新增学位后普惠率达到90.6%对吗", "", ""},
	})
}
