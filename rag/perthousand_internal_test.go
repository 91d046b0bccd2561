package rag

import (
	"context"
	"slices"
	"testing"
)

// "per thousand people" is the rate's denominator (每千人), not people
// (民生) asked of: read as a phrase, it asks no people, so the figure of
// 每千人托位数 is of what was asked (the figures step then corrects 5.4).
func TestPerThousandPeople(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, q := range []string{
		"Panjin's 2025 target is 5.4 childcare places per thousand people, right?",
		"How many childcare places per 1000 residents is the 2025 target?",
	} {
		ans, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if asks := ans.Understood.Asks; slices.Contains(asks, "people") || slices.Contains(asks, "residents") {
			t.Errorf("%q asks %v: the denominator read as people asked of", q, asks)
		}
	}
}
