package rag

import (
	"fmt"
	"math/rand"
	"reflect"
	"testing"
)

// The builder gives what appending each run's postings to global lists
// gave: the same lists in document order, statistics and run counts.
func TestBM25BuilderJoinsRuns(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var runs []bm25Run
	for r := range 6 {
		docs := rng.Intn(5) // a run may be empty
		if r == 0 {
			docs = 0
		}
		postings := map[string][]posting{}
		lens := make([]int32, docs)
		for d := range docs {
			for k := range 1 + rng.Intn(6) {
				t := fmt.Sprint("t", rng.Intn(9))
				if ps := postings[t]; len(ps) > 0 && ps[len(ps)-1].doc == int32(d) {
					ps[len(ps)-1].tf++
				} else {
					postings[t] = append(ps, posting{int32(d), 1})
				}
				lens[d] = int32(k + 1)
			}
		}
		postings["empty"] = nil
		runs = append(runs, runOf(postings, lens))
	}
	want := appendedRuns(runs)
	b := newBM25Builder()
	for _, r := range runs {
		b.add(r)
	}
	got := b.finish()
	for name, pair := range map[string][2]any{
		"postings": {got.postings, want.postings},
		"idf":      {got.idf, want.idf},
		"runs":     {got.runs, want.runs},
		"docLen":   {got.docLen, want.docLen},
		"avgLen":   {got.avgLen, want.avgLen},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s = %v, want %v", name, pair[0], pair[1])
		}
	}
	if len(got.postings) == 0 {
		t.Fatal("no postings: the test built nothing")
	}
}

// runOf is postings and lens as a run.
func runOf(postings map[string][]posting, lens []int32) bm25Run {
	run := bm25Run{lens: lens, starts: []int32{0}}
	for t, ps := range postings {
		run.terms = append(run.terms, t)
		run.postings = append(run.postings, ps...)
		run.starts = append(run.starts, int32(len(run.postings)))
	}
	return run
}

// appendedRuns is how the builder joined runs before it kept them: each
// run's renumbered postings appended to each term's list.
func appendedRuns(runs []bm25Run) *BM25 {
	ix := &BM25{postings: map[string][]posting{}, runs: map[string]int32{}, idf: map[string]float64{}, docLen: []int32{}}
	var total float64
	for _, r := range runs {
		base := int32(len(ix.docLen))
		for k, t := range r.terms {
			if len(r.list(k)) == 0 {
				continue
			}
			for _, p := range r.list(k) {
				ix.postings[t] = append(ix.postings[t], posting{p.doc + base, p.tf})
			}
			ix.runs[t]++
		}
		for _, n := range r.lens {
			total += float64(n)
		}
		ix.docLen = append(ix.docLen, r.lens...)
	}
	if len(ix.docLen) > 0 {
		ix.avgLen = total / float64(len(ix.docLen))
	}
	for t, ps := range ix.postings {
		ix.idf[t] = idfOf(float64(len(ix.docLen)), float64(len(ps)))
	}
	return ix
}

// A report's run, counted by term number, holds the postings that maps
// keyed by the terms gave, and its vectors are embed's of the same terms.
func TestReportRunIsMapPostings(t *testing.T) {
	ix := seedIndex(t)
	r := ix.reports[0]
	b := ix.buildReport(r, true)
	want := map[string][]posting{}
	var texts []string
	var withUnigrams [][]string
	for i := range r.Passages {
		norm := Normalize(ix.indexText(&r.Passages[i]))
		terms, uni := walkBoth(ix.tok, norm)
		texts, withUnigrams = append(texts, norm), append(withUnigrams, uni)
		tf := map[string]float32{}
		for _, t := range terms {
			tf[t]++
		}
		for t, n := range tf {
			want[t] = append(want[t], posting{int32(i), n})
		}
		if got := b.run.lens[i]; got != int32(len(terms)) {
			t.Fatalf("passage %d: length %d, want %d", i, got, len(terms))
		}
	}
	got := map[string][]posting{}
	for k, term := range b.run.terms {
		if ps := b.run.list(k); len(ps) > 0 {
			got[term] = ps
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("run's postings differ from the maps' (%d terms, want %d)", len(got), len(want))
	}
	n := float64(len(r.Passages))
	e := ix.localEmbedder(func(t string) float64 {
		if df := len(want[t]); df > 0 {
			return idfOf(n, float64(df))
		}
		return 0
	}, len(r.Passages))
	for i := range texts {
		if v := e.embed(texts[i], withUnigrams[i]); !reflect.DeepEqual(b.vectors[i], v) {
			t.Fatalf("passage %d: vector differs from embed's", i)
		}
	}
}
