package rag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cutVerbs make a figure the amount a thing was cut by (压减支出6.7亿元,
// 减少碳排放, 成本下降5%), not the thing's own amount.
var cutVerbs = []string{"压减", "削减", "缩减", "审减", "减少", "降低", "下降", "压缩", "节约", "节省", "压降"}

// cutCues ask a cut: the question is then after the figure a cut verb
// gives ("去年压减了多少支出", "How much spending was cut").
var cutCues = slices.Concat(cutVerbs, []string{"减", "省", "节支", "降", "少了", "压了", "压下", "砍",
	"cut", "reduc", "sav", "lower", "decreas", "declin", "fell", "fall", "drop", "trim", "down"})

// riseCues ask whether a thing went up, which a fall corrects.
var riseCues = []string{"上升", "增加", "提高", "提升", "多了", "涨", "up", "more", "higher"}

// cutOfAsked reports whether a figure clause gives a cut of the thing
// asked — a cut verb before the asked head in its noun phrase, the cut's
// figure right after it (压减支出6.7亿元, 审减财政投资项目资金0.8亿元) —
// where the question asks neither a cut nor a move: the amount cut is not
// the amount of the thing. A fall written after the thing (信访总量下降
// 25.8%) is how the thing itself went, which a question may well be after.
func cutOfAsked(asked []askedTerm, clause, question string) bool {
	if containsAny(question, cutCues) || containsAny(question, changeCues) || containsAny(question, riseCues) {
		return false // a cut or a move asked: a cut answers, or corrects, it
	}
	for _, t := range asked {
		if t.weight < 1 || !t.head && !isASCIIWord(t.term) {
			continue
		}
		for _, w := range t.spellings() {
			if cutAround(clause, w) {
				return true
			}
		}
	}
	return false
}

// cutSpan bounds the run between a cut verb and the thing cut, the
// noun phrase it governs (审减财政投资项目资金); the cut's figure follows
// the thing within cutGapRunes. A verb with 至 or 到 gives the level
// reached (开办时间压缩至1天), no amount cut.
const (
	cutObjectRunes = 12
	cutGapRunes    = 2
)

// cutAround reports whether some occurrence of w in clause is cut by a
// figure: a cut verb before it in its noun phrase, the figure right after.
func cutAround(clause, w string) bool {
	if w == "" {
		return false
	}
	for i := range wordPositions(clause, w) {
		if cutBefore(clause[:i]) && figureWithin(clause[i+len(w):], cutGapRunes) {
			return true
		}
	}
	return false
}

// cutBefore reports whether before (the clause up to the thing) holds a
// cut verb whose object runs to its end: no digit between, and not far.
func cutBefore(before string) bool {
	for _, v := range cutVerbs {
		j := strings.LastIndex(before, v)
		if j < 0 {
			continue
		}
		between := before[j+len(v):]
		if utf8.RuneCountInString(between) <= cutObjectRunes && !strings.ContainsFunc(between, unicode.IsDigit) &&
			!strings.HasPrefix(between, "至") && !strings.HasPrefix(between, "到") {
			return true
		}
	}
	return false
}

// figureWithin reports whether s has a digit within its first n+1 runes,
// none of them a clause's end.
func figureWithin(s string, n int) bool {
	for i, r := range []rune(s) {
		switch {
		case unicode.IsDigit(r):
			return true
		case i >= n || strings.ContainsRune("，。；、,;：:", r):
			return false
		}
	}
	return false
}
