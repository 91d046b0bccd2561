package figures

import (
	"math"
	"regexp"
	"strconv"
	"unicode/utf8"
)

// A question may claim how far a year's amount fell from the year
// before's as a share of it: "实际利用外资今年目标比去年少了一半以上吧",
// "比去年减少了40%". Neither year's level confirms or corrects that; the
// two levels' ratio does (4亿美元 after 7.5亿美元 is a fall of 46.7%, short
// of half). Read as the multiple the fall leaves (少了40% is 0.6 times),
// it is held to the ratio as "是去年的两倍" is, and a bound the speaker
// puts on it (一半以上, 一半多, 不到一半) is held as a bound, with no slip.

// fallWays are the words of a fall between the year compared with and
// the share it fell by; the longest first.
var fallWays = []string{"减少", "下降", "降低", "缩减", "少", "低", "降", "减"}

// halfShare is 一半 said as the share a fall took with the speaker's
// bound after it: 一半以上 says at least half. A half said plainly or
// loosely (少一半, 少一半多: about half, spoken) is no bound to hold.
var halfShare = regexp.MustCompile(`^了?一半以上`)

// chineseShareFall reads "比去年少了一半以上" and "比去年下降了40%": a
// fall as a share, of levels only (levels: two rates' ratio says nothing
// of it, and "比去年下降了2%" of a rate is the premise check's).
func chineseShareFall(rs []rune, stated []Mention, sp *span) (gapClaim, bool) {
	for c := range amountComparisons(rs, sp) {
		i, n, base, j := c.at, c.end, c.base, c.move
		k := fallWayEnd(rs, j)
		if k < 0 {
			continue
		}
		share, bound, amount, ok := fallShare(rs, k, stated)
		if !ok || !claimEnds(rs, amount.End) {
			continue
		}
		amount.Value = Value{Number: 1 - share, Max: 1 - share, Unit: "倍"}
		return gapClaim{order: true, levels: true, ratio: 1 - share, shareFall: true, bound: bound, amount: amount, way: -1,
			base: base, text: string(rs[j:amount.End]), at: j, to: amount.End, cmp: [2]int{i, n}}, true
	}
	return gapClaim{}, false
}

// fallWayEnd is where a word of a fall that starts at j ends; -1 when
// none does.
func fallWayEnd(rs []rune, j int) int {
	for _, w := range fallWays {
		if hasPrefixAt(rs, j, w) {
			return j + utf8.RuneCountInString(w)
		}
	}
	return -1
}

// fallShare reads the share a fall took right after its way word at k:
// 一半 or a percent the question states (below 100), and the speaker's
// bound on it; amount spans it (a stated percent is that mention, so the
// premise check does not hold it as a rate too).
func fallShare(rs []rune, k int, stated []Mention) (share float64, bound int, amount Mention, ok bool) {
	if loc := halfShare.FindStringSubmatchIndex(string(rs[k:])); loc != nil {
		end := k + utf8.RuneCountInString(string(rs[k:])[:loc[1]])
		// At least half gone: at most half left.
		return 0.5, -1, Mention{Start: k, End: end, Text: string(rs[k:end])}, true
	}
	at := skipPrefix(rs, k, "了")
	for _, m := range stated {
		if m.Start != at || m.Value.Unit != "%" || m.Value.Number <= 0 || m.Value.Number >= 100 {
			continue
		}
		lo, hi := reach(m.Value)
		switch {
		case isApprox(m.Value.Qualifier) || m.Value.Qualifier == "":
		case math.IsInf(hi, 1):
			bound = -1 // 40%以上, 40多%: at least that much gone
		case math.IsInf(lo, -1):
			bound = 1 // 不到40%: at most that much gone
		default:
			return 0, 0, Mention{}, false // a qualifier read no way here
		}
		return m.Value.Number / 100, bound, m, true
	}
	return 0, 0, Mention{}, false
}

// shareFallWrong: the ratio t over b the claimed fall leaves (g.ratio)
// cannot hold. A bound is held as said; a share said plainly has a
// spoken multiple's slip, as "两倍" of 1.9 times has.
func shareFallWrong(g gapClaim, tlo, thi, blo, bhi float64) bool {
	if tlo <= 0 || blo <= 0 {
		return false
	}
	rlo, rhi := tlo/bhi, thi/blo
	switch g.bound {
	case -1:
		return rlo > g.ratio && !approxEqual(rlo, g.ratio)
	case 1:
		return rhi < g.ratio && !approxEqual(rhi, g.ratio)
	}
	return ratioWrong(g.ratio, tlo, thi, blo, bhi)
}

// fallShareText is how far t fell below b as a percent of b, to one
// decimal ("46.7%"), where times (ratioText) says the figures are one
// number each and t is the less; "" otherwise.
func fallShareText(times string, tlo, blo float64) string {
	if times == "" || tlo >= blo {
		return ""
	}
	return strconv.FormatFloat(math.Round((1-tlo/blo)*1000)/10, 'f', -1, 64) + "%"
}
