package rag

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

// placeNameEnds reports whether the run of Chinese closing before ends,
// cut into words, in a place name of two or three characters (辽河): the
// word right before, not any characters that happen to spell one.
func (ix *Index) placeNameEnds(before string) bool {
	from, _ := hanRunAround(before, len(before), len(before))
	words := ix.dict.Segment(before[from:], nil)
	if len(words) == 0 {
		return false
	}
	w := words[len(words)-1]
	return runeLen(w) >= 2 && runeLen(w) <= 3 && ix.posOf(w) == "ns"
}

// namedIn reports whether normalized text names place s, its short name
// counted only where it is no part of another place's name.
func (ix *Index) namedIn(s *PlaceSlot, short, norm string) bool {
	return placeHeld(s, short, ix.withoutNamedShort(norm, short))
}
