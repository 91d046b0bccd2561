package rag

import (
	"slices"
	"strings"
)

// wordSlip mends a slip that no four-character phrase of the reports
// shows, where the character and its neighbours make no word at all and
// a character of the same sound makes, with one of them, a word the
// engine reads questions by: a lexicon word (就叶 → 就业, 社灵 → 社零) or
// a word of the figure asked (木标 → 目标, 曾长 → 增长) — what a pinyin
// keyboard gives for the word asked. Any other word made was too often a
// character read wrong (比去年低 made 年底, 上学有 学位), so the slip's
// own pairs and the neighbour's other pair must be no dictionary word,
// and a function character is never a slip: a real word the reports lack
// (大连, 人均) is asked as typed and answered "not mentioned".
func (rd *reader) wordSlip(rs []rune, i int, sc *scope) (rune, bool) {
	if rd.isWord == nil || rd.lex == nil || isStopRune(rs[i]) || strings.ContainsRune(adverbRunes, rs[i]) {
		return 0, false
	}
	han := func(k int) bool { return k >= 0 && k < len(rs) && isHan(rs[k]) }
	wordAt := func(a, b int) bool { // rs[a], rs[b] adjacent, a < b
		return han(a) && han(b) && rd.isWordish(string([]rune{rs[a], rs[b]}))
	}
	if wordAt(i-1, i) || wordAt(i, i+1) {
		return 0, false
	}
	// An adverb on the neighbour's other side binds it ("没人带" is no 人大).
	bound := func(k int) bool { return han(k) && strings.ContainsRune(adverbRunes, rs[k]) }
	r := rs[i]
	defer func() { rs[i] = r }()
	for _, reading := range rd.readingsOfRune(r) {
		for _, c := range rd.soundsIn(reading, sc) {
			if c == r {
				continue
			}
			rs[i] = c
			// The word made with the left neighbour, whose own left pair
			// must be no word nor an adverb's; or with the right one.
			if han(i-1) && rd.asksBy(string(rs[i-1:i+1])) && !wordAt(i-2, i-1) && !bound(i-2) ||
				han(i+1) && rd.asksBy(string(rs[i:i+2])) && !wordAt(i+1, i+2) && !bound(i+2) {
				return c, true
			}
		}
	}
	return 0, false
}

// isWordish reports whether w is a dictionary or a lexicon word.
func (rd *reader) isWordish(w string) bool {
	return rd.isWord(w) || rd.lex.isChineseMember(w)
}

// asksBy reports whether w is a word the engine reads a question by: a
// lexicon word, or a word asking a rate or a target (rateCues).
// A number's unit (亿元 of 亿远) is none: which figure a question asks
// is read from its topic, and a unit mended would make an unanswerable
// question (财政支出多少亿远) look like one the reports answer.
func (rd *reader) asksBy(w string) bool {
	if strings.ContainsAny(w, "百千万亿") {
		return false
	}
	return rd.lex.isChineseMember(w) || slices.Contains(rateCues, w)
}

// adverbRunes stand before a verb as words of their own, never a slip
// of the word the verb makes: "去年才建了" is no 在建.
const adverbRunes = "才都也还又再已刚就很太最更没不"
