package rag

import (
	"slices"
	"strings"
	"unicode"
)

// homeSlips mends a pinyin slip in the two-character name of a report's
// own place: "潘锦今年GDP目标多少", "盘近去年GDP增长多少" ask about 盘锦.
// With a Latin indicator (GDP) nothing else in such a question is
// Chinese, so the slip alone was read as the topic, and the question
// declined. A window one character off the name, that character sounding
// like the name's (pan, jin; jing for jin, as fuzzy pinyin input allows),
// is read as the name only when it is no word of the dictionary, no text
// of the reports, and no other place (盘山 is a county the report names;
// 盘州 a city elsewhere). 云锦 or 获得锦旗 sound like no 盘.
//
// Two slips are read beyond the sound-alike one. The name opening the
// question right before its year is the place asked, a character of it
// slipped by shape: its first kept ("盘绵今年GDP目标多少", 绵 for 锦), or
// its last kept and the first typed with the same initial ("盆锦今年…",
// pen for pan; 云锦 is no slip). And the whole name of a district or county of
// the city, its suffix kept ("大挖区" for 大洼区), is mended as the city's
// name is, one character off by sound.
type homeSlips struct {
	names   [][2]rune
	wholes  [][]rune // the city's districts and counties, suffix and all: 大洼区
	isWord  func(string) bool
	isPlace func(string) bool
	alike   func(a, b rune) bool // whether a is typed for b by sound
	near    func(a, b rune) bool // whether a and b open with one initial
}

func newHomeSlips(names, wholes []string, isWord, isPlace func(string) bool, alike, near func(a, b rune) bool) *homeSlips {
	h := &homeSlips{isWord: isWord, isPlace: isPlace, alike: alike, near: near}
	for _, n := range names {
		if rs := []rune(n); len(rs) == 2 && isHan(rs[0]) && isHan(rs[1]) {
			h.names = append(h.names, [2]rune{rs[0], rs[1]})
		}
	}
	for _, n := range wholes {
		if rs := []rune(n); len(rs) >= 3 && AllHan(rs) && strings.ContainsRune(divisionSuffixes, rs[len(rs)-1]) {
			h.wholes = append(h.wholes, rs)
		}
	}
	return h
}

// divisionSuffixes end the whole name of a district or county.
const divisionSuffixes = "区县"

// mend returns text with each slipped home name written right.
func (h *homeSlips) mend(text string, sc *scope) string {
	if h == nil || len(h.names) == 0 {
		return text
	}
	rs := []rune(text)
	changed := h.mendWholes(rs, sc)
	for i := 0; i+1 < len(rs); i++ {
		w := [2]rune{rs[i], rs[i+1]}
		n, ok := h.slipOf(w)
		if !ok && opensBeforeYear(rs, i) {
			n, ok = h.shapeSlipOf(w)
		}
		if !ok || !isHan(w[0]) || !isHan(w[1]) || isStopRune(w[0]) || isStopRune(w[1]) {
			continue
		}
		if i > 0 && sc.pair(rs[i-1], w[0]) || i+2 < len(rs) && sc.pair(w[1], rs[i+2]) {
			continue // 驻盘大企业: 盘 is 驻盘's, not a name's
		}
		if s := string(w[:]); h.isWord(s) || sc.text.Contains(s) || h.isPlace(s) {
			continue
		}
		rs[i], rs[i+1] = n[0], n[1]
		changed = true
		i++
	}
	if !changed {
		return text
	}
	return string(rs)
}

// mendWholes writes right, in rs, each whole name of a district or county
// one character off by sound, its suffix kept (大挖区); it reports
// whether it changed any. A window that is a word, the reports' text or
// another place (大东区) is left.
func (h *homeSlips) mendWholes(rs []rune, sc *scope) bool {
	changed := false
	for _, n := range h.wholes {
		for i := 0; i+len(n) <= len(rs); i++ {
			w := rs[i : i+len(n)]
			if !h.oneSoundOff(w, n) {
				continue
			}
			if s := string(w); h.isWord(s) || sc.text.Contains(s) || h.isPlace(s) {
				continue
			}
			copy(w, n)
			changed = true
		}
	}
	return changed
}

// oneSoundOff reports whether w is name n with one character before its
// suffix typed for another that sounds alike.
func (h *homeSlips) oneSoundOff(w, n []rune) bool {
	if w[len(w)-1] != n[len(n)-1] || !AllHan(w) {
		return false
	}
	off := -1
	for k := range len(n) - 1 {
		if w[k] != n[k] {
			if off >= 0 || isStopRune(w[k]) {
				return false
			}
			off = k
		}
	}
	return off >= 0 && h.alike(w[off], n[off])
}

// shapeSlipOf is the home name w is one character off by shape, if any:
// its first character kept and the second looking like the name's (盘绵,
// see looksAlike), or its last kept and the first of one initial with the
// name's (盆锦). Only for a window that opens the question before its
// year, where the place asked stands (opensBeforeYear). A kept first
// character alone says little: 盘营 (Panjin–Yingkou) and 盘江 are names of
// their own, which the slip would read as the city's.
func (h *homeSlips) shapeSlipOf(w [2]rune) ([2]rune, bool) {
	for _, n := range h.names {
		if n != w && (n[0] == w[0] && looksAlike(w[1], n[1]) || n[1] == w[1] && h.near(w[0], n[0])) {
			return n, true
		}
	}
	return [2]rune{}, false
}

// shapeKin are groups of characters typed for one another by shape: a
// shared component (帛 of 锦, 绵, 棉; 钅 of 锦, 锋) or a traditional form.
var shapeKin = []string{"锦錦绵綿棉", "锦锋"}

// looksAlike reports whether a and b are different characters of one
// shapeKin group.
func looksAlike(a, b rune) bool {
	if a == b {
		return false
	}
	for _, g := range shapeKin {
		if strings.ContainsRune(g, a) && strings.ContainsRune(g, b) {
			return true
		}
	}
	return false
}

// opensBeforeYear reports whether rs[i:i+2] opens the question (or a
// clause of it) and a year word follows it: "盘绵今年GDP目标多少".
func opensBeforeYear(rs []rune, i int) bool {
	if i > 0 && !isClauseMark(rs[i-1]) && !unicode.IsSpace(rs[i-1]) {
		return false
	}
	return periodWordRe.MatchString(string(rs[i+2:]))
}

// slipOf is the home name w is one character off, if any; w that is a
// name is none.
func (h *homeSlips) slipOf(w [2]rune) ([2]rune, bool) {
	if slices.Contains(h.names, w) {
		return w, false
	}
	for _, n := range h.names {
		switch {
		case n[0] == w[0] && n[1] != w[1] && h.alike(w[1], n[1]),
			n[1] == w[1] && n[0] != w[0] && h.alike(w[0], n[0]):
			return n, true
		}
	}
	return [2]rune{}, false
}

// namesPlace reports whether the register knows w as a place, alone or
// with the suffix of a city, county or district: 盘州 is 盘州市.
func (ix *Index) namesPlace(w string) bool {
	if ix.gaz == nil {
		return false
	}
	for _, suffix := range []string{"", "市", "县", "区", "省"} {
		for _, m := range ix.gaz.Find(w + suffix) {
			if m.Start == 0 && m.End >= len(w) {
				return true
			}
		}
	}
	return false
}
