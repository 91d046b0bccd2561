package store

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/philippgille/chromem-go"
)

// randomVecs returns n vectors of dim dimensions; with sparse set, most
// dimensions are zero, as in the local embedding.
func randomVecs(r *rand.Rand, n, dim int, sparse bool) [][]float32 {
	out := make([][]float32, n)
	for i := range out {
		v := make([]float32, dim)
		for d := range v {
			if sparse && r.IntN(10) != 0 {
				continue
			}
			v[d] = float32(r.NormFloat64())
		}
		v[r.IntN(dim)] += 1 // never all zero
		out[i] = v
	}
	return out
}

// The scan must rank exactly as chromem-go's own Query, the reference
// implementation it replaced on the query path.
func TestNearestMatchesChromem(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name      string
		n, dim, k int
		sparse    bool
	}{
		{"dense", 150, 64, 40, false},
		{"sparse", 150, 768, 40, true},
		{"k above count", 7, 32, 20, false},
		{"one document", 1, 8, 5, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vecs := randomVecs(r, tc.n, tc.dim, tc.sparse)
			ids := make([]string, tc.n)
			for i := range ids {
				ids[i] = fmt.Sprintf("d%d", i)
			}
			m, err := newMatrix(ids, vecs)
			if err != nil {
				t.Fatal(err)
			}
			queries := randomVecs(r, 20, tc.dim, tc.sparse)
			byText := map[string][]float32{}
			for i, q := range queries {
				byText[fmt.Sprint(i)] = q
			}
			embed := func(_ context.Context, text string) ([]float32, error) { return byText[text], nil }
			col, err := chromem.NewDB().CreateCollection("ref", nil, embed)
			if err != nil {
				t.Fatal(err)
			}
			// chromem-go normalises in place: give it copies.
			cp := make([][]float32, len(vecs))
			for i, v := range vecs {
				cp[i] = append([]float32(nil), v...)
			}
			if err := col.Add(ctx, ids, cp, nil, make([]string, tc.n)); err != nil {
				t.Fatal(err)
			}
			for i, q := range queries {
				got, err := m.nearest(q, tc.k)
				if err != nil {
					t.Fatal(err)
				}
				want, err := col.Query(ctx, fmt.Sprint(i), min(tc.k, tc.n), nil, nil)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(want) {
					t.Fatalf("query %d: %d hits, chromem-go %d", i, len(got), len(want))
				}
				for j := range got {
					if got[j].ID != want[j].ID || math.Abs(float64(got[j].Similarity-want[j].Similarity)) > 1e-5 {
						t.Fatalf("query %d rank %d: %s %.6f, chromem-go %s %.6f", i, j, got[j].ID, got[j].Similarity, want[j].ID, want[j].Similarity)
					}
				}
			}
		})
	}
}

func TestMatrixErrors(t *testing.T) {
	if _, err := newMatrix([]string{"a", "b"}, [][]float32{{1, 0}, {1, 0, 0}}); err == nil || !strings.Contains(err.Error(), "b has 3 dimensions") {
		t.Errorf("mixed dimensions: %v", err)
	}
	if _, err := newMatrix([]string{"a"}, [][]float32{{0, 0}}); err == nil || !strings.Contains(err.Error(), "a: zero or non-finite vector") {
		t.Errorf("zero document: %v", err)
	}
	m, err := newMatrix([]string{"a", "b"}, [][]float32{{3, 4}, {0, 2}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    []float32
		want string
	}{
		{[]float32{1}, "query has 1 dimensions, documents 2"},
		{[]float32{0, 0}, "query vector: zero or non-finite"},
		{[]float32{float32(math.NaN()), 1}, "query vector: zero or non-finite"},
	} {
		if _, err := m.nearest(tc.q, 1); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("nearest(%v): %v, want %q", tc.q, err, tc.want)
		}
	}
	// Unnormalised vectors are compared by angle, not length.
	hits, err := m.nearest([]float32{0, 10}, 2)
	if err != nil || len(hits) != 2 || hits[0].ID != "b" || math.Abs(float64(hits[0].Similarity)-1) > 1e-6 || math.Abs(float64(hits[1].Similarity)-0.8) > 1e-6 {
		t.Errorf("nearest = %+v, %v; want b at 1, a at 0.8", hits, err)
	}
	// Ties keep indexing order.
	m, _ = newMatrix([]string{"x", "y", "z"}, [][]float32{{1, 0}, {0, 1}, {1, 0}})
	hits, _ = m.nearest([]float32{1, 0}, 3)
	if len(hits) != 3 || hits[0].ID != "x" || hits[1].ID != "z" || hits[2].ID != "y" {
		t.Errorf("ties: %+v, want x, z, y", hits)
	}
}

func BenchmarkNearest(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, sparse := range []bool{true, false} {
		b.Run(fmt.Sprintf("sparse=%v", sparse), func(b *testing.B) {
			vecs := randomVecs(r, 150, 768, sparse)
			ids := make([]string, len(vecs))
			for i := range ids {
				ids[i] = fmt.Sprint(i)
			}
			m, err := newMatrix(ids, vecs)
			if err != nil {
				b.Fatal(err)
			}
			q := randomVecs(r, 1, 768, sparse)[0]
			for b.Loop() {
				if _, err := m.nearest(q, 40); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
