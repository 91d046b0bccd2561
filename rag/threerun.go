package rag

import "strings"

// threeRunSlip mends a character typed for one of its sound that a word
// of the reports' shows only as a three-character run: "强将雨" for 强降雨,
// "公教车" for 公交车. The typed character pairs with neither neighbour in
// the reports, though its pairs may be words elsewhere (强将, 公教: the
// pinyin keyboard offers them first), so neither a four-character phrase
// (fixSlips) nor a two-character word no dictionary knows (wordSlip)
// shows the slip. The character of the same sound must pair with both
// neighbours and the three be the reports' own text — the corrected word
// is the report's, the typed one is not — and exactly one character may
// do so; a negation is never written in. An adverb or a function word
// stands between two words as a word of its own ("去年都建成" is no 年度建).
func (rd *reader) threeRunSlip(rs []rune, i int, sc *scope) (rune, bool) {
	if i == 0 || i+1 >= len(rs) || !isHan(rs[i-1]) || !isHan(rs[i+1]) || strings.ContainsRune(adverbRunes+functionRunes, rs[i]) {
		return 0, false
	}
	r, found := rs[i], rune(0)
	for _, reading := range rd.readingsOfRune(r) {
		for _, c := range rd.soundsIn(reading, sc) {
			if c == r || c == found || strings.ContainsRune(negations, c) {
				continue
			}
			if !sc.pair(rs[i-1], c) || !sc.pair(c, rs[i+1]) || !sc.text.Contains(string([]rune{rs[i-1], c, rs[i+1]})) {
				continue
			}
			if found != 0 {
				return 0, false // two characters fit: no reading is sure
			}
			found = c
		}
	}
	return found, found != 0
}

// functionRunes are function words that stand alone between two words:
// particles, prepositions and conjunctions.
const functionRunes = "的了着过是在和与及把被对为以从到于给让吗呢吧啊么"
