package figures

import "testing"

// A claim is held to the candidate whose indicator holds the most of the
// characters its clause claims it of; a tie narrows nothing.
func TestNamesClaimed(t *testing.T) {
	starts := Figure{Indicator: "新建项目开工建设", Text: "272个"}
	all := Figure{Indicator: "开复工项目", Text: "502个"}
	carried := Figure{Indicator: "续建项目加快实施", Text: "230个"}
	for _, tc := range []struct {
		q     string
		cands []Figure
		want  []Figure
	}{
		{"去年新开工项目230个吧", []Figure{all, starts, carried}, []Figure{starts}},
		{"去年续建项目300个吧", []Figure{all, starts, carried}, []Figure{carried}},
		{"去年开复工项目500个吧", []Figure{starts, all}, []Figure{all}},
		{"去年项目300个吧", []Figure{all, carried}, []Figure{all, carried}}, // a tie
		{"去年新开工项目230个吧", []Figure{carried}, []Figure{carried}},
	} {
		ms := statedFigures(tc.q)
		if len(ms) != 1 {
			t.Fatalf("%s: stated %v", tc.q, ms)
		}
		got := namesClaimed(ms[0], []rune(tc.q), tc.cands)
		if len(got) != len(tc.want) {
			t.Errorf("namesClaimed(%q) = %v, want %v", tc.q, got, tc.want)
			continue
		}
		for i := range got {
			if got[i].Indicator != tc.want[i].Indicator {
				t.Errorf("namesClaimed(%q) = %v, want %v", tc.q, got, tc.want)
			}
		}
	}
}
