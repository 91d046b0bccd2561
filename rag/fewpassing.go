package rag

import "strings"

// fewInPassing is text with each 几 that asks no count read out: Chinese
// reads 几 as "a few" where its clause asks something else. A clause asks
// one thing, so a 几 in a clause that asks yes or no (几座桥…修不修, 有没有
// 几家…) is "a few"; and a 几 in the asker's own wish told before the
// clause that asks (想带家里人玩几天，旅游会怎么弄) says how long they
// stay, not what they ask. A 几 right after 有, 了 or 是 counts (有几个…吗
// as residents type "how many").
func fewInPassing(text string) string {
	if !strings.Contains(text, "几") {
		return text
	}
	clauses := splitClauses(text)
	var b strings.Builder
	for i, c := range clauses {
		if strings.Contains(c.text, "几") && (asksYesNo(c.text) || wishBeforeAsking(c.text, clauses[i+1:])) {
			c.text = readOutFew(c.text)
		}
		b.WriteString(c.text)
		b.WriteString(c.sep)
	}
	return b.String()
}

// spokenClause is a clause of a question and the mark that ends it.
type spokenClause struct{ text, sep string }

// clauseMarks end a clause of a normalized question.
const clauseMarks = ",，;；。!！?？ "

// splitClauses parts text at its clause marks, each kept with its clause.
func splitClauses(text string) []spokenClause {
	var out []spokenClause
	start := 0
	for i, r := range text {
		if strings.ContainsRune(clauseMarks, r) {
			out = append(out, spokenClause{text[start:i], string(r)})
			start = i + len(string(r))
		}
	}
	return append(out, spokenClause{text[start:], ""})
}

// asksYesNo: a clause asking yes or no, as 修不修, 有没有 or a closing 吗.
func asksYesNo(c string) bool {
	return holdsANotA(c) || strings.HasSuffix(c, "吗")
}

// wishBeforeAsking: a clause opening with the asker's wish (想带…, 我想去…),
// not a wish to know (想知道, 想问), that asks nothing itself while a later
// clause asks.
func wishBeforeAsking(c string, later []spokenClause) bool {
	wish := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(c, "我"), "俺"), "咱")
	if !strings.HasPrefix(wish, "想") || containsAny(wish, wishesToKnow) || containsAny(readOutFew(c), questionWords) {
		return false
	}
	for _, l := range later {
		if containsAny(l.text, questionWords) || asksYesNo(l.text) {
			return true
		}
	}
	return false
}

// wishesToKnow open a wish that is itself the question (想知道有几个).
var wishesToKnow = []string{"想知道", "想问", "想了解", "想请教", "想打听", "想看看"}

// readOutFew blanks each 几 of c not right after a word that counts.
func readOutFew(c string) string {
	rs := []rune(c)
	for i, r := range rs {
		if r == '几' && (i == 0 || !strings.ContainsRune("有了是", rs[i-1])) {
			rs[i] = ' '
		}
	}
	return string(rs)
}
