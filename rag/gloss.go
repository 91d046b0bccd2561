package rag

import "strings"

// glossBefore is the byte offset of the "(" opening a parenthetical of
// Chinese words that s ends with and that follows a word of its own
// (规上(限上)): the aside glosses the word before it, so the two are one
// qualifier. -1 when s ends otherwise.
func glossBefore(s string) int {
	if !strings.HasSuffix(s, ")") {
		return -1
	}
	open := strings.LastIndex(s, "(")
	if open <= 0 {
		return -1
	}
	inner := s[open+1 : len(s)-1]
	if inner == "" || !AllHan([]rune(inner)) {
		return -1
	}
	return open
}
