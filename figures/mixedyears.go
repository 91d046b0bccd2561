package figures

// A question may state several things' figures with no period word
// ("社会消费品零售总额增长4%，进出口增长6%，是这样吗"): one list of figures
// is one year's, the year its first figure is of. A later figure the
// report gives only as the other year's (6% is the 2025 plan's 进出口
// target) confirms nothing of that year: the thing's own figure of the
// first figure's year corrects it (2024's 进出口总额增长39.7%).

// mixedYears is the correction of a pair's figure confirmed of another
// period than the pair's first, by its indicator's figure of the first's
// period; nil when the question names a period, states no pair, some
// figure went unconfirmed, or the report gives the thing no figure of
// that period.
func (pr *premiseRun) mixedYears() *Correction {
	if pr.kind != "" || pr.paired == nil || len(pr.stated) < 2 || len(pr.confirmed) != len(pr.stated) {
		return nil
	}
	k := pr.confirmed[0].Kind
	for i, g := range pr.confirmed[1:] {
		if g.Kind == k {
			continue
		}
		m := pr.stated[i+1]
		for _, s := range pr.idx.search(Query{Text: g.Indicator, Kind: k, Report: pr.report}) {
			f := s.fig
			if f.Kind == k && f.Indicator == g.Indicator && f.Unit == g.Unit && !m.Value.Admits(f.Amount()) {
				return &Correction{Stated: m.Text, Actual: *f, Also: []Figure{*g}}
			}
		}
	}
	return nil
}
