package rag

import "testing"

// zeroed hands back n zero values whether it reuses the memory (which
// held other values) or makes it.
func TestZeroed(t *testing.T) {
	var s []int32
	for _, n := range []int{3, 0, 5, 2, 8, 8} {
		got := zeroed(&s, n)
		if len(got) != n || len(s) != n {
			t.Fatalf("n=%d: len %d, kept %d", n, len(got), len(s))
		}
		for i, v := range got {
			if v != 0 {
				t.Fatalf("n=%d: [%d] = %d, want 0", n, i, v)
			}
			got[i] = int32(i + 1) // what the next call must clear
		}
	}
}
