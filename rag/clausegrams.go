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
	r0, n0 := utf8.DecodeRuneInString(t)
	if n0 == len(t) {
		// Zero or one rune: no pair to look up.
		for i, c := range cl {
			if strings.Contains(c.norm, t) {
				add(i)
			}
		}
		return
	}
	r1, n1 := utf8.DecodeRuneInString(t[n0:])
	// A two-rune term is its own pair: no need to search the clause.
	exact := n0+n1 == len(t) && r0 != utf8.RuneError && r1 != utf8.RuneError
	for _, i := range g[[2]rune{r0, r1}] {
		if exact || strings.Contains(cl[i].norm, t) {
			add(int(i))
		}
	}
}
