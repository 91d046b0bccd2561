package rag

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/places"
)

// localShortPlace reads a short name of one of the city's own divisions
// (大洼, 盘山) as that division where it stands as a place: Find leaves
// short names alone (和平, 新华 are words elsewhere), yet a question about
// the city that says 大洼去年新增就业 asks about 大洼区, which the city's
// figures do not answer. nil when none stands so.
func (ix *Index) localShortPlace(norm string, rep *Report) *PlaceSlot {
	if ix.gaz == nil {
		return nil
	}
	corpus := ix.corpusFor(rep)
	for _, short := range ix.shortLocal {
		for start := range wordPositions(norm, short) {
			end := start + len(short)
			if !shortStandsAlone(norm, start, end, corpus) || introducesAsker(norm[:start]) || namesAsker(norm[end:]) {
				continue
			}
			for _, p := range ix.gaz.Lookup(short) {
				if p.Kind != places.KindDistrict && p.Kind != places.KindCounty {
					continue
				}
				if s := ix.relate(p, rep); s.Relation == PlaceInside {
					// in a run of places (双台子、兴隆台) it is one for sure
					s.english = p.English
					s.short = !strings.HasPrefix(norm[end:], "、") && !strings.HasSuffix(norm[:start], "、")
					return s
				}
			}
		}
	}
	return nil
}

// latinPlace is a place inside a report's own by its pinyin alone
// ("dawa" of Dawa District, "liaobin" of Liaobin Economic Development
// Zone): the register and the metadata give the name only with its kind.
type latinPlace struct {
	word  string
	place places.Place // a division of the register; Code "" for an inner place
	inner PlaceSlot
}

// latinLocalNames are the pinyin names alone of the register's divisions
// inside the reports' places and of the places their metadata names: the
// English name less its kind word (Dawa of "Dawa District"), or the first
// word of an English alias (Liaobin of "Liaobin zone"), when that word is
// no name of a report's own city (Panjin of "Panjin High-tech Zone").
func latinLocalNames(g *places.Gazetteer, homes map[string]places.Place, inner []innerPlace, reports []*Report) []latinPlace {
	own := map[string]bool{}
	for _, r := range reports {
		latin, _ := homeNameForms(r)
		for _, n := range latin {
			own[n] = true
		}
	}
	var out []latinPlace
	add := func(lp latinPlace) {
		if isLatinWord(lp.word) && len(lp.word) > 3 && !own[lp.word] &&
			!slices.ContainsFunc(out, func(o latinPlace) bool { return o.word == lp.word }) {
			out = append(out, lp)
		}
	}
	for _, p := range g.Places() {
		if p.Kind != places.KindDistrict && p.Kind != places.KindCounty {
			continue
		}
		for _, home := range homes {
			if words := strings.Fields(Normalize(p.English)); len(words) == 2 && g.Contains(home, p) {
				add(latinPlace{word: words[0], place: p})
			}
		}
	}
	for _, ip := range inner {
		for _, n := range ip.names {
			if words := strings.Fields(n); len(words) >= 2 {
				add(latinPlace{word: words[0], inner: ip.slot})
			}
		}
	}
	return out
}

// localLatinPlace reads the pinyin alone of one of the city's own places
// ("What is planned for Dawa?") as that place. nil when none is named.
func (ix *Index) localLatinPlace(norm string, rep *Report) *PlaceSlot {
	for _, lp := range ix.latinLocal {
		if !ContainsTerm(norm, lp.word) {
			continue
		}
		if lp.place.Code == "" {
			if rep != nil && lp.inner.Report != rep.Meta.ID {
				continue
			}
			s := lp.inner
			return &s
		}
		if end := latinWordEnd(norm, lp.word); end >= 0 && ix.latinOpensName(norm, end, placeForms(lp.place, PlaceInside), rep) {
			continue // "Shuangtaizi gas storage": the report's 辽河双台子储气库群
		}
		if s := ix.relate(lp.place, rep); s.Relation == PlaceInside {
			s.english, s.short = lp.place.English, true
			return s
		}
	}
	return nil
}

// shortStandsAlone reports whether the short name at norm[start:end] is
// not part of a longer name: its full name or a town named after it
// (大洼区, 兴隆台街道, which Find and unlistedTown read), nor a term the
// report writes around it (辽河双台子储气库, 完成盘山、大洼农村供水),
// where the report's own words answer.
func shortStandsAlone(norm string, start, end int, corpus textIndex) bool {
	after := norm[end:]
	for _, suffix := range []string{"县", "区", "市", "镇", "乡", "街道"} {
		if strings.HasPrefix(after, suffix) {
			return false
		}
	}
	if r, size := utf8.DecodeLastRuneInString(norm[:start]); size > 0 && isHan(r) && corpus.Contains(norm[start-size:end]) {
		return false
	}
	next := end
	for n := 0; n < 2 && next < len(norm); n++ {
		_, size := utf8.DecodeRuneInString(norm[next:])
		next += size
	}
	return next == end || !corpus.Contains(norm[start:next])
}

// askerIntros introduce who asks, not what is asked: "我是大洼的农民，
// 想问今年稻蟹共生面积目标" asks the city's target.
var askerIntros = []string{"我是", "我在", "我家在", "住在", "我住", "来自", "老家", "老家在", "我们", "作为"}

// askerNouns after a place say who asks: 大洼人想问, 大洼居民问.
var askerNouns = []string{"人", "居民", "市民", "老百姓", "网友"}

// namesAsker reports whether after (what follows a place) names the asker
// from there (大洼人想问…) rather than a thing of it.
func namesAsker(after string) bool {
	for _, w := range askerNouns {
		if rest, ok := strings.CutPrefix(after, w); ok && !strings.HasPrefix(rest, "口") && !strings.HasPrefix(rest, "才") {
			return true
		}
	}
	return false
}

// introducesAsker reports whether before (what precedes a place) ends
// introducing the asker.
func introducesAsker(before string) bool {
	for _, w := range askerIntros {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}
