package rag

import (
	"regexp"
	"slices"
	"strings"
)

// statedLevel is a figure a question states in a unit of how much or how
// many there is (3000万人次, 300家, 600亿元), not a rate, share or multiple.
// A sum in 亿 needs no unit after it: "突破1500亿" is spoken of money.
var statedLevel = regexp.MustCompile(`\d[\d.]*(?:万|亿|千|百)?(?:人次|人|家|个|元|吨|户|辆|台|项|所|座|公里|亩|标箱|teu|TEU)|\d[\d.]*亿`)

// groundLevelClaimedAsMove declines a question stating how much or how
// many there is ("去年旅客接待量3000万人次是吧", "高新技术企业超过300家了
// 吧") whose answer gives only how the thing moved (旅客接待量增长64％).
// WHY: a growth rate neither confirms nor corrects a level — 64% more of
// an unknown base is no count — so answering with it passes a change for
// the figure stated; the report gives no level, and the notice says so.
func (e *Engine) groundLevelClaimedAsMove(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Derived || d.Matched || correctsBesideMove(ans) || d.Intent.Lang == "en" {
		return
	}
	stated := statesLevelOnly(d.norm)
	if !stated && !e.ix.totalLevel(d.norm, d.Scope) {
		return
	}
	clauses, ok := quoteClausesIfFigures(ans, true, func(f *AnswerFigure) bool {
		return changeClause(Normalize(f.Indicator) + f.Value)
	})
	if !stated && slices.ContainsFunc(clauses, func(c string) bool { return strings.Contains(c, "总量") }) {
		return // 研发经费投入总量增长7%: the growth of the 总量 named is its answer
	}
	if ok && onlyMoveOfAsked(d.asked, clauses) {
		ans.relatedOnly(GroundNoSuchFigure, onlyChangeZh, onlyChangeEn)
	}
}

// statesLevelOnly reports whether a question states a level figure
// (statedLevel) and no change, rate or multiple.
func statesLevelOnly(norm string) bool {
	return statedLevel.MatchString(norm) && !containsCue(norm, changeCues) && !containsAny(norm, []string{"%", "百分点", "倍"})
}

// onlyMoveOfAsked reports whether the clauses holding a figure of what was
// asked all give a change (分别增长64％) and one does: a clause giving a
// level beside its change (实际到位内资451.5亿元、增长20.2%) answers.
func onlyMoveOfAsked(asked []askedTerm, clauses []string) bool {
	moved := false
	for _, c := range clauses {
		if coveredShare(asked, c) == 0 || !writesFigure(c) {
			continue
		}
		if !changeClause(c) || statedLevel.MatchString(c) {
			return false
		}
		moved = true
	}
	return moved
}

// correctsBesideMove reports whether a correction of the answer does more
// than set the report's change against a level stated in another number
// (更正：报告写的是1.9%，不是100万 for "集装箱吞吐量100万标箱是吧"): a growth
// rate corrects no level, so such a correction is declined with the rest.
// A stated number the report writes in another unit (OtherUnit: 4亿元 for
// 增长4%) or a change's way is a reading of the report's own figure and
// stays.
func correctsBesideMove(ans *Answer) bool {
	for _, p := range ans.Parts {
		if p.Type == PartCorrection && (p.OtherUnit || p.WrongWay || p.FallTo || p.Figure == nil || !changeClause(Normalize(p.Figure.Indicator)+p.Figure.Value)) {
			return true
		}
	}
	return false
}

// quoteClausesIfFigures is the clauses of an answer's quotes, normalised,
// when every figure part (and correction, withCorrections) passes fits;
// ok is false at the first that does not. The two claim-kind checks read
// an answer this way: its figures must all be of one kind (a move, a
// level) before its quotes' clauses are weighed.
func quoteClausesIfFigures(ans *Answer, withCorrections bool, fits func(*AnswerFigure) bool) (clauses []string, ok bool) {
	for _, p := range ans.Parts {
		switch {
		case p.Type == PartFigure || withCorrections && p.Type == PartCorrection:
			if p.Figure == nil || !fits(p.Figure) {
				return nil, false
			}
		case p.Type == PartQuote:
			for _, sp := range Clauses(p.Text) {
				clauses = append(clauses, Normalize(p.Text[sp.byteStart:sp.byteEnd]))
			}
		}
	}
	return clauses, true
}
