package figures

import (
	"slices"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// A claim may give a member of a list its number ("央地合作项目推进了6个吗"
// of ¶10's 央地合作项目谋划梳理87个、新签约19个、推进实施6个) while the
// search, scoring the list's head words, finds only another figure of the
// head (滚动实施央地合作项目10个以上, the 2025 target). The member's own
// figure bears the claim out: correcting it with the other would cite a
// figure of another stage or year as if it contradicted the report.

// minListHead is how many characters of a list's head (its first member's
// indicator) a claim must write in a row to name that list.
const minListHead = 4

// listMemberNamed is the figure of a list the claim names by its head
// (listed, the words before stated figure m that may name its list,
// writes minListHead Han characters of the first member's indicator in a
// row) and by the member's own word (推进 of 推进实施) in claimed, the
// clause before m, in stated figure m's unit and of period kind when one is claimed: the one whose number m
// admits, else the only one named. held says m admits it; nil when no
// member, or several none admits, is named.
func (ix *Index) listMemberNamed(m Mention, kind Kind, listed, claimed, report string) (g *Figure, held bool) {
	sp := ix.scope(report)
	if sp == nil {
		return nil, false
	}
	figs := ix.figs[sp.lo:sp.hi]
	var named []*Figure
	for k := range figs {
		f := &figs[k]
		if f.list.list == 0 || kind != "" && f.Kind != kind || !UnitsCompatible(m.Value.Unit, f.Unit) {
			continue
		}
		head := listHead(figs, k)
		if head == f || longestRun(rag.Normalize(head.Indicator), listed, rag.Normalize(f.Indicator)) < minListHead || !writesOwnWord(f, head, claimed) {
			continue
		}
		if m.Value.Admits(f.Amount()) {
			return f, true
		}
		named = append(named, f)
	}
	if len(named) != 1 {
		return nil, false
	}
	return named[0], false
}

// listHead is the first member of the list figs[k] is in: the figures of
// a list stand together, in text order.
func listHead(figs []Figure, k int) *Figure {
	g := &figs[k]
	i := k
	for i > 0 && figs[i-1].Report == g.Report && figs[i-1].Paragraph == g.Paragraph && figs[i-1].list.list == g.list.list {
		i--
	}
	return &figs[i]
}

// longestRun is how many Han characters of a the text norm writes in a
// row, at most, counting no run that member writes too: words a list's
// head shares with a member (以上项目) name no list apart, nor does a
// figure (500万).
func longestRun(a, norm, member string) int {
	rs := []rune(a)
	best := 0
	for i := range rs {
		for j := len(rs); j > i+best; j-- {
			if run := string(rs[i:j]); rag.AllHan(rs[i:j]) && strings.Contains(norm, run) && !strings.Contains(member, run) {
				best = j - i
				break
			}
		}
	}
	return best
}

// headOfOwnList reports whether g heads the list member f is in while the
// claim writes f's own word (推进 of 推进实施6个): the head's words
// (央地合作项目谋划梳理) name the whole list, so writing them names no
// member over f.
func headOfOwnList(figs []Figure, g Figure, f *Figure, claimed string) bool {
	if f.list.list == 0 || g.list.list != f.list.list || !writesOwnWord(f, &g, claimed) {
		return false
	}
	for k := range figs {
		if sameFigure(figs[k], g) {
			return sameFigure(*listHead(figs, k), g)
		}
	}
	return false
}

// writesOwnWord reports whether norm writes a character pair of member
// f's indicator that head's does not: f's own word (推进 of 推进实施), not
// one the list's members share (以上项目 of 亿元以上项目 and 500万元以上项目).
func writesOwnWord(f, head *Figure, norm string) bool {
	hd := rag.Normalize(head.Indicator)
	for _, g := range bigrams(rag.Normalize(f.Indicator)) {
		if !strings.Contains(hd, g) && strings.Contains(norm, g) {
			return true
		}
	}
	return false
}

// namesOneWhole reports whether norm writes the whole name of one of the
// figures found (滚动实施央地合作项目): the claim is that figure's, not a
// list member's that shares some of its words.
func namesOneWhole(found []scored, norm string) bool {
	return slices.ContainsFunc(found, func(c scored) bool { return literalShare(c.fig.Indicator, norm) == 1 })
}

// listNamed is the text that may name the list stated figure m is of: its
// own clause, or, in a pair ("央地合作项目实施6个，签约19个"), the whole
// claim before it, since the pair's later clauses name the list once for all.
func (pr *premiseRun) listNamed(m Mention) string {
	if pr.paired == nil {
		return rag.Normalize(string(pr.rs[clauseStart(pr.rs, m.Start):m.Start]))
	}
	if strings.ContainsFunc(string(pr.rs[clauseStart(pr.rs, m.Start):m.Start]), unicode.IsDigit) {
		return "" // 分别达到95万亩、48万亩: which member each figure is of is the pair's to say
	}
	return rag.Normalize(string(pr.rs[:m.Start]))
}
