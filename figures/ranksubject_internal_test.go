package figures

import "testing"

// A place claimed of a thing by its name alone is held to the report's
// one ranking of it; a place of a ranking the report does not give (全省
// 制造业区域品牌) is not. A share of works done said in speech (建到) is the
// works' progress; a figure claimed before a clause opening with its own
// period (今年还能进位吗) is of either year.
func TestPremiseRankOfSubject(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"辽滨经开区去年排名升到第22位了吧", "第22位", "升至第21位"},
		{"辽滨经开区排名升至第21位对吗", "", ""},
		{"红海滩登上抖音第5名那么火吗", "第5名", "全国景点排行榜第7名"},
		{"红海滩登上抖音第7名是真的吧", "", ""},
		{"辽滨经开区全省制造业区域品牌排第二吧", "", ""},
		{"华锦阿美工地已经建到80%了吧", "80%", "超过55%"},
		{"辽滨经开区连续8年跻身化工园区30强，今年还能进位吗", "8年", "6年"},
	})
}
