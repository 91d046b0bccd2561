package rag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// addPinyinNames makes the report's name that an English question writes
// in pinyin a term, as the report writes it: "the Fupan railway" is
// 阜盘铁路, "Liaohe Oilfield" 辽河油田, "the Jinpan pipeline" 锦盘输油管线.
// Such a word is no member of the lexicon, so it matched nothing and the
// question was answered by its other words alone (华锦阿美铁路专用线 for the
// Fupan railway, 老旧管网360公里 for the Jinpan pipeline's length). Only a
// word standing alone is read so: not one of a lexicon phrase ("Liaohe
// estuary"), a place the place steps read (Dawa, Shenyang), a filler, or
// a word the reports write in Latin letters.
func (ix *Index) addPinyinNames(a *analysis) {
	if a.lang != "en" || ix.lex == nil || ix.rd == nil {
		return
	}
	corpus := ix.corpusFor(a.rep)
	text := ix.blankLatinLocal(ix.stripPlaces(a.norm))
	if ix.gaz != nil {
		for _, m := range ix.gaz.Find(text) {
			text = text[:m.Start] + strings.Repeat(" ", m.End-m.Start) + text[m.End:]
		}
	}
	ix.lex.scanLatin(text, func([]string, []int) {}, func(w string) {
		if !isLatinWord(w) || len(w) < 4 || len(ix.lex.byWord[w]) > 0 || stopWords[w] || englishFiller[w] || corpus.ContainsTerm(w) {
			return
		}
		for _, name := range ix.pinyinNames(w, corpus) {
			if ix.writesWhole(a.rep, name) {
				a.addCompound(w, name, ix.tok)
			}
		}
	})
	if len(a.compounds) > 0 {
		a.missing = slices.DeleteFunc(a.missing, func(w string) bool { return len(a.compounds[w]) > 0 })
	}
}

// maxPinyinName is the most characters a pinyin name is read as.
const maxPinyinName = 4

// pinyinNames are the runs of two to four Chinese characters that corpus
// writes and that w spells, syllable by syllable, in toneless pinyin
// (fupan: 阜盘), where such a run may be a name (pinyinNameLike). A word
// that is itself one syllable (yuan, xian) is one character, no name, and
// its splits (yu an) would be read as some other word.
func (ix *Index) pinyinNames(w string, corpus textIndex) []string {
	if len(ix.rd.sounds[w]) > 0 {
		return nil
	}
	var out []string
	var walk func(pos int, run string, n int)
	walk = func(pos int, run string, n int) {
		if pos == len(w) {
			if n >= 2 && !slices.Contains(out, run) && ix.pinyinNameLike(run) {
				out = append(out, run)
			}
			return
		}
		if n == maxPinyinName {
			return
		}
		for k := 1; k <= maxSyllable && pos+k <= len(w); k++ {
			syllable := w[pos : pos+k]
			for _, r := range ix.rd.sounds[syllable] {
				// A character by its first reading only: 地 is di, not
				// the de of 的地得 ("zhende" is 臻德, no 阵地). Each longer
				// run must be written too: the search stays within the
				// report's own text.
				if ix.rd.readingsOfRune(r)[0] != syllable {
					continue
				}
				if next := run + string(r); corpus.Contains(next) {
					walk(pos+k, next, n+1)
				}
			}
		}
	}
	walk(0, "", 0)
	return out
}

// maxSyllable is the longest toneless pinyin syllable (zhuang).
const maxSyllable = 6

// pinyinNameLike reports whether a run of characters may be a name: it
// neither opens nor closes with a particle or a joining word (了和 of
// 完成了和), and the dictionary knows it as a noun or not at all (我们,
// which "women" spells, is a pronoun).
func (ix *Index) pinyinNameLike(run string) bool {
	first, _ := utf8.DecodeRuneInString(run)
	last, _ := utf8.DecodeLastRuneInString(run)
	if isStopRune(first) || isStopRune(last) {
		return false
	}
	pos, ok := ix.dict.POS(run)
	return !ok || ix.dict.IsNoun(run) || strings.HasPrefix(pos, "nr")
}

// writesWhole reports whether rep's text (every report's when nil) writes
// s as whole words somewhere: the dictionary, cutting the run of Chinese
// that holds it, cuts it at both its ends (辽河 of 辽河油田, 阜盘 of 推进阜盘
// 铁路). 大特, which "date" spells, is written only across 扩大特色: the end
// of one word and the start of the next, no name.
func (ix *Index) writesWhole(rep *Report, s string) bool {
	if rep == nil {
		return slices.ContainsFunc(ix.reports, func(r *Report) bool { return ix.writesWhole(r, s) })
	}
	sc := ix.scopeFor(rep)
	if sc == nil || !sc.text.Contains(s) {
		return false
	}
	return sc.writesAt(s, func(norm string, at int) bool { return ix.cutAtBothEnds(norm, at, at+len(s)) })
}

// cutAtBothEnds reports whether the dictionary, cutting the run of
// Chinese of text that holds text[start:end], cuts it at start and at end.
func (ix *Index) cutAtBothEnds(text string, start, end int) bool {
	from, to := start, end
	for from > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:from])
		if !isHan(r) {
			break
		}
		from -= n
	}
	for to < len(text) {
		r, n := utf8.DecodeRuneInString(text[to:])
		if !isHan(r) {
			break
		}
		to += n
	}
	startCut, endCut := start == from, end == to
	at := from
	for _, w := range ix.dict.Segment(text[from:to], nil) {
		at += len(w)
		startCut = startCut || at == start
		endCut = endCut || at == end
	}
	return startCut && endCut
}
