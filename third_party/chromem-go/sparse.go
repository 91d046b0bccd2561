package chromem

import (
	"context"
	"slices"
)

// sparseIndex lists, dimension by dimension, the documents whose
// embeddings set it, with their values: a sparse query's similarities are
// then summed over the dimensions both set, instead of reading each
// document's vector at every dimension the query sets.
//
// reportbot patch: a document's terms are added in the order of the
// dimensions, as dotProductFor adds them; the ones left out are zero, and
// adding a zero term does not change a float32 sum's value, so each
// similarity is the same.
type sparseIndex struct {
	docs  []*Document
	start []int32 // dimension d's postings are post[start[d]:start[d+1]]
	post  []posting
}

type posting struct {
	doc int32 // index in docs
	v   float32
}

// newSparseIndex indexes docs; nil when their embeddings are not all of
// one length, or set more than a quarter of their dimensions in all (as
// dotProductFor, beyond which a dense product costs less).
func newSparseIndex(docs []*Document) *sparseIndex {
	if len(docs) == 0 {
		return nil
	}
	dim := len(docs[0].Embedding)
	start := make([]int32, dim+1)
	n := 0
	for _, doc := range docs {
		if len(doc.Embedding) != dim {
			return nil
		}
		for d, x := range doc.Embedding {
			if x != 0 {
				start[d+1]++
				n++
			}
		}
	}
	if 4*n > len(docs)*dim {
		return nil
	}
	for d := 0; d < dim; d++ {
		start[d+1] += start[d]
	}
	post := make([]posting, n)
	next := slices.Clone(start[:dim])
	for i, doc := range docs {
		for d, x := range doc.Embedding {
			if x != 0 {
				post[next[d]] = posting{int32(i), x}
				next[d]++
			}
		}
	}
	return &sparseIndex{docs: docs, start: start, post: post}
}

// similarities adds each document's dot product with q, which is as long
// as the documents' embeddings, to sims (as long as docs, all zeros).
func (ix *sparseIndex) similarities(q, sims []float32) {
	for d, x := range q {
		if x == 0 {
			continue
		}
		for _, p := range ix.post[ix.start[d]:ix.start[d+1]] {
			sims[p.doc] += x * p.v
		}
	}
}

// fits reports whether q is a sparse query of the documents' length: as
// dotProductFor, one that sets at most a quarter of its dimensions.
func (ix *sparseIndex) fits(q []float32) bool {
	if len(q) != len(ix.start)-1 {
		return false
	}
	n := 0
	for _, x := range q {
		if x != 0 {
			n++
		}
	}
	return 4*n <= len(q)
}

// mostSimilar is getMostSimilarDocs of ix's documents for a query q that
// fits, buf its memory for the top n when it has room.
func (ix *sparseIndex) mostSimilar(ctx context.Context, q []float32, n int, buf []docSim) ([]docSim, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var stack [512]float32 // one report's passages are a few hundred
	var sims []float32
	if len(ix.docs) > len(stack) {
		sims = make([]float32, len(ix.docs))
	} else {
		sims = stack[:len(ix.docs)]
	}
	ix.similarities(q, sims)
	top := &maxDocSims{h: buf[:0], size: n}
	if cap(buf) < n {
		top = newMaxDocSims(n)
	}
	for i, doc := range ix.docs {
		top.addLocked(docSim{docID: doc.ID, similarity: sims[i]})
	}
	return top.values(), nil
}
