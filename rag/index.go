package rag

import (
	"context"
	"fmt"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/places"
	"github.com/reportbot/reportbot/words"
)

// Vectors is the vector leg of retrieval: AppendNearest appends to dst the
// IDs of the passages nearest to a text, best first, among the passages
// of one report (all reports when report is ""), so that the caller may
// reuse the memory. store.Store satisfies it; nil leaves retrieval
// lexical only.
type Vectors interface {
	AppendNearest(ctx context.Context, dst []string, text string, n int, report string) ([]string, error)
}

// Index holds the ingested reports and the lexical index over their
// passages. Each report has a scope: the range of its passages in the one
// BM25 index, its text and its paragraphs' clauses, so that a question
// about one report reads only that report's part, with that report's
// statistics — exactly as if it were the only report loaded.
type Index struct {
	reports  []*Report
	byID     map[string]*Report
	scopes   map[string]*scope // by report id
	all      *scope            // every report (the one report's scope when there is one)
	passages []*Passage
	byPID    map[string]int
	// paraOrd[doc] numbers passage doc's paragraph across all reports, in
	// report order; paragraphs is how many there are.
	paraOrd    []int32
	paragraphs int
	tok        Tokenizer
	lex        *Lexicon
	places     []string    // the reports' own place names (placeWords)
	names      *placeNames // the same, to find in a question
	rd         *reader     // folds questions into the reports' words
	gaz        *places.Gazetteer
	dict       *words.Dict             // cuts questions into words
	homes      map[string]places.Place // each report's own place, by id
	signatures map[string]signature    // each report's signature line, by id (signatureOf)
	titles     map[*Paragraph]string   // each section's title and topic's lead, normalized (titlesOf)
	inner      []innerPlace            // places inside them their metadata names
	local      []string                // names of places inside them: the register's (盘山县, 盘山, 盘锦港) and inner's
	shortLocal []string                // the short names of the register's divisions inside them (盘山, 大洼), which it does not find
	everyday   []string                // autonomous counties' everyday names (和布克赛尔县), which the register does not find
	latinLocal []latinPlace            // the pinyin of those divisions and of inner's places alone (dawa, liaobin)
	vectors    [][]float32             // by passage: local embeddings, when made while indexing
	// reviewsTargets marks the reports whose review of last year states
	// last year's targets beside the results ("目标6%，实际3.5%").
	reviewsTargets map[string]bool
	// keyOf is each report's place (placeKey), atPlace the reports of
	// each place, newest first.
	keyOf   map[string]string
	atPlace map[string][]*Report
	bm25    *BM25
}

// statedTarget finds a target figure stated in a review: "目标为6%".
var statedTarget = regexp.MustCompile(`目标[^，。；]{0,12}[0-9０-９]`)

// normClause is a clause of a paragraph with its normalized text, computed
// once at index time: answer extraction scores many clause windows per
// question, and normalizing them each time was most of the cost of Ask.
type normClause struct {
	span  Span
	norm  string
	digit bool // holds a digit: a figure question prefers such clauses
	// last is the clause's last rune before its closers
	// (lastBeforeClosers): whether a sentence ends with it, read for
	// every clause of every hit, is known at once.
	last rune
}

// NewIndex indexes reports for lexical retrieval with the default
// tokenizer: Han bigrams without unigrams, which measured better (README).
func NewIndex(reports []*Report, lex *Lexicon) (*Index, error) {
	return NewIndexOptions(reports, lex, IndexOptions{})
}

// NewIndexWith is NewIndex with a chosen tokenizer, for evaluation.
func NewIndexWith(reports []*Report, lex *Lexicon, tok Tokenizer) (*Index, error) {
	return NewIndexOptions(reports, lex, IndexOptions{Tokenizer: tok})
}

// IndexOptions are how NewIndexOptions indexes.
type IndexOptions struct {
	Tokenizer Tokenizer
	// LocalVectors embeds every passage with its report's local embedding
	// while indexing (Collections hands the vectors on), when each
	// report's term counts are at hand; otherwise the vector store embeds
	// them one by one, looking each term up in the index.
	LocalVectors bool
}

