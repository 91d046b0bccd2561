package rag

import (
	"cmp"
	"math"
	"slices"
)

// BM25 is an in-memory Okapi BM25 index over documents given as term lists.
type BM25 struct {
	k1, b    float64
	postings map[string][]posting
	idf      map[string]float64 // of every indexed term, computed once
	docLen   []float64
	avgLen   float64
}

type posting struct {
	doc int
	tf  float64
}

// NewBM25 indexes docs; doc i is found as i.
func NewBM25(docs [][]string) *BM25 {
	ix := &BM25{k1: 1.2, b: 0.75, postings: map[string][]posting{}, docLen: make([]float64, len(docs))}
	total := 0.0
	for i, terms := range docs {
		tf := map[string]float64{}
		for _, t := range terms {
			tf[t]++
		}
		for t, n := range tf {
			ix.postings[t] = append(ix.postings[t], posting{i, n})
		}
		ix.docLen[i] = float64(len(terms))
		total += float64(len(terms))
	}
	if len(docs) > 0 {
		ix.avgLen = total / float64(len(docs))
	}
	ix.idf = make(map[string]float64, len(ix.postings))
	n := float64(len(ix.docLen))
	for t, ps := range ix.postings {
		df := float64(len(ps))
		ix.idf[t] = math.Log(1 + (n-df+0.5)/(df+0.5))
	}
	return ix
}

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
	// Dense: a report has a few hundred passages at most.
	scores := make([]float64, len(ix.docLen))
	touched := make([]bool, len(ix.docLen))
	n := 0
	for term, w := range query {
		idf := ix.IDF(term)
		for _, p := range ix.postings[term] {
			norm := ix.k1 * (1 - ix.b + ix.b*ix.docLen[p.doc]/ix.avgLen)
			scores[p.doc] += w * idf * p.tf * (ix.k1 + 1) / (p.tf + norm)
			if !touched[p.doc] {
				touched[p.doc] = true
				n++
			}
		}
	}
	out := make([]Scored, 0, n)
	for d, s := range scores {
		if touched[d] && (keep == nil || keep(d)) {
			out = append(out, Scored{d, s})
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
func (ix *BM25) MaxIDF() float64 {
	n := float64(len(ix.docLen))
	return math.Log(1 + (n+0.5)/0.5)
}
