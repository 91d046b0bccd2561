package rag

import "strings"

// Contracts reports whether short is a contraction of the longer long: at
// least three characters, opening with long's first two, ending with its
// last, and keeping the rest in order (普惠率 of 普惠性幼儿园覆盖率, 辽滨经开区
// of 辽滨经济技术开发区).
func Contracts(short, long string) bool {
	s, l := []rune(short), []rune(long)
	if len(s) < 3 || len(l) <= len(s) || string(s[:2]) != string(l[:2]) || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	rest := string(l[2 : len(l)-1])
	for _, r := range s[2 : len(s)-1] {
		i := strings.IndexRune(rest, r)
		if i < 0 {
			return false
		}
		rest = rest[i+len(string(r)):]
	}
	return true
}
