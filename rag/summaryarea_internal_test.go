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
