package rag

import (
	"slices"
	"testing"
)

// TestEnglishReportNames: an English name of a thing the report counts
// reads as the report's term: a marine ranch is 海洋牧场 (not the ocean
// economy of "marine" alone; a link, so no term is expanded, but the
// words are no longer missing), and enterprises above designated size, in
// either word order, are 规上（限上）企业 (not industrial value added).
func TestEnglishReportNames(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ q, term string }{
		{"what is the marine ranch area target for 2025", ""},
		{"What happened with marine ranches in 2024?", ""},
		{"How many new above-designated-size enterprises are targeted this year?", "规上（限上）企业"},
	} {
		a := ix.analyze(Normalize(tc.q), nil)
		term := Normalize(tc.term)
		if tc.term != "" && !slices.Contains(a.expand, term) || len(a.missing) != 0 {
			t.Errorf("%q: expand %q, terms %v, missing %q; want %s and no missing word", tc.q, a.expand, a.terms, a.missing, tc.term)
		}
	}
}
