package places

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// buildIndex fills g.index with what Find matches:
//   - provinces, regions and cities: full name, short name, aliases (延边州)
//     and English names;
//   - counties, districts, zones and ports: full name only, since many
//     county short names are ordinary words (和平, 长安, 新华, 白云); in
//     English likewise, pinyin with the kind ("Panshan County"), which the
//     data file gives;
//   - countries: Chinese and English names; CN also 全国, 我国, 国家, 中华人民共和国;
//
// less the stopNames. A county's short name is indexed as a blocker: it
// stops a shorter name at the same position (岳阳楼 is the district
// 岳阳楼区, not the city 岳阳).
func (g *Gazetteer) buildIndex(english, aliases [][]string) {
	stop := map[string]bool{}
	for _, w := range stopNames {
		stop[w] = true
	}
	byText := map[string]*entry{}
	add := func(text string, i int32) {
		if text == "" || stop[text] || utf8.RuneCountInString(text) < 2 {
			return
		}
		e := byText[text]
		if e == nil {
			e = &entry{text: text, latin: isLatin(text)}
			byText[text] = e
		}
		for _, j := range e.places {
			if j == i {
				return
			}
		}
		e.places = append(e.places, i)
	}
	for i, p := range g.places {
		add(p.Name, int32(i))
		if p.Kind == KindProvince || p.Kind == KindRegion || p.Kind == KindCity {
			add(p.Short, int32(i))
		}
		if i < len(english) {
			for _, e := range english[i] {
				add(lowerASCII(e), int32(i))
			}
			for _, a := range aliases[i] {
				add(a, int32(i))
			}
		}
	}
	for _, p := range g.places {
		if (p.Kind == KindCounty || p.Kind == KindDistrict) && p.Short != "" && byText[p.Short] == nil {
			byText[p.Short] = &entry{text: p.Short}
		}
	}
	g.index = map[string][]entry{}
	g.keys = make([]uint64, keyBits/64)
	for _, e := range byText {
		g.sortCandidates(e.places)
		k := key(e.text, 0)
		g.index[k] = append(g.index[k], *e)
		g.addKey(k)
	}
	for _, b := range g.index {
		sort.Slice(b, func(x, y int) bool {
			if len(b[x].text) != len(b[y].text) {
				return len(b[x].text) > len(b[y].text)
			}
			return b[x].text < b[y].text
		})
	}
	g.nonPlace = map[string][]string{}
	g.addNonPlaces(defaultNonPlaces)
}

// NonPlaces returns a Gazetteer that also treats words as non-place words:
// Find drops a name that lies inside an occurrence of one of them, or that
// one crosses leaving the name at most one rune of its own (海地 in 沿海地区;
// not 盘山县 in 盘山县城). A caller passes words of its own corpus in which
// a place name's characters mean something else — "普洱茶" (tea, not the
// city), "大连接" — or a name it never wants matched ("国家"). Words are
// normalized like Find's text; those shorter than two runes are ignored.
// g itself is unchanged.
func (g *Gazetteer) NonPlaces(words ...string) *Gazetteer {
	c := *g
	c.keys = slices.Clone(g.keys)
	c.nonPlace = make(map[string][]string, len(g.nonPlace)+len(words))
	for k, v := range g.nonPlace {
		c.nonPlace[k] = v
	}
	c.addNonPlaces(words)
	return &c
}

func (g *Gazetteer) addNonPlaces(words []string) {
	for _, w := range words {
		w = lowerASCII(w)
		if utf8.RuneCountInString(w) < 2 {
			continue
		}
		k := key(w, 0)
		old := g.nonPlace[k]
		if containsString(old, w) {
			continue
		}
		// Copy: the slice may be shared with the Gazetteer this one came from.
		g.nonPlace[k] = append(append([]string(nil), old...), w)
		g.addKey(k)
	}
}

// keyBits is the size of Gazetteer.keys: about 16 bits for each of the
// ~3,500 keys of the built-in names.
const keyBits = 1 << 16

// keyHash spreads a key (at most two runes: eight bytes) over keyBits.
func keyHash(k string) uint64 {
	var h uint64
	for i := 0; i < len(k); i++ {
		h = h<<8 | uint64(k[i])
	}
	return (h * 0x9E3779B97F4A7C15) >> (64 - 16)
}

func (g *Gazetteer) addKey(k string) {
	h := keyHash(k)
	g.keys[h>>6] |= 1 << (h & 63)
}

