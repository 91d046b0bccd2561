package rag

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Extraction tuning, measured with `reportbot eval`.
const (
	answerDepth    = 6   // paragraphs whose sentences compete for the answer
	maxQuotes      = 3   // quotes in an ordinary answer
	secondQuoteMin = 0.6 // a further quote must score this share of the best
	narrowAbove    = 70  // quotes longer than this (runes) narrow to clauses
	maxListItems   = 12  // items in a structural list answer
	// A list question's answer goes on with the sentences after its best
	// one in that paragraph (a list's items rarely repeat the question's
	// words), up to this many runes in all.
	listQuoteRunes = 320
	// A question is taken as unanswered when its best paragraphs cover less
	// than minCoverage of its weight, or less than weakCoverage while it
	// names things the reports never mention.
	minCoverage  = 0.25
	weakCoverage = 0.41
)

// candidate is a sentence or clause window that might be quoted.
type candidate struct {
	para  *Paragraph
	span  Span
	score float64
	rank  int    // retrieval rank of its paragraph
	mask  uint64 // question terms it contains (see scorer)
}

// scorer scores clause windows by bit masks: which of the question's terms
// each clause contains is computed once per clause, not once per window.
// Terms are in a fixed order, so scores do not depend on map iteration.
type scorer struct {
	terms  []string
	weight []float64 // term weight × IDF
	idf    []float64
	orig   uint64 // terms from the question itself, not lexicon expansions
	figure bool
	widen  bool // narrowed windows widen to every clause holding a term asked
	memo   map[*Paragraph][]clauseMatch
	// Memory kept for the next question (reuseScorer): memo's matches are
	// cut from slab, and newScorer sorts the terms in ts.
	slab []clauseMatch
	ts   []termWeight
}

// termWeight is a question's term with its weight and IDF.
type termWeight struct {
	t    string
	w, i float64
}

type clauseMatch struct {
	mask  uint64
	digit bool
}

// maxScoredTerms bounds a question's terms to one machine word of bits;
// questions are bounded in length, and the weakest terms go first.
const maxScoredTerms = 64

func (e *Engine) newScorer(a analysis) *scorer {
	sc, _ := e.scorers.Get().(*scorer)
	if sc == nil {
		sc = &scorer{memo: map[*Paragraph][]clauseMatch{}}
	}
	sc.figure = a.figure
	sc.widen = (statedNumberAt(a.norm) < 0 || statesOnlyWhole(a.norm, a.asked)) && (a.place == nil || a.place.Relation == PlaceOwn)
	ts := sc.ts[:0]
	for t, w := range a.terms {
		ts = append(ts, termWeight{t, w, e.ix.idf(a.rep, t)})
	}
	sc.ts = ts
	// A total order (terms are distinct): generic, not sort.Slice.
	slices.SortFunc(ts, func(x, y termWeight) int {
		if x.w*x.i != y.w*y.i {
			return cmp.Compare(y.w*y.i, x.w*x.i)
		}
		return strings.Compare(x.t, y.t)
	})
	if len(ts) > maxScoredTerms {
		ts = ts[:maxScoredTerms]
	}
	for k, t := range ts {
		sc.terms = append(sc.terms, t.t)
		sc.weight = append(sc.weight, t.w*t.i)
		sc.idf = append(sc.idf, t.i)
		if t.w >= 1 {
			sc.orig |= 1 << k
		}
	}
	return sc
}

// reuseScorer lets the next question's scorer use sc's memory; the caller
// no longer uses sc, nor the matches it gave.
func (e *Engine) reuseScorer(sc *scorer) {
	clear(sc.memo)
	clear(sc.ts) // no question's strings kept alive
	clear(sc.terms)
	sc.terms, sc.weight, sc.idf, sc.orig = sc.terms[:0], sc.weight[:0], sc.idf[:0], 0
	sc.slab = sc.slab[:0]
	e.scorers.Put(sc)
}

