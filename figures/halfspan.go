package figures

import (
	"regexp"
	"slices"
	"strings"
)

// A question may say a span of time in words: "压缩到半天以内", "半小时办
// 结", "半个月". 半 is no numeral the scanner reads, so the claim went
// unread and a report's "1天以内" could not correct it. Read as 0.5 of its
// unit, it is held like "0.5天以内".

// halfSpanRe is 半 before a unit of time. Not after a numeral or 个 ("一个
// 半小时" is 1.5), nor 上/下/前/后/大/多/老 (上半天 names a part of the day,
// 大半天, 老半天 and 多半天 only say "a long while").
var halfSpanRe = regexp.MustCompile(`(^|[^0-9一二两三四五六七八九十个上下前后大多老])半(天|小时|个月)`)

// spanClaimers, just before a bare 半天, make it a claimed duration: "压缩
// 到半天", "用时为半天". Not 需/要/用/花: "需要半天" says how long it takes,
// which a report's "1天以内" allows rather than contradicts.
const spanClaimers = "到至为是"

// halfSpans adds to ms, in order, each half span of time rs writes (半天 as
// 0.5天), with a suffix qualifier (以内, 内, 左右…) as the scanner reads one.
func halfSpans(rs []rune, ms []Mention) []Mention {
	s := string(rs)
	for _, loc := range halfSpanRe.FindAllStringSubmatchIndex(s, -1) {
		start, end := len([]rune(s[:loc[3]])), len([]rune(s[:loc[1]]))
		unit := units[s[loc[4]:loc[5]]]
		v := Value{Number: 0.5, Max: 0.5, Unit: unit}
		for _, q := range suffixQualifiers {
			if hasPrefixAt(rs, end, q) {
				v.Qualifier, end = q, end+len([]rune(q))
				break
			}
		}
		if v.Qualifier == "" && end < len(rs) && rs[end] == '内' {
			v.Qualifier, end = "内", end+1
		}
		if strings.ContainsRune("前后", at(rs, end)) || v.Qualifier == "" && !strings.ContainsRune(spanClaimers, at(rs, start-1)) {
			continue // "半天后" says when; "等了半天", "忙半天" only "a long while"
		}
		ms = append(ms, Mention{Start: start, End: end, Text: string(rs[start:end]), Value: v})
	}
	slices.SortStableFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
	return ms
}

// at is rs[i], or 0 outside it.
func at(rs []rune, i int) rune {
	if i >= 0 && i < len(rs) {
		return rs[i]
	}
	return 0
}