// mayHaveKey reports whether index or nonPlace may hold k (false: neither).
func (g *Gazetteer) mayHaveKey(k string) bool {
	h := keyHash(k)
	return g.keys[h>>6]&(1<<(h&63)) != 0
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Find returns the places named in text, in order, without overlaps. text
// is normalized by the caller (NFKC, simplified Chinese); ASCII case does
// not matter. At each position the longest name wins; a name is skipped
// when a non-place word takes it (see NonPlaces), or when a county's short
// name longer than it starts at the same position. Latin names match whole words only,
// with an optional possessive 's. A spelling shared by several places
// (吉林, 和平区, Suzhou) gives the first that lies inside another place
// named in the same text (沈阳和平区 → 沈阳's 和平区), else the larger or
// domestic one, else the lowest code; Lookup lists them all.
func (g *Gazetteer) Find(text string) []Mention {
	if text == "" {
		return nil
	}
	s := lowerASCII(text)
	nonPlace := g.nonPlaceSpans(s)
	var out []Mention
	var cands [][]int32
	for i := 0; i < len(s); {
		e, end := g.matchAt(s, i, nonPlace)
		switch {
		case e != nil:
			out = append(out, Mention{Place: g.places[e.places[0]], Start: i, End: end, As: text[i:end]})
			cands = append(cands, e.places)
			i = end
		case end > i:
			i = end
		default:
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
	}
	g.resolve(out, cands)
	return out
}

type span struct{ start, end int }

// matchAt returns the entry that matches at s[i:] and where it ends; or no
// entry and the end of a blocker to skip; or neither.
func (g *Gazetteer) matchAt(s string, i int, nonPlace []span) (*entry, int) {
	k := key(s, i)
	if k == "" || !g.mayHaveKey(k) {
		return nil, 0
	}
	bucket := g.index[k]
	block := 0
	for x := range bucket {
		e := &bucket[x]
		if !strings.HasPrefix(s[i:], e.text) {
			continue
		}
		end := i + len(e.text)
		if e.latin {
			var ok bool
			if end, ok = wordEnd(s, end); !ok || !wordStart(s, i) {
				continue
			}
		}
		if len(e.places) == 0 {
			if block == 0 {
				block = end
			}
			continue
		}
		if overlapsNonPlace(s, nonPlace, i, end) {
			continue
		}
		if block > end {
			return nil, block
		}
		return e, end
	}
	return nil, 0
}

// nonPlaceSpans finds every occurrence of a non-place word in s.
func (g *Gazetteer) nonPlaceSpans(s string) []span {
	if len(g.nonPlace) == 0 {
		return nil
	}
	var out []span
	for i := 0; i < len(s); {
		if k := key(s, i); g.mayHaveKey(k) { // most positions start no word
			for _, w := range g.nonPlace[k] {
				if strings.HasPrefix(s[i:], w) {
					out = append(out, span{i, i + len(w)})
				}
			}
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return out
}

// overlapsNonPlace reports whether the name s[start:end] loses to a
// non-place word: it lies inside one (or is one), or one crosses it and
// leaves it at most one rune of its own. A longer name keeps its place
// when a word takes only its edge (盘山县城: 盘山县 keeps 盘山; 和县域: 和县
// keeps only 和), and a name containing the word wins (大连市 over 大连).
func overlapsNonPlace(s string, nonPlace []span, start, end int) bool {
	for _, w := range nonPlace {
		if w.end <= start || end <= w.start {
			continue
		}
		if start <= w.start && w.end <= end && end-start > w.end-w.start {
			continue // the name contains the word
		}
		lo, hi := max(start, w.start), min(end, w.end)
		if utf8.RuneCountInString(s[start:end])-utf8.RuneCountInString(s[lo:hi]) <= 1 {
			return true
		}
	}
	return false
}

// resolve picks, for a spelling shared by several places, the first
// candidate that another mention's place contains.
func (g *Gazetteer) resolve(out []Mention, cands [][]int32) {
	for i, c := range cands {
		if len(c) < 2 {
			continue
		}
	pick:
		for _, p := range c {
			for j := range out {
				if j != i && g.Contains(out[j].Place, g.places[p]) {
					out[i].Place = g.places[p]
					break pick
				}
			}
		}
	}
}

// key is the first two runes of s[i:], or "" when fewer remain.
func key(s string, i int) string {
	_, a := utf8.DecodeRuneInString(s[i:])
	if i+a >= len(s) {
		return ""
	}
	_, b := utf8.DecodeRuneInString(s[i+a:])
	return s[i : i+a+b]
}

func isLatin(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// isWordRune reports whether r belongs to a Latin-script word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.Is(unicode.Latin, r)
}

func wordStart(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || !isWordRune(r)
}

// wordEnd reports whether a Latin name ending at s[end] ends a word, and
// where the mention ends: after a possessive 's or ’s if there is one.
func wordEnd(s string, end int) (int, bool) {
	for _, poss := range []string{"'s", "’s"} {
		if strings.HasPrefix(s[end:], poss) && !startsWord(s, end+len(poss)) {
			return end + len(poss), true
		}
	}
	return end, !startsWord(s, end)
}

// startsWord reports whether a word rune starts at s[i].
func startsWord(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && isWordRune(r)
}
