package rag

import "regexp"

// statedMove is a change a question states as a rate (增长了15%, 增速是
// 8%, 下降3个百分点), not a level reached (提高到91%: 到 and 至 are not
// allowed after the verb).
var statedMove = regexp.MustCompile(`(?:增长|增加|提高|提升|上升|下降|降低|减少|下滑|增速|增幅|降幅)了?(?:是|为)?[0-9]+(?:\.[0-9]+)?(?:%|％|个?百分点)`)

// groundMoveClaimedAsLevel declines a Chinese question stating how much
// a thing moved ("粮油加工及生物科技产业营收增长了15%吧") whose answer
// gives only how much of it there is (营业收入310亿元), in figures and
// clauses with no word of a move. WHY: a level neither confirms nor
// corrects a growth rate — 310亿元 says nothing of the year before — so
// answering with it passes a level for the rate claimed; the report
// gives none, and the notice says so, keeping the level as related text.
// The mirror of groundLevelClaimedAsMove.
func (e *Engine) groundMoveClaimedAsLevel(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Derived || d.Matched || hasCorrection(ans) || d.Intent.Lang == "en" || !statesMoveOnly(d.norm) || saidInWords(d.Query.Text) {
		return
	}
	clauses, ok := quoteClausesIfFigures(ans, false, func(f *AnswerFigure) bool {
		return f.Direction == 0 && !containsAny(Normalize(f.Indicator), moveMarks)
	})
	if ok && onlyLevelOfAsked(d.asked, clauses) {
		ans.relatedOnly(GroundNoSuchFigure, moveUnsaidZh, moveUnsaidEn)
	}
}

// statesMoveOnly reports whether a question states a change as a rate
// (statedMove) and no level: one that states both (进出口总额147亿元增长
// 39.7%) is answered by the level's sentence in part, the rest the claim
// check's to confirm.
func statesMoveOnly(norm string) bool {
	return statedMove.MatchString(norm) && !statedLevel.MatchString(norm)
}

// saidInWords reports whether a question says its move as a doubling or a
// halving in words (翻一番, 减半), read as 增长100%: such a claim weighs
// two years' levels against each other, which the claim's own check sets
// side by side (粮食产量110万吨左右 both years), not a rate the report owes.
func saidInWords(text string) bool {
	return doubling.MatchString(text) || halving.MatchString(text)
}

// onlyLevelOfAsked reports whether the clauses holding a figure of what
// was asked all give a level, with no word of a move (moveMarks), and one
// does: a clause that says how the thing moved may answer the rate.
func onlyLevelOfAsked(asked []askedTerm, clauses []string) bool {
	level := false
	for _, c := range clauses {
		if coveredShare(asked, c) == 0 || !writesFigure(c) {
			continue
		}
		if containsAny(c, moveMarks) {
			return false
		}
		level = true
	}
	return level
}
