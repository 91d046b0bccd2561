package rag

import (
	"context"
	"testing"
)

// Wages held back said in spoken words (拖着工资不发, 工资不给) reach the
// report's 根治欠薪, not the income target of ¶23.
func TestSpokenWageArrears(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, q := range []string{
		"老板拖着工资不发，政府今年管不管",
		"老板拖工资不给，政府管不管",
		"老板拖着工资不给，今年政府管这事吗",
		// One per spoken form without 拖, so each word is tested.
		"老板不给工资咋办",
		"老板不发工资咋办",
		"老板工资不给咋办",
		"老板工资不发咋办",
	} {
		ans, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || len(ans.Citations) == 0 || ans.Citations[0].Paragraph != 60 {
			t.Errorf("Ask(%q): found=%v citations=%+v, want ¶60 first", q, ans.Found, ans.Citations)
		}
	}
}
