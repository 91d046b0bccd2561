package store

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

// matrix holds the indexed vectors for an exact nearest-neighbour scan.
//
// chromem-go's Query copies the document list, fans out one goroutine per
// CPU and takes a mutex per document; over a report's ~150 passages that
// overhead cost more than the arithmetic and was a third of an uncached
// answer's time. A single-goroutine scan does the same arithmetic, and
// storing the vectors dimension by dimension lets it skip the dimensions a
// query leaves at zero (the local embedding's vectors are sparse).
type matrix struct {
	ids  []string
	dim  int
	cols []float32 // cols[d*len(ids)+i]: dimension d of document i, unit length
}

func newMatrix(ids []string, vecs [][]float32) (*matrix, error) {
	m := &matrix{ids: ids}
	if len(vecs) == 0 {
		return m, nil
	}
	m.dim = len(vecs[0])
	n := len(vecs)
	m.cols = make([]float32, m.dim*n)
	for i, v := range vecs {
		if len(v) != m.dim {
			return nil, fmt.Errorf("document %s has %d dimensions, others %d", ids[i], len(v), m.dim)
		}
		inv, err := invNorm(v)
		if err != nil {
			return nil, fmt.Errorf("document %s: %w", ids[i], err)
		}
		for d, x := range v {
			m.cols[d*n+i] = x * inv
		}
	}
	return m, nil
}

var errBadVector = errors.New("zero or non-finite vector: cosine similarity is undefined")

func invNorm(v []float32) (float32, error) {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 || math.IsNaN(sum) || math.IsInf(sum, 0) {
		return 0, errBadVector
	}
	return float32(1 / math.Sqrt(sum)), nil
}

// nearest returns up to k documents by cosine similarity to q, best first;
// equal similarities keep indexing order.
func (m *matrix) nearest(q []float32, k int) ([]Hit, error) {
	n := len(m.ids)
	if k > n {
		k = n
	}
	if k <= 0 {
		return nil, nil
	}
	if len(q) != m.dim {
		return nil, fmt.Errorf("query has %d dimensions, documents %d", len(q), m.dim)
	}
	inv, err := invNorm(q)
	if err != nil {
		return nil, fmt.Errorf("query vector: %w", err)
	}
	sims := make([]float32, n)
	for d, x := range q {
		if x == 0 {
			continue
		}
		x *= inv
		col := m.cols[d*n : (d+1)*n]
		for i, y := range col {
			sims[i] += x * y
		}
	}
	// The k best so far, best first; ties keep indexing order.
	top := make([]int32, 0, k)
	for i, sim := range sims {
		if len(top) == k && sim <= sims[top[k-1]] {
			continue
		}
		at := sort.Search(len(top), func(j int) bool { return sims[top[j]] < sim })
		if len(top) < k {
			top = append(top, 0)
		}
		copy(top[at+1:], top[at:len(top)-1])
		top[at] = int32(i)
	}
	out := make([]Hit, len(top))
	for r, i := range top {
		out[r] = Hit{ID: m.ids[i], Similarity: sims[i]}
	}
	return out, nil
}
