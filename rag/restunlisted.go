package rag

import (
	"regexp"
	"slices"
	"strings"
)

// A question may set one item of a counted list aside and ask the rest
// ("12项重点水利工程除了西沙河还有哪些"). Where the report names that item
// alone before 等 and the count (西沙河防洪治理等12项重点水利工程), it
// names none of the rest: the quote is related text, not the answer.

// restAsked asks the other items: 还有哪些, 另外两个…是什么.
var restAsked = regexp.MustCompile(`(?:还有|另外|其他|其余|别的|剩下)[^，,。？?]{0,20}?(?:哪些|哪几|哪个|什么|啥)`)

// countAfterEtc is 等 and a count closing a list: 等12项, 等3个.
var countAfterEtc = regexp.MustCompile(`等(?:[0-9]+|[一二两三四五六七八九十百]+)(?:个|项|家|所|条|座|批|类|种|名)`)

// namesOnlyItem reports whether clause lists one item before 等 and a
// count, and that item shares a word with the thing set aside.
func namesOnlyItem(clause string, things []string) bool {
	loc := countAfterEtc.FindStringIndex(clause)
	if loc == nil {
		return false
	}
	items := clause[:loc[0]]
	return !strings.Contains(items, "、") && slices.ContainsFunc(things, func(t string) bool { return SharesHanPair([]rune(t), items) })
}

// groundRestUnlisted declines an answer to a question asking the rest of
// a list past the item it sets aside, where the quotes name that item
// alone before the list's count.
func (e *Engine) groundRestUnlisted(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || !restAsked.MatchString(d.norm) {
		return
	}
	things := setAsideThings(d.norm)
	if len(things) == 0 {
		return
	}
	if slices.ContainsFunc(quoteClauses(answerQuotes(ans)), func(c string) bool { return namesOnlyItem(c, things) }) {
		ans.relatedOnly(GroundNotAnswered, "报告只举出了这一项，没有列出其余各项。相关内容：", "The report names only this one, not the rest. Related text:")
	}
}
