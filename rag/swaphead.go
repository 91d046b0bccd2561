package rag

import (
	"slices"
	"strings"
)

// A claim may name the wrong one of a kind in the middle of what it
// says: 提速建设顺丰速递产业园 where the report says 提速建设极兔速递产业园.
// The two share the verb before the name and the head noun after it
// (速递产业园), so only the name in between differs. Words between two
// shared runs are as often a paraphrase (slots leaves them alone); here
// they are read only when what follows is a head noun that ends the
// object in both, the words before it a verb, and the names short runs
// of characters, as a firm's or a park's is. A name the dictionary lacks
// segments into stray words (顺/p 丰/a), so it is read by its place.

// headName bounds the characters of a name before a head noun.
const (
	minHeadName = 2
	maxHeadName = 6
)

// headSwap finds, between a shared verb run and a shared head noun run
// that ends the object in claim q and clause c, the claim naming
// another thing than the clause.
func (ix *Index) headSwap(q, c []rune, runs []shared) (swapFound, bool) {
	for i := 0; i+1 < len(runs); i++ {
		v, h := runs[i], runs[i+1]
		qs, cs := v.q+v.n, v.c+v.n
		if !isPredicate(v) || !ix.endsWithVerb(q[v.q:qs]) || !ix.isHead(q[h.q:h.q+h.n]) {
			continue
		}
		if !endsObject(q, h.q+h.n) || !endsObject(c, h.c+h.n) {
			continue
		}
		if !ix.headNameWords(q[qs:h.q]) || !ix.headNameWords(c[cs:h.c]) {
			continue
		}
		claimed := string(q[qs : h.q+h.n])
		if !ix.distinctNames(string(q[qs:h.q]), string(c[cs:h.c]), c) || ix.saysPhrase(claimed, nil) {
			continue
		}
		return swapFound{stated: claimed, start: cs, end: h.c + h.n, pred: string(q[v.q:qs]), stage: -1}, true
	}
	return swapFound{}, false
}

// endsWithVerb: the last word of rs is a verb (提速建设; 建设 is vn).
func (ix *Index) endsWithVerb(rs []rune) bool {
	words := ix.dict.Segment(string(rs), nil)
	if len(words) == 0 {
		return false
	}
	pos := ix.posOf(words[len(words)-1])
	return pos == "v" || pos == "vd" || pos == "vn"
}

// isHead: rs ends with a noun (速递产业园, 产业园) and holds no stage word.
func (ix *Index) isHead(rs []rune) bool {
	words := ix.dict.Segment(string(rs), nil)
	if len(words) == 0 {
		return false
	}
	_, _, _, staged := stageIn(rs, 0, len(rs))
	return !staged && slices.Contains(nounPOS, ix.posOf(words[len(words)-1]))
}

// endsObject: rs ends at, or a list's 、 or a clause mark follows it.
func endsObject(rs []rune, at int) bool {
	return at == len(rs) || rs[at] == '、' || isClauseMark(rs[at])
}

// headNameWords: rs may be a name before a head noun: a short run of
// characters, none a mark, not opening with a count or a pronoun (两个,
// 我市), nor saying whose (的); not a quality (大型, 新建) or a place (大洼):
// 大型速递产业园 and 大洼海洋牧场 may be the very thing the report names.
func (ix *Index) headNameWords(rs []rune) bool {
	if len(rs) < minHeadName || len(rs) > maxHeadName || !AllHan(rs) || slices.Contains(rs, '的') {
		return false
	}
	if len(rs) > 2 && strings.ContainsRune(chineseNumerals, rs[len(rs)-1]) {
		// 华锦三(期项目): a name and its number, the numbered names' to
		// check; a word and a number (到五星级) is a figure's.
		return false
	}
	words := ix.dict.Segment(string(rs), nil)
	first := words[0]
	// Only the opening word's class is read: a name the dictionary lacks
	// splits into stray words (顺/p 丰/a).
	if slices.Contains(nameOpeningPOS, ix.posOf(first)) || slices.Contains(qualityPOS, ix.posOf(first)) && len(words) == 1 {
		return false
	}
	return !ix.placeWord(string(rs)) && !ix.namesPlace(first)
}

// nameOpeningPOS open no name: counts and pronouns (两个, 我市).
var nameOpeningPOS = []string{"m", "mq", "q", "r"}

// qualityPOS say what kind, not which one: adjectives and distinguishing
// words (大型, 新型, 现代).
var qualityPOS = []string{"a", "ad", "an", "b", "z"}

// leadSwap finds the claim naming another thing than clause c before a
// head noun both open their shared predicate run with: 农发集团海洋牧场
// where the clause says 盛源海洋牧场入选国家级海洋牧场示范区. The claim
// and the clause each open with the name (the clause perhaps after a
// verb of two or more characters: 支持汇福粮油), which ends with a noun;
// the run goes on past the head to say something of it.
func (ix *Index) leadSwap(q, c []rune, runs []shared) (swapFound, bool) {
	if len(runs) == 0 || !isPredicate(runs[0]) {
		return swapFound{}, false
	}
	r := runs[0]
	k := ix.nounPrefix(q[r.q : r.q+r.n])
	if k < minShared || r.n-k < minPredicate {
		return swapFound{}, false
	}
	cs := ix.leadingVerb(c[:r.c])
	named, said := q[:r.q], c[cs:r.c]
	if !ix.headNameWords(named) || !ix.headNameWords(said) || !ix.endsNounish(named) || !ix.endsNounish(said) {
		return swapFound{}, false
	}
	claimed := string(q[:r.q+k])
	if !ix.distinctNames(string(named), string(said), c) {
		return swapFound{}, false
	}
	// Whether the report says the claimed name in this role elsewhere is
	// swapIn's saysElsewhere: ¶37 推进农发集团海洋牧场等项目建设 does not
	// have it 入选国家级海洋牧场示范区.
	return swapFound{stated: claimed, start: cs, end: r.c + k, pred: string(q[r.q+k : r.q+r.n]), stage: -1}, true
}

// leadingVerb is how many runes a verb of two or more characters opening
// rs takes (支持 of 支持汇福粮油); one-character verbs are as often a
// name's first character the dictionary misreads (盛 of 盛源).
func (ix *Index) leadingVerb(rs []rune) int {
	words := ix.dict.Segment(string(rs), nil)
	if len(words) > 1 && runeLen(words[0]) >= 2 && ix.isVerb(words[0]) {
		return runeLen(words[0])
	}
	return 0
}

// endsNounish: the last word of rs is a noun or one the dictionary lacks.
func (ix *Index) endsNounish(rs []rune) bool {
	words := ix.dict.Segment(string(rs), nil)
	return len(words) > 0 && ix.nounish(words[len(words)-1])
}
