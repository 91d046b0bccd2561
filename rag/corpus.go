package rag

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// corpusText answers "does the report say this anywhere?" in O(log n) with
// a suffix array: the unknown-word check asks it for every substring of a
// question, and scanning the whole report each time dominated Ask. The
// array holds the suffixes that start at a rune, not at every byte: Chinese
// text is three bytes a rune, and a thousand reports' arrays were the
// largest thing the index kept after the vectors.
type corpusText struct {
	text string
	sa   []int32 // byte offsets of the rune starts, in the order of their suffixes
}

func newCorpusText(text string) *corpusText {
	return newCorpusBytes([]byte(text))
}

// newCorpusBytes indexes b, which it keeps: the caller must not change it.
// The text is those bytes, not a copy.
func newCorpusBytes(b []byte) *corpusText {
	c := &corpusText{}
	if len(b) > 0 {
		c.text = unsafe.String(&b[0], len(b))
	}
	c.sa = suffixOrder(c.text)
	return c
}

// Contains reports whether s occurs in the text.
func (c *corpusText) Contains(s string) bool {
	if s == "" {
		return false
	}
	i := sort.Search(len(c.sa), func(k int) bool { return c.text[c.sa[k]:] >= s })
	return i < len(c.sa) && strings.HasPrefix(c.text[c.sa[i]:], s)
}

// ContainsTerm is ContainsTerm(text, w).
func (c *corpusText) ContainsTerm(w string) bool { return ContainsTerm(c.text, w) }

// suffixOrder sorts the suffixes of text that start at a rune, by prefix
// doubling: rank the suffixes by their first rune, then by their first 2,
// 4, 8… runes (a radix sort of rank pairs each round), until every rank
// differs. Byte order of UTF-8 is rune order, so the result is the order
// string comparison gives. A few rounds for ordinary text; one more each
// time the longest repeated passage doubles.
func suffixOrder(text string) []int32 {
	if !utf8.ValidString(text) {
		// Invalid bytes all decode as U+FFFD: sort by the bytes (slowly;
		// report text is checked to be UTF-8 when it is loaded).
		var sa []int32
		for i := range text {
			sa = append(sa, int32(i))
		}
		slices.SortFunc(sa, func(a, b int32) int { return strings.Compare(text[a:], text[b:]) })
		return sa
	}
	n := utf8.RuneCountInString(text)
	if n == 0 {
		return nil
	}
	pos, runes := make([]int32, 0, n), make([]int32, 0, n)
	for i, r := range text {
		pos = append(pos, int32(i))
		runes = append(runes, r)
	}
	rank, m := runeRanks(runes) // ranks are in [0, m)
	sa := make([]int32, n)
	tmp := make([]int32, n)
	next := make([]int32, n)
	count := make([]int32, max(n, m)+1)
	for i := range tmp {
		tmp[i] = int32(i)
	}
	byRank(sa, tmp, rank, count[:m+1])
	for k := 1; ; k <<= 1 {
		// second(i) is the rank of the suffix k runes on, + 1; 0 past the end.
		second := func(i int32) int32 {
			if int(i)+k < n {
				return rank[int(i)+k] + 1
			}
			return 0
		}
		// Radix sort by the second key: the suffixes with nothing k runes
		// on, then the others in the order of the suffixes k runes on,
		// which sa holds (sorted by rank). Then stably by the first.
		t := 0
		for i := max(n-k, 0); i < n; i++ {
			tmp[t] = int32(i)
			t++
		}
		for _, j := range sa {
			if int(j) >= k {
				tmp[t] = j - int32(k)
				t++
			}
		}
		byRank(sa, tmp, rank, count[:m+1])
		// New ranks: equal while both keys are equal.
		next[sa[0]] = 0
		r := int32(0)
		for j := 1; j < n; j++ {
			a, b := sa[j-1], sa[j]
			if rank[a] != rank[b] || second(a) != second(b) {
				r++
			}
			next[b] = r
		}
		rank, next = next, rank
		m = int(r) + 1
		if m == n || k >= n {
			break
		}
	}
	for j, i := range sa {
		sa[j] = pos[i]
	}
	return sa
}

// byRank puts the suffixes of order into sa sorted by rank, stably (a
// counting sort: count has room for every rank).
func byRank(sa, order, rank, count []int32) {
	clear(count)
	for _, i := range order {
		count[rank[i]]++
	}
	for r, sum := 0, int32(0); r < len(count); r++ {
		count[r], sum = sum, sum+count[r]
	}
	for _, i := range order {
		sa[count[rank[i]]] = i
		count[rank[i]]++
	}
}

// runeRanks numbers the runes densely in order: rank[i] is how many
// distinct runes are less than runes[i]; m how many there are. A table
// by rune, for text of the Basic Multilingual Plane (Chinese text): sorting
// the runes was half of the suffix sort.
func runeRanks(runes []int32) (rank []int32, m int) {
	top := slices.Max(runes)
	if top >= 1<<16 {
		return sortedRuneRanks(runes)
	}
	table := make([]int32, top+1)
	for _, r := range runes {
		table[r] = 1
	}
	for r, in := range table {
		if in == 1 {
			table[r] = int32(m)
			m++
		}
	}
	rank = make([]int32, len(runes))
	for i, r := range runes {
		rank[i] = table[r]
	}
	return rank, m
}

// sortedRuneRanks is runeRanks by searching the sorted distinct runes.
func sortedRuneRanks(runes []int32) (rank []int32, m int) {
	distinct := slices.Clone(runes)
	slices.Sort(distinct)
	distinct = slices.Compact(distinct)
	rank = make([]int32, len(runes))
	for i, r := range runes {
		k, _ := slices.BinarySearch(distinct, r)
		rank[i] = int32(k)
	}
	return rank, len(distinct)
}

// unionText is the text of several reports: it says what any of them says.
type unionText []*corpusText

func (u unionText) Contains(s string) bool {
	for _, c := range u {
		if c.Contains(s) {
			return true
		}
	}
	return false
}

func (u unionText) ContainsTerm(w string) bool {
	for _, c := range u {
		if c.ContainsTerm(w) {
			return true
		}
	}
	return false
}
