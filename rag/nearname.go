package rag

import (
	"regexp"
	"strings"
)

// A claim may quote a name the report gives — a slogan in quotes (“山海
// 关不住 兴业辽东湾”), what it calls a year (三年行动决胜之年) — with a
// word of it changed (创业 for 兴业, 开局 for 决胜). Such names are said
// word for word, so a claim that says one with a character or two
// changed, all else the same, names it wrong, as long as the report
// nowhere says the claim's version.

// namedInQuotes is a name the report writes in quotes.
var namedInQuotes = regexp.MustCompile(`“[^”]{4,24}”|《[^》]{4,30}》`)

// yearName ends what the report calls a year: 收官之年, 决胜之年.
const yearName = "之年"

// nameMarks are left out when a claim's words are laid over a name:
// the space in 山海关不住 兴业辽东湾, quotes within (“十四五”规划收官之年).
const nameMarks = " 　“”‘’\"《》"

// nameLead is a verb a claim and a year's clause may both open the name
// with: 今年是…之年.
const nameLead = "是为"

// maxNameSwap is how many characters in a row may differ.
const maxNameSwap = 2

// minNameKept is how many characters a claim and a name must share
// around what differs, in all, and minNameSide on each side.
const (
	minNameKept = 6
	minNameSide = 2
)

// nameCandidate is a name of a quote: runes [start, end) of it, and
// whether the claim must say it whole (a quoted name) or only its end
// (a year's name, whose start is the clause's).
type nameCandidate struct {
	start, end int
	whole      bool
}

// namesIn are the quoted names and year names of text.
func namesIn(text []rune) []nameCandidate {
	var out []nameCandidate
	for _, m := range findAllRunes(namedInQuotes, text) {
		out = append(out, nameCandidate{m.start + 1, m.end - 1, true})
	}
	yr := []rune(yearName)
	for i := 0; i+len(yr) <= len(text); i++ {
		if string(text[i:i+len(yr)]) != yearName {
			continue
		}
		s := i
		for s > 0 && !isClauseMark(text[s-1]) || s > 0 && strings.ContainsRune(nameMarks, text[s-1]) {
			s--
		}
		out = append(out, nameCandidate{s, i + len(yr), false})
	}
	return out
}

// stripMarks is rs[s:e] without nameMarks, and where each rune left
// stands in rs.
func stripMarks(rs []rune, s, e int) ([]rune, []int) {
	var out []rune
	var at []int
	for i := s; i < e; i++ {
		if !strings.ContainsRune(nameMarks, rs[i]) {
			out = append(out, rs[i])
			at = append(at, i)
		}
	}
	return out, at
}

// nameSwap finds claim q saying name n with one run of up to maxNameSwap
// characters changed: the claim's words for it, [qs, qe), and the name's
// runes that span it, [ns, ne) of n.
func nameSwap(q, n []rune, whole bool) (qs, qe, ns, ne int, ok bool) {
	runs := sharedRuns(q, n)
	for i := 0; i+1 < len(runs); i++ {
		a, b := runs[i], runs[i+1]
		gq, gn := b.q-(a.q+a.n), b.c-(a.c+a.n)
		switch {
		case gq != gn || gq < 1 || gq > maxNameSwap, a.n < minNameSide || b.n < minNameSide, a.n+b.n < minNameKept:
			continue
		case b.c+b.n != len(n), whole && a.c != 0:
			continue
		case !AllHan(q[a.q+a.n:b.q]) || !AllHan(n[a.c+a.n:b.c]):
			continue
		}
		if strings.ContainsRune(nameLead, q[a.q]) {
			a.q, a.c = a.q+1, a.c+1 // 是“十四五”规划…: the verb is no part of the name
		}
		return a.q, b.q + b.n, a.c, b.c + b.n, true
	}
	return 0, 0, 0, 0, false
}

// misnamedCorrection corrects a name a claim says wrong, by the first of
// the name checks that finds one: a quoted name or slogan with a word
// changed, a swapped name before an ending both share, a 《title》, one
// character between shared words. Claims and premises try them alike.
func (ix *Index) misnamedCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	for _, correct := range [...]func(string, []Citation, *Report) (Part, bool){
		ix.nameCorrection, ix.tailNameCorrection, ix.titleCorrection, ix.charSwapCorrection, ix.slotNameCorrection, ix.insertedNameCorrection,
	} {
		if p, ok := correct(read, texts, rep); ok {
			return p, true
		}
	}
	return Part{}, false
}

// nameCorrection corrects a claim that says a quoted name or a year's
// name of the cited texts with a word changed, where the report nowhere
// says the claim's version.
func (ix *Index) nameCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	q := claimCore(read)
	for i, c := range texts {
		text := []rune(c.Quote)
		for _, cand := range namesIn(text) {
			n, at := stripMarks(text, cand.start, cand.end)
			qs, qe, ns, ne, ok := nameSwap(q, n, cand.whole)
			if !ok || ix.saysPhrase(string(q[qs:qe]), rep) {
				continue
			}
			s, e := balanceQuotes(text, at[ns], at[ne-1]+1)
			return citedCorrection(c, i, s, e, string(q[qs:qe]), ""), true
		}
	}
	return Part{}, false
}

// balanceQuotes widens [s, e) of text over a quote mark right beside it
// that closes or opens one within: “十四五”规划收官之年, not 十四五”规划….
func balanceQuotes(text []rune, s, e int) (int, int) {
	in := string(text[s:e])
	opens, closes := strings.Count(in, "“"), strings.Count(in, "”")
	switch {
	case closes > opens && s > 0 && text[s-1] == '“':
		s--
	case opens > closes && e < len(text) && text[e] == '”':
		e++
	}
	return s, e
}

// saysPhrase reports whether a paragraph of rep (every report's when
// nil) says phrase, marks aside.
func (ix *Index) saysPhrase(phrase string, rep *Report) bool {
	want := []rune(Normalize(phrase))
	return ix.anyReport(rep, func(r *Report) bool {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			norm := ""
			if p.Quotable() {
				pt := ix.para(p)
				if pt.folded && !holdsRunes(pt.norm, want) {
					continue
				}
				norm = pt.norm
			} else {
				norm = Normalize(p.Text)
			}
			rs := []rune(norm)
			if s, _ := stripMarks(rs, 0, len(rs)); containsFoldRunes(s, want) {
				return true
			}
		}
		return false
	})
}

// holdsRunes: folded text holds each rune of want folded, as it must to
// hold want by sameRune with its marks aside; most paragraphs lack one.
func holdsRunes(folded string, want []rune) bool {
	for _, r := range want {
		if !strings.ContainsRune(folded, foldWidth(r)) {
			return false
		}
	}
	return true
}
