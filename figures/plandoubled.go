package figures

import (
	"slices"

	"github.com/reportbot/reportbot/rag"
)

// implicitGrowthMultiple reads a growth of 100% or more claimed of the
// plan's year with no year compared with: "今年粮食产量目标要翻一番吧"
// (read 增长100%). A doubling is said of an amount, against the year
// before's as 比去年翻一番 is (chineseGrowthMultiple), so it is held to the
// two years' levels (levels, implicit: kept only where the report gives
// both as levels); a plan that names no doubling (110万吨左右 both years)
// corrects it, where holding 100% to a rate the report never gives leaves
// it standing. A lower rate stays the premise check's.
func implicitGrowthMultiple(rs []rune, stated []Mention, sp *span) (gapClaim, bool) {
	if normKind(rag.Normalize(string(rs)), sp) != KindTarget {
		return gapClaim{}, false
	}
	for _, m := range stated {
		if m.Value.Unit != "%" || m.Value.Number < 100 || m.Value.Qualifier != "" || !claimEnds(rs, m.End) {
			continue
		}
		from := clauseStart(rs, m.Start)
		wayEnd := m.Start // the way word ends before any 了 (增长了100%)
		if hasSuffixAt(rs, wayEnd, "了") {
			wayEnd--
		}
		for _, w := range moveWays {
			at := wayEnd - len([]rune(w.word))
			if w.dir < 0 || at < from || !hasPrefixAt(rs, at, w.word) || figureWithin(stated, from, at) || slices.Contains(rs[from:at], '比') {
				continue
			}
			times := m
			times.Value.Unit, times.Value.Number = "倍", 1+m.Value.Number/100
			return gapClaim{order: true, levels: true, implicit: true, ratio: times.Value.Number, amount: times, way: 1, base: KindResult,
				text: string(rs[at:m.End]), at: at, to: m.End, cmp: [2]int{at, at}}, true
		}
	}
	return gapClaim{}, false
}
