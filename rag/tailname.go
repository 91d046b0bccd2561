package rag

import (
	"slices"
	"strings"
)

// A claim may name a thing by another name with the same head as the
// report's: 盘营铁路 where the quote says 阜盘铁路, 金风科技风电装备 where
// it says 大金重工风电装备, 华为昇腾 产业学院 for “华为鲲鹏”等产业学院.
// The head (铁路, 风电装备, 产业学院) aligns the two; what stands before it
// differs. Only a name the report writes nowhere is corrected: a right
// name written another way (盘锦 for 我市, an abbreviation, a name given
// in another clause) is found in the report, or is the quote's letters
// in order (阜新盘锦 of 阜盘).

// minTailName is how many characters the claim's own part of the name
// must hold: one character (新铁路) is a word, not a name.
const minTailName = 2

// maxTailName is the most it may hold: longer, the words before the head
// are more than a name (a clause of their own).
const maxTailName = 6

// tailJoins may stand between the quote's name and the head it shares
// with others in a list: “华为鲲鹏”等产业学院.
var tailJoins = []string{"等", "”", "“", "》", "《", "\"", "'"}

// tailNameCorrection corrects a claim whose name before a head the cited
// clause shares differs from the clause's name there, where the report
// nowhere writes the claim's name.
func (ix *Index) tailNameCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	rc, ok := ix.claimRestated(read, texts)
	if !ok {
		return Part{}, false
	}
	q, clause, text, sp, runs := rc.q, rc.clause, rc.text, rc.span, rc.runs
	for k, r := range runs {
		r, split := splitWordOff(rc.qWords, rc.cWords, r)
		head := ix.nameHead(q[r.q : r.q+r.n])
		if head < minShared {
			continue
		}
		var prev shared
		if k > 0 {
			prev = runs[k-1]
		}
		qs, cs, ok := ix.tailNames(q, clause, prev, r, split)
		if !ok || !ix.otherTailName(q[qs:r.q], clause[cs:r.c], rep) {
			continue
		}
		s, e := balanceQuotes(text, sp.Start+cs, sp.Start+r.c+head)
		return citedCorrection(rc.cited, rc.at, s, e, string(q[qs:r.q+head]), ""), true
	}
	return Part{}, false
}

// restated is a claim and the cited clause most like it (mostAlikeClause),
// each with its dictionary segmentation: what the name checks compare.
type restated struct {
	q              []rune   // the claim's core (claimCore)
	at             int      // the citation the clause is of
	cited          Citation // texts[at]
	text           []rune   // its quote
	span           Span     // the clause, in text
	clause         []rune   // text[span]
	runs           []shared // what q and clause share
	qWords, cWords []string // the segmentations of q and clause
}

// claimRestated is restatedClause for a claim only: a question asks of a
// name, only a claim states one, so only a claim's name is corrected.
func (ix *Index) claimRestated(read string, texts []Citation) (restated, bool) {
	if ix.dict == nil || !claimCued(strings.TrimSpace(read)) {
		return restated{}, false
	}
	return ix.restatedClause(read, texts)
}

// restatedClause is read's claim and the cited clause most like it; false
// when no clause shares any of it.
func (ix *Index) restatedClause(read string, texts []Citation) (restated, bool) {
	q := claimCore(read)
	at, sp, runs := mostAlikeClause(q, texts)
	if len(runs) == 0 {
		return restated{}, false
	}
	text := []rune(texts[at].Quote)
	clause := text[sp.Start:sp.End]
	return restated{q: q, at: at, cited: texts[at], text: text, span: sp, clause: clause, runs: runs,
		qWords: ix.dict.Segment(string(q), nil), cWords: ix.dict.Segment(string(clause), nil)}, true
}

// mostAlikeClause is the clause of the cited texts that shares the most
// with claim q, and the runs it shares: the one the claim restates. A head
// shared with a less alike clause (产业 of 生物科技产业) aligns no names.
// No runs when no clause shares any.
func mostAlikeClause(q []rune, texts []Citation) (at int, span Span, runs []shared) {
	best := 0
	for i, c := range texts {
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			rs := sharedRuns(q, text[sp.Start:sp.End])
			if n := runsLen(rs); n > best {
				at, span, runs, best = i, sp, rs, n
			}
		}
	}
	return at, span, runs
}

// splitWordOff drops from shared run r the characters that open it inside
// a word of the claim or the clause (given as their segmentations): 南 of
// 东南大学 and 江南大学 belongs to the names 东南 and 江南, not to the head
// they share.
// split is false when no word opens inside the run or one holds it
// whole (自来水管 of 管道): then no name is cut.
func splitWordOff(qWords, cWords []string, r shared) (_ shared, split bool) {
	k := max(r.q-startOfWord(qWords, r.q), r.c-startOfWord(cWords, r.c))
	if k == 0 || k >= r.n {
		return r, false
	}
	return shared{q: r.q + k, c: r.c + k, n: r.n - k}, true
}

