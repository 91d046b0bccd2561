package rag

import (
	"strings"
	"unicode/utf8"
)

// clauseGrams indexes a paragraph's clauses by the rune pairs their
// normalized text contains. Scoring asks which clauses hold each question
// term; a term of two or more runes can only be in clauses holding its first
// two, so only those are searched instead of every clause of the paragraph.
type clauseGrams map[[2]rune][]int32

func newClauseGrams(cl []normClause) clauseGrams {
	g := clauseGrams{}
	for i, c := range cl {
		var prev rune = -1
		for _, r := range c.norm {
			if prev >= 0 {
				k := [2]rune{prev, r}
				if ids := g[k]; len(ids) == 0 || ids[len(ids)-1] != int32(i) {
					g[k] = append(ids, int32(i))
				}
			}
			prev = r
		}
	}
	return g
}

// containing calls add with the index of each clause of cl, the clauses g
// was built from, whose normalized text contains t.
func (g clauseGrams) containing(cl []normClause, t string, add func(i int)) {
	pair, exact, ok := firstPair(t)
	if !ok {
		// Fewer than two valid runes: no pair to look up.
		for i, c := range cl {
			if strings.Contains(c.norm, t) {
				add(i)
			}
		}
		return
	}
	for _, i := range g[pair] {
		if exact || strings.Contains(cl[i].norm, t) {
			add(int(i))
		}
	}
}

// firstPair is the first two runes of t; exact when t is just those two,
// so holding the pair means holding t; ok when t starts with two valid
// runes (an invalid byte decodes as U+FFFD, which would match the wrong
// pairs, so such a term is searched for the slow way).
func firstPair(t string) (pair [2]rune, exact, ok bool) {
	r0, n0 := utf8.DecodeRuneInString(t)
	if n0 == len(t) || r0 == utf8.RuneError {
		return pair, false, false
	}
	r1, n1 := utf8.DecodeRuneInString(t[n0:])
	if r1 == utf8.RuneError {
		return pair, false, false
	}
	return [2]rune{r0, r1}, n0+n1 == len(t), true
}

// pairSet is the set of rune pairs of one text, for the same shortcut on
// a whole paragraph: most question terms are two runes.
type pairSet map[[2]rune]struct{}

func newPairSet(text string) pairSet {
	set := pairSet{}
	var prev rune = -1
	for _, r := range text {
		if prev >= 0 {
			set[[2]rune{prev, r}] = struct{}{}
		}
		prev = r
	}
	return set
}

// contains reports strings.Contains(text, t), where set is text's pairs.
func (set pairSet) contains(text, t string) bool {
	pair, exact, ok := firstPair(t)
	if !ok {
		return strings.Contains(text, t)
	}
	if _, in := set[pair]; !in {
		return false
	}
	return exact || strings.Contains(text, t)
}
