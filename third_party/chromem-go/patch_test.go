package chromem

import (
	"context"
	"fmt"
	"math/rand"
	"slices"
	"testing"
)

// Tests of the reportbot patches (REPORTBOT.md).

// A sparse query scores every document exactly as the dense product does.
func TestPatchSparseDotProductIsExact(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 200; trial++ {
		q := make([]float32, 768)
		for k := 0; k < 1+rng.Intn(60); k++ {
			q[rng.Intn(len(q))] = rng.Float32()*2 - 1
		}
		b := make([]float32, 768)
		for i := range b {
			if rng.Intn(4) == 0 {
				b[i] = rng.Float32()*2 - 1
			}
		}
		want, _ := dotProduct(q, b)
		got, err := dotProductFor(q)(b)
		if err != nil || got != want {
			t.Fatalf("trial %d: sparse %v (%v), dense %v", trial, got, err, want)
		}
	}
	if _, err := dotProductFor(make([]float32, 4))(make([]float32, 3)); err == nil {
		t.Error("vectors of different lengths: no error")
	}
}

// Equal similarities come back in ID order, and the same documents are
// kept at the cut, however the collection's map is iterated; small and
// large collections (scored on one goroutine or on several) agree.
func TestPatchTiesAreDeterministic(t *testing.T) {
	for _, n := range []int{10, 300, minConcurrentDocs + 100} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			ctx := context.Background()
			c, err := NewDB().CreateCollection("c", nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			var docs []Document
			for i := 0; i < n; i++ {
				v := []float32{1, 0}
				if i%3 == 0 {
					v = []float32{0, 1} // a third of the documents tie at 1, the rest at 0
				}
				docs = append(docs, Document{ID: fmt.Sprintf("%05d", i), Embedding: v})
			}
			if err := c.AddDocuments(ctx, docs, 4); err != nil {
				t.Fatal(err)
			}
			// Similarity 1 first (every third ID), then 0, each in ID order.
			var want []string
			for i := 0; i < n && len(want) < 5; i += 3 {
				want = append(want, fmt.Sprintf("%05d", i))
			}
			for i := 1; len(want) < 5; i++ {
				if i%3 != 0 {
					want = append(want, fmt.Sprintf("%05d", i))
				}
			}
			for run := 0; run < 20; run++ {
				res, err := c.QueryEmbedding(ctx, []float32{0, 1}, 5, nil, nil)
				if err != nil {
					t.Fatal(err)
				}
				var ids []string
				for _, r := range res {
					ids = append(ids, r.ID)
				}
				if !slices.Equal(ids, want) {
					t.Fatalf("run %d: %v, want %v", run, ids, want)
				}
			}
		})
	}
}

