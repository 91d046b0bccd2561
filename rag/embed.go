package rag

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"unicode/utf8"
)

// LocalEmbeddingModel names the built-in embedding's algorithm; Model adds
// what its vectors also depend on.
const LocalEmbeddingModel = "local-hash-v1"

// LocalEmbedder is the offline embedding: a signed feature-hashing vector of
// the text's character unigrams and bigrams, weighted by sublinear term
// frequency times corpus IDF, plus one feature per lexicon concept the text
// mentions, so "外贸" and "进出口" land near each other. It is deterministic,
// needs no model files, and is unit-normalised as chromem-go requires.
type LocalEmbedder struct {
	dim int
	tok Tokenizer
	lex *Lexicon
	idf func(term string) float64
	max float64 // IDF given to terms the corpus never saw
	// model names this embedder's vector space: the algorithm plus a
	// fingerprint of the lexicon and corpus statistics it weighs terms by,
	// so a cache never serves vectors made with another lexicon or corpus.
	model string
}

// NewLocalEmbedder builds the embedder with IDF statistics from the corpus
// index (nil: all terms weigh the same).
func NewLocalEmbedder(lex *Lexicon, corpus *BM25) *LocalEmbedder {
	e := &LocalEmbedder{dim: embedDim, tok: Tokenizer{Unigrams: true}, lex: lex, max: 1}
	if corpus != nil {
		e.idf = corpus.IDF
		e.max = math.Log(1 + (float64(len(corpus.docLen))+0.5)/1.5)
	}
	e.model = LocalEmbeddingModel + "-" + corpusFingerprint(lex, corpus)
	return e
}

// corpusFingerprint hashes the lexicon and the corpus statistics.
func corpusFingerprint(lex *Lexicon, corpus *BM25) string {
	h := sha256.New()
	if lex != nil {
		for _, c := range lex.concepts {
			for _, m := range c.members {
				h.Write([]byte(m))
				h.Write([]byte{0})
			}
			h.Write([]byte{1})
		}
	}
	if corpus != nil {
		terms := make([]string, 0, len(corpus.postings))
		for t := range corpus.postings {
			terms = append(terms, t)
		}
		sort.Strings(terms)
		var buf [8]byte
		for _, t := range terms {
			h.Write([]byte(t))
			binary.LittleEndian.PutUint64(buf[:], uint64(len(corpus.postings[t])))
			h.Write(buf[:])
		}
		h.Write([]byte(strconv.Itoa(len(corpus.docLen))))
	}
	return hex.EncodeToString(h.Sum(nil)[:6])
}

// LocalEmbedder is the local embedding of one report's passages (all
// reports' when report is ""): IDF from those passages alone, so that a
// report's vectors do not change when other reports are loaded beside it;
// the lexicon's concepts; the reports' place names left out.
func (ix *Index) LocalEmbedder(report string) *LocalEmbedder {
	sc := ix.all
	if s, ok := ix.scopes[report]; ok {
		sc = s
	}
	docs := sc.docs
	e := ix.localEmbedder(func(t string) float64 { return ix.bm25.IDFIn(t, docs) }, docs.Hi-docs.Lo)
	version := "all"
	if sc.rep != nil {
		version = sc.rep.Version
	} else if len(ix.reports) == 1 {
		version = ix.reports[0].Version
	}
	e.model = LocalEmbeddingModel + "-" + ix.fingerprint(version)
	return e
}

// localEmbedder weighs terms by idf, n passages being the corpus.
func (ix *Index) localEmbedder(idf func(string) float64, n int) *LocalEmbedder {
	return &LocalEmbedder{dim: embedDim, tok: Tokenizer{Unigrams: true, Stop: ix.tok.Stop}, lex: ix.lex,
		idf: idf, max: math.Log(1 + (float64(n)+0.5)/1.5)}
}

// Model is the name to cache this embedder's vectors under.
func (e *LocalEmbedder) Model() string { return e.model }

// fingerprint names what a report's local vectors depend on besides the
// algorithm: the lexicon, the place names left out and the report's text.
func (ix *Index) fingerprint(version string) string {
	h := sha256.New()
	if ix.lex != nil {
		for _, c := range ix.lex.concepts {
			for _, m := range c.members {
				h.Write([]byte(m))
				h.Write([]byte{0})
			}
			h.Write([]byte{1})
		}
	}
	stops := make([]string, 0, len(ix.tok.Stop))
	for w := range ix.tok.Stop {
		stops = append(stops, w)
	}
	sort.Strings(stops)
	for _, w := range stops {
		h.Write([]byte(w))
		h.Write([]byte{2})
	}
	h.Write([]byte(version))
	return hex.EncodeToString(h.Sum(nil)[:6])
}

// embedDim is the local embedding's dimension.
const embedDim = 768

// Embed implements chromem-go's EmbeddingFunc.
func (e *LocalEmbedder) Embed(_ context.Context, text string) ([]float32, error) {
	norm := Normalize(text)
	return e.embed(norm, e.tok.Tokens(norm)), nil
}

// Dim is the length of e's vectors.
func (e *LocalEmbedder) Dim() int { return e.dim }

// EmbedInto is Embed writing into dst, which is Dim long and all zeros: a
// query's vector, a few dozen of whose 768 dimensions are set, need not
// be allocated (a seventh of an answer's bytes).
func (e *LocalEmbedder) EmbedInto(_ context.Context, text string, dst []float32) error {
	if len(dst) != e.dim {
		return fmt.Errorf("local embedding: %d dimensions, not %d", e.dim, len(dst))
	}
	norm := Normalize(text)
	var buf [tokensOnStack]string // a question's terms, on the stack
	e.embedInto(norm, e.tok.appendTokens(buf[:0], norm), dst)
	return nil
}

