package rag

import (
	"regexp"
	"strings"
)

// A claim may quote a list of the report's and count it: "忠诚为魂、法治为基、
// 民生为大这三条要求", "最关心、最担心、最闹心这“三最”问题". A count after
// 这 that numbers the items just listed says the list is whole at that
// many. Where a cited clause writes the same items, in order, in a longer
// list (its items parted by 、, as the claim's are), the claim left some
// out: the correction quotes the report's whole list.

// countedList is a list of two or more items parted by 、 and the count
// said of them after 这 (这三条, 这“三最”, 这些三项 is no Chinese): the
// items, the numeral, the measure.
var countedList = regexp.MustCompile(`((?:\p{Han}{2,8}、)+\p{Han}{2,8})这[“"]?([2-9二三四五六七八九两])(条|个|项|点|种|类|件|大|最|方面)`)

// wholeListCues before a counted list say it is all there is.
var wholeListCues = []string{"就", "只", "仅", "一共", "总共"}

// listedCountCorrection corrects a question that counts the items it
// quotes where a cited clause lists more of them.
func listedCountCorrection(typed string, texts []Citation) (Part, bool) {
	t := Normalize(typed)
	loc := countedList.FindStringSubmatchIndex(t)
	if loc == nil {
		return Part{}, false
	}
	m := countedList.FindStringSubmatch(t)
	items := strings.Split(m[1], "、")
	// The first item may carry the claim's own lead (就提了忠诚为魂): it
	// is read as long as the last, a parallel list's items being alike.
	first := lastRunes(items[0], runeLen(items[len(items)-1]))
	lead := t[:loc[2]] + strings.TrimSuffix(items[0], first)
	items[0] = first
	if !containsAny(lead, wholeListCues) && m[3] != "最" && m[3] != "大" {
		// "实干为要、清廉为本这两条是哪一段" points at two items of
		// the list; only a count that names the list (“三最”, 五大) or
		// one restricted (就…这三条) says it is whole.
		return Part{}, false
	}
	n := numeralValue([]rune(m[2])[0])
	if m[2] == "两" {
		n = 2
	}
	if len(items) != n {
		return Part{}, false // the count is not of these items
	}
	for ci, c := range texts {
		if s, e, ok := longerList(c.Quote, items); ok {
			return citedCorrection(c, ci, s, e, "只有"+m[2]+m[3], ""), true
		}
	}
	return Part{}, false
}

// longerList finds items, in order, in parts in a row of a clause of
// quote parted by 、 into more parts than items: the rune span of that
// whole list. Its first and last parts are read as long as the claim's
// last item: a parallel list's items are alike in length, and its first
// part may open with the clause's lead (要以忠诚为魂), its last run on
// (最期待的问题).
func longerList(quote string, items []string) (s, e int, ok bool) {
	rs := []rune(quote)
	n := runeLen(items[len(items)-1])
	for _, sp := range Clauses(quote) {
		parts := splitRunes(rs[sp.Start:sp.End], '、')
		if len(parts) <= len(items) || !inARow(rs[sp.Start:sp.End], parts, items) {
			continue
		}
		first, last := parts[0], parts[len(parts)-1]
		return sp.Start + max(first.s, first.e-n), sp.Start + min(last.e, last.s+n), true
	}
	return 0, 0, false
}

// inARow: items are in parts of c, one a part, in parts next to each other.
func inARow(c []rune, parts []runeSpan, items []string) bool {
	for i := 0; i+len(items) <= len(parts); i++ {
		k := 0
		for k < len(items) && strings.Contains(string(c[parts[i+k].s:parts[i+k].e]), items[k]) {
			k++
		}
		if k == len(items) {
			return true
		}
	}
	return false
}

// splitRunes is the spans of rs between marks sep.
func splitRunes(rs []rune, sep rune) []runeSpan {
	var out []runeSpan
	s := 0
	for i, r := range rs {
		if r == sep {
			out = append(out, runeSpan{s, i})
			s = i + 1
		}
	}
	return append(out, runeSpan{s, len(rs)})
}