func (sc *scorer) matches(e *Engine, p *Paragraph) []clauseMatch {
	if m, ok := sc.memo[p]; ok {
		return m
	}
	pt := e.ix.para(p)
	cl := pt.clauses
	// Cut from one slab, which the next question reuses.
	n, used := len(cl), len(sc.slab)
	if cap(sc.slab)-used < n {
		sc.slab, used = make([]clauseMatch, 0, max(n, 2*cap(sc.slab), 64)), 0
	}
	sc.slab = sc.slab[:used+n]
	m := sc.slab[used : used+n : used+n]
	clear(m)
	for i, c := range cl {
		m[i].digit = c.digit
	}
	for k, t := range sc.terms {
		if pair, _, ok := firstPair(t); ok && pt.clausesInPairs && !pt.pairs.mayHold(pair) {
			continue // in no clause: most terms are in few of the paragraphs
		}
		bit := uint64(1) << k
		containing(cl, pt.masks, t, func(i int) { m[i].mask |= bit })
	}
	sc.memo[p] = m
	return m
}

// window scores clauses [i,j) of p as one quote: IDF mass of the question's
// terms it contains, a bonus for a figure when the question asks for one,
// slightly favouring short quotes.
func (sc *scorer) window(e *Engine, p *Paragraph, i, j int) (float64, uint64) {
	return sc.windowIn(sc.matches(e, p), e.ix.para(p).clauses, i, j)
}

// windowIn is window with p's matches and clauses looked up already.
func (sc *scorer) windowIn(m []clauseMatch, cl []normClause, i, j int) (float64, uint64) {
	var mask uint64
	digit := false
	for k := i; k < j; k++ {
		mask |= m[k].mask
		digit = digit || m[k].digit
	}
	var s float64
	for m := mask; m != 0; m &= m - 1 { // set bits, lowest first
		s += sc.weight[bits.TrailingZeros64(m)]
	}
	if s == 0 {
		return 0, mask
	}
	if sc.figure && digit {
		s *= 1.5
	}
	n := cl[j-1].span.End - cl[i].span.Start
	return s / (1 + float64(n)/400), mask
}

// offTopic reports whether c shares less than half of what made the best
// candidate match: a further quote must be about the same thing, not just
// share a word like 增长 or 目标.
func (sc *scorer) offTopic(best, c candidate) bool {
	var want, got float64
	for k := range sc.terms {
		bit := uint64(1) << k
		if sc.orig&bit == 0 || best.mask&bit == 0 {
			continue
		}
		want += sc.idf[k]
		if c.mask&bit != 0 {
			got += sc.idf[k]
		}
	}
	return want > 0 && got < 0.5*want
}

// candidates scores every sentence of the top paragraphs and narrows long
// ones to the clauses that carry the match.
func (e *Engine) candidates(a analysis, sc *scorer, hits []Hit) []candidate {
	// The sentences of each hit: cut now, not kept for every paragraph
	// of every report.
	ends := sentenceEndSet
	if a.list {
		ends = fullEndSet // a list runs on across "；"
	}
	// Cut into one buffer, reused by the next question: cutting from the
	// index's clauses costs less than keeping every hit's sentences. The
	// candidates are appended to the memory of an earlier question's,
	// which quoteAnswer hands back (reuseCandidates), so they are not
	// counted first.
	sp, _ := e.spans.Get().(*[]Span)
	if sp == nil {
		sp = new([]Span)
	}
	sents := (*sp)[:0]
	defer func() {
		*sp = sents[:0]
		e.spans.Put(sp)
	}()
	var out []candidate
	if p, _ := e.cands.Get().(*[]candidate); p != nil {
		out = (*p)[:0]
	}
	// A reason or a basis is what the sentence says before its verb
	// ("上述目标，是立足…，统筹考虑…而确定的"): a why question is answered
	// by the whole sentence that gives it, not by the clauses that name
	// what was asked.
	why := asksWhy(a.norm)
	for rank, h := range hits {
		p := h.Paragraph
		if !p.Quotable() || p.Kind == ParaPart {
			continue
		}
		cl := e.ix.para(p).clauses
		sents = sentencesOf(sents[:0], p.Text, cl, ends)
		out = e.appendSentences(out, a, sc, p, rank, cl, sents, why)
	}
	sortCandidates(out)
	return out
}

