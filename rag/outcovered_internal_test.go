package rag

import "testing"

// TestStrictSubset: one figure's asked terms outcover another's only when
// they hold all of its terms and one more.
func TestStrictSubset(t *testing.T) {
	for _, tc := range []struct {
		a, b []bool
		want bool
	}{
		{[]bool{true, true, false}, []bool{true, true, true}, true},
		{[]bool{true, true, true}, []bool{true, true, true}, false},
		{[]bool{true, false, true}, []bool{true, true, false}, false},
		{[]bool{false, false}, []bool{false, false}, false},
	} {
		if got := strictSubset(tc.a, tc.b); got != tc.want {
			t.Errorf("strictSubset(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