// NewIndexOptions indexes reports. Each report is indexed on its own, in
// parallel, and joined in order: a thousand reports take seconds.
func NewIndexOptions(reports []*Report, lex *Lexicon, o IndexOptions) (*Index, error) {
	if len(reports) == 0 {
		return nil, fmt.Errorf("index: no reports")
	}
	ownPlaces := placeWords(reports)
	tok := o.Tokenizer
	tok.Stop = latinStops(ownPlaces)
	ix := &Index{places: ownPlaces, reports: reports, byID: map[string]*Report{}, scopes: map[string]*scope{}, byPID: map[string]int{}, tok: tok, lex: lex, reviewsTargets: map[string]bool{}}
	for _, r := range reports {
		if _, dup := ix.byID[r.Meta.ID]; dup {
			return nil, fmt.Errorf("index: two reports with id %q", r.Meta.ID)
		}
		ix.byID[r.Meta.ID] = r
	}
	bm := newBM25Builder()
	inOrder(len(reports), func(i int) *builtReport {
		return ix.buildReport(reports[i], o.LocalVectors)
	}, func(i int, b *builtReport) {
		r := reports[i]
		lo := len(ix.passages)
		for j := range r.Passages {
			p := &r.Passages[j]
			ix.byPID[p.ID] = len(ix.passages)
			ix.passages = append(ix.passages, p)
			ix.paraOrd = append(ix.paraOrd, int32(ix.paragraphs+p.Para-1))
		}
		bm.add(b.run)
		ix.vectors = append(ix.vectors, b.vectors...)
		b.scope.docs = Range{Lo: lo, Hi: len(ix.passages)}
		ix.scopes[r.Meta.ID] = b.scope
		ix.paragraphs += len(r.Paragraphs)
		if b.reviewsTargets {
			ix.reviewsTargets[r.Meta.ID] = true
		}
	})
	ix.bm25 = bm.finish()
	for _, sc := range ix.scopes {
		sc.docs = ix.bm25.Range(sc.docs.Lo, sc.docs.Hi)
	}
	ix.all = ix.scopes[reports[0].Meta.ID]
	if len(reports) > 1 {
		ix.all = ix.union()
	} else {
		ix.all.pairSet = map[uint64]struct{}{}
		hanPairs(ix.all.text.(*corpusText).text, func(k uint64) { ix.all.pairSet[k] = struct{}{} })
	}
	var err error
	if ix.rd, err = newReader(ix.all.chars, lex); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	if ix.gaz, err = places.Load(); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	if ix.dict, err = words.Load(); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	ix.homes = homes(ix.gaz, reports)
	ix.signatures = signaturesOf(reports)
	ix.titles = titlesOf(reports)
	ix.inner = innerPlaces(reports)
	ix.local, ix.shortLocal = localNames(ix.gaz, ix.homes)
	ix.everyday = everydayCounties(ix.gaz)
	for _, p := range ix.inner {
		ix.local = append(ix.local, p.names...)
	}
	ix.latinLocal = latinLocalNames(ix.gaz, ix.homes, ix.inner, reports)
	ix.groupByPlace()
	ix.names = newPlaceNames(ix)
	ix.rd.isWord = ix.dict.IsWord
	ix.rd.home = newHomeSlips(placeWords(reports), ix.local, ix.dict.IsWord, ix.namesPlace, ix.rd.soundsAlike, ix.rd.sharesInitial)
	return ix, nil
}

// inOrder calls build(0) … build(n-1) on as many goroutines as there are
// CPUs and join(i, build(i)) on the caller's, in order, with at most a few
// built and not yet joined.
func inOrder[T any](n int, build func(i int) T, join func(i int, v T)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	ready := make([]chan T, n)
	for i := range ready {
		ready[i] = make(chan T, 1)
	}
	slots := make(chan struct{}, 2*workers) // built, not yet joined
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				ready[i] <- build(i)
			}
		}()
	}
	go func() {
		for i := range n {
			slots <- struct{}{}
			next <- i
		}
		close(next)
	}()
	for i := range n {
		join(i, <-ready[i])
		<-slots
	}
	wg.Wait()
}

// builtReport is one report's share of the index before it is joined.
type builtReport struct {
	run     bm25Run     // its passages' terms, numbered from 0
	vectors [][]float32 // its passages' local embeddings, if asked
	scope   *scope
	// reviewsTargets: its review of last year states last year's targets.
	reviewsTargets bool
}

