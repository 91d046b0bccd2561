package words

// maxExtraLen bounds the caller's extra words, in runes.
const maxExtraLen = 12

// extraLogProb is the log probability of an extra word: above any
// dictionary word's, and below zero so that one long extra word (高端人才)
// beats two short ones (高端, 人才).
const extraLogProb = -1

// Segment cuts a run of Chinese text into the most probable sequence of
// words (jieba's unigram model: the path through the word lattice with
// the highest product of word frequencies). extra words — the caller's
// own vocabulary, such as a lexicon of everyday words — count as words
// more frequent than any of the dictionary's. A character no word
// covers stands alone.
func (d *Dict) Segment(text string, extra func(string) bool) []string {
	rs := []rune(text)
	n := len(rs)
	if n == 0 {
		return nil
	}
	// best[i] is the log probability of the best cut of rs[i:] and next[i]
	// the end of its first word; filled from the right.
	best := make([]float64, n+1)
	next := make([]int, n+1)
	unknown := -d.logTot // a character no word covers: as if seen once
	for i := n - 1; i >= 0; i-- {
		best[i], next[i] = unknown+best[i+1], i+1
		for j := i + 2; j <= n && j-i <= maxExtraLen; j++ {
			w := string(rs[i:j])
			var lp float64
			if extra != nil && extra(w) {
				lp = extraLogProb
			} else if e, ok := d.lookup(w); j-i <= d.maxLen && ok {
				lp = e.logFreq - d.logTot
			} else {
				continue
			}
			if p := lp + best[j]; p > best[i] {
				best[i], next[i] = p, j
			}
		}
		if e, ok := d.lookup(string(rs[i])); ok {
			if p := e.logFreq - d.logTot + best[i+1]; p > best[i] {
				best[i], next[i] = p, i+1
			}
		}
	}
	var out []string
	for i := 0; i < n; i = next[i] {
		out = append(out, string(rs[i:next[i]]))
	}
	return out
}
