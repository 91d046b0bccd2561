package figures

import (
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// A claim's number may be the report's for a thing next to the one it
// names: "去年新开工项目502个" where ¶8 writes 开复工项目502个 and, a few
// words on, 272个新建项目开工建设. The same number confirms nothing when a
// figure beside it, in the same unit, names more of what the claim says
// and the claim does not write the matched figure's own words whole.

// nearRunes is how far, in runes, a figure beside the matched one may
// stand: the same sentence's run of figures, not the paragraph's.
const nearRunes = 60

// outnamedNeighbour is the figure near f, of its paragraph and unit, that
// the claim rs names better than f (namesClaimed) at stated figure m; nil
// when none does, or the claim writes f's indicator whole.
func (ix *Index) outnamedNeighbour(f *Figure, m Mention, rs []rune) *Figure {
	claimed := rag.Normalize(string(rs[clauseStart(rs, m.Start):m.Start]))
	if f.Indicator == "" || strings.Contains(claimed, rag.Normalize(f.Indicator)) || strings.ContainsFunc(yearWords.ReplaceAllString(claimed, ""), isDigitOrLatin) {
		return nil // a synonym (GDP) or another figure (11个…和) is no name to weigh
	}
	if countsNamedAfter(rs, m, f.Indicator) {
		return nil // "11个重点行业领域": the thing counted, written after the count
	}
	if strings.Contains(claimed, "、") || strings.Contains(claimed, "分别") {
		return nil // a list's names, each held to its figure by the pair checks
	}
	if ix.namesBySynonym(claimed, f.Indicator) {
		return nil // 旅游的人 is 旅客接待量: its 旅游 is no word of 旅游收入
	}
	figs := ix.inParagraph(f.Report, f.Paragraph)
	cands := []Figure{*f}
	for _, g := range figs {
		if sameFigure(g, *f) || g.Value == f.Value || g.Unit != f.Unit || g.Indicator == "" ||
			math.Abs(float64(g.Start-f.Start)) > nearRunes || headOfOwnList(figs, g, f, claimed) {
			continue
		}
		cands = append(cands, g)
	}
	best := namesClaimed(m, rs, cands)
	if len(best) != 1 || sameFigure(best[0], *f) || !writesOwnPair(claimed, best[0].Indicator, f.Indicator) {
		return nil
	}
	for k := range figs {
		if sameFigure(figs[k], best[0]) {
			return &figs[k]
		}
	}
	return nil
}

// countsNamedAfter reports whether the words right after stated figure
// m, up to its clause's end, write indicator whole. WHY: a Chinese count
// puts what it counts after its measure word ("11个重点行业领域"), as the
// report does; words before the count (安全生产覆盖) then only frame it,
// and a neighbour sharing those words (新兴领域本质安全水平) is no better name.
func countsNamedAfter(rs []rune, m Mention, indicator string) bool {
	ind := rag.Normalize(indicator)
	if utf8.RuneCountInString(ind) < 2 {
		return false
	}
	return strings.HasPrefix(rag.Normalize(string(rs[m.End:clauseEnd(rs, m.End)])), ind)
}

// namesBySynonym reports whether the lexicon reads claimed as naming
// indicator whole (旅游的人 as 旅客接待量): a word people use for the
// thing names it, though it shares characters with a neighbour's name.
func (ix *Index) namesBySynonym(claimed, indicator string) bool {
	if ix.expand == nil {
		return false
	}
	ind := rag.Normalize(indicator)
	for _, t := range ix.expand(claimed) {
		if n := rag.Normalize(t); utf8.RuneCountInString(n) >= 3 && strings.Contains(ind, n) {
			return true
		}
	}
	return false
}

// checkOutnamed turns a confirmation of stated figure m (those from the
// n-th on, when one) that a figure beside it outnames into a correction with that
// figure. Claims only: a question may name a whole to ask a part.
func (pr *premiseRun) checkOutnamed(m Mention, n int) {
	if !pr.claim || len(pr.confirmed)-n != 1 {
		return // another figure of the same number may be the one named
	}
	if g := pr.idx.outnamedNeighbour(pr.confirmed[n], m, pr.rs); g != nil {
		pr.correctWith(n, m, g) // the only confirmation from n on
	}
}

// writesOwnPair reports whether claimed writes two characters together
// that indicator other writes and own does not (开工 of 新建项目开工建设,
// not of 开复工项目): a word of the other thing, not characters scattered.
func writesOwnPair(claimed, other, own string) bool {
	rs := []rune(claimed)
	for i := 0; i+1 < len(rs); i++ {
		pair := string(rs[i : i+2])
		if strings.Contains(other, pair) && !strings.Contains(own, pair) {
			return true
		}
	}
	return false
}

// yearWords are years (2024年): a claim's time, no other figure.
var yearWords = regexp.MustCompile(`[0-9]{4}年`)

// isDigitOrLatin: r is an ASCII digit or letter, by scan.go's own tests.
func isDigitOrLatin(r rune) bool { return isDigit(r) || isLatin(r) }
