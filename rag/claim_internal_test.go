package rag

import (
	"slices"
	"testing"
)

// rankMove reads the way a rank moved (升 or 降), with or without the
// verb's first character and a scope before the place.
func TestRankMoveReadsTheWay(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"升至第21位", []string{"升"}},
		{"下降到第21位", []string{"降"}},
		{"下降到全国第21位", []string{"降"}},
		{"上升到全省第3位", []string{"升"}},
		{"提升至全市第一位", []string{"升"}},
		{"降到全国第5", []string{"降"}},
		// A rank held, not moved to, is no move.
		{"位居全国第21位", nil},
		{"提升全国第21位", nil},
	} {
		rs := []rune(tc.text)
		var got []string
		for _, m := range findAllRunes(rankMove, rs) {
			got = append(got, string(rs[m.vStart:m.vEnd]))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("findAllRunes(rankMove, %q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
