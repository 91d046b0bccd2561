package rag

import "strings"

// spelling reads an English typing slip as the word it misspells: a word
// neither the lexicon nor the question cues know ("toursim", "visiter",
// "yaer"), one slip from exactly one word they know, is that word. An
// unknown English word otherwise counts as a word the reports never write,
// and turns an answerable question into a refusal.
//
// Only two letters swapped after the first is read: a letter left out,
// one too many or a wrong one make a known word of hundreds of English
// words ("protect", "stated", "sending"), a swap of a few, listed in
// notSlips (checked against a word list of 100,000 English words).
type spelling struct {
	known map[string]bool
}

// notSlips are English words two swapped letters would read as a word the
// lexicon or the cues know ("form" as from, "corps" as crops).
var notSlips = map[string]bool{"boots": true,
	"boast": true, "carbs": true, "coats": true, "corp": true, "corps": true, "cots": true, "dose": true,
	"form": true, "forms": true, "framers": true, "framing": true, "gird": true, "lats": true, "lien": true,
	"liens": true, "minuet": true, "roes": true, "sing": true, "singed": true, "singing": true, "sliver": true,
}

func newSpelling(lex *Lexicon) *spelling {
	sp := &spelling{known: map[string]bool{}}
	if lex != nil {
		for w := range lex.known {
			sp.known[w] = true
		}
	}
	for _, words := range []map[string]bool{stopWords, englishFiller} {
		for w := range words {
			sp.known[w] = true
		}
	}
	return sp
}

// fix returns text with each slip read as its word, lower case; text
// itself when it has none. A word of the scope's own text is no slip.
func (sp *spelling) fix(text string, sc *scope) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		inWord := i > 0 && isWordPart(text[i-1]) || j < len(text) && isWordPart(text[j])
		if w := strings.ToLower(text[i:j]); !inWord && len(w) >= 4 && !sp.known[w] && !notSlips[w] && (sc == nil || !sc.text.ContainsTerm(w)) {
			if c := sp.candidate(w); c != "" {
				b.WriteString(text[last:i])
				b.WriteString(c)
				last = j
			}
		}
		i = j
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// candidate is the one known word w is a slip of; "" when none or more.
func (sp *spelling) candidate(w string) string {
	found := ""
	try := func(c string) bool {
		if !sp.known[c] || c == found {
			return true
		}
		if found != "" {
			found = "" // two words fit: no reading is sure
			return false
		}
		found = c
		return true
	}
	n := len(w)
	for p := 1; p+1 < n; p++ { // two letters swapped, not the first
		if w[p] != w[p+1] && !try(w[:p]+string(w[p+1])+string(w[p])+w[p+2:]) {
			return ""
		}
	}
	return found
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// isWordPart: a letter run next to it is part of a longer token ("pm2",
// "r&d"), which is no slip of a word; a hyphen parts words.
func isWordPart(b byte) bool { return isASCIIAlnum(b) || b == '&' || b == '_' }
