package rag

import "testing"

// A count asked and then guessed in a clause of its own is read with the
// guess in the count's place; a clause saying more, or another measure
// word, is no guess.
func TestGuessedCount(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"去年几轮强降雨，五轮吗", "去年五轮强降雨"},
		{"去年强降雨有几轮？听说五轮", "去年强降雨有五轮"},
		{"去年有多少名受灾群众转移？听说有一万多", "去年有一万多名受灾群众转移"},
		{"去年几轮强降雨，五次吗", ""},
		{"去年几轮强降雨，洪水大吗", ""},
		{"去年强降雨，五轮吗", ""},
	} {
		if got := guessedCount(tc.q); got != tc.want {
			t.Errorf("guessedCount(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A guessed count the report writes otherwise is corrected, as the same
// count claimed in one clause is; the report's own count is not.
func TestGuessedCountCorrected(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"去年几轮强降雨，五轮吗", "报告写的是八轮，不是五轮"},
		{"去年几轮强降雨，五轮吧", "报告写的是八轮，不是五轮"},
		{"去年强降雨有几轮？听说五轮", "报告写的是八轮，不是五轮"},
		{"去年几轮强降雨，八轮吗", ""},
		{"去年强降雨有几轮？听说八轮", ""},
	})
}
