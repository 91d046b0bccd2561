package rag

import "testing"

// runeSlice gives what converting the whole text to runes and back gave.
func TestRuneSlice(t *testing.T) {
	text := "地区生产总值增长5.5%左右。"
	runes := []rune(text)
	for _, tc := range []struct {
		start, end int
		ok         bool
	}{
		{0, 1, true}, {0, len(runes), true}, {8, 12, true}, {len(runes) - 1, len(runes), true},
		{3, 3, false}, {4, 2, false}, {-1, 2, false}, {0, len(runes) + 1, false}, {len(runes), len(runes) + 1, false},
	} {
		got, ok := runeSlice(text, tc.start, tc.end)
		if ok != tc.ok {
			t.Errorf("runeSlice(%d, %d): ok %v, want %v", tc.start, tc.end, ok, tc.ok)
			continue
		}
		if ok && got != string(runes[tc.start:tc.end]) {
			t.Errorf("runeSlice(%d, %d) = %q, want %q", tc.start, tc.end, got, string(runes[tc.start:tc.end]))
		}
	}
}
