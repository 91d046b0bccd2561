package rag

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A claim of a thing's rate may be followed by a second ask of the same
// thing's amount: "进出口总额增长39.7%对吗，总额多少？", "实际到位内资增长
// 20.2%没错吧？金额是多少？". The second clause names no thing of its own
// (总额, 金额 are its family's words), so read alone it asks of nothing and
// read whole the claim answers only the rate; it asks the claim's thing
// the amount, which is answered beside the claim.

// amountAskWords ask a thing's amount rather than its rate.
var amountAskWords = []string{"总额", "金额", "总量", "总值", "规模", "数额", "绝对值", "绝对数", "绝对额", "总数"}

// amountAskFiller are what a bare amount ask holds beside its amount word,
// the sum's unit written whole among them (绝对数是多少亿元).
var amountAskFiller = []string{"那么", "那", "具体", "一共", "总共", "是多少", "有多少", "多少", "是", "有", "呢", "啊", "了", "的", "亿元", "万元", "元"}

// rateVerbs open the rate a claim states of its thing: "进出口总额增长39.7%".
var rateVerbs = []string{"同比增长", "增长", "下降", "提高", "增速", "增幅"}

// claimThenAmount is the question asking the amount of the thing text's
// first clause claims a rate of, when text is such a claim and a bare ask
// of the amount after it; "" otherwise.
func claimThenAmount(text string) string {
	at := strings.IndexAny(text, "，,；;？?")
	if at <= 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(text[at:])
	first, rest := text[:at], strings.TrimSpace(text[at+size:])
	if !claimCued(strings.TrimSpace(first)) || !statedPercent.MatchString(first) {
		return ""
	}
	if rest == "" || !containsAny(rest, amountAskWords) || strings.ContainsAny(strings.TrimRight(rest, "？?。 "), "，,；;？?") {
		return ""
	}
	if strings.Trim(blankWords(blankWords(rest, amountAskWords), amountAskFiller), " ？?。！!") != "" {
		return ""
	}
	if thing := thingOfRate(first); thing != "" {
		return thing + "是多少？"
	}
	return ""
}

// thingOfRate is the thing a clause states a rate of, the words before
// its first rate verb ("进出口总额" of "进出口总额增长39.7%"); "" when no
// thing stands before the rate or a figure of its own is stated there.
func thingOfRate(clause string) string {
	verb := -1
	for _, w := range rateVerbs {
		if i := strings.Index(clause, w); i > 0 && (verb < 0 || i < verb) {
			verb = i
		}
	}
	if verb < 0 || statedNumberAt(clause[:verb]) >= 0 {
		return ""
	}
	return strings.TrimSpace(clause[:verb])
}

// amountOfStatedRate reads a question that states a thing's rate and
// asks, naming no thing of its own, a bare amount ("进出口总额增长39.7%，
// 金额多少"): it asks the thing's amount, which the stated rate is not, so
// read whole it would headline the rate. It returns the thing's amount
// question, in the period rest carries.
func amountOfStatedRate(stated, rest string) (string, bool) {
	if !statedPercent.MatchString(stated) || !containsAny(rest, amountAskWords) {
		return "", false
	}
	period := contextPeriod.FindString(rest)
	bare := strings.Replace(rest, period, "", 1)
	if strings.Trim(blankWords(blankWords(bare, amountAskWords), amountAskFiller), " ？?。！!") != "" {
		return "", false // the rest asks more, or of a thing of its own
	}
	thing := thingOfRate(strings.TrimSpace(stated))
	thing = strings.Replace(thing, contextPeriod.FindString(thing), "", 1)
	for _, w := range claimOpeners {
		thing = strings.TrimPrefix(thing, w)
	}
	if utf8.RuneCountInString(thing) < 2 {
		return "", false
	}
	return period + thing + "是多少？", true
}

// answerClaimAmount is ans, the answer to a rate claim, with the answer
// to the amount asked after it (claimThenAmount) joined, when that is
// answered with an amount ans does not already give.
func (e *Engine) answerClaimAmount(ctx context.Context, q Query, text string, rep *Report, ans *Answer) (*Answer, error) {
	asked := claimThenAmount(text)
	if asked == "" || !ans.Found {
		return ans, nil
	}
	if !contextPeriod.MatchString(asked) && len(ans.Figures) > 0 && ans.Figures[0].Period.Year > 0 {
		// The amount of the claim's own year: beside a result, next year's
		// target of the rate would stand as a figure not asked.
		asked = strconv.Itoa(ans.Figures[0].Period.Year) + "年" + asked
	}
	sub, err := e.askIn(ctx, q, asked, rep, askOptions{})
	if err != nil || !sub.Found || !givesNewAmount(sub, ans) {
		return ans, err
	}
	return joinClauses(text, []*Answer{ans, sub}, e.multi()), nil
}

// givesNewAmount reports whether sub heads with an amount (no rate) that
// ans does not list among its figures.
func givesNewAmount(sub, ans *Answer) bool {
	if len(sub.Figures) == 0 || sub.Figures[0].Unit == "%" {
		return false
	}
	for _, f := range ans.Figures {
		if f.Value == sub.Figures[0].Value && f.Paragraph == sub.Figures[0].Paragraph {
			return false
		}
	}
	return true
}
