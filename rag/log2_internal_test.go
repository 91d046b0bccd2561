package rag

import "testing"

// log2 gives what halving n until it is 1 gives.
func TestLog2(t *testing.T) {
	for n := -3; n <= 1<<17+3; n++ {
		want := 0
		for m := n; m > 1; m >>= 1 {
			want++
		}
		if got := log2(n); got != want {
			t.Fatalf("log2(%d) = %d, want %d", n, got, want)
		}
	}
}
