package rag

import "testing"

// A report's scope after 在 frames a ranking, not the thing's level.
func TestScopeWordsOfReport(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"推动辽滨经开区在全省国开区中争先进位", 0},
		{"辽滨经开区蝉联全省制造业区域品牌", 1},
	} {
		if got := len(wordsOf(scopeKind, []rune(c.text), false)); got != c.want {
			t.Errorf("wordsOf(scope, %q) = %d words, want %d", c.text, got, c.want)
		}
	}
}
