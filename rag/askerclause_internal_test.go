package rag

import "testing"

// A clause opening the question with who the asker is or where they work
// is their circumstance: the asking clause's figure is answered alone.
func TestGroundAskerClause(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "我在中石化上班，想问今年GDP目标多少", want: []string{"地区生产总值增长5.5%左右"}},
		{q: "我在银行上班，想问今年GDP目标多少", want: []string{"地区生产总值增长5.5%左右"}},
	})
	// Nor does it pull a quote of its own: 上班 is no 就业 figure asked.
	checkFoundWantNot(t, []foundWantNot{
		{"我在中石化上班，想问今年GDP目标多少", true, "地区生产总值增长5.5%左右", "城镇新增就业"},
		{"我在盘锦上班，想问今年GDP目标多少", true, "地区生产总值增长5.5%左右", "城镇新增就业"},
		// Only the work clause goes: the clause after it says what is asked.
		{"我在工地打工，老板老拖欠工资，今年报告里管不管这事？", true, "根治欠薪", "城镇新增就业"},
	})
	ix := seedIndex(t)
	for q, want := range map[string]int{
		"我在中石化上班，想问今年gdp目标多少": 1, // 石化 and 上班 tell the asker's work
		"中石化上班的人，今年gdp目标多少":   3, // no asker's intro: kept
	} {
		a := ix.analyze(Normalize(q), nil)
		if got := len(withoutAskerClause(ix.askedTerms(a), a.norm)); got != want {
			t.Errorf("withoutAskerClause(%q) keeps %d words, want %d", q, got, want)
		}
	}
}

// askingClauseOnly drops the asker's work clause alone, keeping a clause
// of substance between it and the asking one.
func TestAskingClauseOnly(t *testing.T) {
	ix := seedIndex(t)
	for q, want := range map[string]string{
		"我在中石化上班，想问今年gdp目标多少":        "想问今年gdp目标多少",
		"我在工地打工，老板老拖欠工资，今年报告里管不管这事？": "老板老拖欠工资,今年报告里管不管这事?",
		"中石化上班的人，今年gdp目标多少":          "",
	} {
		a := ix.analyze(Normalize(q), nil)
		if got := askingClauseOnly(ix.askedTerms(a), a.norm); got != want {
			t.Errorf("askingClauseOnly(%q) = %q, want %q", q, got, want)
		}
	}
}
