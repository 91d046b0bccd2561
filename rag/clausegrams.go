package rag

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Scoring asks which clauses of a paragraph hold each question term, and
// coverage whether a paragraph holds it. A term of two or more runes can
// only be in a text holding its first two, so each clause and paragraph
// keeps a small Bloom filter of its rune pairs: a term whose pair is not
// in the filter is not in the text, and only the others are searched.
// Exact either way (a false positive is searched and not found); a few
// bytes per clause instead of a map, which a thousand reports could not
// afford.

// pairHash spreads a rune pair over 64 bits.
func pairHash(pair [2]rune) uint64 {
	return (uint64(uint32(pair[0]))<<32 | uint64(uint32(pair[1]))) * 0x9E3779B97F4A7C15
}

// clauseMask is a 128-bit Bloom filter of a clause's rune pairs.
type clauseMask [2]uint64

func newClauseMask(text string) clauseMask {
	var m clauseMask
	var prev rune = -1
	for _, r := range text {
		if prev >= 0 {
			h := pairHash([2]rune{prev, r}) >> 57 // 7 bits
			m[h>>6] |= 1 << (h & 63)
		}
		prev = r
	}
	return m
}

func (m clauseMask) mayHold(pair [2]rune) bool {
	h := pairHash(pair) >> 57
	return m[h>>6]&(1<<(h&63)) != 0
}

// containing calls add with the index of each clause of cl (masks are
// theirs) whose normalized text contains t, in order.
func containing(cl []normClause, masks []clauseMask, t string, add func(i int)) {
	pair, _, ok := firstPair(t)
	for i, c := range cl {
		if (!ok || masks[i].mayHold(pair)) && strings.Contains(c.norm, t) {
			add(i)
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

// pairBloom is a Bloom filter of a longer text's rune pairs (one hash,
// about eight bits a pair).
type pairBloom []uint64

// newPairBloom holds the pairs of each of texts: not those across the end
// of one and the start of the next.
func newPairBloom(texts ...string) pairBloom {
	n := 0
	for _, text := range texts {
		n += utf8.RuneCountInString(text)
	}
	bits := 64
	for bits < 8*n {
		bits <<= 1
	}
	b := make(pairBloom, bits/64)
	shift := 64 - uint(log2(bits))
	for _, text := range texts {
		var prev rune = -1
		for _, r := range text {
			if prev >= 0 {
				h := pairHash([2]rune{prev, r}) >> shift
				b[h>>6] |= 1 << (h & 63)
			}
			prev = r
		}
	}
	return b
}

func (b pairBloom) mayHold(pair [2]rune) bool {
	if len(b) == 0 {
		return false
	}
	h := pairHash(pair) >> (64 - uint(log2(64*len(b))))
	return b[h>>6]&(1<<(h&63)) != 0
}

// log2 is ⌊log₂ n⌋ (0 for n ≤ 1), from the bit length: mayHold asks it
// on every call, where a loop of shifts was most of the look-up.
func log2(n int) int {
	if n <= 1 {
		return 0
	}
	return bits.Len(uint(n)) - 1
}
