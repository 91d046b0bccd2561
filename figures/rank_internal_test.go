package figures

import "testing"

// FuzzMayRankInEnglish: what the guard turns away, the expression finds
// no ranking in either.
func FuzzMayRankInEnglish(f *testing.F) {
	for _, s := range []string{"Panjin's R&D spending ranked first in Liaoning?", "Did it RANK 3RD in the province?",
		"placed No. 2nd among the nation", "FIRST in Liaoning", "Was it 2024 or 2025?", "ranked ﬁrst", "is 12th in china",
		"全省第一", "GDP增长5.5%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := englishRanksIn(s); len(got) > 0 && !mayRankInEnglish(s) {
			t.Fatalf("%q: guard turned away %+v", s, got)
		}
	})
}
