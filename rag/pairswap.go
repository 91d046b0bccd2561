package rag

import "slices"

// A claim may restate a run of the report's parallel phrases with two of
// their characters exchanged: "以忠诚为魂、法治为本…清廉为基" where ¶70 says
// 法治为基…清廉为本. Every other character is the report's, in order, so
// the claim is that run misremembered, and each exchanged character now
// stands with another phrase's words. Exchanged between two phrases that
// stand alike (储碳储气 for 储气储碳), a list is only reordered: the
// claim's own words around each character must be written nowhere in the
// quote.

// minPairRun is how many characters the claim and the quote must share
// in the run holding the two exchanged: fewer, two phrases may differ in
// more than an order.
const minPairRun = 10

// pairContext is how many characters before an exchanged one, with it,
// must be the claim's own: 治为本 where the quote says 治为基.
const pairContext = 3

// pairSwap is two exchanged characters of an aligned run: claim q from
// a, quote t from b; i and j are offsets into the run.
type pairSwap struct {
	a, b, i, j, n int
}

// pairSwapCorrection corrects a claim that restates a cited run of the
// report with two of its characters exchanged, each then in words the
// quote nowhere writes.
func (ix *Index) pairSwapCorrection(read string, texts []Citation) (Part, bool) {
	if !ix.statesClaim(read) {
		return Part{}, false
	}
	q := claimCore(read)
	for at, c := range texts {
		t := []rune(c.Quote)
		if sw, ok := findPairSwap(q, t); ok {
			qs, qe := phraseBounds(q, sw.a+sw.i, sw.a+sw.j, sw.a, sw.a+sw.n)
			s, e := qs-sw.a+sw.b, qe-sw.a+sw.b
			if standAlike(q, sw.a+sw.i, sw.a+sw.j, sw.a, sw.a+sw.n) {
				continue // 最担心、最关心 for 最关心、最担心: the same phrases
			}
			return citedCorrection(c, at, s, e, string(q[qs:qe]), ""), true
		}
	}
	return Part{}, false
}

// findPairSwap aligns claim q with quote t at each place they start to
// agree and reads the first run that differs by two exchanged characters
// only.
func findPairSwap(q, t []rune) (pairSwap, bool) {
	for a := range q {
		for b := range t {
			if q[a] != t[b] || a > 0 && b > 0 && q[a-1] == t[b-1] {
				continue
			}
			if sw, ok := alignedSwap(q, t, a, b); ok && exchangedWordsNew(q, t, sw) {
				return sw, true
			}
		}
	}
	return pairSwap{}, false
}

// alignedSwap walks q from a and t from b together while at most two
// characters differ; ok when exactly two do, each the other's, in two
// phrases of a list (a 、 between them: 储碳储气 for 储气储碳 is one
// phrase reordered), both Chinese words' (no numeral: figures are the
// figures check's), with shared characters before them and between,
// minPairRun in all.
func alignedSwap(q, t []rune, a, b int) (pairSwap, bool) {
	var diff []int
	n := 0
	for ; a+n < len(q) && b+n < len(t); n++ {
		if q[a+n] != t[b+n] {
			if len(diff) == 2 {
				break
			}
			diff = append(diff, n)
		}
	}
	if len(diff) != 2 || n-2 < minPairRun {
		return pairSwap{}, false
	}
	i, j := diff[0], diff[1]
	if i < pairContext-1 || j-i < 2 || q[a+i] != t[b+j] || q[a+j] != t[b+i] || !slices.Contains(q[a+i:a+j], '、') {
		return pairSwap{}, false
	}
	for _, r := range []rune{q[a+i], q[a+j]} {
		if !isHan(r) || isChineseNumeral(r) || isClauseMark(r) {
			return pairSwap{}, false
		}
	}
	return pairSwap{a: a, b: b, i: i, j: j, n: n}, true
}

// exchangedWordsNew: the claim's words ending at each exchanged character
// (治为本) are written nowhere in quote t: else the phrases stand alike
// and the claim only lists them in another order.
func exchangedWordsNew(q, t []rune, sw pairSwap) bool {
	for _, k := range []int{sw.a + sw.i, sw.a + sw.j} {
		if k+1 < pairContext || containsFoldRunes(t, q[k+1-pairContext:k+1]) {
			return false
		}
	}
	return true
}

// standAlike reports whether the characters at i and j of q stand in
// their phrases (bounded by marks, or by lo and hi) among the same words,
// as near as both go: 最担心、最关心 holds two phrases alike but for them,
// so exchanging the two only reorders the list; 法治为本、…清廉为基 does not.
func standAlike(q []rune, i, j, lo, hi int) bool {
	li, lj := phraseBounds(q, i, i, lo, hi)
	si, ej := phraseBounds(q, j, j, lo, hi)
	left := min(i-li, j-si)
	right := min(lj-i, ej-j)
	return slices.Equal(q[i-left:i], q[j-left:j]) && slices.Equal(q[i+1:i+right], q[j+1:j+right])
}

// phraseBounds widens [i, j] of q to the phrases holding them, from the
// last mark before i to the first after j, within the aligned run [lo, hi).
func phraseBounds(q []rune, i, j, lo, hi int) (s, e int) {
	s, e = i, j+1
	for s > lo && !isClauseMark(q[s-1]) {
		s--
	}
	for e < hi && !isClauseMark(q[e]) {
		e++
	}
	return s, e
}
