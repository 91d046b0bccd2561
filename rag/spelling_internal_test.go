package rag

import "testing"

func TestSpellingReadsSwappedLetters(t *testing.T) {
	ix := seedIndex(t)
	sp := newSpelling(DefaultLexicon())
	sc := ix.scopeFor(nil)
	for _, tc := range []struct{ in, want string }{
		{"how much did toursim revenue grow last yaer", "how much did tourism revenue grow last year"},
		{"Waht is the GDP target?", "what is the GDP target?"},
		{"foriegn-funded firms", "foreign-funded firms"},
		{"Huajin Aramco porject", "Huajin Aramco project"},
		// No slip: known words, words of no known word, a swap of the
		// first letter, English words a swap would misread, tokens.
		{"tourism visitors year", "tourism visitors year"},
		{"protect the wetlands", "protect the wetlands"},
		{"otursim", "otursim"},
		{"in what form", "in what form"},
		{"rubber boots for the floods", "rubber boots for the floods"}, // not boost
		{"Huajin corps", "Huajin corps"},
		{"yaer2024 r&dd", "yaer2024 r&dd"},
		{"", ""},
	} {
		if got := sp.fix(tc.in, sc); got != tc.want {
			t.Errorf("fix(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Two known words one swap away: no reading is sure.
func TestSpellingAmbiguousSwap(t *testing.T) {
	lx, err := NewLexicon("甲 | xbacd\n乙 | xabdc\n")
	if err != nil {
		t.Fatal(err)
	}
	sp := newSpelling(lx)
	for in, want := range map[string]string{
		"xabcd": "xabcd", // xbacd or xabdc
		"xbcad": "xbacd", // only xbacd is one swap away
		"bxacd": "bxacd", // the first letter is as typed
	} {
		if got := sp.fix(in, nil); got != want {
			t.Errorf("fix(%q) = %q, want %q", in, got, want)
		}
	}
}