func (ix *Index) buildReport(r *Report, vectors bool) *builtReport {
	b := &builtReport{}
	rt := newReportTerms(64 * len(r.Passages)) // a report has about 60 distinct terms a passage
	lens := make([]int32, len(r.Passages))
	var counts []termCount
	var embedTerms [][]int32 // with unigrams, for the embedding
	var norms []string
	if vectors {
		embedTerms, norms = make([][]int32, len(r.Passages)), make([]string, len(r.Passages))
	}
	for i := range r.Passages {
		norm := Normalize(ix.indexText(&r.Passages[i]))
		// The terms, numbered as they come: Tokens' for BM25 and, with
		// vectors, the unigrams too for the embedding.
		var withUnigrams []int32
		n := int32(0)
		ix.tok.walk(norm, vectors, func(term string, own bool) {
			id := rt.id(term)
			if vectors {
				withUnigrams = append(withUnigrams, id)
			}
			if own {
				rt.add(id)
				n++
			}
		})
		counts = rt.flush(counts, int32(i))
		lens[i] = n
		if vectors {
			embedTerms[i], norms[i] = withUnigrams, norm
		}
	}
	b.run = rt.run(counts, lens)
	b.scope = newScope(r)
	for i := range r.Paragraphs {
		if p := &r.Paragraphs[i]; p.Quotable() && p.Period.Kind == PeriodResult && statedTarget.MatchString(p.Text) {
			b.reviewsTargets = true
			break
		}
	}
	if vectors {
		b.vectors = ix.embedReport(rt, b.run, embedTerms, norms)
	}
	return b
}

// embedReport is the local embedding of each passage of a report, whose
// terms (with unigrams, numbered by rt) and normalized texts are given,
// with the report's IDF from its own counts, as IDFIn would give it.
func (ix *Index) embedReport(rt *reportTerms, run bm25Run, terms [][]int32, norms []string) [][]float32 {
	n := float64(len(norms))
	e := ix.localEmbedder(nil, len(norms))
	rank, feats := rt.ranked(e, func(id int32) float64 {
		if df := run.starts[id+1] - run.starts[id]; df > 0 {
			return idfOf(n, float64(df))
		}
		return 0
	})
	tally := newRankTally(len(feats))
	out := make([][]float32, len(norms))
	for i, ids := range terms {
		for k, id := range ids {
			ids[k] = rank[id]
		}
		out[i] = e.embedRanked(norms[i], ids, feats, tally)
	}
	return out
}

// union is the scope of every report, for questions not confined to one:
// each report's text is asked in turn.
func (ix *Index) union() *scope {
	sc := &scope{docs: ix.bm25.Range(0, len(ix.passages))}
	var texts unionText
	var chars []*charCounts
	for _, r := range ix.reports {
		s := ix.scopes[r.Meta.ID]
		texts = append(texts, s.text.(*corpusText))
		chars = append(chars, s.chars)
	}
	sc.text = texts
	sc.chars = mergeCounts(chars)
	// Each report's pairs: scope.pair asks the reports' texts one by one,
	// so a pair across two reports' texts is not in the union's text.
	each := make([]string, len(texts))
	for i, t := range texts {
		each[i] = t.text
	}
	sc.pairBloom = newPairBloom(each...)
	return sc
}

// scopeFor is rep's scope; nil means every report.
func (ix *Index) scopeFor(rep *Report) *scope {
	if rep == nil {
		return ix.all
	}
	return ix.scopes[rep.Meta.ID]
}

// para is what the index holds of quotable paragraph p.
func (ix *Index) para(p *Paragraph) *paraText {
	if sc := ix.all; sc != nil && sc.rep != nil && sc.rep.Meta.ID == p.Report {
		// One report: asked many times an answer, so spare the map.
		return &sc.paras[p.N-1]
	}
	return &ix.scopes[p.Report].paras[p.N-1]
}

// paraNorm is Normalize(p.Text): made once at indexing for a quotable
// paragraph, so scans over every paragraph of a report spare the work.
func (ix *Index) paraNorm(p *Paragraph) string {
	if p.Quotable() {
		return ix.para(p).norm
	}
	return Normalize(p.Text)
}

