package rag

import "testing"

func TestClaimedRank(t *testing.T) {
	for _, tc := range []struct {
		q, want string
	}{
		{"去年社零增速全省第一吧", "全省第一"},
		{"进出口增速位居全省前列对吗", "全省前列"},
		{"实际利用外资排名第二吧", "排名第二"},
		{"旅游收入全国排第三吗", "全国排第三"},
		{"红海滩在抖音景点榜排到第三，这么火吗", "排到第三"},
		{"was export growth first in the province?", "first in the province"},
		{"did fdi rank second in liaoning?", "rank second"},
		// An ordinal that counts ranks nothing.
		{"盘锦是全国第三批试点城市吗", ""},
		{"全市第一个零碳园区在哪", ""},
		{"去年GDP增长多少", ""},
	} {
		if got := claimedRank(Normalize(tc.q)); got != tc.want {
			t.Errorf("claimedRank(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestPreviousReport(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"上一份政府工作报告定的社零目标", true},
		{"上届政府提出的就业目标是多少", true},
		{"去年的市政府工作报告说要建多少公里路", true},
		{"上次报告里说的进出口目标", true},
		{"what did the previous report set as the gdp target?", true},
		{"last year's government work report target for jobs", true},
		// This report's review of last year, and this report itself.
		{"去年政府做了哪些工作", false},
		{"政府工作报告去年GDP增长多少", false},
		{"今年政府工作报告的GDP目标", false},
		{"what did the report say about last year?", false},
	} {
		if got := previousReport.MatchString(Normalize(tc.q)); got != tc.want {
			t.Errorf("previousReport(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestComparesWith(t *testing.T) {
	words := []string{"辽宁省", "辽宁", "全省", "省平均"}
	for _, tc := range []struct {
		quote string
		want  bool
	}{
		{"一般公共预算收入增长8.3%、高于全省2.8个百分点", true},
		{"增速比全省平均水平快1个百分点", true},
		{"固定资产投资增长20%以上、进出口总额增长39.7%,增速均全省第一。", false},
		{"全年实际利用外资7.5亿美元、全省第二", false},
	} {
		if got := comparesWith(Normalize(tc.quote), words); got != tc.want {
			t.Errorf("comparesWith(%q) = %v, want %v", tc.quote, got, tc.want)
		}
	}
}
