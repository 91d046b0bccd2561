package rag

import "testing"

// A summary question naming one area of work in words the lexicon has no
// concept for asks that area, not the whole year's headline figures.
func TestSummaryOfArea(t *testing.T) {
	ix := seedIndex(t)
	for q, want := range map[string]bool{
		"去年防风险这块总体情况":  false, // 防风险 titles the review's seventh area
		"去年防风险方面有哪些成绩": false,
		"去年经济咋样":       true, // the whole year
		"去年总体情况":       true,
		"今年的主要目标":      true,
		"去年取得了哪些成绩":    true,
	} {
		if got := ix.analyze(q, nil).summary; got != want {
			t.Errorf("analyze(%q).summary = %v, want %v", q, got, want)
		}
	}
}

// The economy's record or gist asked whole is the year's summary, however
// long the answer is asked to be ("用几句话"); a count asked is not.
func TestSummaryOfEconomy(t *testing.T) {
	ix := seedIndex(t)
	for q, want := range map[string]bool{
		"用一句话总结去年经济":        true,
		"概括一下去年的经济":         true,
		"概括一下2024年全市主要经济指标": true,
		"用几句话说说2024年全市经济成绩": true,
		"去年哪些经济指标没完成":       false, // the problems, not the record
		"去年经济成绩里有几个全省第一":    false, // a count
		"总结一下去年民营经济的成绩是多少":  false,
		"去年经济工作中存在的问题，概括一下": false,
		"总结一下去年盘锦的经济":       true,  // the report's own place, from its names
		"总结一下海洋经济":          false, // an area, not the economy
	} {
		if got := ix.analyze(q, nil).summary; got != want {
			t.Errorf("analyze(%q).summary = %v, want %v", q, got, want)
		}
	}
}

// The targets asked by their number are the year's targets; a count of
// them asked is not a summary.
func TestSummaryTargetsByNumber(t *testing.T) {
	ix := seedIndex(t)
	for q, want := range map[string]bool{
		"今年十个目标":      true,
		"今年10个主要目标是":  true,
		"今年有几个目标":     false,
		"今年就业三项目标是什么": false, // a topic's targets
		"今年粮食三个目标是啥":  false,
		"今年盘锦的十个目标":   true,
	} {
		if got := ix.analyze(q, nil).summary; got != want {
			t.Errorf("analyze(%q).summary = %v, want %v", q, got, want)
		}
	}
}
