package rag

import "testing"

// An English figure cue opens a word: "demonstration" holds ratio and
// "corporate" rate, and neither asks a figure; "targets", "rates" and a
// cue after a mark do.
func TestFigureCueOpensAWord(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{" is xinglongtai going for demonstration zone acceptance? ", false},
		{" what will corporate lending focus on? ", false},
		{" what are the targets for 2025? ", true},
		{" what growth rates were reached? ", true},
		{" (ratio) of the two? ", true},
		{" what is the pm2.5 concentration? ", true},
		{" 今年目标多少 ", true},
	} {
		if got := cuesFigure(tc.s); got != tc.want {
			t.Errorf("%q: cuesFigure %v, want %v", tc.s, got, tc.want)
		}
	}
}
