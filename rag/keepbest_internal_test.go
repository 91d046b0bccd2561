package rag

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
)

// keepBest keeps what the first k of all the hits sorted by hitOrder
// are, in that order, whatever order the hits come in; ties of score
// (common: equal fused ranks) are broken by report and paragraph.
func TestKeepBestIsSortedPrefix(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 300; trial++ {
		var all []Hit
		for i := range 1 + rng.Intn(60) {
			p := &Passage{Report: fmt.Sprint("r", rng.Intn(2)), Para: i}
			all = append(all, Hit{Passage: p, Score: float64(rng.Intn(5)) / 4})
		}
		want := slices.Clone(all)
		slices.SortFunc(want, hitOrder)
		for _, k := range []int{1, 2, 6, 40, 100} {
			kept := make([]Hit, 0, min(k, len(all)))
			for _, h := range all {
				kept = keepBest(kept, h)
			}
			w := want[:min(k, len(want))]
			if !slices.EqualFunc(kept, w, func(a, b Hit) bool { return a.Passage == b.Passage }) {
				t.Fatalf("trial %d, k=%d: kept %d hits, not the sorted first %d", trial, k, len(kept), len(w))
			}
		}
	}
}
