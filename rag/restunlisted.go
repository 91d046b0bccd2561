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

// itemsBeforeEtc are the items a clause lists before 等 and a count
// (襄平新材料…、综研化学…等272个); none where it closes no list.
func itemsBeforeEtc(clause string) []string {
	loc := countAfterEtc.FindStringIndex(clause)
	if loc == nil {
		return nil
	}
	return strings.Split(clause[:loc[0]], "、")
}

// namesOnlySetAside reports whether clause lists before 等 and a count
// only items the question sets aside: each shares a word with a thing set
// aside (除了襄平新材料和综研化学: 襄平新材料…、综研化学…等272个).
// One item left over (除了瑞士: 瑞士、荷兰、美国等) is the rest named.
func namesOnlySetAside(clause string, things []string) bool {
	items := itemsBeforeEtc(clause)
	setAside := func(item string) bool {
		return slices.ContainsFunc(things, func(t string) bool { return SharesHanPair([]rune(t), item) })
	}
	return items != nil && !slices.ContainsFunc(items, func(item string) bool { return !setAside(item) })
}

// groundRestUnlisted declines an answer to a question asking the rest of
// a list past the items it sets aside, where the quotes name those items
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
	clauses := quoteClauses(answerQuotes(ans))
	i := slices.IndexFunc(clauses, func(c string) bool { return namesOnlySetAside(c, things) })
	if i < 0 {
		return
	}
	zh, en := "这一项", "this one"
	if len(itemsBeforeEtc(clauses[i])) > 1 {
		zh, en = "这几项", "these"
	}
	ans.relatedOnly(GroundNotAnswered, "报告只举出了"+zh+"，没有列出其余各项。相关内容：", "The report names only "+en+", not the rest. Related text:")
}
