package figures

import (
	"math"
	"regexp"
	"slices"
	"strings"
)

// 翻N番 doubles N times: 翻一番 is 2倍, 翻五番 32倍, not 5倍. A question
// that says it states a multiple the report may give otherwise (为2023年
// 五倍), or restates a growth rate wrongly (增长64%，也就是翻了一番多): read
// as the multiple it means, it is held like any other.

// doublingRe is 翻(了)N番(多), N a small number in Arabic or Chinese.
var doublingRe = regexp.MustCompile(`翻了?([0-9一二两三四五六七八九十])番(多)?`)

// cnSmall are the Chinese numerals of a count of doublings.
var cnSmall = map[string]float64{"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

// doublings adds to ms, in order, each 翻N番 of rs as the multiple 2^N
// (倍), its 多 a qualifier.
func doublings(rs []rune, ms []Mention) []Mention {
	s := string(rs)
	for _, loc := range doublingRe.FindAllStringSubmatchIndex(s, -1) {
		n, ok := cnSmall[s[loc[2]:loc[3]]]
		if !ok {
			n = float64(s[loc[2]] - '0')
		}
		if n <= 0 {
			continue
		}
		start, end := len([]rune(s[:loc[0]])), len([]rune(s[:loc[1]]))
		v := Value{Number: math.Pow(2, n), Unit: "倍"}
		v.Max = v.Number
		if loc[4] >= 0 {
			v.Qualifier = "多"
		}
		ms = append(ms, Mention{Start: start, End: end, Text: string(rs[start:end]), Value: v})
	}
	slices.SortStableFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
	return ms
}

// multipleWords join a multiple to the growth rate it restates: "增长
// 39.7%，是原来的两倍多", besides the restateWords.
var multipleWords = []string{"是原来的", "是去年的", "为原来的", "相当于原来的"}

// restatesGrowth: m, a multiple, restates growth rate of (增长64%) as
// the times its base it makes, right after it; held says whether it is
// that multiple (1.64), as m's qualifier reads it.
func restatesGrowth(rs []rune, of, m Mention) (restates, held bool) {
	if of.Value.Unit != "%" || m.Value.Unit != "倍" || of.Value.Max > of.Value.Number {
		return false, false
	}
	if dir, _ := statedChange(rs, of); dir <= 0 {
		return false, false
	}
	between := strings.Trim(string(rs[of.End:m.Start]), "，, 、")
	if !restatesBefore(rs, of, m) && !startsWithAny(between, multipleWords) {
		return false, false
	}
	x := 1 + of.Value.Number/100
	lo, hi := reach(trailingMore(rs, m))
	return true, x >= lo-0.01*lo && x <= hi+0.01*hi
}