// wordStart is where the dictionary's word holding rs[at] begins.
func (ix *Index) wordStart(rs []rune, at int) int {
	return startOfWord(ix.dict.Segment(string(rs), nil), at)
}

// startOfWord is where the word of a text's segmentation holding its rune
// at begins; at itself when at lies past the words.
func startOfWord(words []string, at int) int {
	if _, start := wordAt(words, at); start >= 0 {
		return start
	}
	return at
}

// wordAt is the index in words (a text's segmentation) of the word
// holding rune offset at, and the rune offset that word starts at; -1,
// -1 when at lies past the words.
func wordAt(words []string, at int) (k, start int) {
	n := 0
	for k, w := range words {
		if l := runeLen(w); n+l > at {
			return k, n
		}
		n += runeLen(w)
	}
	return -1, -1
}

// tailNames are where the names before shared run r begin in claim q
// and clause c, after the shared run before it (prev), which is part of
// both when it is a name's words right before both (华为 of 华为昇腾 and
// 华为鲲鹏), not a verb (推进) or a run the clause's list breaks off.
// split: r was cut at a word's characters (splitWordOff).
func (ix *Index) tailNames(q, c []rune, prev, r shared, split bool) (qs, cs int, ok bool) {
	start := ix.nameStart
	if split {
		start = ix.nameStartAcross
	}
	qs, qok := start(q, prev.q+prev.n, r.q, false)
	cs, cok := start(c, prev.c+prev.n, r.c, true)
	named := prev.n > 0 && cok && cs == prev.c+prev.n && ix.nameStretch(q[prev.q:prev.q+prev.n])
	if named && ix.middleSwap(q[prev.q+prev.n:r.q]) {
		// 华为昇腾 and 华为鲲鹏: between a name's shared words, any word
		// (升腾, the dictionary's verb) is the name's.
		qs, qok = prev.q+prev.n, true
	}
	if !qok || !cok {
		return 0, 0, false
	}
	if named && qs == prev.q+prev.n {
		qs, cs = prev.q, prev.c
	}
	return qs, cs, true
}

// middleSwap: rs, between a shared run and the head, is a few characters
// of a name's middle: a word of two characters whatever the dictionary
// calls it (升腾), no verb or particle on its own (盘锦要建机场 is no name).
func (ix *Index) middleSwap(rs []rune) bool {
	if len(rs) == 0 || len(rs) > 2*maxNameSwap || !AllHan(rs) {
		return false
	}
	words := ix.dict.Segment(string(rs), nil)
	for k, w := range words {
		if runeLen(w) == 1 && !ix.nameChar(words, k) || runeLen(w) > 1 && ix.edgeWord(w) && !ix.isVerb(w) {
			return false
		}
	}
	return true
}

// nameStretch: every word of rs may be part of a name.
func (ix *Index) nameStretch(rs []rune) bool {
	words := ix.dict.Segment(string(rs), nil)
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !ix.nameWord(w) || ix.verbLike(w) && runeLen(w) > 1 })
}

// nameHead is how many characters of a shared run name a thing: up to
// its last noun before a figure or a particle (大学国家技术转移中心 whole,
// 职业技术学院在籍学生 of 职业技术学院在籍学生突破1万人); 0 when it opens
// with no noun.
func (ix *Index) nameHead(rs []rune) int {
	if ix.nounPrefix(rs) == 0 {
		return 0
	}
	n, head := 0, 0
	for _, w := range ix.dict.Segment(string(rs), nil) {
		if hasDigit(w) || !ix.nameWord(w) && !ix.verbLike(w) {
			break
		}
		n += runeLen(w)
		if ix.nounish(w) {
			head = n
		}
	}
	return head
}

// otherTailName: claimed and said, the words before a shared head, are
// two names, and the report writes the claimed one nowhere.
func (ix *Index) otherTailName(claimed, said []rune, rep *Report) bool {
	said = slices.DeleteFunc(slices.Clone(said), func(r rune) bool { return strings.ContainsRune(nameMarks, r) })
	if len(claimed) < minTailName || len(claimed) > maxTailName || len(said) == 0 || hasDigit(string(claimed)) {
		return false
	}
	if runesInOrder(claimed, said) || runesInOrder(said, claimed) || shortFormOf(claimed, said) ||
		slices.Contains(ownVoice, string(claimed)) || ix.kindWord(string(claimed)) || ix.homeForVoice(claimed, said, rep) {
		return false
	}
	return !ix.saysPhrase(string(claimed), rep)
}