// A query without filters sees every document added or deleted since the
// last one, though it reuses the list of documents the last one made.
func TestPatchAllDocsFollowChanges(t *testing.T) {
	ctx := context.Background()
	c, err := NewDB().CreateCollection("c", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ids := func() []string {
		t.Helper()
		res, err := c.QueryEmbedding(ctx, []float32{1, 0}, c.Count(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range res {
			out = append(out, r.ID)
		}
		slices.Sort(out)
		return out
	}
	add := func(id string) {
		t.Helper()
		if err := c.AddDocument(ctx, Document{ID: id, Embedding: []float32{1, 0}}); err != nil {
			t.Fatal(err)
		}
	}
	add("a")
	add("b")
	for _, step := range []struct {
		change func()
		want   []string
	}{
		{func() {}, []string{"a", "b"}},
		{func() {}, []string{"a", "b"}}, // the list the last query made
		{func() { add("c") }, []string{"a", "b", "c"}},
		{func() {
			if err := c.Delete(ctx, nil, nil, "a"); err != nil {
				t.Fatal(err)
			}
		}, []string{"b", "c"}},
		{func() { add("b") }, []string{"b", "c"}}, // replaced under the same ID
	} {
		step.change()
		if got := ids(); !slices.Equal(got, step.want) {
			t.Fatalf("got %v, want %v", got, step.want)
		}
	}
	// A filtered query still filters.
	res, err := c.QueryEmbedding(ctx, []float32{1, 0}, 1, nil, map[string]string{"$contains": "nothing"})
	if err != nil || len(res) != 0 {
		t.Errorf("filtered query: %v, %v; want none", res, err)
	}
}

// QueryEmbeddingEach gives what QueryEmbedding gives, query after query,
// whether its reused buffer is large enough or not.
func TestPatchQueryEmbeddingEach(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewSource(2))
	c, err := NewDB().CreateCollection("c", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	vec := func() []float32 {
		v := make([]float32, 16)
		for i := range v {
			v[i] = float32(rng.Intn(3)) // ties too
		}
		v[rng.Intn(len(v))] = 1
		return v
	}
	var docs []Document
	for i := 0; i < 200; i++ {
		docs = append(docs, Document{ID: fmt.Sprintf("%03d", i), Embedding: vec()})
	}
	if err := c.AddDocuments(ctx, docs, 2); err != nil {
		t.Fatal(err)
	}
	type res struct {
		id  string
		sim float32
	}
	for trial, n := range []int{5, 40, 3, 200, 40, 1} {
		q := vec()
		want, err := c.QueryEmbedding(ctx, q, n, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []res
		err = c.QueryEmbeddingEach(ctx, q, n, func(id string, sim float32) { got = append(got, res{id, sim}) })
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(got) != n {
			t.Fatalf("trial %d: %d results, QueryEmbedding %d, asked %d", trial, len(got), len(want), n)
		}
		for i := range want {
			if got[i] != (res{want[i].ID, want[i].Similarity}) {
				t.Fatalf("trial %d, result %d: %v, QueryEmbedding %s %v", trial, i, got[i], want[i].ID, want[i].Similarity)
			}
		}
	}
	if err := c.QueryEmbeddingEach(ctx, vec(), 201, func(string, float32) {}); err == nil {
		t.Error("more results than documents: no error")
	}
}

// A sparse query of sparse documents is scored through their sparse index,
// with the same results as the product of each document, before and after
// the collection changes; dense documents get no index.
func TestPatchSparseIndex(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewSource(3))
	vec := func(density int) []float32 {
		v := make([]float32, 768)
		for i := range v {
			if rng.Intn(100) < density {
				v[i] = rng.Float32()*2 - 1
			}
		}
		v[rng.Intn(len(v))] = 1
		return v
	}
	c, err := NewDB().CreateCollection("c", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var docs []Document
	for i := 0; i < 300; i++ {
		docs = append(docs, Document{ID: fmt.Sprintf("%03d", i), Embedding: vec(20)})
	}
	if err := c.AddDocuments(ctx, docs, 2); err != nil {
		t.Fatal(err)
	}
	type res struct {
		id  string
		sim float32
	}
	for trial, n := range []int{40, 5, 300, 40} {
		if trial == 3 {
			if err := c.AddDocument(ctx, Document{ID: "new", Embedding: vec(20)}); err != nil {
				t.Fatal(err)
			}
		}
		q := vec(5)
		want, err := c.QueryEmbedding(ctx, q, n, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []res
		if err := c.QueryEmbeddingEach(ctx, q, n, func(id string, sim float32) { got = append(got, res{id, sim}) }); err != nil {
			t.Fatal(err)
		}
		if c.list().sparse == nil {
			t.Fatalf("trial %d: sparse documents, no sparse index", trial)
		}
		for i := range want {
			if got[i] != (res{want[i].ID, want[i].Similarity}) {
				t.Fatalf("trial %d, result %d: %v, QueryEmbedding %s %v", trial, i, got[i], want[i].ID, want[i].Similarity)
			}
		}
	}
	if ix := newSparseIndex([]*Document{{ID: "dense", Embedding: vec(60)}}); ix != nil {
		t.Error("dense documents: a sparse index")
	}
}
