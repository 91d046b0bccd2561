package rag

import (
	"encoding/binary"
	"slices"
	"strings"
)

// reportTerms numbers the distinct terms of one report's passages while
// it is indexed: counting, grouping and embedding them then works on
// numbers, where maps keyed by the terms and sorting the strings of every
// passage were a third of the time a thousand reports took to index.
type reportTerms struct {
	ids   map[string]int32 // by term: its number
	terms []string         // by number
	tf    []float32        // by number: its count in the passage being counted
	seen  []int32          // the terms of that passage, as first met
}

// newReportTerms expects about size terms: growing the map as terms came
// was a twentieth of indexing.
func newReportTerms(size int) *reportTerms {
	return &reportTerms{ids: make(map[string]int32, size), terms: make([]string, 0, size), tf: make([]float32, 0, size)}
}

// id is t's number, given it now if it has none.
func (rt *reportTerms) id(t string) int32 {
	if id, ok := rt.ids[t]; ok {
		return id
	}
	id := int32(len(rt.terms))
	rt.ids[t] = id
	rt.terms = append(rt.terms, t)
	rt.tf = append(rt.tf, 0)
	return id
}

// termCount is how often a passage holds a term.
type termCount struct {
	term int32
	p    posting
}

// count appends to counts each distinct term of passage doc with how
// often terms holds it.
func (rt *reportTerms) count(counts []termCount, doc int32, terms []string) []termCount {
	for _, t := range terms {
		rt.add(rt.id(t))
	}
	return rt.flush(counts, doc)
}

// add counts term id once more in the passage being counted.
func (rt *reportTerms) add(id int32) {
	if rt.tf[id] == 0 {
		rt.seen = append(rt.seen, id)
	}
	rt.tf[id]++
}

// flush appends to counts the terms added since the last flush, which
// were passage doc's, with their counts.
func (rt *reportTerms) flush(counts []termCount, doc int32) []termCount {
	for _, id := range rt.seen {
		counts = append(counts, termCount{id, posting{doc, rt.tf[id]}})
		rt.tf[id] = 0
	}
	rt.seen = rt.seen[:0]
	return counts
}

// run groups counts, passage by passage, into each term's postings: the
// report's run for the BM25 builder. Terms numbered only for the
// embedding have none.
func (rt *reportTerms) run(counts []termCount, lens []int32) bm25Run {
	starts := make([]int32, len(rt.terms)+1)
	for _, c := range counts {
		starts[c.term+1]++
	}
	for k := range rt.terms {
		starts[k+1] += starts[k]
	}
	postings := make([]posting, len(counts))
	next := slices.Clone(starts[:len(rt.terms)])
	for _, c := range counts {
		postings[next[c.term]] = c.p
		next[c.term]++
	}
	return bm25Run{terms: rt.terms, postings: postings, starts: starts, lens: lens}
}

// ranked numbers the terms anew in string order — rank[id] — and gives
// each rank's embedding feature, idf(id) being the term's IDF (0: none):
// ranks sort as the terms would.
func (rt *reportTerms) ranked(e *LocalEmbedder, idf func(id int32) float64) (rank []int32, feats []termFeature) {
	order := make([]keyedTerm, len(rt.terms))
	for i, t := range rt.terms {
		var b [8]byte
		copy(b[:], t)
		order[i] = keyedTerm{binary.BigEndian.Uint64(b[:]), int32(i)}
	}
	sortTerms(order, rt.terms)
	rank = make([]int32, len(rt.terms))
	feats = make([]termFeature, len(rt.terms))
	for k, o := range order {
		rank[o.id] = int32(k)
		feats[k] = e.feature(rt.terms[o.id], idf(o.id))
	}
	return rank, feats
}

// keyedTerm is a term with its first eight bytes as a number, big-endian
// and zero-padded: comparing the numbers first, then the terms, is string
// order, and most terms (two characters: six bytes) need nothing more.
type keyedTerm struct {
	key uint64
	id  int32
}

// sortTerms sorts order in the order of the terms (by id): by key with a
// radix sort, a byte a pass (passes where every key has the same byte are
// skipped), then the runs of equal keys by term. Sorting by comparison was
// a twenty-fifth of indexing.
func sortTerms(order []keyedTerm, terms []string) {
	tmp := make([]keyedTerm, len(order))
	for shift := 0; shift < 64 && len(order) > 1; shift += 8 {
		var next [256]int
		for _, o := range order {
			next[byte(o.key>>shift)]++
		}
		if next[byte(order[0].key>>shift)] == len(order) {
			continue
		}
		for b, sum := 0, 0; b < 256; b++ {
			next[b], sum = sum, sum+next[b]
		}
		for _, o := range order {
			b := byte(o.key >> shift)
			tmp[next[b]] = o
			next[b]++
		}
		copy(order, tmp)
	}
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && order[j].key == order[i].key {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(order[i:j], func(a, b keyedTerm) int { return strings.Compare(terms[a.id], terms[b.id]) })
		}
		i = j
	}
}
