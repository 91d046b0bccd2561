package rag

import (
	"regexp"
	"slices"
	"strings"
)

// moneyFigure is a sum of money as the reports write it: 2.63亿元, 4亿美元,
// and in words (突破千亿元).
var moneyFigure = regexp.MustCompile(`(?:[0-9][0-9.,]*|[十百千万亿])(?:万|亿)?美?元`)

// workInvested are things a question may end asking the investment of
// ("华锦阿美项目投资"): then 投资 is a sum, not the work of investing.
var workInvested = []string{"项目投资", "工程投资"}

// asksSumAlone reports whether a normalized question asks only a sum of
// money by its noun (奖励资金具体金额, 华锦阿美项目投资) in one clause: a
// second clause may ask a count the quotes do give.
func asksSumAlone(norm string) bool {
	if askingClauseStart(norm) > 0 || AsksChange(norm) {
		return false
	}
	t := amountTail(norm)
	return endsWithAny(t, moneySumNouns) || endsWithAny(t, workInvested)
}

// groundSumUnwritten declines an answer to a sum of money asked alone when
// no quote writes any sum: the quotes name the thing (获批省稳增长奖励资金
// 全省第三, 华锦阿美项目参建人员) but a rank, a multiple or the work is no
// amount, and reads as one.
func (e *Engine) groundSumUnwritten(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || !startsHan(d.norm) || !asksSumAlone(d.norm) {
		return
	}
	for _, c := range ans.Citations {
		if sumOfAsked(d.asked, Normalize(c.Quote)) {
			return
		}
	}
	ans.relatedOnly(GroundNoSuchFigure,
		"报告没有给出这笔钱的数额。相关内容：",
		"The report gives no sum of money for this. Related text:")
}

// sumOfAsked reports whether a clause of quote writes a sum of money beside
// a word asked: a sentence quoted for the thing may go on to another's
// sum (推动华锦阿美项目机械竣工，…，石化及精细化工产业营业收入超过2000亿元
// is the industry's revenue, not the project's investment).
func sumOfAsked(asked []askedTerm, quote string) bool {
	for _, clause := range strings.FieldsFunc(quote, func(r rune) bool { return strings.ContainsRune("，。；：,;:", r) }) {
		if moneyFigure.MatchString(clause) && slices.ContainsFunc(asked, func(t askedTerm) bool { return t.in(clause) }) {
			return true
		}
	}
	return false
}
