package figures

import (
	"fmt"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// A claim may state, for one indicator, an amount the report writes for
// another: "去年全市生产总值403亿元对吗" where 403亿元 is 海洋经济生产总值,
// "去年社零总额145亿元吧" where 145亿元 is 大豆全产业链产值. The report gives
// the asked indicator no figure in that measure (社零 only a growth rate),
// so the claim is neither confirmed nor corrected by it; quoting the other
// indicator's figure would read as confirming it.

// claimNotGiven is a claim's stated amount, which the report gives its
// indicator nothing in the measure of but writes for another indicator
// (borrowed), and the asked indicator's figures in other measures.
type claimNotGiven struct {
	stated   Mention
	asked    []Figure // the asked indicator's figures in other measures
	borrowed *Figure  // another indicator's figure of the stated amount
}

// notGivenClaim reads the question's one stated amount (no share, no
// rank) as a claim the report gives no figure of: nil when its
// indicator has a figure in the stated measure (the premise check holds
// it to that), or the question states several figures or claims nothing.
func (st *Stepper) notGivenClaim(d *rag.Draft, mentions []Mention, scope string) *claimNotGiven {
	if len(mentions) != 1 || !rag.ClaimShaped(d.Read) || containsAnyOf(d.Norm(), amountCues...) {
		return nil // a claim beside an ask is the ask's to answer
	}
	m := mentions[0]
	if !strings.HasSuffix(m.Value.Unit, "元") {
		return nil // a money total: a size (30万吨级) or a count is no indicator's total
	}
	rs := []rune(d.Read)
	if strings.TrimSpace(string(rs[clauseStart(rs, m.Start):m.Start])) == "" {
		return nil // "70.1亿是工业技改投入吧" asks what the figure names: the naming checks' (Correction.Named)
	}
	sp := st.idx.scope(scope)
	english := d.Intent.Lang == "en"
	kind := claimKind(rs, m, normKind(d.Norm(), sp), sp)
	found, comparable, _ := statedSearch(m, rs, "", kind, readBare(m, rs, english, true), st.idx, scope)
	if len(comparable) > 0 {
		return nil
	}
	anyFound, anyComparable, _ := statedSearch(m, rs, "", "", bareNone, st.idx, scope)
	if len(anyComparable) > 0 && kind != "" {
		return nil // the indicator's figure of the other period: the premise's to tell
	}
	asked := ""
	if len(found) > 0 {
		asked = found[0].fig.Indicator
	}
	holders := st.sameAmountElsewhere(m, scope, kind)
	if len(holders) == 0 || slices.ContainsFunc(holders, func(f *Figure) bool { return f.Indicator == asked || namedInPart(anyFound, f) }) {
		// No other indicator's figure of the amount (or it is another
		// period's, or the asked one's under other words: 工业技改投入 for
		// 投入技改资金): nothing shows the claim borrowed it.
		return nil
	}
	nc := &claimNotGiven{stated: m, borrowed: holders[0]}
	for _, c := range found {
		if c.coverage >= premiseMinCoverage && c.fig.Indicator == asked {
			nc.asked = append(nc.asked, *c.fig)
		}
	}
	return nc
}

// namedInPart reports whether f is among found with half the weight a
// claim is held to: 技改投资 names 投入技改资金, 海洋产业产值 海洋经济生产总值
// in other words, and the amount is then the asked one's, not borrowed.
func namedInPart(found []scored, f *Figure) bool {
	return slices.ContainsFunc(found, func(c scored) bool { return sameFigure(*c.fig, *f) && c.coverage >= premiseMinCoverage/2 })
}

// sameAmountElsewhere are the figures of the report in scope (of kind,
// when known) whose amount is the stated one: 145亿元 is 大豆全产业链产值's
// and a 交易额's, and the claim borrows it only if it names neither.
func (st *Stepper) sameAmountElsewhere(m Mention, scope string, kind Kind) []*Figure {
	var out []*Figure
	for i := range st.idx.figs {
		f := &st.idx.figs[i]
		if scope != "" && f.Report != scope || kind != "" && f.Kind != kind {
			continue
		}
		if !isShare(*f) && sameAmount(m.Value, f.Amount()) {
			out = append(out, f)
		}
	}
	return out
}

// answerNotGivenClaim turns the answer into "the report gives no such
// figure": the other indicator's figure of the stated amount named as
// such, the asked indicator's own figures after it as related.
func answerNotGivenClaim(d *rag.Draft, nc *claimNotGiven) error {
	ans := d.Answer
	notice := "报告没有给出这项数字"
	if d.Intent.Lang == "en" {
		notice = "The report gives no such figure for this"
	}
	if f := nc.borrowed; d.Intent.Lang == "en" {
		notice += fmt.Sprintf("; the report's %s is %s, a different indicator", f.Text, f.Indicator)
	} else {
		notice += fmt.Sprintf("；报告写的%s是%s，不是所问的指标", f.Text, f.Indicator)
	}
	if d.Intent.Lang == "en" {
		notice += ". Related text:"
	} else {
		notice += "。相关内容："
	}
	var lines []rag.Part
	for _, f := range nc.asked {
		p, err := figurePart(d, f)
		if err != nil {
			return err
		}
		lines = append(lines, p)
	}
	ans.Parts = append(lines, withoutIntro(ans.Parts)...)
	relatedUnder(ans, rag.GroundNoSuchFigure, notice)
	return nil
}
