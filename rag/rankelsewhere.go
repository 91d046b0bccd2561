package rag

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A question may claim a numbered place ("居民健康素养水平全省第三",
// "在30强里排第12位") that the retrieved quotes do not rank, while another
// sentence of the report ranks the very thing named at another place
// (全省第一, 第21位). A careful reader corrects the place from that
// sentence rather than saying the report gives no ranking.

// numberedPlace is a numbered place in a ranking: 第三, 第21位, 第十二名.
var numberedPlace = regexp.MustCompile(`第([0-9]+|[一二三四五六七八九十]+)(?:位|名)?`)

// placeNumber is the number of a numbered place, 0 when it is none (第四批
// counts; 倒数第二 ranks from the other end).
func placeNumber(s string, m []int) int {
	if m[0] >= len("倒数") && strings.HasSuffix(s[:m[0]], "倒数") {
		return 0
	}
	if r, _ := firstRune(s[m[1]:]); strings.ContainsRune(countedAfterOrdinal, r) {
		return 0
	}
	digits := s[m[2]:m[3]]
	if n, err := strconv.Atoi(digits); err == nil {
		return n
	}
	if f, ok := ParseChineseNumber(digits); ok {
		return int(f)
	}
	return 0
}

// reportRankCorrection finds, in any paragraph of the report, a sentence
// ranking what the question names before its claim (share least of
// those terms, before the place) at a numbered place, in the claim's
// field, and when that place is another than claimed corrects the claim
// with it: the correction quoting the place, and the cited sentence.
// The same place is left alone: a later step may read what the question
// asks after it ("能进前十吗") as a claim.
func (e *Engine) reportRankCorrection(d *Draft, named []askedTerm, claim string, least float64) (Part, Citation, bool) {
	r, ok := e.reportRanking(d, named, claim, least)
	if !ok || r.said == r.claimed {
		return Part{}, Citation{}, false
	}
	return citedCorrection(r.cite, 0, r.place[0], r.place[1], r.stated, ""), r.cite, true
}

// reportRank is a sentence of the report ranking what a question names
// at a numbered place: its citation, the runes of its place, the place's
// number, and the claim's number and words.
type reportRank struct {
	cite          Citation
	place         [2]int
	said, claimed int
	stated        string
}

// reportRanking finds the sentence reportRankCorrection reads (see
// there), whether its place is the one claimed or another.
func (e *Engine) reportRanking(d *Draft, named []askedTerm, claim string, least float64) (reportRank, bool) {
	cm := numberedPlace.FindStringSubmatchIndex(claim)
	at := strings.Index(d.norm, claim)
	// Of two places claimed ("外资全省第一，进出口增速全省第二") one
	// sentence corrects one at most: the claims are not read here.
	if cm == nil || at < 0 || len(rankClaimed.FindAllStringIndex(d.norm, -1)) > 1 {
		return reportRank{}, false
	}
	claimed, field := placeNumber(claim, cm), rankScope(claim)
	// What is ranked comes before the place: "今年还能前进吗" after the
	// claim asks, it names nothing ranked.
	before := slices.DeleteFunc(slices.Clone(named), func(t askedTerm) bool { return !t.in(d.norm[:at]) })
	if claimed == 0 || len(before) == 0 {
		return reportRank{}, false
	}
	var c Citation
	var place [2]int
	var said int
	ok := e.ix.anyReport(d.Scope, func(r *Report) bool {
		for i := range r.Paragraphs {
			if p := &r.Paragraphs[i]; p.Quotable() {
				var hit bool
				if c, place, said, hit = numberedRanking(p, before, field, least); hit {
					return true
				}
			}
		}
		return false
	})
	if !ok {
		return reportRank{}, false
	}
	rs := []rune(claim)
	stated := string(rs[widenScope(rs, runeLen(claim[:cm[0]])):runeLen(claim[:cm[1]])])
	return reportRank{c, place, said, claimed, stated}, true
}

// numberedRanking is the first sentence of p ranking the named thing at
// a numbered place in field (any, when ""), the runes of its place within
// the sentence, and the place's number.
func numberedRanking(p *Paragraph, named []askedTerm, field string, least float64) (Citation, [2]int, int, bool) {
	for _, s := range Sentences(p.Text) {
		text := p.Text[s.byteStart:s.byteEnd]
		for _, m := range numberedPlace.FindAllStringSubmatchIndex(text, -1) {
			n := placeNumber(text, m)
			window := Normalize(text[:m[1]])
			if n == 0 || coveredShare(named, window) < least || ranksOtherThing(text[:m[1]], named, least) {
				continue
			}
			if said := rankScope(window); field != "" && said != field {
				continue
			}
			start := widenScope([]rune(text), runeLen(text[:m[0]]))
			c := Citation{Report: p.Report, Paragraph: p.N, Section: p.Path(), Period: p.Period, Quote: text, Start: s.Start, End: s.End}
			return c, [2]int{start, runeLen(text[:m[1]])}, n, true
		}
	}
	return Citation{}, [2]int{}, 0, false
}

// ranksOtherThing reports whether the clause ending at a numbered place
// names a subject of its own while the named thing stands only in the
// sentence before it (刑事、治安警情分别下降…，命案积案下降率全省第一 ranks
// 命案积案下降率): its place is that subject's, not the one claimed.
func ranksOtherThing(upToPlace string, named []askedTerm, least float64) bool {
	clause := Normalize(afterLastAny(upToPlace, "，,；;。"))
	return rankedSubject(clause) != "" && coveredShare(named, clause) < least
}
