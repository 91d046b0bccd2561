package rag

import (
	"context"
	"slices"
	"testing"
)

// Words of asking carry no topic in English: trying, following, summing
// up, principles and "etc." are how a plan is asked of, and support is the
// report's 支持. Read as words the report lacks, they declined questions
// the report answers; the government system is its 政府系统, whose two
// English words alone are fillers.
func TestEnglishAskingWordsNameNoTopic(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q        string
		wantPara int
	}{
		{"How will Panjin try to get more support from the central and provincial governments?", 28},
		{"What five principles should the government system follow?", 70},
		{"What principles should the government system uphold?", 70},
		{`The report lists five principles for the government system ("loyalty as the soul" etc.). What are they?`, 70},
	} {
		a, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		cited := slices.ContainsFunc(a.Citations, func(c Citation) bool { return c.Paragraph == tc.wantPara })
		if !a.Found || !cited {
			t.Errorf("%q: found=%v citations=%v, want ¶%d cited", tc.q, a.Found, a.Citations, tc.wantPara)
		}
	}
}

// A link's English phrase is one word the lexicon knows: "demonstration
// zone" (示范区) leaves no "demonstration" the reports lack, and "the
// government system" (政府系统) keeps its two fillers as words asked.
func TestLinkPhraseWordsAreKnown(t *testing.T) {
	ix := seedIndex(t)
	for _, q := range []string{
		"Is Xinglongtai going for national ecological civilization demonstration zone acceptance?",
		"Which port-based projects are planned?",
	} {
		if m := ix.missingWords(Normalize(q), nil); len(m) > 0 {
			t.Errorf("%q: missing %v, want none", q, m)
		}
	}
	a := ix.analyze("What principles should the government system follow?", nil)
	if a.terms["government"] < 1 || a.terms["system"] < 1 {
		t.Errorf("government system: terms %v, want government and system asked", a.terms)
	}
}
