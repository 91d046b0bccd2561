package rag

import (
	"regexp"
	"strings"
)

// rankScopes name the field a ranking is among: a city third in the
// province is not third in the country.
var rankScopes = []struct {
	name  string
	words []string
}{
	{"country", []string{"全国", "国内", "national", "nationwide", "in china", "the country"}},
	{"province", []string{"全省", "省内", "辽宁", "provincial", "province", "liaoning"}},
	{"northeast", []string{"东北", "northeast"}},
	{"world", []string{"全球", "世界", "global", "world"}},
}

// rankScope is the field the last ranking word of norm names; "" when
// it names none.
func rankScope(norm string) string {
	scope, at := "", -1
	for _, s := range rankScopes {
		for _, w := range s.words {
			if i := strings.LastIndex(norm, w); i > at {
				scope, at = s.name, i
			}
		}
	}
	return scope
}

// otherRankScope reports whether a clause's ranking is among another
// field than the one a question asks about: "全省第二" does not answer
// "在全国排第几".
func otherRankScope(question, window string) bool {
	q := rankScope(question)
	if q == "" {
		return false
	}
	w := rankScope(window)
	return w != "" && w != q
}

// placeInRanking finds a place in a ranking: 第二, 第21位, 30强, 前10.
var placeInRanking = regexp.MustCompile(`第[一二三四五六七八九十0-9]|[0-9]+强|前[0-9一二三四五六七八九十]|top ?[0-9]|[0-9](?:st|nd|rd|th)\b`)

// ranksPlace reports whether a clause gives a place in a ranking.
func ranksPlace(norm string) bool { return placeInRanking.MatchString(norm) }
