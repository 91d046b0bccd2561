package rag

import (
	"strings"
	"unicode/utf8"
)

// placePremise is the part of text that states where something is done,
// to be held against the report's sentence saying the same: a claim
// (statesClaim), a whole statement typed with no mark or particle after
// it (完成大洼区西沙河防洪治理等12项水利工程年度任务: said to a bot on the
// report, a restated sentence is put to be checked), or the statement
// before a closing clause that asks about it (支持大洼区创建…发展区，怎么创:
// how a thing is done presupposes that it is planned, and where). False
// when text states nothing of the kind.
func (ix *Index) placePremise(text string) (string, bool) {
	if ix.statesClaim(text) {
		return text, true
	}
	t := strings.TrimSpace(text)
	if !strings.ContainsAny(t, "，,；;？?。！!") && !endsWithAny(t, plainAskEnds) && premiseStates(t) && ix.bareClaim(t+"？") {
		return t, true
	}
	head, tail, ok := cutAtLastComma(t)
	if !ok {
		return "", false
	}
	if !asksSomething(Normalize(tail)) || !premiseStates(head) || !ix.bareClaim(head+"？") {
		return "", false
	}
	return head, true
}

// plainAskEnds close a yes-no or open question with no question mark
// (…完成了吗, …呢): a question, not a statement put to be checked.
var plainAskEnds = []string{"吗", "呢", "么", "嘛"}

// cutAtLastComma splits s around its last comma, full- or half-width:
// what a question states before it, what it asks after it. False when s
// holds no comma.
func cutAtLastComma(s string) (before, after string, ok bool) {
	k := strings.LastIndexAny(s, "，,")
	if k < 0 {
		return s, "", false
	}
	_, size := utf8.DecodeRuneInString(s[k:])
	return s[:k], s[k+size:], true
}
