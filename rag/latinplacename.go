package rag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// latinPlaceKinds are English words naming a place's kind after its name
// ("Liaoning province", "Dalian city"): they name the place itself, never
// a thing called after it.
var latinPlaceKinds = map[string]bool{
	"city": true, "cities": true, "province": true, "provincial": true, "district": true,
	"county": true, "town": true, "township": true, "village": true, "municipality": true,
	"municipal": true, "area": true, "region": true, "zone": true,
}

// latinOpensName reports whether the place an English question names at
// norm[start:end] opens the name of a thing the report writes with that
// place's Chinese name in it: a word right after the place has a Chinese
// member the report writes at most placeGap characters after one of forms
// ("Shuangtaizi gas storage" is the report's 辽河双台子储气库群, "Dalian
// University of Technology" its 大连理工大学). The place is then part of
// a name, as a Chinese short name written with the report's own term is
// (shortStandsAlone), not the district or city whose own figures are asked.
// A possessive ("Dalian's universities") asks the place's own.
func (ix *Index) latinOpensName(norm string, end int, forms []string, rep *Report) bool {
	if ix.lex == nil || possessiveAt(norm, end) {
		return false
	}
	words := strings.FieldsFunc(norm[end:], func(r rune) bool { return r >= 0x80 || !unicode.IsLetter(r) })
	texts := ix.scopeTexts(rep)
	for _, w := range words[:min(len(words), 2)] {
		if latinPlaceKinds[w] {
			return false
		}
		for _, m := range ix.lex.chineseMembersOf(w) {
			if utf8.RuneCountInString(m) >= 2 && writesAfterForm(texts, forms, m) {
				return true
			}
		}
	}
	return false
}

// writesAfterForm reports whether some text writes member at most
// placeGap characters after one of forms (two characters or more: 辽
// alone opens too many words to mark a name).
func writesAfterForm(texts, forms []string, member string) bool {
	span := placeGap + utf8.RuneCountInString(member)
	for _, t := range texts {
		for _, f := range forms {
			if utf8.RuneCountInString(f) < 2 {
				continue
			}
			for rest := t; ; {
				i := strings.Index(rest, f)
				if i < 0 {
					break
				}
				rest = rest[i+len(f):]
				if strings.Contains(firstRunes(rest, span), member) {
					return true
				}
			}
		}
	}
	return false
}

// latinWordEnd is the byte offset just past the first whole-word
// occurrence of Latin word w in s; -1 when s has none.
func latinWordEnd(s, w string) int {
	if i := latinWordAtByte(s, w); i >= 0 {
		return i + len(w)
	}
	return -1
}

// possessiveAt reports whether the Latin word ending at norm[:end] is
// possessive ("Dalian's"), its 's read with it or right after it.
func possessiveAt(norm string, end int) bool {
	return strings.HasSuffix(norm[:end], "'s") || strings.HasPrefix(norm[end:], "'s")
}

// hyphenedAt reports whether the word at s[start:end] is joined to
// another by a hyphen (Beijing-Harbin).
func hyphenedAt(s string, start, end int) bool {
	return start > 0 && s[start-1] == '-' || end < len(s) && s[end] == '-'
}

// addOpenedNameTerms makes the Chinese name of a city's own place that an
// English question names inside the name of a thing (latinOpensName) a
// term: "Shuangtaizi gas storage" is read as no place, yet its 双台子 is
// the report's own word for the thing (辽河双台子储气库群).
func (ix *Index) addOpenedNameTerms(a *analysis) {
	corpus := ix.corpusFor(a.rep)
	for _, lp := range ix.latinLocal {
		end := latinWordEnd(a.norm, lp.word)
		if lp.place.Code == "" || end < 0 {
			continue
		}
		forms := placeForms(lp.place, PlaceInside)
		if !ix.latinOpensName(a.norm, end, forms, a.rep) {
			continue
		}
		for _, f := range forms {
			if utf8.RuneCountInString(f) >= 2 && corpus.Contains(f) {
				for _, t := range append(ix.tok.Tokens(f), f) {
					a.terms[t] = max(a.terms[t], 1)
				}
			}
		}
	}
}
