package rag

import "testing"

// TestAreaAskedGenericLeftover: a word asked that the lexicon says means
// its leftover (生态环境 is 环境), or whose leftover most areas say (建设),
// still names its area; a narrower word (安全生产, 国企改革) does not.
func TestAreaAskedGenericLeftover(t *testing.T) {
	ix := seedIndex(t)
	rep := ix.Latest()
	for _, tc := range []struct {
		q    string
		want int // 0: no area
	}{
		{"去年城乡建设干了啥", 11},
		{"去年生态环境方面成绩单", 12},
		{"政府自身建设去年怎么样", 15},
		{"去年安全生产干了啥", 0},
		{"去年国企改革有什么进展", 0},
	} {
		got := 0
		if p := ix.areaAsked(ix.analyze(tc.q, rep), rep, PeriodResult); p != nil {
			got = p.N
		}
		if got != tc.want {
			t.Errorf("areaAsked(%q) = ¶%d, want ¶%d", tc.q, got, tc.want)
		}
	}
}
