package rag

import "testing"

func TestTitleCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []correctionCase{
		{"工作亮点在央视《焦点访谈》刊播6次对吧", "报告写的是《新闻联播》，不是《焦点访谈》"},
		{"全市工作亮点在央视《焦点访谈》刊播6次吧", "报告写的是《新闻联播》"},
		{"去年提请人大审议的是《盘锦市非机动车停放管理条例》吧", "报告写的是《盘锦市机动车停放管理条例（修订）》"},
		// Right titles, short forms and questions stay uncorrected.
		{"去年组织学习了《统计法》对吧", ""},
		{"去年提请人大审议的是《盘锦市机动车停放管理条例》吧", ""},
		{"组织学习《统计法》还是《预算法》", ""},
		// 《统计法》等法律法规 names one of several: another title may be
		// meant, so the report's list is given and the claim's title is
		// only not named, not denied.
		{"盘政讲堂组织学习了《预算法》对吧", "报告写的是《统计法》等法律法规，没有点名《预算法》"},
		{"去年政府组织学习的是《预算法》？", "没有点名《预算法》"},
		{"组织学习了《宪法》对吧", "报告写的是《统计法》等法律法规，没有点名《宪法》"},
		{"去年组织学习了《民法典》等法律法规对吧", "没有点名《民法典》"},
		// A longer title is the clause's only when it ends with it.
		{"去年组织学习了《中华人民共和国统计法》对吧", ""},
	}
	checkCorrections(t, e, tests)
}
