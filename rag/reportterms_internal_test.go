package rag

import (
	"slices"
	"testing"
)

// Ranks follow string order, also where terms share their first eight
// bytes or one is a prefix of another.
func TestReportTermsRankInStringOrder(t *testing.T) {
	rt := newReportTerms()
	terms := []string{"增长", "增", "development", "developments", "develop", "developing", "5.5%", "5", "2024年", "a", "增长率", "外贸", "ab\x00", "ab"}
	rt.number(terms)
	rank, feats := rt.ranked(&LocalEmbedder{max: 1}, func(int32) float64 { return 0 })
	sorted := slices.Clone(terms)
	slices.Sort(sorted)
	for id, term := range terms {
		if got := sorted[rank[id]]; got != term {
			t.Errorf("rank of %q is that of %q", term, got)
		}
		if feats[rank[id]].hash != fnv64a(term) {
			t.Errorf("%q: feature of another term", term)
		}
	}
}
