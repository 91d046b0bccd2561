package rag

import "strings"

// A claim may name a thing the report writes nowhere between words the
// clause it restates shares on both sides: 参加广交会招商 where the clause
// says 参加进博会、辽洽会等活动进行招商推介. The shared words (参加, 招商)
// align the two; the claim's name between them is not the report's, and
// the clause's words there are what it says instead. The clause may list
// others with it (等), so the correction says what the report names and
// that it does not name the claim's (NotNamed), not that it is wrong.

// slotName bounds the claim's words between the shared ones: fewer is a
// character, no name; more is a clause of its own.
const (
	minSlotName = 2
	maxSlotName = 8
)

// slotNameCorrection corrects a claim whose name between two runs it
// shares with the cited clause most like it is written nowhere in the
// report, where the clause has other words between them.
func (ix *Index) slotNameCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	rc, ok := ix.claimRestated(read, texts)
	if !ok {
		return Part{}, false
	}
	for k := 0; k+1 < len(rc.runs); k++ {
		a, b := rc.runs[k], rc.runs[k+1]
		claimed, said := rc.q[a.q+a.n:b.q], rc.clause[a.c+a.n:b.c]
		// The gap must be the claim's own words, not the tail of one the
		// shared run cut (速比 of 增速比全省).
		whole := startOfWord(rc.qWords, a.q+a.n) == a.q+a.n && startOfWord(rc.qWords, b.q) == b.q
		if len(said) == 0 || !whole || !ix.unwrittenName(claimed, rep) {
			continue
		}
		p := citedCorrection(rc.cited, rc.at, rc.span.Start+a.c, rc.span.Start+b.c+b.n, string(claimed), "")
		p.NotNamed = true
		return p, true
	}
	return Part{}, false
}

// unwrittenName: rs is a name the report writes nowhere — Han characters
// only, no figure, holding a proper name of the dictionary's (a person's,
// a place's, a body's or an event's: 广交会) that the report never writes
// either. A common noun (孩子 for 儿童), a verb or an adverb (一共有) is a
// paraphrase, not another name.
func (ix *Index) unwrittenName(rs []rune, rep *Report) bool {
	if len(rs) < minSlotName || len(rs) > maxSlotName || !AllHan(rs) || ix.saysPhrase(string(rs), rep) {
		return false
	}
	for _, w := range ix.dict.Segment(string(rs), nil) {
		if pos, _ := ix.dict.POS(w); runeLen(w) >= minSlotName && properNames[pos] && !ix.saysPhrase(w, rep) {
			return true
		}
	}
	return false
}

// A claim may put a word into a name the clause writes: 辽河口国家湿地公园
// where the clause says 辽河口国家公园. A noun put between two nouns the
// clause writes side by side makes another thing's name (a wetland park
// is no national park), where the report writes the claim's nowhere.

// maxInserted is the most characters the claim may put in: more is a
// clause of its own, not a word in a name. Fewer than minSlotName is a
// place's suffix (大洼区 for 大洼), the same name written in full.
const maxInserted = 4

// insertedNameCorrection corrects a claim that puts a noun between two
// nouns the cited clause most like it writes side by side, where the
// report writes the claim's name nowhere.
func (ix *Index) insertedNameCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	rc, ok := ix.claimRestated(read, texts)
	if !ok {
		return Part{}, false
	}
	for k := 0; k+1 < len(rc.runs); k++ {
		a, b := rc.runs[k], rc.runs[k+1]
		put := rc.q[a.q+a.n : b.q]
		if b.c != a.c+a.n || len(put) < minSlotName || len(put) > maxInserted || !AllHan(put) ||
			!ix.nounsBetween(rc.qWords, a.q+a.n, b.q) || ix.saysPhrase(string(rc.q[a.q:b.q+b.n]), rep) {
			continue
		}
		p := citedCorrection(rc.cited, rc.at, rc.span.Start+a.c, rc.span.Start+b.c+b.n, string(rc.q[a.q:b.q+b.n]), "")
		return p, true
	}
	return Part{}, false
}

// nounsBetween: the claim's words (its segmentation) from rune s to e are
// whole words that name, and the words right before and after them are
// nouns: a word inside a name, not an adverb or a verb put beside one.
// A word that names is a noun or a word of state or kind (湿地, 大型),
// which the dictionary does not call a noun.
func (ix *Index) nounsBetween(words []string, s, e int) bool {
	k, start := wordAt(words, s)
	if k <= 0 || start != s {
		return false
	}
	noun := func(w string) bool { pos, _ := ix.dict.POS(w); return strings.HasPrefix(pos, "n") }
	names := func(w string) bool { pos, _ := ix.dict.POS(w); return noun(w) || pos == "z" || pos == "b" }
	if !noun(words[k-1]) {
		return false
	}
	for at := s; at < e; k++ {
		if k >= len(words) || !names(words[k]) {
			return false
		}
		at += runeLen(words[k])
		if at > e {
			return false
		}
	}
	return k < len(words) && noun(words[k])
}

// properNames are the dictionary's tags of proper names: a person's, a
// place's, a body's and any other (nr, ns, nt, nz).
var properNames = map[string]bool{"nr": true, "ns": true, "nt": true, "nz": true}
