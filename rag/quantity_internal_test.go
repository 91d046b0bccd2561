package rag

import "testing"

// namesQuantity: a word ending in 量 or 率 asks how much, unless it asks
// how good (服务质量, 办事效率).
func TestNamesQuantity(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"出货量", true},
		{"发案率", true},
		{"服务质量", false},
		{"办事效率", false},
		{"正能量", false},
		{"产量", false}, // two characters: the report's own words
	} {
		if got := namesQuantity(tc.w); got != tc.want {
			t.Errorf("namesQuantity(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