// appendSentences appends a candidate for each sentence of the hit p at rank,
// scored by the clauses it holds.
func (e *Engine) appendSentences(out []candidate, a analysis, sc *scorer, p *Paragraph, rank int, cl []normClause, sents []Span, why bool) []candidate {
	prior := 1 / (1 + 0.25*float64(rank))
	for _, s := range sents {
		// The clauses of this sentence (sentence ends are clause ends).
		i := 0
		for i < len(cl) && cl[i].span.Start < s.Start {
			i++
		}
		j := i
		for j < len(cl) && cl[j].span.End <= s.End {
			j++
		}
		if i == j {
			continue
		}
		sp := s
		score, mask := sc.window(e, p, i, j)
		if !a.list && s.End-s.Start > narrowAbove && !(why && givesReason(p.Text[s.byteStart:s.byteEnd])) {
			sp, score, mask = e.narrow(sc, p, i, j)
		}
		if a.list && score > 0 && sc.enumerates(p.Text[s.byteStart:s.byteEnd]) {
			score *= enumerationBonus
		}
		if score > 0 && onlyServesAsked(a.asked, a.norm, p.Text[sp.byteStart:sp.byteEnd]) {
			score *= servedMentionShare
		}
		score *= prior * periodFactor(a, p)
		out = append(out, candidate{para: p, span: trimSpan(p.Text, sp), score: score, rank: rank, mask: mask})
	}
	return out
}

// sortCandidates puts the best first, equal scores in the order appended,
// which is by rank, then position in the paragraph: that total order lets an
// unstable sort give what a stable one did (SortStableFunc's many swaps of
// 64-byte candidates were 2% of an answer). Most candidates (four in five
// over the eval questions) hold no term and score 0, the least a sum of
// positive weights can: they go last, in the order appended, and only the
// others are sorted.
func sortCandidates(out []candidate) {
	scored := len(out)
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].score == 0 {
			scored--
			out[i], out[scored] = out[scored], out[i]
		}
	}
	slices.SortFunc(out[:scored], func(x, y candidate) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if x.rank != y.rank {
			return cmp.Compare(x.rank, y.rank)
		}
		return cmp.Compare(x.span.Start, y.span.Start)
	})
}

// reuseCandidates lets the next question's candidates use the memory of
// cands, which the caller no longer reads.
func (e *Engine) reuseCandidates(cands []candidate) {
	cands = cands[:0]
	e.cands.Put(&cands)
}

// narrow picks the best window of one to three of the clauses [lo,hi) of p.
func (e *Engine) narrow(sc *scorer, p *Paragraph, lo, hi int) (Span, float64, uint64) {
	cl := e.ix.para(p).clauses
	m := sc.matches(e, p)
	var held uint64
	for k := lo; k < hi; k++ {
		held |= m[k].mask
	}
	if held == 0 {
		// No term in any clause: every window scores 0, and the first,
		// clause lo alone, is kept.
		return cl[lo].span, 0, 0
	}
	var best Span
	var bestMask uint64
	bestScore := -1.0
	for i := lo; i < hi; i++ {
		for j := i; j < hi && j < i+3; j++ {
			score, mask := sc.windowIn(m, cl, i, j+1)
			if cl[j].span.End-cl[i].span.Start < 8 {
				score *= 0.5 // a fragment too short to stand alone
			}
			if score > bestScore {
				best = Span{cl[i].span.Start, cl[j].span.End, cl[i].span.byteStart, cl[j].span.byteEnd}
				bestScore, bestMask = score, mask
			}
		}
	}
	if sc.widen && held&^bestMask != 0 {
		// Terms asked that the best window leaves to other clauses of the
		// sentence ("项目有哪些：新开工、竣工", the fourth clause's 竣工):
		// the window runs from the first clause holding a term asked to
		// the last, and scores as what it holds. Not where the question
		// states a number, whose clause is the claim's check, or asks of
		// another place.
		first, last := hi, lo
		for k := lo; k < hi; k++ {
			if m[k].mask != 0 {
				first, last = min(first, k), max(last, k)
			}
		}
		best = Span{cl[first].span.Start, cl[last].span.End, cl[first].span.byteStart, cl[last].span.byteEnd}
		bestScore, bestMask = sc.windowIn(m, cl, first, last+1)
	}
	if sc.figure {
		best = moneyRunOn(cl, best, hi)
	}
	return best, bestScore, bestMask
}

