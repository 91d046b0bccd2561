package rag

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
)

// BM25 is an in-memory Okapi BM25 index over documents given as term lists.
// Documents are numbered in the order given and each posting list is in
// document order, so the documents of one report — a contiguous range —
// can be scored on their own, with that range's statistics (SearchRange):
// a question about one report costs what it would with that report alone.
type BM25 struct {
	k1, b    float64
	postings map[string][]posting
	idf      map[string]float64 // of every indexed term over all documents, computed once
	// runs counts, for each term, the runs of documents given to the
	// builder (reports) that hold it.
	runs   map[string]int32
	docLen []int32
	avgLen float64
	// scratch keeps SearchRange's dense scores (*bm25Scratch) for the
	// next search.
	scratch sync.Pool
}

// bm25Scratch is SearchRange's working memory.
type bm25Scratch struct {
	scores  []float64
	touched []bool
}

// posting is one document holding a term: 8 bytes, as a corpus of a
// thousand reports has millions.
type posting struct {
	doc int32
	tf  float32 // a count: exact in float32
}

// NewBM25 indexes docs; doc i is found as i.
func NewBM25(docs [][]string) *BM25 {
	rt := newReportTerms(0)
	var counts []termCount
	lens := make([]int32, len(docs))
	for i, terms := range docs {
		counts = rt.count(counts, int32(i), terms)
		lens[i] = int32(len(terms))
	}
	b := newBM25Builder()
	b.add(rt.run(counts, lens))
	return b.finish()
}

// bm25Run is a run of documents (one report's passages) as the builder
// is given it: its terms; their postings, term after term, each term's in
// document order with the documents numbered from 0 in the run; and each
// document's length. One array of postings, not a slice per term: the
// builder keeps every run until it finishes.
type bm25Run struct {
	terms    []string
	postings []posting
	starts   []int32 // term k's postings are postings[starts[k]:starts[k+1]]
	lens     []int32
}

// list is the postings of the run's term k.
func (r *bm25Run) list(k int) []posting { return r.postings[r.starts[k]:r.starts[k+1]] }

// bm25Builder joins runs of documents into one index. It keeps the runs
// and copies each posting once, at finish, into one array sized first:
// appending each run to growing lists copied them again and again.
type bm25Builder struct {
	ids   map[string]int32 // the terms given, numbered as first given
	terms []string         // by number
	sizes []int32          // by term number: its postings in every run
	runs  []int32          // by term number: the runs that hold it
	given []joinedRun
	docs  int32
	total float64
}

// joinedRun is what the builder keeps of a run: its postings and where
// they go.
type joinedRun struct {
	postings []posting
	starts   []int32
	ids      []int32 // by the run's term: its number in the builder (-1: no postings)
	lens     []int32
	base     int32 // the number of its first document
}

func newBM25Builder() *bm25Builder {
	return &bm25Builder{ids: map[string]int32{}}
}

// add appends a run. Terms without postings are left out.
func (b *bm25Builder) add(run bm25Run) {
	j := joinedRun{postings: run.postings, starts: run.starts, lens: run.lens, base: b.docs, ids: make([]int32, len(run.terms))}
	for k, t := range run.terms {
		size := run.starts[k+1] - run.starts[k]
		if size == 0 {
			j.ids[k] = -1
			continue
		}
		id, ok := b.ids[t]
		if !ok {
			// A copy: the term is a piece of a passage's text, which
			// the index need not keep.
			t = strings.Clone(t)
			id = int32(len(b.terms))
			b.ids[t] = id
			b.terms = append(b.terms, t)
			b.sizes = append(b.sizes, 0)
			b.runs = append(b.runs, 0)
		}
		j.ids[k] = id
		b.sizes[id] += size
		b.runs[id]++
	}
	for _, n := range run.lens {
		b.total += float64(n)
	}
	b.docs += int32(len(run.lens))
	b.given = append(b.given, j)
}

func (b *bm25Builder) finish() *BM25 {
	ix := &BM25{k1: 1.2, b: 0.75, docLen: make([]int32, 0, b.docs)}
	if b.docs > 0 {
		ix.avgLen = b.total / float64(b.docs)
	}
	// One array for every list: a million small allocations are what the
	// collector scans. next[id] is where term id's next posting goes.
	next := make([]int, len(b.terms))
	total := 0
	for id, n := range b.sizes {
		next[id] = total
		total += int(n)
	}
	arena := make([]posting, total)
	ix.postings = make(map[string][]posting, len(b.terms))
	ix.idf = make(map[string]float64, len(b.terms))
	ix.runs = make(map[string]int32, len(b.terms))
	n := float64(b.docs)
	for id, t := range b.terms {
		start, size := next[id], int(b.sizes[id])
		ix.postings[t] = arena[start : start+size : start+size]
		ix.idf[t] = idfOf(n, float64(size))
		ix.runs[t] = b.runs[id]
	}
	for _, run := range b.given {
		for k, id := range run.ids {
			if id < 0 {
				continue
			}
			for _, p := range run.postings[run.starts[k]:run.starts[k+1]] {
				arena[next[id]] = posting{p.doc + run.base, p.tf}
				next[id]++
			}
		}
		ix.docLen = append(ix.docLen, run.lens...)
	}
	b.given = nil
	return ix
}

