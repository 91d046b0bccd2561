package rag

import "testing"

func TestTellsDeedsOf(t *testing.T) {
	for _, tc := range []struct {
		sent, kind string
		want       bool
	}{
		{"奋力推动重大项目加快建设、成势见效，重点企业重组挂牌、重回正轨，经济运行稳中有进", "企业", true},
		{"向辽河油田、华锦集团、辽河石化、锦城石化等中省直驻盘单位", "单位", false},
		{"兴隆社区、光明社区入选", "社区", false},
		{"全市旅客接待量、旅游收入分别增长64%、29.9%", "旅客接待量", false},
		{"重点企业重组挂牌、重回正轨", "", false},
	} {
		if got := tellsDeedsOf(tc.sent, tc.kind); got != tc.want {
			t.Errorf("tellsDeedsOf(%q, %q) = %v, want %v", tc.sent, tc.kind, got, tc.want)
		}
	}
}

func TestListCoversCount(t *testing.T) {
	for _, tc := range []struct {
		before, numeral string
		want            bool
	}{
		{"建设数字化车间、智能工厂", "15", false},
		{"甲项目、乙项目、丙项目", "3", true},
		{"甲、乙和丙", "3", true},
		{"海兴科技、多屏科技等", "7", true},
		{"甲、乙", "八", true},
	} {
		if got := listCoversCount(tc.before, tc.numeral); got != tc.want {
			t.Errorf("listCoversCount(%q, %q) = %v, want %v", tc.before, tc.numeral, got, tc.want)
		}
	}
}

// Which ones of a set the report only counts, or names only as doing
// something, are declined; a list of them is still the answer.
func TestWhichMembersNotListed(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"去年重组挂牌的重点企业具体是哪几家？", false, "没有列出名称", "根据报告"},
		{"今年建设的15个智能工厂分别是哪些企业？", false, "没有列出名称", "根据报告"},
		{"中省直驻盘单位都是哪几家", true, "华锦集团", "没有列出名称"},
		{"粮油加工产业有哪些项目在加快建设", true, "京粮粮食物流产业园", "没有列出名称"},
	})
}

// A member claimed of a set the report only counts is not confirmed; one
// of a set it lists still is.
func TestMemberOfCountedSet(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"15件民生实事里包括免费午餐工程吧", false, "没有列出名称", "根据报告"},
		{"纳入全国名特优新农产品名录的那6个盘锦土特产里有碱地柿子吧", false, "没有列出名称", "根据报告"},
		{"纳入省制造业数字化转型项目库的7个项目里有海兴科技吧", true, "海兴科技", "没有列出名称"},
	})
}
