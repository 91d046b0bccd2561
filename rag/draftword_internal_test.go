package rag

import "testing"

// TestEnglishDraftingIsBianzhi: drawing a plan up, asked in English, is the
// report's 编制 (高质量编制“十五五”规划), not a word the reports lack.
func TestEnglishDraftingIsBianzhi(t *testing.T) {
	ix := seedIndex(t)
	for _, q := range []string{
		"Will the city start drafting the 15th Five-Year Plan?",
		"Does the report say anything about preparing the 15th Five-Year Plan?",
		"Which plans will be drawn up this year?",
	} {
		a := ix.analyze(Normalize(q), nil)
		if len(a.missing) != 0 || a.terms["编制"] == 0 {
			t.Errorf("%q: missing %q, 编制 weight %v; want no missing word and 编制 asked", q, a.missing, a.terms["编制"])
		}
	}
}
