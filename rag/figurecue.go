package rag

import "strings"

// cuesFigure reports whether s holds one of figureCues. An English cue
// must open a word: "ratio" inside "demonstration" or "rate" inside
// "corporate" asks no figure (a cue may still be a word's start: "targets",
// "rates"). Chinese cues and the marks (%) match anywhere, as Chinese words
// are not parted by spaces. A figure noun that held a cue inside it
// ("concentration" of PM2.5, which held ratio) is a cue of its own.
func cuesFigure(s string) bool {
	for _, c := range figureCues {
		if c == "" || !isASCIILetter(c[0]) {
			if strings.Contains(s, c) {
				return true
			}
			continue
		}
		for i := 0; ; {
			j := strings.Index(s[i:], c)
			if j < 0 {
				break
			}
			if at := i + j; at == 0 || !isASCIILetter(s[at-1]) {
				return true
			}
			i += j + 1
		}
	}
	return false
}
