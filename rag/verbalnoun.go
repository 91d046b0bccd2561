package rag

// actsAsVerb: words hold a verbal noun the dictionary would not call a
// verb (生产, 建设) used as one — after a two-character adverb or adjective
// that says how it was done (成功生产, 顺利建设) and before its object
// (异戊胶乳, a word the dictionary may split). Such words state what
// their subject did, as a verb does: "华锦集团成功生产异戊胶乳？" is a
// claim; "经济发展目标？" has no such adverb and asks.
func (ix *Index) actsAsVerb(words []string) bool {
	for k := 1; k+1 < len(words); k++ {
		if ix.posOf(words[k]) != "vn" || runeLen(words[k-1]) < 2 {
			continue
		}
		switch ix.posOf(words[k-1]) {
		case "a", "ad", "d":
			if startsHan(words[k+1]) {
				return true
			}
		}
	}
	return false
}
