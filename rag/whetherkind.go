package rag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// isKindOfUnwritten reports whether a yes-or-no question asks whether
// something is of a kind the reports never write: the head noun of a
// predicate opened by 是 and closed by 吗 ("盘锦港是国家一类开放口岸吗",
// "X是中国驰名商标吗"). Quotes sharing the subject (盘锦港, 大米) say
// nothing of that kind, so they cannot say yes or no. texts are the
// question as read and as typed: a slip mended into 是's place (实) must
// not hide the copula. A place's name is no kind: "X的是朝阳吧" names
// another place, a premise to correct. A rank asked (冠军) is left to the
// rank checks, which say what the report ranks instead.
func (ix *Index) isKindOfUnwritten(asked []askedTerm, texts ...string) bool {
	for _, norm := range texts {
		q := trimQuestionMarks(norm)
		if slices.ContainsFunc(asked, func(t askedTerm) bool {
			if !t.head || !unwrittenNoun(t) || ix.placeWord(t.term) || rankNouns[t.term] || trendNouns[t.term] {
				return false
			}
			at := strings.LastIndex(q, t.term)
			return at >= 0 && slices.Contains(claimCloses, q[at+len(t.term):]) && copulaPredicate(q[:at])
		}) {
			return true
		}
	}
	return false
}

// rankNouns name a place in a ranking, which the rank checks answer (what
// the report ranks instead), not a kind of thing.
var rankNouns = map[string]bool{"冠军": true, "亚军": true, "季军": true, "榜首": true, "第一名": true, "第二名": true, "冠亚军": true}

// trendNouns say which way a figure moved (下降趋势, 增长态势): a question of
// a trend asks the figure's direction, which the report answers.
var trendNouns = map[string]bool{"趋势": true, "态势": true, "状态": true, "势头": true}

// maxKindModifiers bounds the words between 是 and the kind's noun: a
// longer run is a clause of its own, not the kind's modifiers.
const maxKindModifiers = 8

// copulaPredicate reports whether before ends in 是 and a short run of
// modifiers (国家一类开放), with no clause break or aspect mark between:
// 了 or 过 would make the noun a verb's object, a premise to check. A grade
// among them (5A级, 四星级 in digits) is a grade claimed, for the grade
// checks to correct.
func copulaPredicate(before string) bool {
	i := strings.LastIndex(before, "是")
	if i < 0 {
		return false
	}
	mods := before[i+len("是"):]
	return utf8.RuneCountInString(mods) <= maxKindModifiers && !strings.ContainsAny(mods, "，,、。；了过在有") &&
		!strings.ContainsFunc(mods, func(r rune) bool { return r >= '0' && r <= '9' || r == 'A' || r == 'a' || r == '级' || r == '星' })
}
