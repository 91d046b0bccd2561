package rag

import "slices"

// homeSlips mends a pinyin slip in the two-character name of a report's
// own place: "潘锦今年GDP目标多少", "盘近去年GDP增长多少" ask about 盘锦.
// With a Latin indicator (GDP) nothing else in such a question is
// Chinese, so the slip alone was read as the topic, and the question
// declined. A window one character off the name, that character sounding
// like the name's (pan, jin; jing for jin, as fuzzy pinyin input allows),
// is read as the name only when it is no word of the dictionary, no text
// of the reports, and no other place (盘山 is a county the report names;
// 盘州 a city elsewhere). 云锦 or 获得锦旗 sound like no 盘.
type homeSlips struct {
	names   [][2]rune
	isWord  func(string) bool
	isPlace func(string) bool
	alike   func(a, b rune) bool // whether a is typed for b by sound
}

func newHomeSlips(names []string, isWord func(string) bool, isPlace func(string) bool, alike func(a, b rune) bool) *homeSlips {
	h := &homeSlips{isWord: isWord, isPlace: isPlace, alike: alike}
	for _, n := range names {
		if rs := []rune(n); len(rs) == 2 && isHan(rs[0]) && isHan(rs[1]) {
			h.names = append(h.names, [2]rune{rs[0], rs[1]})
		}
	}
	return h
}

// mend returns text with each slipped home name written right.
func (h *homeSlips) mend(text string, sc *scope) string {
	if h == nil || len(h.names) == 0 {
		return text
	}
	rs := []rune(text)
	changed := false
	for i := 0; i+1 < len(rs); i++ {
		w := [2]rune{rs[i], rs[i+1]}
		n, ok := h.slipOf(w)
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
