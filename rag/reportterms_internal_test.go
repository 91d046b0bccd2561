package rag

import (
	"math/rand"
	"slices"
	"testing"
)

// Ranks follow string order, also where terms share their first eight
// bytes or one is a prefix of another.
func TestReportTermsRankInStringOrder(t *testing.T) {
	terms := []string{"增长", "增", "development", "developments", "develop", "developing", "5.5%", "5", "2024年", "a", "增长率", "外贸", "ab\x00", "ab"}
	rank, feats := rankTerms(t, terms)
	for id, term := range terms {
		if feats[rank[id]].hash != fnv64a(term) {
			t.Errorf("%q: feature of another term", term)
		}
	}
}

// rankTerms numbers terms in order, ranks them and checks every rank is
// the term's place in string order.
func rankTerms(t *testing.T, terms []string) ([]int32, []termFeature) {
	t.Helper()
	rt := newReportTerms(0)
	for _, term := range terms {
		rt.id(term)
	}
	rank, feats := rt.ranked(&LocalEmbedder{max: 1}, func(int32) float64 { return 0 })
	sorted := slices.Clone(terms)
	slices.Sort(sorted)
	for id, term := range terms {
		if got := sorted[rank[id]]; got != term {
			t.Errorf("rank of %q is that of %q", term, got)
		}
	}
	return rank, feats
}

// A tally gives each distinct rank in increasing order with its count, as
// sorting and counting runs would, call after call on the same tally.
func TestRankTally(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	tally := newRankTally(200)
	for range 50 {
		ranks := make([]int32, rng.Intn(300))
		for i := range ranks {
			ranks[i] = int32(rng.Intn(200))
		}
		sorted := slices.Clone(ranks)
		slices.Sort(sorted)
		var want, got [][2]int
		for i := 0; i < len(sorted); {
			j := i + 1
			for j < len(sorted) && sorted[j] == sorted[i] {
				j++
			}
			want = append(want, [2]int{int(sorted[i]), j - i})
			i = j
		}
		tally.each(ranks, func(r int32, n int) { got = append(got, [2]int{int(r), n}) })
		if !slices.Equal(got, want) {
			t.Fatalf("each(%v) gave %v, want %v", ranks, got, want)
		}
	}
}

// sortTerms is string order on many random terms: Han and ASCII, short and
// long, many sharing their first eight bytes.
func TestSortTermsIsStringOrder(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := []rune("增长外贸ab.5%年")
	seen := map[string]bool{}
	var terms []string
	for len(terms) < 3000 {
		rs := make([]rune, 1+rng.Intn(6))
		for i := range rs {
			rs[i] = alphabet[rng.Intn(len(alphabet))]
		}
		if s := string(rs); !seen[s] {
			seen[s] = true
			terms = append(terms, s)
		}
	}
	rankTerms(t, terms)
}
