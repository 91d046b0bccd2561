package rag

import (
	"regexp"
	"strings"
	"unicode"
)

// asksReviewTargetMet reports whether a question asks whether last year's
// target was met, stating no target of its own ("去年GDP目标完成了吗"):
// that cannot be told without the target, which last year's report set.
// "粮食产量目标110万吨完成没" states it, and the result answers.
func asksReviewTargetMet(padded string, years []int, review int) bool {
	if !containsAny(padded, reviewTargetWords) || statesFigure(padded) || !completionCheck.MatchString(padded) || !namesMetTarget(padded) {
		return false
	}
	return asksReviewTarget(completionCheck.ReplaceAllString(padded, " 目标 "), years, review)
}

// metGoalWords and metDoneWords are what a review sentence says when it tells a target or
// task met ("超额完成年度现金清收任务", "实现了…的目标").
var (
	metGoalWords = []string{"目标", "任务"}
	metDoneWords = []string{"完成", "实现", "达到", "达成"}
)

// askedMetWords are the asking words around a met-check, no topic. How a
// target is met (超额, 圆满, 提前, 顺利完成) is asking too: the review's
// 超额完成年度现金清收任务 shares 超额 with "去年新增就业超额完成目标了吗",
// which asks of jobs, not of that task.
var askedMetWords = strings.NewReplacer("去年", " ", "上年", " ", "目标", " ", "计划", " ", "预期", " ", "任务", " ",
	"完成", " ", "实现", " ", "达到", " ", "达成", " ", "没有", " ", "盘锦", " ", "全市", " ", "我市", " ",
	"超额", " ", "圆满", " ", "提前", " ", "顺利", " ")

// reviewSaysMet reports whether the report's review itself says a target or
// task of the question's topic was met: a sentence telling one met shares
// two characters in a row with what the question asks about.
func (ix *Index) reviewSaysMet(norm string, rep *Report) bool {
	if rep == nil {
		rep = ix.Latest()
	}
	if rep == nil {
		return false
	}
	topic := []rune(askedMetWords.Replace(norm))
	for _, p := range rep.Paragraphs {
		if p.Period.Kind != PeriodResult {
			continue
		}
		for _, s := range strings.FieldsFunc(p.Text, func(r rune) bool { return strings.ContainsRune("。；！", r) }) {
			if containsAny(s, metGoalWords) && containsAny(s, metDoneWords) && SharesHanPair(topic, s) {
				return true
			}
		}
	}
	return false
}

// generalMetWords ask of last year's targets as a whole ("去年的目标都完成了
// 吗", "去年的增长目标完成了吗"), which the review answers in words (个别经济
// 指标完成情况不及预期): no one target is asked.
var generalMetWords = strings.NewReplacer("的", " ", "都", " ", "了", " ", "吗", " ", "呢", " ", "么", " ", "增长", " ",
	"经济", " ", "指标", " ", "各项", " ", "所有", " ", "是否", " ", "有", " ", "没", " ", "不", " ")

// namesMetTarget reports whether a met-check names a target of its own: a
// letter left besides the asking words.
func namesMetTarget(padded string) bool {
	rest := generalMetWords.Replace(askedMetWords.Replace(completionCheck.ReplaceAllString(padded, " ")))
	return strings.IndexFunc(rest, unicode.IsLetter) >= 0
}

// targetMissed says a target was not met (没完成, 未达到, 不及预期); targetMoved
// that a target was set higher or lower than before (下调, 调高, 调整了):
// the noun 调整 of 结构调整 moves no target.
var (
	targetMissed = regexp.MustCompile(`(?:没有|没能|未能|没|未)(?:有)?(?:完成|达到|达标|实现)|(?:不及|未达|没达到|低于)预期|落空`)
	targetMoved  = regexp.MustCompile(`下调|上调|调低|调高|调减|调增|调整了|(?:有|作|做)(?:了|过)?调整|调了`)
)

// asksTargetsMissedOrMoved reports whether a question asks which
// indicators (指标) were missed, or which targets (指标, 目标) were moved:
// either is told only against last year's targets, which a report that
// does not restate them cannot list, though its review may say some were
// missed without naming them (个别经济指标完成情况不及预期). Which 目标 were
// missed is left as it was: asked of goals and tasks, not only indicators,
// the review's words on them may answer (a tuning set takes ¶19 for it).
func asksTargetsMissedOrMoved(norm string) bool {
	return asksIndicatorsMissed(norm) || containsAny(norm, []string{"指标", "目标"}) && targetMoved.MatchString(norm)
}

// asksIndicatorsMissed reports whether a question asks which indicators
// (指标) were missed.
func asksIndicatorsMissed(norm string) bool {
	return strings.Contains(norm, "指标") && targetMissed.MatchString(norm)
}

// unnamedIndicators says some indicators by a quantifier, naming none
// (个别经济指标, 部分指标): a clause naming them (GDP等指标) answers the list.
var unnamedIndicators = regexp.MustCompile(`(?:个别|部分|一些|少数|有的)\p{Han}{0,4}指标`)

// unnamedMissed answers a list of the indicators missed ("没完成的指标是哪
// 些") with what the review says of them where it names none (个别经济指标
// 完成情况不及预期): not found, since the list asked is not given, and the
// review's words as related text. false when the review says nothing of
// indicators missed.
func (e *Engine) unnamedMissed(ans *Answer, a analysis, rep *Report) bool {
	if !a.list || !asksIndicatorsMissed(a.norm) {
		return false
	}
	c, ok := e.ix.reviewClause(rep, func(clause string) bool {
		return unnamedIndicators.MatchString(clause) && targetMissed.MatchString(clause)
	})
	if !ok {
		return false
	}
	ans.Found, ans.grounding = false, GroundNotAnswered
	notice := "报告没有列出是哪些指标，只说："
	if a.lang == "en" {
		notice = "The report does not name them; it says only:"
	}
	ans.Parts = append(ans.Parts, TextPart(RoleNotice, notice))
	ans.addQuote(c)
	return true
}

// reviewClause is the first clause of rep's review (the newest report's
// when nil) that ok accepts, read normalized.
func (ix *Index) reviewClause(rep *Report, ok func(clause string) bool) (Citation, bool) {
	if rep == nil {
		rep = ix.Latest()
	}
	if rep == nil {
		return Citation{}, false
	}
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if p.Period.Kind != PeriodResult || !p.Quotable() {
			continue
		}
		for _, sp := range Clauses(p.Text) {
			sp = trimSpan(p.Text, sp)
			if ok(Normalize(p.Text[sp.byteStart:sp.byteEnd])) {
				return citationFor(p, sp), true
			}
		}
	}
	return Citation{}, false
}
