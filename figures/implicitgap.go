package figures

import (
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// A claim of this year's change with no year compared with ("今年稻蟹共生
// 面积增加了2万亩吗") still claims a difference from last year: 2万亩 is
// no level, and holding it to this year's 97万亩 "corrects" a right claim.
// Where the report gives the indicator's level for both years, the amount
// is held to their difference, as "比去年增加了2万亩" is.

// implicitGap is the difference a question claims of the plan's year with
// no year compared with: a way word right before an amount (增加了2万亩,
// 减少3000人), read as compared with the year of results. Not a rate or a
// multiple (growth, read by the premise check), nor a level reached
// (提高到, 增加至).
func implicitGap(question string, stated []Mention, sp *span) (gapClaim, bool) {
	n := rag.Normalize(question)
	target := normKind(n, sp) == KindTarget
	rs := []rune(question)
	for _, m := range stated {
		if !isDifference(m) || m.Value.Unit == "" {
			continue
		}
		points := m.Value.Unit == "个百分点"
		if !target && !(points && namesBothYears(n)) {
			continue
		}
		from := clauseStart(rs, m.Start)
		if at, ok := unsignedGapBefore(rs, from, m.Start); ok && points && namesBothYears(n) {
			return gapClaim{amount: m, text: string(rs[at:m.End]), at: at, to: m.End, base: KindResult, cmp: [2]int{at, at}, implicit: true, unsigned: true}, true
		}
		at, w, ok := wayBefore(rs, from, m.Start)
		// A one-rune way word (多, 增) claims a difference only beside a
		// year compared with: 新增15条 is an addition, 300多 no way. In
		// points (降了2.3个百分点) it can be nothing else.
		if !ok || utf8.RuneCountInString(w.word) < 2 && !points || strings.ContainsAny(string(rs[at:m.Start]), "到至为") {
			continue
		}
		return gapClaim{amount: m, way: w.dir, text: string(rs[at:m.End]), at: at, to: m.End, base: KindResult, cmp: [2]int{at, at}, implicit: true}, true
	}
	return gapClaim{}, false
}

// namesBothYears: normalized question n names the year of results and
// the plan's year ("去年增长8.3%，今年目标6%，降了2.3个百分点"), so a gap
// in points with no year compared with is between the two.
func namesBothYears(n string) bool {
	return containsAnyOf(n, lastYearWords...) && containsAnyOf(n, thisYearWords...)
}

// ratesInPoints: a gap claimed in points between two rates, which is
// their difference even where each is a change (增长8.3%, 增长6%).
func ratesInPoints(g gapClaim, b, t Figure) bool {
	return g.amount.Value.Unit == "个百分点" && isPercent(b.Unit) && isPercent(t.Unit)
}

// levelPair: both figures of an implicit claim are levels, whose
// difference is a change; a figure that is a change or an addition
// itself (城镇新增就业2.04万人) already answers "增加了多少".
func levelPair(b, t *Figure) bool {
	for _, f := range []*Figure{b, t} {
		if isChange(*f) || addedBy(*f) || containsAnyOf(f.Indicator, changeNames...) {
			return false
		}
	}
	return true
}

// targetRateInPoints: implicit claim g states the plan's own growth rate t
// in points, its way and number ("今年社零目标增长5个百分点" for 增长5%),
// with last year's rate unnamed: how people say a rate, no gap from last
// year's ("去年涨8.3%，今年6%，降了6个百分点" names both and claims one).
func targetRateInPoints(question string, g gapClaim, t Figure) bool {
	return g.amount.Value.Unit == "个百分点" && t.Unit == "%" && g.way == t.Direction &&
		g.amount.Value.SameNumber(t.Amount()) && !namesBothYears(rag.Normalize(question))
}

// unsignedGaps name a difference without saying which side is more:
// "去年3.5，今年5.5，差2个点". The amount is the distance between the two
// years' rates, either way.
var unsignedGaps = []string{"相差", "差距", "差"}

// unsignedGapBefore finds an unsigned gap word (unsignedGaps) between from
// and an amount at to, with at most 了, 是, 有 or 为 between; where it
// starts. 差 after 不 or 较 is a quality (不差, 较差), no gap.
func unsignedGapBefore(rs []rune, from, to int) (int, bool) {
	j := to
	if j > from && strings.ContainsRune("了是有为", rs[j-1]) {
		j--
	}
	for _, w := range unsignedGaps {
		n := utf8.RuneCountInString(w)
		at := j - n
		if at < from || string(rs[at:j]) != w {
			continue
		}
		if at > from && strings.ContainsRune("不较很太", rs[at-1]) {
			return 0, false
		}
		return at, true
	}
	return 0, false
}
