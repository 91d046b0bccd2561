package rag

import (
	"slices"
	"strings"
)

// A claim may say what a thing is with a bare copula, "N是R" (益海嘉里是小
// 巨人企业吧), where the report's clause gives R to another with a verb of
// its own and words between (华孚环境获批国家级专精特新“小巨人”企业). The
// copula lines up with none of those words, so the slot before R holds a
// verb and no name is read in it. Read with the clause's own words in the
// copula's place (益海嘉里获批国家级专精特新“小巨人”企业), the claim names
// its thing where the clause names its own.

// copulaAsked are words after the copula that ask rather than claim
// (是哪年获批…的, 是什么级别): no R is claimed.
var copulaAsked = []string{"哪", "什么", "多少", "几", "谁", "怎么", "否", "不是"}

// copulaClaim splits claim q at its copula into the name before it and
// the role after it: ok when there is one 是, a name of two or more
// characters before it and a role of minPredicate or more after it, no
// figure and no question word.
func copulaClaim(q []rune) (name, role []rune, ok bool) {
	s := string(q)
	if strings.Count(s, "是") != 1 || containsAny(s, copulaAsked) || hasDigit(s) {
		return nil, nil, false
	}
	i := slices.Index(q, '是')
	name, role = q[:i], q[i+1:]
	if len(name) < minShared || len(role) < minPredicate {
		return nil, nil, false
	}
	return name, role, true
}

// copulaReadings are claim "N是R" read with each cited clause's words
// between its opening name and the run it shares with R in the copula's
// place: one reading a clause that shares a predicate's worth of R after
// words of its own, a verb among them.
func (ix *Index) copulaReadings(q []rune, texts []Citation) [][]rune {
	name, role, ok := copulaClaim(q)
	if !ok || ix.dict == nil {
		return nil
	}
	var out [][]rune
	for _, c := range texts {
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			clause := text[sp.Start:sp.End]
			r, ok := longestShared(role, clause, 0, len(role), 0, len(clause))
			if !ok || r.n < minPredicate || r.q != 0 {
				continue
			}
			k := ix.openingNameEnd(clause[:r.c])
			if k <= 0 || k >= r.c || !ix.hasVerb(string(clause[k:r.c])) {
				// No verb between: the opening words are an item of a list
				// beside R (科技型中小企业、…、雏鹰瞪羚企业分别增长), which
				// gives R to nothing, so there is no holder to swap.
				continue
			}
			reading := slices.Concat(name, clause[k:r.c], role)
			out = append(out, reading)
		}
	}
	return out
}

// openingNameEnd is where the opening nouns of rs end, at its first verb:
// 华孚环境 of 华孚环境获批国家级…. 0 when rs opens with no noun.
func (ix *Index) openingNameEnd(rs []rune) int {
	k := 0
	words := ix.dict.Segment(string(rs), nil)
	for i, w := range words {
		if (ix.isVerb(w) || ix.edgeWord(w)) && !(i == 0 && ix.gluedOpening(words, i)) {
			break // 盛 of 盛源海洋牧场 opens a name the dictionary splits
		}
		k += runeLen(w)
	}
	if k == 0 || k == len(rs) {
		return 0
	}
	return k
}
