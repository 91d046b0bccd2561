package rag

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// placeNames finds the loaded reports' own names for their places (盘锦市,
// 盘锦, Panjin) in normalized text in one pass, whatever the number of
// reports: each name is looked up by its first rune, the longest first,
// Latin names as whole words only.
type placeNames struct {
	byFirst map[rune][]placeName
}

type placeName struct {
	word  string
	latin bool
	keys  []string // the places (placeKey) it names
}

func newPlaceNames(ix *Index) *placeNames {
	byWord := map[string]*placeName{}
	var order []string
	for _, r := range ix.reports {
		for _, w := range placeWords([]*Report{r}) {
			n, ok := byWord[w]
			if !ok {
				n = &placeName{word: w, latin: isLatinWord(w) || strings.HasSuffix(w, "'s")}
				byWord[w] = n
				order = append(order, w)
			}
			if k := ix.placeKey(r); !slices.Contains(n.keys, k) {
				n.keys = append(n.keys, k)
			}
		}
	}
	m := &placeNames{byFirst: map[rune][]placeName{}}
	for _, w := range order {
		first, _ := utf8.DecodeRuneInString(w)
		m.byFirst[first] = append(m.byFirst[first], *byWord[w])
	}
	for _, ns := range m.byFirst {
		sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].word) > len(ns[j].word) })
	}
	return m
}

// each calls f with each name found, left to right, the longest at each
// place, not overlapping.
func (m *placeNames) each(text string, f func(start, end int, n *placeName)) {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		matched := 0
		for k := range m.byFirst[r] {
			n := &m.byFirst[r][k]
			if !strings.HasPrefix(text[i:], n.word) {
				continue
			}
			end := i + len(n.word)
			if n.latin && (i > 0 && isWordByte(text[i-1]) || end < len(text) && isWordByte(text[end])) {
				continue
			}
			f(i, end, n)
			matched = len(n.word)
			break
		}
		if matched > 0 {
			i += matched
		} else {
			i += size
		}
	}
}

// strip blanks the names found in text, each with one space, except a
// name 港 follows: the city's own port (盘锦港) is a topic, not a place.
func (m *placeNames) strip(text string) string {
	var b strings.Builder
	last := 0
	m.each(text, func(start, end int, n *placeName) {
		if !n.latin && strings.HasPrefix(text[end:], "港") {
			return
		}
		if b.Len() == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[last:start])
		b.WriteByte(' ')
		last = end
	})
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}
