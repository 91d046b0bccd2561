package rag

import (
	"testing"
)

// A question asking what a year itself is, with no why, is answered by
// what the report says the year is (今年是…收官之年…).
func TestYearWhat(t *testing.T) {
	for q, want := range map[string]bool{
		"今年是个什么年份、为啥这么定目标":        true,
		"2025年对盘锦来说算个什么年":         true,
		"今年是三年行动的什么年":             true,
		"今年是个啥特殊年份":               true,
		"报告怎么给2025年定位的？这一年有啥特殊意义": true,
		"今年这一年有啥特殊的吗":             true,
		"今年是个啥特别的年份不":             true, // 不 closes a yes-or-no question
		"今年是不是一个特别的年份":            true,
		"2025年是关键的一年吗":            true,
		"今年是不是一个特别的年份，GDP目标多少":    true,
		"今年是不是很特别":                true, // no noun of year: the year opens it
		"2025年算不算特别关键？":           true,
		"项目建设今年是不是很关键":            false, // the thing's, not the year's
		// A time asked, an area's place, a count of years are not.
		"今年是不是特别重视招商":     false,
		"2025年什么时候完成三年行动": false,
		"开放这块今年的总定位是啥":    false,
		"今年是十四五规划第几年":     false,
		"今年有什么重点工作":       false,
		// What a year holds that is special is no question about the year.
		"今年有什么特别的惠民政策":      false,
		"2025年有什么特殊政策支持企业":  false,
		"2025年对大连来说有什么特殊意义": true, // the place is the place step's
	} {
		if got := yearWhat.MatchString(Normalize(q)); got != want {
			t.Errorf("yearWhat(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestYearMilestoneAnswersWhatTheYearIs(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "今年是个啥特殊年份", want: []string{"收官之年", "决胜之年", "谋篇布局之年"}},
		// Not the 特别是 of a list ("企业特别是“零外贸”企业").
		{q: "今年是不是很特别", want: []string{"收官之年"}, notWant: []string{"零外贸"}},
		{q: "报告怎么给2025年定位的？这一年有啥特殊意义", want: []string{"收官之年", "意义重大"}},
		// Asked with the targets' basis, both are answered.
		{q: "今年是个什么年份、为啥这么定目标，背景讲一下", want: []string{"收官之年", "走出最低谷"}},
	})
}
