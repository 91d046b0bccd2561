package rag

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
	"github.com/mozillazg/go-pinyin"
)

// reader folds a question into the words the reports use before it is
// matched: traditional characters into simplified ones (OpenCC's t2s), and
// a typing slip that leaves a word the reports never use into a word they
// use, when a character of the same sound makes it (就叶 → 就业, 进出扣 →
// 进出口). Pinyin input methods make exactly these slips. Quotes are always
// the report's own text; only matching reads the folded question.
type reader struct {
	t2s    *opencc.OpenCC
	corpus *corpusText
	// sounds maps a toneless reading to the reports' characters that have
	// it, most frequent first.
	sounds map[string][]rune
	known  map[rune]bool // characters the reports use
	lex    *Lexicon
	// pairs holds every two adjacent Han characters the reports write,
	// (a<<32 | b): pair is asked hundreds of times a question, and a map
	// answers faster than the suffix array.
	pairs map[uint64]struct{}
	// readingsOf caches the readings of the reports' characters.
	readingsOf map[rune][]string
}

func newReader(corpus *corpusText, lex *Lexicon) (*reader, error) {
	t2s, err := opencc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("reader: opencc t2s: %w", err)
	}
	rd := &reader{t2s: t2s, corpus: corpus, sounds: map[string][]rune{}, known: map[rune]bool{}, lex: lex}
	rd.pairs, rd.readingsOf = map[uint64]struct{}{}, map[rune][]string{}
	count := map[rune]int{}
	prev := rune(-1)
	for _, r := range corpus.text {
		if !isHan(r) {
			prev = -1
			continue
		}
		count[r]++
		if prev >= 0 {
			rd.pairs[uint64(prev)<<32|uint64(r)] = struct{}{}
		}
		prev = r
	}
	args := pinyin.NewArgs()
	args.Heteronym = true
	var order []rune
	for r := range count {
		order = append(order, r)
	}
	// Most frequent first, then by code point: the order is part of the
	// result when two characters fit equally.
	slicesSortRunes(order, count)
	for _, r := range order {
		rd.known[r] = true
		rd.readingsOf[r] = readings(r, args)
		for _, reading := range rd.readingsOf[r] {
			rd.sounds[reading] = append(rd.sounds[reading], r)
		}
	}
	return rd, nil
}

func readings(r rune, args pinyin.Args) []string {
	var out []string
	for _, rs := range pinyin.Pinyin(string(r), args) {
		out = append(out, rs...)
	}
	return out
}

// read returns the question as the engine matches it: traditional
// characters folded, typing slips fixed. Its length in runes may differ
// from the question's only where OpenCC maps a phrase.
func (rd *reader) read(text string) string {
	if rd == nil {
		return text
	}
	if rd.needsFolding(text) {
		if s, err := rd.t2s.Convert(text); err == nil {
			text = s
		}
	}
	return rd.fixSlips(text)
}

// needsFolding: some Han character the reports never use, which may be a
// traditional one (a text of the reports' own characters needs nothing).
func (rd *reader) needsFolding(text string) bool {
	for _, r := range text {
		if r >= 0x80 && isHan(r) && !rd.known[r] {
			return true
		}
	}
	return false
}

// fixSlips replaces a character that makes a word with neither neighbour
// in the reports by one of the same sound that makes a phrase of four
// characters the reports write (新增就叶 → 新增就业). Three was too few:
// 充电桩 became the e-bike 充电装(置), 知识水平 became 知市水平. Lexicon words, filler words and stop characters are
// left alone, and so is any character that already pairs with a
// neighbour: a colloquial question is not a typing slip.
func (rd *reader) fixSlips(text string) string {
	rs := []rune(text)
	protected := rd.protectedSpans(rs)
	changed := false
	args := pinyin.NewArgs()
	args.Heteronym = true
	for i, r := range rs {
		if !isHan(r) || protected[i] || isStopRune(r) {
			continue
		}
		left := i > 0 && isHan(rs[i-1])
		right := i+1 < len(rs) && isHan(rs[i+1])
		if !left && !right || left && rd.pair(rs[i-1], r) || right && rd.pair(r, rs[i+1]) {
			continue
		}
		best, bestLen := r, 0
		rds, ok := rd.readingsOf[r]
		if !ok {
			rds = readings(r, args)
		}
		for _, reading := range rds {
			for _, c := range rd.sounds[reading] {
				if !(left && rd.pair(rs[i-1], c)) && !(right && rd.pair(c, rs[i+1])) {
					continue // no reports' word starts or ends here with c
				}
				rs[i] = c
				if n := rd.phraseAround(rs, i); n > bestLen {
					best, bestLen = c, n
				}
			}
		}
		rs[i] = r
		if bestLen >= 4 {
			rs[i], changed = best, true
		}
	}
	if !changed {
		return text
	}
	return string(rs)
}

// phraseAround is 4 when a run of four Han characters through rs[i] is
// one the reports write, else 0.
func (rd *reader) phraseAround(rs []rune, i int) int {
	// Only a four-character phrase changes a character (fixSlips), so
	// only those are looked up, and only where every pair is the reports'.
	const n = 4
	for a := max(0, i-n+1); a <= i && a+n <= len(rs); a++ {
		w := rs[a : a+n]
		if allHan(w) && rd.pair(w[0], w[1]) && rd.pair(w[1], w[2]) && rd.pair(w[2], w[3]) && rd.corpus.Contains(string(w)) {
			return n
		}
	}
	return 0
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	return true
}

func (rd *reader) pair(a, b rune) bool {
	_, ok := rd.pairs[uint64(a)<<32|uint64(b)]
	return ok
}

// protectedSpans marks the runes inside words that are no slips: the
// lexicon's everyday words the reports lack on purpose (看病, 找工作) and
// the question's filler words (咋样, 多少).
func (rd *reader) protectedSpans(rs []rune) []bool {
	out := make([]bool, len(rs))
	text := string(rs)
	mark := func(bi int, w string) {
		start := utf8.RuneCountInString(text[:bi])
		for k := start; k < start+utf8.RuneCountInString(w) && k < len(out); k++ {
			out[k] = true
		}
	}
	for bi, r := range text {
		if rd.lex != nil {
			for _, m := range rd.lex.byFirst[r] {
				if strings.HasPrefix(text[bi:], m.word) {
					mark(bi, m.word)
				}
			}
		}
		for _, w := range fillerByFirst[r] {
			if strings.HasPrefix(text[bi:], w) {
				mark(bi, w)
			}
		}
	}
	return out
}

// fillerByFirst indexes fillerWords by their first rune.
var fillerByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range fillerWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()

// slicesSortRunes orders runes by count, most first, then by code point.
func slicesSortRunes(rs []rune, count map[rune]int) {
	sort.Slice(rs, func(i, j int) bool {
		if count[rs[i]] != count[rs[j]] {
			return count[rs[i]] > count[rs[j]]
		}
		return rs[i] < rs[j]
	})
}
