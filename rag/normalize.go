package rag

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds text for matching only; answers always quote the original.
// NFKC turns full-width digits, letters and ％ into ASCII; ASCII letters are
// lower-cased; white space (NBSP, U+3000, tabs) between two non-ASCII runes
// is dropped, so a name typed as "邢  鹏" matches "邢鹏", while other runs of
// space become one ASCII space.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	var prev rune
	for _, r := range s {
		if r == unicode.ReplacementChar {
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u3000' {
			pendingSpace = b.Len() > 0
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		if pendingSpace {
			if prev < 0x80 || r < 0x80 {
				b.WriteByte(' ')
			}
			pendingSpace = false
		}
		if r < 0x80 {
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
