package rag

import "strings"

// heldOnlyByRateTerm reports whether a Chinese question asking a rate
// (自来水普及率) finds in the window nothing it asks but the rate, and that
// only by a report term standing for it (覆盖率), while it names the
// rate's thing by a noun: 普惠性幼儿园覆盖率 is another thing's rate. A verb
// asked beside the rate may be worded otherwise in the report, and tells
// no other thing; a noun, or a set phrase naming a thing (自来水 is tagged
// l), does.
func (ix *Index) heldOnlyByRateTerm(asked []askedTerm, window string) bool {
	rate, nouns := false, 0
	for _, t := range asked {
		switch {
		case t.head:
			rate = rate || startsHan(t.term) && strings.HasSuffix(t.term, "率") && !ContainsTerm(window, t.term) && containsAnyTerm(window, t.syn)
		case t.in(window):
			return false
		case t.weight > 0 && !t.part && !t.missing && (ix.isNounTerm(t) || ix.posOf(t.term) == "l"):
			nouns++
		}
	}
	return rate && nouns > 0
}
