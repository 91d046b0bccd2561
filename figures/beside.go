package figures

// measuredBeside is the figure written right beside best in the report —
// the one before or after it in its paragraph, a few characters away —
// that counts in the stated figure's own measure word when best does not:
// "老旧小区惠及2万户" claims ¶11's 惠及居民2万余户, not the 续建改造老旧小区11个
// written before it, whose 个 counts the estates, not the households. Nil
// when the stated figure has no measure word of its own (none, or the
// generic 个), best counts in it, or neither neighbour does.
func (ix *Index) measuredBeside(m Mention, best *Figure) *Figure {
	u := measureOf(m.Value.Unit)
	if u == "" || u == "个" || isPercent(u) || u == UnitRank || measureOf(best.Unit) == u {
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
			if gap := max(figs[j].Start-best.End, best.Start-figs[j].End); gap <= maxBesideGap {
				return &figs[j]
			}
		}
	}
	return nil
}

// maxBesideGap is how far apart, in characters, two figures of one
// sentence's run may be written ("11个、惠及居民2万余户": 5).
const maxBesideGap = 8
