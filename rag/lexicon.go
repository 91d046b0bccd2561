package rag

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed lexicon.txt
var lexiconText string

// Lexicon maps everyday and English words to the report's own terms.
type Lexicon struct {
	concepts []concept
}

type concept struct {
	id      int
	report  []string // normalized report terms
	members []string // report terms and everyday words, normalized
}

// NewLexicon parses a lexicon in the format of lexicon.txt.
func NewLexicon(text string) (*Lexicon, error) {
	lx := &Lexicon{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, tail, ok := strings.Cut(line, "|")
		if !ok {
			return nil, fmt.Errorf("lexicon: line %d: no \"|\" between report terms and everyday words", i+1)
		}
		c := concept{id: len(lx.concepts)}
		for _, w := range strings.Fields(head) {
			c.report = append(c.report, Normalize(w))
		}
		if len(c.report) == 0 {
			return nil, fmt.Errorf("lexicon: line %d: no report term", i+1)
		}
		c.members = append(c.members, c.report...)
		for _, w := range strings.Fields(tail) {
			c.members = append(c.members, Normalize(w))
		}
		lx.concepts = append(lx.concepts, c)
	}
	return lx, nil
}

// DefaultLexicon is the lexicon shipped with the binary.
func DefaultLexicon() *Lexicon {
	lx, err := NewLexicon(lexiconText)
	if err != nil {
		panic(err) // the embedded file is tested; a parse error is a build bug
	}
	return lx
}

// Concepts returns the ids of concepts whose words occur in normalized text.
// Latin words must match whole words; Chinese words match as substrings.
func (lx *Lexicon) Concepts(norm string) []int {
	var ids []int
	for _, c := range lx.concepts {
		for _, m := range c.members {
			if containsTerm(norm, m) {
				ids = append(ids, c.id)
				break
			}
		}
	}
	return ids
}

// Expand returns the report terms of the concepts found in a question that
// the question does not already contain.
func (lx *Lexicon) Expand(norm string) []string {
	var out []string
	for _, id := range lx.Concepts(norm) {
		for _, t := range lx.concepts[id].report {
			if !strings.Contains(norm, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// containsTerm matches Latin words on word boundaries ("ai" must not match
// "said"), anything else as a substring.
func containsTerm(s, term string) bool {
	if term == "" {
		return false
	}
	if term[0] >= 0x80 {
		return strings.Contains(s, term)
	}
	for off := 0; ; {
		i := strings.Index(s[off:], term)
		if i < 0 {
			return false
		}
		i += off
		before := i == 0 || !isASCIIAlnum(s[i-1])
		after := i+len(term) == len(s) || !isASCIIAlnum(s[i+len(term)])
		if before && after {
			return true
		}
		off = i + 1
	}
}

func isASCIIAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
