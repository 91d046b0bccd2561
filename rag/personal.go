package rag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// selves open a clause about the asker: "我家有3口人，…", "我开了15年出租车，…".
// A plural or a bare 咱 is the asker's own only before a small unit it
// belongs to (我们村, 咱家): "我们盘锦", "咱这" are the city the report is
// about, whose figures a question may well claim.
var (
	singleSelves = []string{"我家", "俺家", "我", "俺"}
	pluralSelves = []string{"我们", "咱们", "俺们", "咱"}
	ownUnits     = []string{"家", "村", "屯", "厂", "单位", "公司", "小区", "学校", "班", "店", "队"}
	// cityOwn after 我 is the report's own voice: 我市, 我省, 我国.
	cityOwn = "市省国区县"
)

// businessSelves open a clause about the asker's own firm or workplace.
var businessSelves = []string{"我们公司", "我们单位", "我们厂", "我们店", "俺们公司", "俺们单位", "咱们公司", "咱们单位", "我公司", "我单位"}

// hearsay words make a first-person clause say what the asker heard or
// thinks the report says ("我听说GDP增长5%，对吧"): a claim, not about them.
var hearsay = []string{"听", "说", "记", "看", "以为", "觉得", "感觉", "知道", "查", "问", "想", "猜", "估计", "印象", "认为", "读", "见"}

// dropAboutAsker drops a clause in which the asker tells about themselves
// before asking ("我家有3口人，今年就业目标是多少", "我开了15年出租车，…",
// "我2023年来的盘锦，…"): its number is no claim about the report and no
// year asked, yet the premise check would "correct" 3口 and the period
// reader take 15年 for 2015; and its words (出租车) are not what is asked,
// so a figure need not be of them. Only a clause with a number, that
// another follows and that asks nothing itself, is such context: one
// without a number does no harm and may name the topic.
//
// A clause about the asker's own business (我们公司, 我们单位) is theirs
// with or without a number: "我们公司在考虑扩大业务，去年集装箱吞吐量
// 增长了多少" asks no 公司 or 业务 a figure must be of.
func dropAboutAsker(text string) string {
	if !hasDigit(text) && !containsAny(text, businessSelves) {
		return text
	}
	return dropLeadClauses(text, func(clause, _ string) bool { return aboutAsker(clause) })
}

// dropLeadClauses drops each clause of text but the last that drop says,
// with the marks after it; drop sees the clause and the text after it.
func dropLeadClauses(text string, drop func(clause, rest string) bool) string {
	rs := []rune(text)
	var out []rune
	for start := 0; start < len(rs); {
		end := start
		for end < len(rs) && !isPersonalBreak(rs[end]) {
			end++
		}
		next := end
		for next < len(rs) && isPersonalBreak(rs[next]) {
			next++
		}
		if next == len(rs) || !drop(string(rs[start:end]), string(rs[next:])) {
			out = append(out, rs[start:next]...)
		} // else the clause and the marks after it are dropped
		start = next
	}
	return string(out)
}

// dropObserved drops a clause in which the asker tells what they see
// changing before asking ("最近路上公交车越来越多了，去年新买了多少台公交车"):
// its words (路上) are not what is asked, yet a figure's clause would have
// to hold them. Only a clause that asks nothing, claims nothing and whose
// subject the question names again (公交车) goes: else its subject may be
// the only word naming the topic ("公交车越来越多了，去年买了多少台").
func dropObserved(text string) string {
	if !strings.Contains(text, "越来越") {
		return text
	}
	return dropLeadClauses(text, func(clause, rest string) bool {
		subject, _, ok := strings.Cut(clause, "越来越")
		if !ok || containsAny(clause, questionWords) || containsAny(clause, hearsay) || endsClaim(clause) {
			return false
		}
		rs := []rune(subject)
		// The subject's last two characters stand for its head noun (公交车's 交车).
		return len(rs) >= 2 && strings.Contains(rest, string(rs[len(rs)-2:]))
	})
}

// isPersonalBreak ends a clause; 、 lists within one.
func isPersonalBreak(r rune) bool { return strings.ContainsRune("，,；;。！!？? \u3000", r) }

// aboutAsker: clause opens with the asker (selves) and states something
// of them with a number; it neither asks (多少, 吧) nor reports hearsay.
func aboutAsker(clause string) bool {
	if !hasDigit(clause) && !slices.ContainsFunc(businessSelves, func(w string) bool { return strings.HasPrefix(clause, w) }) || !opensWithSelf(clause) {
		return false
	}
	return !containsAny(clause, questionWords) && !containsAny(clause, hearsay) && !endsClaim(clause)
}

// opensWithSelf: the clause's first words are the asker's (selves), not
// the city's own voice (我市) nor the city said as "we" (我们盘锦). The
// plurals go first: 我们 opens with 我.
func opensWithSelf(clause string) bool {
	for _, w := range pluralSelves {
		if rest, ok := strings.CutPrefix(clause, w); ok {
			return slices.ContainsFunc(ownUnits, func(u string) bool { return strings.HasPrefix(rest, u) })
		}
	}
	for _, w := range singleSelves {
		if rest, ok := strings.CutPrefix(clause, w); ok {
			next, _ := utf8.DecodeRuneInString(rest)
			return !strings.ContainsRune(cityOwn, next)
		}
	}
	return false
}