// idf is a term's BM25 IDF among the passages of rep (all when nil).
func (ix *Index) idf(rep *Report, term string) float64 {
	return ix.bm25.IDFIn(term, ix.scopeFor(rep).docs)
}

// maxIDF is what a term no passage of rep (all when nil) holds weighs.
func (ix *Index) maxIDF(rep *Report) float64 { return ix.bm25.MaxIDFIn(ix.scopeFor(rep).docs) }

// indexText is what retrieval matches a passage by: its text with the
// paragraph's lead phrase and the passage's topic, which name what it is about.
func (ix *Index) indexText(p *Passage) string {
	return ix.paragraphOf(p).Lead + "\n" + p.Topic + "\n" + p.Text
}

// citedParagraph is the paragraph citation c quotes, nil when its report
// or number is unknown.
func (ix *Index) citedParagraph(c Citation) *Paragraph {
	r, ok := ix.byID[c.Report]
	if !ok || c.Paragraph < 1 || c.Paragraph > len(r.Paragraphs) {
		return nil
	}
	return &r.Paragraphs[c.Paragraph-1]
}

// paragraphOf is the paragraph passage p was cut from.
func (ix *Index) paragraphOf(p *Passage) *Paragraph {
	if sc := ix.all; sc != nil && sc.rep != nil && sc.rep.Meta.ID == p.Report {
		return &sc.rep.Paragraphs[p.Para-1] // one report: spare the map
	}
	return &ix.byID[p.Report].Paragraphs[p.Para-1]
}

// Document is a passage as given to the vector store, with what it is
// filed under.
type Document struct {
	ID        string
	Text      string // what it is embedded by: lead, topic and text
	Paragraph int
	Period    Period
	Section   string // the paragraph's section path
	// Vector is its local embedding when the index made it (LocalVectors).
	Vector []float32
}

// Collection is one report's passages for the vector store, with the
// local embedding of that report (IDF from its passages alone).
type Collection struct {
	Report  string
	Version string // the report text's sha256
	Docs    []Document
	Local   *LocalEmbedder
}

// Collections lists every report's passages for the vector store, in
// report order.
func (ix *Index) Collections() []Collection {
	out := make([]Collection, len(ix.reports))
	for i, r := range ix.reports {
		sc := ix.scopes[r.Meta.ID]
		docs := make([]Document, 0, sc.docs.Hi-sc.docs.Lo)
		for _, p := range ix.passages[sc.docs.Lo:sc.docs.Hi] {
			para := ix.paragraphOf(p)
			d := Document{ID: p.ID, Text: ix.indexText(p), Paragraph: p.Para, Period: para.Period, Section: para.Path()}
			if doc := ix.byPID[p.ID]; doc < len(ix.vectors) {
				d.Vector = ix.vectors[doc]
			}
			docs = append(docs, d)
		}
		out[i] = Collection{Report: r.Meta.ID, Version: r.Version, Docs: docs, Local: ix.LocalEmbedder(r.Meta.ID)}
	}
	return out
}

// BM25 exposes corpus statistics.
func (ix *Index) BM25() *BM25 { return ix.bm25 }

// Reports lists the indexed reports.
func (ix *Index) Reports() []*Report { return ix.reports }

// Report returns the report with id; "" means the only report.
func (ix *Index) Report(id string) (*Report, error) {
	if id == "" && len(ix.reports) == 1 {
		return ix.reports[0], nil
	}
	r, ok := ix.byID[id]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownReport, id)
	}
	return r, nil
}

// scope is one report's part of the index (or, with rep nil, every
// report's): what a question confined to it reads.
type scope struct {
	rep   *Report // nil: every report
	docs  Range   // its passages, in ix.passages and the BM25 index
	text  textIndex
	chars *charCounts // its Han characters and how often each occurs
	paras []paraText  // by paragraph number - 1 (report scopes only)
	// pairBloom holds the pairs of adjacent runes of its text, and pairSet,
	// for an index of one report, exactly those of Han characters (see
	// scope.pair).
	pairBloom pairBloom
	pairSet   map[uint64]struct{}
}