func idfOf(n, df float64) float64 { return math.Log(1 + (n-df+0.5)/(df+0.5)) }

// IDF is the BM25 inverse document frequency of term (0 when unseen).
func (ix *BM25) IDF(term string) float64 { return ix.idf[term] }

// Has reports whether any document contains term.
func (ix *BM25) Has(term string) bool { return len(ix.postings[term]) > 0 }

// Scored is a document with its score.
type Scored struct {
	Doc   int
	Score float64
}

// Search scores documents against weighted query terms and returns those
// with a positive score, best first. keep, when non-nil, filters documents.
func (ix *BM25) Search(query map[string]float64, keep func(doc int) bool) []Scored {
	r := ix.whole()
	out := ix.SearchRange(query, r)
	if keep == nil {
		return out
	}
	return slices.DeleteFunc(out, func(s Scored) bool { return !keep(s.Doc) })
}

// Range is a contiguous run of documents scored with their own statistics:
// one report's passages.
type Range struct {
	Lo, Hi int     // documents [Lo,Hi)
	avgLen float64 // their mean length in terms
}

// Range returns the documents [lo,hi) as a range with their statistics.
func (ix *BM25) Range(lo, hi int) Range {
	var total float64
	for _, n := range ix.docLen[lo:hi] {
		total += float64(n)
	}
	r := Range{Lo: lo, Hi: hi}
	if hi > lo {
		r.avgLen = total / float64(hi-lo)
	}
	return r
}

func (ix *BM25) whole() Range { return Range{Lo: 0, Hi: len(ix.docLen), avgLen: ix.avgLen} }

// isWhole reports whether r is every document: its statistics are the
// index's own, precomputed.
func (ix *BM25) isWhole(r Range) bool { return r.Lo == 0 && r.Hi == len(ix.docLen) }

// in is the part of term's posting list inside r.
func (ix *BM25) in(term string, r Range) []posting {
	ps := ix.postings[term]
	if ix.isWhole(r) || len(ps) == 0 {
		return ps
	}
	i := sort.Search(len(ps), func(k int) bool { return int(ps[k].doc) >= r.Lo })
	j := i + sort.Search(len(ps)-i, func(k int) bool { return int(ps[i+k].doc) >= r.Hi })
	return ps[i:j]
}

// IDFIn is IDF with the statistics of r alone.
func (ix *BM25) IDFIn(term string, r Range) float64 {
	if ix.isWhole(r) {
		return ix.idf[term]
	}
	df := len(ix.in(term, r))
	if df == 0 {
		return 0
	}
	return idfOf(float64(r.Hi-r.Lo), float64(df))
}

// MaxIDFIn is MaxIDF with the statistics of r alone.
func (ix *BM25) MaxIDFIn(r Range) float64 {
	n := float64(r.Hi - r.Lo)
	return math.Log(1 + (n+0.5)/0.5)
}

// SearchRange is Search over the documents of r, scored as if they were
// the only ones indexed.
func (ix *BM25) SearchRange(query map[string]float64, r Range) []Scored {
	return ix.searchRangeInto(nil, query, r)
}

// searchRangeInto is SearchRange in dst's memory when it has room (nil:
// new memory), for a caller that reuses it.
func (ix *BM25) searchRangeInto(dst []Scored, query map[string]float64, r Range) []Scored {
	// Dense: a report has a few hundred passages at most.
	n := r.Hi - r.Lo
	buf, _ := ix.scratch.Get().(*bm25Scratch)
	if buf == nil {
		buf = new(bm25Scratch)
	}
	defer ix.scratch.Put(buf)
	scores := zeroed(&buf.scores, n)
	touched := zeroed(&buf.touched, n)
	found := 0
	whole := ix.isWhole(r)
	for term, w := range query {
		ps := ix.in(term, r)
		if len(ps) == 0 {
			continue
		}
		idf := ix.idf[term]
		if !whole {
			idf = idfOf(float64(n), float64(len(ps)))
		}
		for _, p := range ps {
			d := int(p.doc) - r.Lo
			tf := float64(p.tf)
			norm := ix.k1 * (1 - ix.b + ix.b*float64(ix.docLen[p.doc])/r.avgLen)
			scores[d] += w * idf * tf * (ix.k1 + 1) / (tf + norm)
			if !touched[d] {
				touched[d] = true
				found++
			}
		}
	}
	out := dst[:0]
	if dst == nil || cap(dst) < found {
		out = make([]Scored, 0, found)
	}
	for d, s := range scores {
		if touched[d] {
			out = append(out, Scored{d + r.Lo, s})
		}
	}
	slices.SortFunc(out, func(a, b Scored) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return a.Doc - b.Doc
	})
	return out
}

// MaxIDF is the IDF a term found in no document would have: what a word
// the reports never use weighs when it is asked about.
func (ix *BM25) MaxIDF() float64 { return ix.MaxIDFIn(ix.whole()) }
