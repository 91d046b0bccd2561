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
	var pos, runes []int32
	for i, r := range text {
		pos = append(pos, int32(i))
		runes = append(runes, r)
	}
	n := len(runes)
	if n == 0 {
		return nil
	}
	// The first ranks: the runes, numbered densely in order.
	distinct := append([]int32(nil), runes...)
	sort.Slice(distinct, func(i, j int) bool { return distinct[i] < distinct[j] })
	distinct = compactInt32(distinct)
	rank := make([]int32, n)
	for i, r := range runes {
		rank[i] = int32(sort.Search(len(distinct), func(k int) bool { return distinct[k] >= r }))
	}
	m := len(distinct) // ranks are in [0, m)
	sa := make([]int32, n)
	tmp := make([]int32, n)
	next := make([]int32, n)
	count := make([]int32, max(n, m)+1)
	for k := 1; ; k <<= 1 {
		// second(i) is the rank of the suffix k runes on, + 1; 0 past the end.
		second := func(i int32) int32 {
			if int(i)+k < n {
				return rank[int(i)+k] + 1
			}
			return 0
		}
		// Radix sort: by the second key, then stably by the first.
		clear(count[:m+1])
		for i := range n {
			count[second(int32(i))]++
		}
		for r, sum := 0, int32(0); r <= m; r++ {
			count[r], sum = sum, sum+count[r]
		}
		for i := range n {
			s := second(int32(i))
			tmp[count[s]] = int32(i)
			count[s]++
		}
		clear(count[:m+1])
		for _, i := range tmp {
			count[rank[i]]++
		}
		for r, sum := 0, int32(0); r <= m; r++ {
			count[r], sum = sum, sum+count[r]
		}
		for _, i := range tmp {
			sa[count[rank[i]]] = i
			count[rank[i]]++
		}
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

func compactInt32(s []int32) []int32 {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
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