// homeForVoice: claimed is the report's own city by name (盘锦, 盘锦市)
// where said is the report's voice for it (全市, 我市), the words after
// alike (盘锦海洋经济 for 全市海洋经济): an asker outside the government
// names the city the report calls 全市, the same thing.
func (ix *Index) homeForVoice(claimed, said []rune, rep *Report) bool {
	for len(claimed) > 0 && len(said) > 0 && sameRune(claimed[len(claimed)-1], said[len(said)-1]) {
		claimed, said = claimed[:len(claimed)-1], said[:len(said)-1]
	}
	if !slices.Contains(ownVoice, string(said)) {
		return false
	}
	return ix.anyReport(rep, func(r *Report) bool {
		_, han := homeNameForms(r)
		return slices.Contains(han, Normalize(string(claimed)))
	})
}

// shortFormOf: claimed may shorten said as two-character abbreviations
// do, from the first character of each word, the second not always said's
// own (民航 of 民用运输, 民用航空): same first character, said longer.
// Longer claims (华为昇腾 for 华为鲲鹏) are names of their own.
func shortFormOf(claimed, said []rune) bool {
	return len(claimed) == 2 && len(said) > 2 && sameRune(claimed[0], said[0])
}

// runesInOrder: every rune of short stands in long, in order — an
// abbreviation (阜盘 of 阜新盘锦) or the same name.
func runesInOrder(short, long []rune) bool {
	i := 0
	for _, r := range long {
		if i < len(short) && sameRune(short[i], r) {
			i++
		}
	}
	return i == len(short)
}

// nameStart is where the name ending at rs[end] begins, at lo or after:
// the words before it while they may be part of a name — not a mark, a
// particle, a time (今年), the report's own voice (我市) or a verb of two
// characters (推进); a character on its own may be (阜盘, 大金重工: the
// dictionary tags a name's characters anyhow). A word across lo counts
// whole (金风 of 加快金|风科技). joined: a list's 等 or quote marks may
// stand between the name and end. ok is false when no name word stands
// there.
func (ix *Index) nameStart(rs []rune, lo, end int, joined bool) (int, bool) {
	words := ix.dict.Segment(string(rs[:end]), nil)
	j, at := len(words), end
	for joined && j > 0 && slices.Contains(tailJoins, words[j-1]) {
		j--
		at -= runeLen(words[j])
	}
	nameEnd := at
	for j > 0 && at > lo && ix.nameChar(words, j-1) {
		j--
		at -= runeLen(words[j])
	}
	return at, at < nameEnd
}

// nameStartAcross is nameStart where the dictionary's word across end
// (东南大学) puts its first characters in the name whatever they are
// alone (东南, a direction).
func (ix *Index) nameStartAcross(rs []rune, lo, end int, joined bool) (int, bool) {
	w := ix.wordStart(rs, end)
	if w == end || w < lo {
		return ix.nameStart(rs, lo, end, joined)
	}
	at, _ := ix.nameStart(rs, lo, w, false)
	return at, true
}

// nameChar: words[k] may be a name's word or one of its characters: a
// noun, an adjective (大 of 大金重工), a word the dictionary lacks, or a
// measure word not after a numeral (盘 of 阜盘) — never a verb, an adverb
// or a particle (盘锦要建机场, 防汛有人员 name no 机场 or 人员).
func (ix *Index) nameChar(words []string, k int) bool {
	w := words[k]
	switch pos := ix.posOf(w); {
	case ix.nameWord(w), pos == "a", pos == "vn" && runeLen(w) > 1: // 重工 of 大金重工
		return true
	case pos == "q" && runeLen(w) == 1:
		return k == 0 || ix.posOf(words[k-1]) != "m" && !hasDigit(words[k-1])
	}
	return false
}

// nameWord: w may be part of a name: a noun or a word the dictionary
// lacks, not a time (今年), the report's own voice (我市) or an edge word.
func (ix *Index) nameWord(w string) bool {
	if ix.edgeWord(w) || slices.Contains(ownVoice, w) || ix.posOf(w) == "t" || yearWords.MatchString(w) {
		return false
	}
	return ix.nounish(w)
}

// kindWord: w is one common noun of the dictionary (学校, 城市): a kind
// of thing, not a name; a name the dictionary splits (金风 科技) is not.
func (ix *Index) kindWord(w string) bool {
	return len(ix.dict.Segment(w, nil)) == 1 && ix.commonNoun(w)
}
