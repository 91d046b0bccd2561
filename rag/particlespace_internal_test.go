package rag

import "testing"

// A space typed after a sentence particle (132台吧 还要…) parts the stated
// clause from the asking one as a comma does; other spaces part nothing.
func TestParticleSpaceBreak(t *testing.T) {
	for _, tc := range []struct {
		q     string
		split bool
	}{
		{"今年买公交车是132台吧 还要开几条新线路", true},
		{"今年买公交车是132台吧，还要开几条新线路", true},
		{"今年买公交车132台 还要开几条新线路", false},
		{"今年买公交车是132台吧 ", false},
	} {
		if got := afterStatedFigure(tc.q) > 0; got != tc.split {
			t.Errorf("%s: split = %v, want %v", tc.q, got, tc.split)
		}
	}
}
