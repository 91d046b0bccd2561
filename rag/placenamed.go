package rag

import "strings"

// withoutNamedShort blanks each place in text where a place's short name
// (双台子 of 双台子区) goes on a name begun by another place's name right
// before it: 辽河双台子储气库群 is a gas store named after the river and the
// district, not the district's own work, and a question about the
// district is not answered by it. A verb before the name (完成盘山、大洼…)
// leaves it the place.
func (ix *Index) withoutNamedShort(text, short string) string {
	if short == "" {
		return text
	}
	for i := range wordPositions(text, short) {
		if ix.placeNameEnds(text[:i]) {
			text = text[:i] + blank(short) + text[i+len(short):]
		}
	}
	return text
}

// placeNameEnds reports whether before ends in a word of two or three Han
// characters that the dictionary calls a place name (辽河).
func (ix *Index) placeNameEnds(before string) bool {
	rs := []rune(before)
	for n := 2; n <= 3 && n <= len(rs); n++ {
		w := string(rs[len(rs)-n:])
		if strings.IndexFunc(w, func(r rune) bool { return !isHan(r) }) >= 0 {
			return false
		}
		if pos, ok := ix.dict.POS(w); ok && pos == "ns" {
			return true
		}
	}
	return false
}
