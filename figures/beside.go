package figures

import (
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// measuredBeside is the figure written right beside best in the report —
// the one before or after it in its paragraph, a few characters away —
// that counts in the stated figure's own measure word when best does not:
// "老旧小区惠及2万户" claims ¶11's 惠及居民2万余户, not the 续建改造老旧小区11个
// written before it, whose 个 counts the estates, not the households. Nil
// when the stated figure has no measure word of its own (none, or the
// generic 个), best counts in it, or neither neighbour does.
func (ix *Index) measuredBeside(m Mention, rs []rune, best *Figure) *Figure {
	u := measureOf(m.Value.Unit)
	if u == "" || u == "个" || isPercent(u) || u == UnitRank || measureOf(best.Unit) == u {
		return nil
	}
	// The words the claim writes right before its figure must be the
	// neighbour's and not best's (惠及 of 惠及居民): "新购公交车辆7条" names
	// the buses, and 断头路7条 beside them is not what it claims.
	if m.Start < besideWordRunes {
		return nil
	}
	word := string(rs[m.Start-besideWordRunes : m.Start])
	if !rag.AllHan([]rune(word)) || strings.Contains(best.Indicator, word) {
		return nil
	}
	figs := ix.inParagraph(best.Report, best.Paragraph)
	for i := range figs {
		if figs[i].Start != best.Start {
			continue
		}
		for _, j := range []int{i + 1, i - 1} {
			if j < 0 || j >= len(figs) || measureOf(figs[j].Unit) != u {
				continue
			}
			if gap := max(figs[j].Start-best.End, best.Start-figs[j].End); gap <= maxBesideGap && strings.Contains(figs[j].Indicator, word) {
				return &figs[j]
			}
		}
	}
	return nil
}

// besideWordRunes is how much of the claim right before its figure must
// name the neighbour.
const besideWordRunes = 2

// maxBesideGap is how far apart, in characters, two figures of one
// sentence's run may be written ("11个、惠及居民2万余户": 5).
const maxBesideGap = 8
