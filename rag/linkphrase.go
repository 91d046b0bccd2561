package rag

import "strings"

// blankLinkPhrases blanks the English phrases of question-side links that
// text holds ("demonstration zone", linked to 示范区): a phrase found is one
// word the lexicon knows, as a concept's phrase is, and its words name
// nothing the reports lack. Read word by word, "demonstration" was a word
// the reports never write, and declined what the report says of the zone.
func (lx *Lexicon) blankLinkPhrases(text string) string {
	if lx == nil {
		return text
	}
	for _, l := range lx.links {
		for _, w := range l.words {
			if w[0] >= 0x80 || !strings.Contains(w, " ") || !linkWordIn(text, w) {
				continue
			}
			// Parted by a hyphen as by a space ("port-based").
			text = replaceWord(replaceWord(text, w), strings.ReplaceAll(w, " ", "-"))
		}
	}
	return text
}
