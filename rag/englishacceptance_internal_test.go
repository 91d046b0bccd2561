package rag

import (
	"context"
	"testing"
)

// "Passed its final acceptance" claims the report's 竣工验收 as "passed the
// final acceptance" does: the possessive does not hide the claim, and the
// terminal's 2024 clause (主体工程完工) corrects it.
func TestEnglishAcceptanceClaim(t *testing.T) {
	for _, q := range []string{"passed its final acceptance", "passed their acceptance", "passed the final acceptance"} {
		if !englishDone.MatchString(q) {
			t.Errorf("englishDone misses %q", q)
		}
	}
	e := NewEngine(seedIndex(t), nil)
	for _, q := range []string{
		"The 300,000-ton crude oil terminal passed its final acceptance in 2024, correct?",
	} {
		ans, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !hasCorrection(ans) {
			t.Errorf("Ask(%q) corrects nothing: %s", q, ans.Answer)
		}
	}
}
