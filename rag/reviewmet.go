package rag

import (
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

// askedMetWords are the asking words around a met-check, no topic.
var askedMetWords = strings.NewReplacer("去年", " ", "上年", " ", "目标", " ", "计划", " ", "预期", " ", "任务", " ",
	"完成", " ", "实现", " ", "达到", " ", "达成", " ", "没有", " ", "盘锦", " ", "全市", " ", "我市", " ")

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
			if containsAny(s, metGoalWords) && containsAny(s, metDoneWords) && sharesHanPair(topic, s) {
				return true
			}
		}
	}
	return false
}

// sharesHanPair reports whether s holds two Chinese characters that stand
// together in topic.
func sharesHanPair(topic []rune, s string) bool {
	for i := 0; i+1 < len(topic); i++ {
		if isHan(topic[i]) && isHan(topic[i+1]) && strings.Contains(s, string(topic[i:i+2])) {
			return true
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
