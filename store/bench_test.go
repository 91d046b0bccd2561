package store_test

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/philippgille/chromem-go"

	"github.com/reportbot/reportbot/store"
)

// sparseVecs makes n unit vectors of 768 dimensions with 60 non-zero
// ones each, like the local embedding's.
func sparseVecs(rng *rand.Rand, n int) [][]float32 {
	out := make([][]float32, n)
	for i := range out {
		v := make([]float32, 768)
		var sum float32
		for range 60 {
			x := rng.Float32()*2 - 1
			v[rng.Intn(768)] = x
			sum += x * x
		}
		for d := range v {
			v[d] /= float32(math.Sqrt(float64(sum)))
		}
		out[i] = v
	}
	return out
}

// BenchmarkScopedQuery compares the two ways of keeping many reports'
// passages in chromem-go, for a question confined to one report (136
// passages each, as the seed has): one collection per report (what store
// does), against one collection for all with the report in each
// passage's metadata and a where filter.
func BenchmarkScopedQuery(b *testing.B) {
	ctx := context.Background()
	for _, reports := range []int{1, 100, 1000} {
		rng := rand.New(rand.NewSource(1))
		const per = 136
		q := sparseVecs(rng, 1)[0]
		embed := func(context.Context, string) ([]float32, error) { return q, nil }
		var cols []store.Collection
		var all []chromem.Document
		for r := range reports {
			name := fmt.Sprintf("report-%d", r)
			col := store.Collection{Name: name, Model: "m", Embed: embed}
			for i, v := range sparseVecs(rng, per) {
				id := fmt.Sprintf("%s/p%d", name, i)
				col.Docs = append(col.Docs, store.Doc{ID: id, Text: id, Vector: v})
				all = append(all, chromem.Document{ID: id, Embedding: v, Metadata: map[string]string{"report": name}})
			}
			cols = append(cols, col)
		}
		s, err := store.Open(store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Index(ctx, cols); err != nil {
			b.Fatal(err)
		}
		one, err := chromem.NewDB().CreateCollection("all", nil, embed)
		if err != nil {
			b.Fatal(err)
		}
		if err := one.AddDocuments(ctx, all, 4); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("collection-per-report/reports=%d", reports), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Query(ctx, "q", 40, "report-0"); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("where-filter/reports=%d", reports), func(b *testing.B) {
			for b.Loop() {
				if _, err := one.QueryEmbedding(ctx, q, 40, map[string]string{"report": "report-0"}, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
