package rag_test

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
	"github.com/reportbot/reportbot/store"
)

// Facts about the seed report that the tests rely on; see the brief in
// eval/testdata/questions.yaml.
const (
	seedID         = "panjin-2025"
	seedParagraphs = 77
	seedPartOne    = 5  // 一、2024年工作回顾
	seedPartTwo    = 20 // 二、2025年工作安排
	seedLink       = 77 // 解读：…
	synthID        = "testcity-2024"
)

// loadSeed ingests the embedded seed report (fresh each call, so tests may
// not disturb each other through shared slices).
func loadSeed(t testing.TB) *rag.Report {
	t.Helper()
	reports, err := rag.LoadFS(seeds.FS)
	if err != nil {
		t.Fatalf("LoadFS(seeds.FS): %v", err)
	}
	for _, r := range reports {
		if r.Meta.ID == seedID {
			return r
		}
	}
	t.Fatalf("LoadFS(seeds.FS): no report %q among %d", seedID, len(reports))
	return nil
}

// loadSynth ingests rag/testdata/testcity-2024.txt with its YAML metadata.
func loadSynth(t testing.TB) *rag.Report {
	t.Helper()
	reports, err := rag.LoadFS(os.DirFS("testdata"))
	if err != nil {
		t.Fatalf("LoadFS(testdata): %v", err)
	}
	if len(reports) != 1 || reports[0].Meta.ID != synthID {
		t.Fatalf("LoadFS(testdata): want exactly report %q, got %d reports", synthID, len(reports))
	}
	return reports[0]
}

// buildEngine indexes reports; with vectors it adds the local-embedding
// vector leg through the store, as the binary does.
func buildEngine(t testing.TB, reports []*rag.Report, vectors bool) *rag.Engine {
	t.Helper()
	ix, err := rag.NewIndex(reports, rag.DefaultLexicon())
	if err != nil {
		t.Fatalf("NewIndex: %v", err)
	}
	if !vectors {
		return rag.NewEngine(ix, nil)
	}
	return rag.NewEngine(ix, vectorLeg(t, ix, ""))
}

// vectorLeg puts the index's passages in chromem-go, one collection per
// report with that report's local embedding, as the binary does (in dir,
// or in memory when dir is "").
func vectorLeg(t testing.TB, ix *rag.Index, dir string) *store.Store {
	t.Helper()
	st, err := store.Open(store.Options{Dir: dir, Family: rag.LocalEmbeddingModel + "-"})
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	n := 0
	if err := st.Index(context.Background(), localCollections(ix)); err != nil {
		t.Fatalf("store.Index: %v", err)
	}
	for _, c := range ix.Collections() {
		n += len(c.Docs)
	}
	if st.Count() != n {
		t.Fatalf("store holds %d docs, indexed %d", st.Count(), n)
	}
	return st
}

// localCollections are the index's collections with their local embeddings.
func localCollections(ix *rag.Index) []store.Collection {
	var out []store.Collection
	for _, c := range ix.Collections() {
		col := store.Collection{Name: c.Report, Model: c.Local.Model(), Embed: c.Local.Embed}
		for _, d := range c.Docs {
			col.Docs = append(col.Docs, store.Doc{ID: d.ID, Text: d.Text, Vector: d.Vector})
		}
		out = append(out, col)
	}
	return out
}

// Seed engines are read-only once built, so tests and fuzz targets share them.
var (
	seedEngOnce [2]sync.Once
	seedEng     [2]*rag.Engine
)

func seedEngine(t testing.TB, vectors bool) *rag.Engine {
	t.Helper()
	i := 0
	if vectors {
		i = 1
	}
	seedEngOnce[i].Do(func() { seedEng[i] = buildEngine(t, []*rag.Report{loadSeed(t)}, vectors) })
	if seedEng[i] == nil {
		t.Fatal("seed engine failed to build (see the first failure)")
	}
	return seedEng[i]
}

// engineModes runs f once without and once with the vector leg.
func engineModes(t *testing.T, f func(t *testing.T, eng *rag.Engine)) {
	for _, m := range []struct {
		name    string
		vectors bool
	}{{"lexical", false}, {"hybrid", true}} {
		t.Run(m.name, func(t *testing.T) { f(t, seedEngine(t, m.vectors)) })
	}
}

// runeSlice returns runes [start,end) of s, or ok=false when out of range.
func runeSlice(s string, start, end int) (string, bool) {
	rs := []rune(s)
	if start < 0 || end < start || end > len(rs) {
		return "", false
	}
	return string(rs[start:end]), true
}

// checkPassages verifies the passage invariants of one report and returns
// a description of every violation.
func checkPassages(r *rag.Report) []string {
	var errs []string
	add := func(format string, args ...any) { errs = append(errs, sprintf(format, args...)) }
	byPara := map[int][]rag.Passage{}
	for _, p := range r.Passages {
		if p.Report != r.Meta.ID {
			add("passage %s: Report %q, want %q", p.ID, p.Report, r.Meta.ID)
		}
		if p.Para < 1 || p.Para > len(r.Paragraphs) {
			add("passage %s: Para %d outside ¶1–¶%d", p.ID, p.Para, len(r.Paragraphs))
			continue
		}
		para := r.Paragraphs[p.Para-1]
		if !utf8.ValidString(p.Text) {
			add("passage %s: text is not valid UTF-8", p.ID)
		}
		got, ok := runeSlice(para.Text, p.Start, p.End)
		switch {
		case !ok:
			add("passage %s: [%d,%d) outside ¶%d of %d runes", p.ID, p.Start, p.End, p.Para, utf8.RuneCountInString(para.Text))
		case got != p.Text:
			add("passage %s: Text %q != runes [%d,%d) of ¶%d %q", p.ID, p.Text, p.Start, p.End, p.Para, got)
		}
		if p.Start >= p.End {
			add("passage %s: empty span [%d,%d)", p.ID, p.Start, p.End)
		}
		if !para.Quotable() {
			add("passage %s: cut from link line ¶%d", p.ID, p.Para)
		}
		if para.Kind == rag.ParaPart {
			add("passage %s: cut from part heading ¶%d", p.ID, p.Para)
		}
		byPara[p.Para] = append(byPara[p.Para], p)
	}
	for _, para := range r.Paragraphs {
		ps := byPara[para.N]
		if para.Kind == rag.ParaLink || para.Kind == rag.ParaPart {
			continue
		}
		if len(ps) == 0 {
			add("¶%d (%q) has no passage", para.N, trunc(para.Text))
			continue
		}
		// In order, without gap or overlap, from rune 0 to the end.
		next := 0
		for _, p := range ps {
			if p.Start != next {
				add("¶%d: passage %s starts at %d, want %d (gap or overlap)", para.N, p.ID, p.Start, next)
			}
			next = p.End
		}
		if n := utf8.RuneCountInString(para.Text); next != n {
			add("¶%d: passages end at %d, paragraph has %d runes", para.N, next, n)
		}
	}
	seen := map[string]bool{}
	for _, p := range r.Passages {
		if seen[p.ID] {
			add("duplicate passage id %s", p.ID)
		}
		seen[p.ID] = true
	}
	return errs
}

func trunc(s string) string {
	if rs := []rune(s); len(rs) > 30 {
		return string(rs[:30]) + "…"
	}
	return s
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
