package figures

import (
	"strings"
	"testing"
	"unicode"
)

// isCnNum's switch holds exactly the runes of cnNumRunes.
func TestIsCnNumIsCnNumRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isCnNum(r), strings.ContainsRune(cnNumRunes, r); got != want {
			t.Errorf("isCnNum(%q) = %v, want %v", r, got, want)
		}
	}
}
