package words

import (
	"slices"
	"unicode/utf8"
)

// extraLogProb is the log probability of an extra word: above any
// dictionary word's, and below zero so that one long extra word (高端人才)
// beats two short ones (高端, 人才).
const extraLogProb = -1

// Extra gives the lengths, in runes, of the caller's own words that
// start at rs[i]: a lexicon of everyday words, say.
type Extra func(rs []rune, i int) []int

// Segment cuts a run of Chinese text into the most probable sequence of
// words (jieba's unigram model: the path through the word lattice with
// the highest product of word frequencies). extra words count as words
// more frequent than any of the dictionary's. A character no word covers
// stands alone.
func (d *Dict) Segment(text string, extra Extra) []string {
	rs := []rune(text)
	n := len(rs)
	if n == 0 {
		return nil
	}
	// best[i] is the log probability of the best cut of rs[i:] and next[i]
	// the end of its first word; filled from the right. On the stack for
	// a question's run of Chinese.
	var bestBuf [segmentOnStack + 1]float64
	var nextBuf [segmentOnStack + 1]int
	best, next := bestBuf[:], nextBuf[:]
	if n > segmentOnStack {
		best, next = make([]float64, n+1), make([]int, n+1)
	}
	unknown := -d.logTot // a character no word covers: as if seen once
	try := func(i, j int, lp float64) {
		if p := lp + best[j]; p > best[i] {
			best[i], next[i] = p, j
		}
	}
	for i := n - 1; i >= 0; i-- {
		best[i], next[i] = unknown+best[i+1], i+1
		var own []int
		if extra != nil {
			own = extra(rs, i)
		}
		for _, l := range own {
			if l >= 1 && i+l <= n {
				try(i, i+l, extraLogProb)
			}
		}
		for j := i + 1; j <= n && j-i <= d.maxLen; j++ {
			if j == i+2 && !d.mayStart(rs[i], rs[i+1]) || j == i+3 && !d.mayStart3(rs[i], rs[i+1], rs[i+2]) {
				break
			}
			if e, ok := d.lookupRunes(rs[i:j]); ok && !slices.Contains(own, j-i) {
				try(i, j, e.logFreq-d.logTot)
			}
		}
	}
	return cut(text, rs, next)
}

// segmentOnStack is the longest text Segment cuts without allocating its
// lattice.
const segmentOnStack = 64

// cut is the words of text (whose runes rs are) that next cuts it into
// (next[i]: where the word at rune i ends): substrings of text, not copies
// (a question is segmented several times an answer), unless text is not
// valid UTF-8, when its runes are not its bytes.
func cut(text string, rs []rune, next []int) []string {
	k := 0
	for i := 0; i < len(rs); i = next[i] {
		k++
	}
	out := make([]string, 0, k)
	valid := utf8.ValidString(text)
	b := 0
	for i := 0; i < len(rs); i = next[i] {
		if !valid {
			out = append(out, string(rs[i:next[i]]))
			continue
		}
		w := 0
		for _, r := range rs[i:next[i]] {
			w += utf8.RuneLen(r)
		}
		out = append(out, text[b:b+w])
		b += w
	}
	return out
}
