package rag

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

//go:embed lexicon.txt
var lexiconText string

// Lexicon maps everyday and English words to the report's own terms.
type Lexicon struct {
	concepts []concept
	// byFirst maps the first rune of each Chinese member, and byWord each
	// Latin member, to the concepts it names: a text is scanned once
	// instead of once per member.
	byFirst map[rune][]memberRef
	byWord  map[string][]int
}

type memberRef struct {
	word    string
	concept int
	ordinal int // position among all members, in file order
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
	lx.byFirst = map[rune][]memberRef{}
	lx.byWord = map[string][]int{}
	ordinal := 0
	for _, c := range lx.concepts {
		for _, m := range c.members {
			ordinal++
			switch {
			case m == "":
			case m[0] >= 0x80:
				r, _ := utf8.DecodeRuneInString(m)
				lx.byFirst[r] = append(lx.byFirst[r], memberRef{m, c.id, ordinal})
			default:
				lx.byWord[m] = append(lx.byWord[m], c.id)
			}
		}
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
	found := make([]bool, len(lx.concepts))
	for i, r := range norm {
		for _, m := range lx.byFirst[r] {
			if !found[m.concept] && strings.HasPrefix(norm[i:], m.word) {
				found[m.concept] = true
			}
		}
	}
	for _, w := range latinWords(norm) {
		for _, id := range lx.byWord[w] {
			found[id] = true
		}
	}
	var ids []int
	for id, ok := range found {
		if ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// latinWords splits text into runs of ASCII letters, digits, '-' and '.'
// (the characters Latin lexicon members are made of), and also yields the
// parts of hyphenated runs.
func latinWords(s string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := strings.Trim(s[start:end], "-.")
			if w != "" {
				out = append(out, w)
				if strings.Contains(w, "-") {
					out = append(out, strings.Split(w, "-")...)
				}
			}
			start = -1
		}
	}
	for i := 0; i < len(s); i++ {
		if isASCIIAlnum(s[i]) || s[i] == '-' || s[i] == '.' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return out
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

// ContainsTerm matches Latin words on word boundaries ("ai" must not match
// "said"), anything else as a substring.
func ContainsTerm(s, term string) bool {
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

// blankMembers replaces every Chinese member found in text with a space,
// member by member in file order (an earlier member's replacement can
// break a later one's match, so the order is part of the result). Only
// members starting with a rune of text can match; the others are skipped.
func (lx *Lexicon) blankMembers(text string) string {
	var refs []memberRef
	seen := map[rune]bool{}
	for _, r := range text {
		if r >= 0x80 && !seen[r] {
			seen[r] = true
			refs = append(refs, lx.byFirst[r]...)
		}
	}
	slices.SortFunc(refs, func(a, b memberRef) int { return a.ordinal - b.ordinal })
	for _, m := range refs {
		text = strings.ReplaceAll(text, m.word, " ")
	}
	return text
}