// writesAt reports whether, at some place one of the scope's paragraphs
// writes s, holds says yes of that paragraph's normalized text and the
// byte offset there. A scope of every report holds no paragraphs.
func (sc *scope) writesAt(s string, holds func(norm string, at int) bool) bool {
	for i := range sc.paras {
		norm := sc.paras[i].norm
		for at := range wordPositions(norm, s) {
			if holds(norm, at) {
				return true
			}
		}
	}
	return false
}

// textIndex answers "does the text say this anywhere?".
type textIndex interface {
	Contains(s string) bool
	// ContainsTerm is ContainsTerm over the text: Latin words whole.
	ContainsTerm(w string) bool
}

// paraText is what the index keeps of a quotable paragraph for answering.
type paraText struct {
	// norm is Normalize(p.Text), a substring of its report's text.
	norm string
	// path is Normalize(p.Path()); withPath is Normalize(p.Text+p.Path())
	// when that is not norm+path (it almost always is).
	path, withPath string
	pairs          pairBloom // the rune pairs of norm+path, for holds
	clauses        []normClause
	masks          []clauseMask // the rune pairs of each clause's norm
	// clausesInPairs: every clause's norm is a substring of norm and pairs
	// was made of norm+path, so a term whose first pair pairs lacks is in
	// no clause.
	clausesInPairs bool
	// folded: every rune of norm and of its clauses' norms is its own
	// foldWidth, so a claim's runes compared by sameRune are found in
	// them, and in masks, folded (pairs of Normalize'd text are; a capital
	// outside ASCII is not).
	folded bool
}

// newScope indexes r's text: its quotable paragraphs normalized, one after
// another, with a suffix array over them, and each paragraph's clauses.
func newScope(r *Report) *scope {
	sc := &scope{rep: r, paras: make([]paraText, len(r.Paragraphs))}
	qt := r.quotable
	if qt == nil || len(qt.at) != len(r.Paragraphs) {
		qt = joinQuotable(r.Paragraphs, func(i int) string { return Normalize(r.Paragraphs[i].Text) })
	}
	text := newCorpusBytes(qt.text)
	sc.text = text
	sc.chars = countChars(text.text)
	sc.pairBloom = newPairBloom(text.text)
	paths := map[string]string{}
	for i := range r.Paragraphs {
		p := &r.Paragraphs[i]
		if !p.Quotable() {
			continue
		}
		pt := &sc.paras[i]
		pt.norm = text.text[qt.at[i][0]:qt.at[i][1]]
		raw := p.Path()
		path, ok := paths[raw]
		if !ok {
			path = Normalize(raw)
			paths[raw] = path
		}
		pt.path = path
		wp := pt.norm + path
		if !joinsPlainly(p.Text, raw) {
			// Normalizing the two apart may differ from normalizing them
			// together at the seam: keep what coverage must read.
			if whole := Normalize(p.Text + raw); whole != wp {
				pt.withPath, wp = whole, whole
			}
		}
		pt.pairs = newPairBloom(wp)
		clauses := Clauses(p.Text)
		pt.clauses, pt.masks = make([]normClause, len(clauses)), make([]clauseMask, len(clauses))
		// Pieces of a text normalized rune by rune lie in its norm; others
		// are checked.
		pt.clausesInPairs = pt.withPath == ""
		inNorm := pt.clausesInPairs && runeWise(p.Text)
		pt.folded = isFolded(pt.norm)
		for k, norm := range pieceNorms(p.Text, pt.norm, clauses) {
			c := clauses[k]
			pt.clauses[k] = normClause{c, norm, holdsNumber(norm), lastBeforeClosers(p.Text[c.byteStart:c.byteEnd])}
			pt.masks[k] = newClauseMask(norm)
			pt.folded = pt.folded && isFolded(norm)
			if pt.clausesInPairs && !inNorm && !strings.Contains(pt.norm, norm) {
				pt.clausesInPairs = false
			}
		}
	}
	return sc
}

// quotableText is the normalized texts of a report's quotable
// paragraphs, one after another, each ended by "\n": what its scope's text
// index is built over.
type quotableText struct {
	text []byte
	at   [][2]int // by paragraph: where its text starts and ends in text
}