// endsInMoney reports whether a clause ends in an amount of money
// ("压减支出6.7亿元"): a digit, 万 or 亿, 元, and at most one stop. Read
// from the end, as it is asked of every clause a window may end on.
func endsInMoney(s string) bool {
	if r, n := utf8.DecodeLastRuneInString(s); strings.ContainsRune(",;。.!?", r) {
		s = s[:len(s)-n]
	}
	s, ok := strings.CutSuffix(s, "元")
	if !ok {
		return false
	}
	if s, ok = strings.CutSuffix(s, "万"); !ok {
		if s, ok = strings.CutSuffix(s, "亿"); !ok {
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r >= '0' && r <= '9'
}

// moneyRunOn runs window w on over the clauses before hi that go on
// listing amounts of money as its last two clauses do: 「节支2.63亿元，压减
// 支出6.7亿元，审减…资金0.8亿元」 are one answer to how much was saved, and
// a window of three clauses cut the third.
func moneyRunOn(cl []normClause, w Span, hi int) Span {
	k := slices.IndexFunc(cl, func(c normClause) bool { return c.span.End == w.End })
	if k < 1 || !endsInMoney(cl[k].norm) || cl[k-1].span.Start < w.Start || !endsInMoney(cl[k-1].norm) {
		return w // one amount asked of one thing (政府采购省下多少) is no list of them
	}
	for k+1 < hi && endsInMoney(cl[k+1].norm) {
		k++
	}
	w.End, w.byteEnd = cl[k].span.End, cl[k].span.byteEnd
	return w
}

// trimSpan drops trailing separators and surrounding space from a quote,
// keeping sentence-final punctuation out of mid-sentence fragments.
func trimSpan(text string, sp Span) Span {
	for sp.byteEnd > sp.byteStart {
		r, size := utf8.DecodeLastRuneInString(text[sp.byteStart:sp.byteEnd])
		if !strings.ContainsRune("，,；;：:、 　", r) {
			break
		}
		sp.byteEnd -= size
		sp.End--
	}
	for sp.byteStart < sp.byteEnd {
		r, size := utf8.DecodeRuneInString(text[sp.byteStart:sp.byteEnd])
		if !unicode.IsSpace(r) {
			break
		}
		sp.byteStart += size
		sp.Start++
	}
	return sp
}

func citationFor(p *Paragraph, sp Span) Citation {
	return Citation{
		Report: p.Report, Paragraph: p.N, Section: p.Path(), Period: p.Period,
		Quote: p.Text[sp.byteStart:sp.byteEnd], Start: sp.Start, End: sp.End,
	}
}

// enumerationBonus weighs, for a list question, a sentence that lists
// instances of what was asked ("举办红马赛、冰凌穿越挑战赛、全国冰钓赛等
// 高水平赛事" for "今年要办哪些体育赛事") over one that only names it
// ("统筹地域文化、旅游资源、体育赛事").
const enumerationBonus = 1.5

// enumerates reports whether sentence s lists items with 、 and sums them
// up with 等 and, a few characters on, a word the question asked itself.
func (sc *scorer) enumerates(s string) bool {
	if !strings.Contains(s, "、") {
		return false
	}
	for i := range wordPositions(s, "等") {
		off := i + len("等")
		end := off
		for n := 0; n < 8 && end < len(s); n++ {
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
		}
		tail := Normalize(s[off:end])
		for k, t := range sc.terms {
			if sc.orig&(1<<k) != 0 && strings.Contains(tail, t) {
				return true
			}
		}
	}
	return false
}
