package rag

import (
	"context"
	"testing"
)

// "In full production" and "producing" claim the report's 投产, a thing
// done: the Huajin Aramco project is only to be 机械竣工 this year, so the
// claim is corrected.
func TestEnglishProducingClaim(t *testing.T) {
	for _, q := range []string{"is in full production", "is already producing", "was in production"} {
		if !englishDone.MatchString(q) {
			t.Errorf("englishDone misses %q", q)
		}
	}
	e := NewEngine(seedIndex(t), nil)
	for _, q := range []string{
		"The Huajin Aramco project is already in full production, right?",
		"Is the Huajin Aramco project producing?",
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
