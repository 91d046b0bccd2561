package rag

import (
	"regexp"
	"slices"
	"strings"
)

// totalClaimCues say in a claim that its figure is how much there is in
// all (盘锦就业总人数是10万人, 全市共有老旧小区50个): claimAllCues and the
// stock words a claim states rather than asks.
var totalClaimCues = []string{"总人数", "共有"}

// ClaimsTotal reports whether a normalized claim states how much of a
// thing there is in all (ClaimsStock, or totalClaimCues with no word of a
// year's doing) or what several years added up to (累计建成高标准农田50万亩,
// 这些年累计改造了11个老旧小区) with no period named: a year named bounds the
// sum to that year's own figure (去年累计新增就业2.04万人).
func ClaimsTotal(norm string, period PeriodKind) bool {
	if ClaimsStock(norm) {
		return true
	}
	if containsAny(norm, totalClaimCues) && !containsAny(norm, flowWords) && !containsCue(norm, changeCues) {
		return true
	}
	return sumOfYears(norm, period) && !containsCue(norm, changeCues)
}

// sumOfYears reports whether a question asks or claims what several years
// added up to (cumulativeCues) with no year named. A period read from its
// past tense alone (累计改造了) is no year and bounds no sum where a word
// of summing says so (sumOfYearsWords); 这些年 alone with a past tense
// (供热这些年改了多少) may mean lately. A year named (去年累计新增就业,
// 2024年累计) bounds the sum to that year's own figure.
func sumOfYears(norm string, period PeriodKind) bool {
	if !asksCumulative(norm) {
		return false
	}
	return period == PeriodNone || containsAny(norm, sumOfYearsWords) && len(findYears(norm)) == 0 && !containsAny(norm, oneYearWords)
}

// sumOfYearsWords say a sum over the years in themselves (累计, 历年), or
// beside a span of years (asksCumulative) that the span is summed: 这些年一共
// 改造了 asks the years' total, as 这些年累计 does, not the last year's.
var sumOfYearsWords = []string{"累计", "历年", "一共", "总共", "共计", "合计", "总计", "加起来"}

// oneYearWords name one year without writing it out: the period words, and
// 全年, 当年, 前年.
var oneYearWords = append(slices.Clone(periodWords), "全年", "当年", "前年")

// claimedAmount is the first number a claim states and the magnitude and
// measure word after it (50万亩, 11个, 10万人).
var claimedAmount = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)\s*((?:万|亿)?(?:多|余)?\p{Han}?)`)

// claimsUnwrittenTotal reports whether a claim states a total (ClaimsTotal)
// in a number no clause of the report writes beside a word of the thing
// claimed: as claimsUnwrittenCount, it asks that figure, to be grounded as
// one. WHY: the report gives what one year added (建成高标准农田12.45万亩,
// 续建改造老旧小区11个), which neither confirms nor contradicts a total —
// shown as a correction it passes the year's addition off as the total.
// Grounded as a figure, a year's doing is unfit for a stock or a sum of
// years asked (unfitClause), and the answer says the report gives no such
// figure, quoting what it does give, labelled. Where the report writes
// the number beside the thing (退出油井301口), the premise check names it
// as the year's doing (doneForStock).
func (ix *Index) claimsUnwrittenTotal(a analysis) bool {
	if !ClaimShaped(a.norm) || !ClaimsTotal(a.norm, a.period) || sumOfNamed(a.norm) {
		return false
	}
	if !totalWorded(a.norm) && ix.areaWritten(a) {
		return false
	}
	m := claimedAmount.FindStringSubmatch(a.norm)
	if m == nil || strings.TrimSpace(m[2]) == "" {
		return false // a bare number may be of anything
	}
	written := m[1] + strings.TrimSpace(m[2]) // 50万亩: 50 alone is of anything
	return !ix.anyClaimClause(a, m[2], func(clause string) bool { return writesNumber(clause, written) })
}

// sumOfNamed reports whether a claim's total is of several things it names
// before the total's word, joined (充电装置点和电梯阻车系统一共4442个): a sum
// the report's figures of each check, not a stock it does not give.
func sumOfNamed(norm string) bool {
	cue := FirstIndexOfAny(norm, slices.Concat(wholeCues, totalClaimCues))
	return cue > 0 && (containsAny(norm[:cue], partJoiners) || strings.Contains(norm[:cue], "、"))
}

// totalWorded reports whether a claim says in words that its figure is a
// total (总数, 一共, 共有, 累计), not only an area (asksExtent).
func totalWorded(norm string) bool {
	return containsAny(norm, stockCues) || containsAny(norm, claimAllCues) || containsAny(norm, totalClaimCues) || asksCumulative(norm)
}

// maxAreaUnit bounds how much of a claim after its number is read as the
// number and its unit of area: 1000平方公里.
const maxAreaUnit = 10

// areaWritten reports whether a clause of the report writes an area
// (sizeFigure) beside a word of the thing an area claim is of, other than
// 面积 itself: the claim (粮食播种面积12.2万公顷) may then be that stock in
// another unit (183万亩), for the premise check to weigh, not declined.
func (ix *Index) areaWritten(a analysis) bool {
	unit := "面积"
	if loc := claimedAmount.FindStringIndex(a.norm); loc != nil {
		rs := []rune(a.norm[loc[0]:])
		unit += string(rs[:min(len(rs), maxAreaUnit)]) // 1000平方公里: 平方, 公里 are the unit's
	}
	b := a
	b.terms = make(map[string]float64, len(a.terms))
	for t, w := range a.terms {
		if !strings.Contains(unit, t) && !strings.Contains(t, "面积") {
			b.terms[t] = w
		}
	}
	return ix.anyClaimClause(b, "面积", sizeFigure.MatchString)
}
