package rag_test

import (
	"context"
	"math"
	"reflect"
	"testing"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/store"
)

func cosine(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

func TestLocalEmbedder(t *testing.T) {
	ix, err := rag.NewIndex([]*rag.Report{loadSeed(t)}, rag.DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, e := range []*rag.LocalEmbedder{rag.NewLocalEmbedder(rag.DefaultLexicon(), ix.BM25()), rag.NewLocalEmbedder(nil, nil)} {
		emb := func(s string) []float32 {
			v, err := e.Embed(ctx, s)
			if err != nil {
				t.Fatalf("Embed(%q): %v", s, err)
			}
			return v
		}
		for _, s := range []string{"", "   ", "？！", "😀", "去年外贸涨了多少", "GDP growth", "\xff\xfe", "的了是"} {
			v := emb(s)
			if len(v) == 0 {
				t.Fatalf("Embed(%q): empty vector", s)
			}
			var n float64
			for _, x := range v {
				if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
					t.Fatalf("Embed(%q): non-finite component", s)
				}
				n += float64(x) * float64(x)
			}
			if math.Abs(n-1) > 1e-4 {
				t.Errorf("Embed(%q): |v|² = %v, want a unit vector", s, n)
			}
			if w := emb(s); cosine(v, w) < 0.9999 {
				t.Errorf("Embed(%q) is not deterministic", s)
			}
		}
		if a, b := emb("进出口总额增长"), emb("进出口总额增长"); len(a) != len(b) {
			t.Error("vectors of different lengths")
		}
	}
	// The lexicon brings everyday words near the report's.
	e := rag.NewLocalEmbedder(rag.DefaultLexicon(), ix.BM25())
	q, _ := e.Embed(ctx, "外贸")
	near, _ := e.Embed(ctx, "进出口总额增长39.7%")
	far, _ := e.Embed(ctx, "新建和改造城市公园20处")
	if cosine(q, near) <= cosine(q, far) {
		t.Errorf("外贸 is no nearer to 进出口 (%v) than to 城市公园 (%v)", cosine(q, near), cosine(q, far))
	}
}

// EmbedInto writes what Embed returns, into memory the caller reuses.
func TestLocalEmbedInto(t *testing.T) {
	ix, err := rag.NewIndex([]*rag.Report{loadSeed(t)}, rag.DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	e := rag.NewLocalEmbedder(rag.DefaultLexicon(), ix.BM25())
	dst := make([]float32, e.Dim())
	for _, s := range []string{"", "？！", "去年外贸涨了多少", "GDP growth", "\xff\xfe", "进出口总额增长39.7%"} {
		want, err := e.Embed(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		clear(dst)
		if err := e.EmbedInto(ctx, s, dst); err != nil {
			t.Fatalf("EmbedInto(%q): %v", s, err)
		}
		if !reflect.DeepEqual(dst, want) {
			t.Errorf("EmbedInto(%q) differs from Embed", s)
		}
	}
	if err := e.EmbedInto(ctx, "外贸", make([]float32, e.Dim()-1)); err == nil {
		t.Error("EmbedInto into a short vector: no error")
	}
}

// A report's local embedding depends on the lexicon and on that report's
// IDF, so its model name carries their fingerprint: a persistent store
// must not serve vectors computed with another lexicon, and need not
// recompute a report's vectors when another report is loaded beside it.
func TestLocalEmbeddingCacheFollowsLexiconAndReport(t *testing.T) {
	seed, synth := loadSeed(t), loadSynth(t)
	index := func(reports []*rag.Report, lex *rag.Lexicon) *rag.Index {
		ix, err := rag.NewIndex(reports, lex)
		if err != nil {
			t.Fatal(err)
		}
		return ix
	}
	seedOnly := index([]*rag.Report{seed}, rag.DefaultLexicon())
	seedPassages := len(seed.Passages)
	for _, tc := range []struct {
		name                  string
		second                *rag.Index
		embedded, cached, rep int
	}{
		{"lexicon dropped", index([]*rag.Report{seed}, nil), seedPassages, 0, 1},
		{"report added", index([]*rag.Report{seed, synth}, rag.DefaultLexicon()), len(synth.Passages), seedPassages, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			vectorLeg(t, seedOnly, dir)
			s2 := vectorLeg(t, tc.second, dir)
			if got := s2.Stats(); got.Embedded != tc.embedded || got.Cached != tc.cached || got.Replaced != tc.rep {
				t.Errorf("second store: %+v, want %d embedded, %d cached, %d replaced", got, tc.embedded, tc.cached, tc.rep)
			}
			checkSelfSimilar(t, s2, tc.second)
		})
	}
}

// checkSelfSimilar: every passage is found by its own text, in its own
// report, at similarity 1 — a stale vector would not be.
func checkSelfSimilar(t *testing.T, s *store.Store, ix *rag.Index) {
	t.Helper()
	ctx := context.Background()
	for _, c := range ix.Collections() {
		for _, d := range c.Docs {
			hits, err := s.Query(ctx, d.Text, 1, c.Report)
			if err != nil {
				t.Fatal(err)
			}
			// (Two passages may share a text, like "各位代表：": any of them will do.)
			if len(hits) == 0 || hits[0].Similarity < 0.99999 || hits[0].Collection != c.Report {
				t.Errorf("Query(text of %s) = %+v, want a vector of %s at similarity 1", d.ID, hits, c.Report)
			}
		}
	}
}

// Control for the test above: a fresh store finds every passage by its own
// text at similarity 1, so "similarity < 0.99999" there means a stale vector.
func TestLocalEmbeddingSelfSimilarity(t *testing.T) {
	ix, err := rag.NewIndex([]*rag.Report{loadSeed(t), loadSynth(t)}, rag.DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	checkSelfSimilar(t, vectorLeg(t, ix, t.TempDir()), ix)
}

func TestBM25(t *testing.T) {
	ix := rag.NewBM25([][]string{{"外贸", "增长"}, {"外贸", "外贸", "企业"}, {"公园"}, {}})
	if ix.IDF("无") != 0 || ix.Has("无") {
		t.Error("unseen term has an IDF or is Had")
	}
	if !(ix.IDF("公园") > ix.IDF("外贸")) || ix.IDF("外贸") <= 0 {
		t.Errorf("IDF(公园)=%v should exceed IDF(外贸)=%v > 0", ix.IDF("公园"), ix.IDF("外贸"))
	}
	got := ix.Search(map[string]float64{"外贸": 1}, nil)
	if len(got) != 2 || got[0].Doc != 1 || got[1].Doc != 0 || got[0].Score < got[1].Score {
		t.Errorf("Search(外贸) = %+v, want docs 1 then 0", got)
	}
	got = ix.Search(map[string]float64{"外贸": 1}, func(d int) bool { return d != 1 })
	if len(got) != 1 || got[0].Doc != 0 {
		t.Errorf("Search with keep = %+v, want doc 0 only", got)
	}
	if got := ix.Search(map[string]float64{"无": 1}, nil); len(got) != 0 {
		t.Errorf("Search(unseen) = %+v", got)
	}
	if got := rag.NewBM25(nil).Search(map[string]float64{"a": 1}, nil); len(got) != 0 {
		t.Errorf("empty index Search = %+v", got)
	}
}

// Vectors made while indexing (from each report's own term counts) are
// the vectors the report's embedder gives the same text afterwards, bit
// for bit: a query meets its report's passages in one vector space.
func TestLocalVectorsMadeWhileIndexing(t *testing.T) {
	reports := append([]*rag.Report{loadSeed(t), loadSynth(t)}, loadTestSeeds(t)...)
	ix, err := rag.NewIndexOptions(reports, rag.DefaultLexicon(), rag.IndexOptions{LocalVectors: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	n := 0
	for _, c := range ix.Collections() {
		for _, d := range c.Docs {
			want, err := c.Local.Embed(ctx, d.Text)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(d.Vector, want) {
				t.Fatalf("%s: vector made while indexing differs from %s's embedder", d.ID, c.Report)
			}
			n++
		}
	}
	if n < 180 {
		t.Errorf("only %d passages compared", n)
	}
	plain, err := rag.NewIndex(reports, rag.DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	if v := plain.Collections()[0].Docs[0].Vector; v != nil {
		t.Error("NewIndex made vectors it was not asked for")
	}
}
