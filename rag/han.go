package rag

import "strings"

// Counting and pairing Han characters, exported so that figures asks the
// same questions of a claim's words as rag does rather than keeping twins.

// HanCount is how many Han characters s holds.
func HanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}

// AllHan reports whether every rune of rs is a Han character (true of
// none).
func AllHan(rs []rune) bool {
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// SharesHanPair reports whether two Han characters standing together in
// words stand together in s too: a topic written in s, however worded.
func SharesHanPair(words []rune, s string) bool {
	for i := 0; i+1 < len(words); i++ {
		if isHan(words[i]) && isHan(words[i+1]) && strings.Contains(s, string(words[i:i+2])) {
			return true
		}
	}
	return false
}