// joinQuotable joins norm(i), paragraph i's normalized text, for the
// quotable ones of paras.
func joinQuotable(paras []Paragraph, norm func(i int) string) *quotableText {
	qt := &quotableText{at: make([][2]int, len(paras))}
	norms := make([]string, len(paras))
	size := 0
	for i := range paras {
		if paras[i].Quotable() {
			norms[i] = norm(i)
			size += len(norms[i]) + 1
		}
	}
	qt.text = make([]byte, 0, size)
	for i := range paras {
		if paras[i].Quotable() {
			qt.at[i] = [2]int{len(qt.text), len(qt.text) + len(norms[i])}
			qt.text = append(qt.text, norms[i]...)
			qt.text = append(qt.text, '\n')
		}
	}
	return qt
}

// joinsPlainly reports whether Normalize(a+b) is Normalize(a)+Normalize(b):
// true when nothing at the seam can change, that is a ends in a Han
// character or CJK punctuation and b starts with one, or with an ASCII
// letter or digit (no space to fold, nothing NFKC composes).
func joinsPlainly(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	plain := func(r rune) bool {
		return isHan(r) || strings.ContainsRune("。！？；：，、（）“”《》", r)
	}
	return plain(last) && (plain(first) || first < 0x80 && (unicode.IsLetter(first) || unicode.IsDigit(first)))
}

// holds reports whether the paragraph's normalized text with its section
// path (what coverage reads) contains t.
func (pt *paraText) holds(t string) bool {
	if pair, _, ok := firstPair(t); ok && !pt.pairs.mayHold(pair) {
		return false
	}
	if pt.withPath != "" {
		return strings.Contains(pt.withPath, t)
	}
	if strings.Contains(pt.norm, t) || strings.Contains(pt.path, t) {
		return true
	}
	for i := 1; i < len(t); i++ { // across the end of the text
		if strings.HasSuffix(pt.norm, t[:i]) && strings.HasPrefix(pt.path, t[i:]) {
			return true
		}
	}
	return false
}

// charCounts are the Han characters of a text with their counts, sorted
// by character.
type charCounts struct {
	chars  []rune
	counts []int32
}

// countChars counts the Han characters of text: those of the CJK Unified
// Ideographs and Extension A (nearly all of a report's) in a table, the
// others in a map. A map for all was a thirtieth of indexing.
func countChars(text string) *charCounts {
	const lo, hi = 0x3400, 0xA000
	table := make([]int32, hi-lo) // every rune of the range: not all are Han
	rest := map[rune]int32{}
	for _, r := range text {
		if r >= lo && r < hi {
			table[r-lo]++
		} else if isHan(r) {
			rest[r]++
		}
	}
	others := sortedCounts(rest)
	size := len(others.chars)
	for i, n := range table {
		if n > 0 && isHan(rune(lo+i)) {
			size++
		} else {
			table[i] = 0
		}
	}
	// In order: the others below the range, the table, the others above.
	c := &charCounts{chars: make([]rune, 0, size), counts: make([]int32, 0, size)}
	below, _ := slices.BinarySearch(others.chars, lo)
	c.chars, c.counts = append(c.chars, others.chars[:below]...), append(c.counts, others.counts[:below]...)
	for i, n := range table {
		if n > 0 {
			c.chars, c.counts = append(c.chars, rune(lo+i)), append(c.counts, n)
		}
	}
	c.chars, c.counts = append(c.chars, others.chars[below:]...), append(c.counts, others.counts[below:]...)
	return c
}

// sortedCounts is m as charCounts.
func sortedCounts(m map[rune]int32) *charCounts {
	c := &charCounts{chars: make([]rune, 0, len(m))}
	for r := range m {
		c.chars = append(c.chars, r)
	}
	slices.Sort(c.chars)
	c.counts = make([]int32, len(c.chars))
	for i, r := range c.chars {
		c.counts[i] = m[r]
	}
	return c
}

// count is how often r occurs (0: never).
func (c *charCounts) count(r rune) int {
	i := sort.Search(len(c.chars), func(k int) bool { return c.chars[k] >= r })
	if i < len(c.chars) && c.chars[i] == r {
		return int(c.counts[i])
	}
	return 0
}

// mergeCounts adds up several texts' counts.
func mergeCounts(cs []*charCounts) *charCounts {
	m := map[rune]int32{}
	for _, c := range cs {
		for i, r := range c.chars {
			m[r] += c.counts[i]
		}
	}
	return sortedCounts(m)
}