// embed is Embed of normalized text whose terms (by e's tokenizer) toks
// are; it sorts toks.
func (e *LocalEmbedder) embed(norm string, toks []string) []float32 {
	out := make([]float32, e.dim)
	e.embedInto(norm, toks, out)
	return out
}

// embedInto is embed writing into out, which is all zeros.
func (e *LocalEmbedder) embedInto(norm string, toks []string, out []float32) {
	// Term frequencies: equal terms are adjacent once sorted (cheaper
	// than a map for a few dozen terms).
	slices.Sort(toks)
	// The features are summed into the dimensions they hash to, in the
	// order of the sorted terms; each dimension's sum is then the same
	// however the vector is held.
	var acc [embedDim]float64
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j] == toks[i] {
			j++
		}
		var idf float64
		if e.idf != nil {
			idf = e.idf(toks[i])
		}
		e.addTerm(&acc, e.feature(toks[i], idf), j-i)
		i = j
	}
	e.finish(&acc, norm, out)
}

// embedRanked is embed of a text whose terms are given by their ranks in
// string order, feats being each rank's feature: the same sums in the same
// order, without sorting strings. tally has room for every rank.
func (e *LocalEmbedder) embedRanked(norm string, ranks []int32, feats []termFeature, tally *rankTally) []float32 {
	var acc [embedDim]float64
	tally.each(ranks, func(r int32, n int) { e.addTerm(&acc, feats[r], n) })
	out := make([]float32, e.dim)
	e.finish(&acc, norm, out)
	return out
}

// rankTally counts terms by rank and gives them back in rank order: a
// bitmap of the ranks held, where sorting each passage's ranks was a
// sixth of embedding it.
type rankTally struct {
	n    []int32  // by rank: how often the terms hold it
	held []uint64 // bit r: n[r] > 0
}

func newRankTally(ranks int) *rankTally {
	return &rankTally{n: make([]int32, ranks), held: make([]uint64, (ranks+63)/64)}
}

// each calls f with each distinct rank of ranks, in increasing order, and
// how often ranks holds it.
func (t *rankTally) each(ranks []int32, f func(r int32, n int)) {
	for _, r := range ranks {
		if t.n[r] == 0 {
			t.held[r/64] |= 1 << (r % 64)
		}
		t.n[r]++
	}
	for w, word := range t.held {
		for word != 0 {
			r := int32(w*64 + bits.TrailingZeros64(word))
			word &= word - 1
			f(r, int(t.n[r]))
			t.n[r] = 0
		}
		t.held[w] = 0
	}
}

// termFeature is what a term adds to an embedding, but for its count.
type termFeature struct {
	hash   uint64  // fnv64a of the term
	idf    float64 // e.max for a term the corpus never saw
	single bool    // one character: weak evidence alone
}

// feature is term t's feature, idf being its IDF in the corpus (0: none).
func (e *LocalEmbedder) feature(t string, idf float64) termFeature {
	if idf <= 0 {
		idf = e.max
	}
	return termFeature{hash: fnv64a(t), idf: idf, single: utf8.RuneCountInString(t) == 1}
}

// addTerm adds a term held n times.
func (e *LocalEmbedder) addTerm(acc *[embedDim]float64, f termFeature, n int) {
	w := 1 + logOf(n)
	if f.single {
		w *= 0.5 // single characters are weak evidence alone
	}
	e.addHash(acc, f.hash, w*f.idf)
}

// finish adds the lexicon's concepts norm mentions and writes acc as a
// unit vector into out, which is all zeros.
func (e *LocalEmbedder) finish(acc *[embedDim]float64, norm string, out []float32) {
	if e.lex != nil {
		for _, id := range e.lex.Concepts(norm) {
			// Feature name: a private prefix and one rune per concept id.
			e.add(acc, "\x00concept"+string(rune('A'+id)), 2*e.max)
		}
	}
	var sum float64
	for _, v := range acc {
		sum += v * v
	}
	if sum == 0 {
		// chromem-go rejects zero vectors; any fixed unit vector is as far
		// from everything as an empty text should be.
		out[0] = 1
		return
	}
	inv := 1 / math.Sqrt(sum)
	for d, v := range acc {
		if v != 0 {
			out[d] = float32(v * inv)
		}
	}
}

// logs[n] is math.Log(n): term counts are small, and the logarithm was a
// tenth of an embedding.
var logs = func() (t [64]float64) {
	for n := range t {
		t[n] = math.Log(float64(n))
	}
	return
}()

func logOf(n int) float64 {
	if n < len(logs) {
		return logs[n]
	}
	return math.Log(float64(n))
}

// add adds w to the dimension feature hashes to, signed by the hash.
func (e *LocalEmbedder) add(acc *[embedDim]float64, feature string, w float64) {
	e.addHash(acc, fnv64a(feature), w)
}

// addHash is add of a feature whose hash is sum.
func (e *LocalEmbedder) addHash(acc *[embedDim]float64, sum uint64, w float64) {
	idx := int(sum % uint64(e.dim))
	if sum>>63 == 1 {
		w = -w
	}
	acc[idx] += w
}

// fnv64a is hash/fnv's 64-bit FNV-1a, without allocating for the string.
func fnv64a(s string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}
