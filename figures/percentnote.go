package figures

import (
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// percentNote tells a question that wrote a growth rate in percentage
// points ("研发经费增长7个百分点") that the report gives it in %, before an
// answer that quotes that growth: people say either of a rate's growth, so
// the claim stands and only the unit is noted, never corrected.
func percentNote(d *rag.Draft, mentions []Mention) {
	unitNote(d, mentions, writesPoints,
		func(v Value) bool { return v.Unit == "%" && v.Direction != 0 },
		"注：增速以“%”计，报告写的是“%”，不是“个百分点”。",
		"Note: the report gives this growth rate in %, not in percentage points.")
}

// writesPoints reports whether the question itself wrote m in percentage
// points, not a % read as points (asPoints) nor a spoken 个点.
func writesPoints(m Mention) bool {
	return m.Value.Unit == "个百分点" && !m.points && (strings.Contains(m.Text, "百分点") || strings.Contains(strings.ToLower(m.Text), "point"))
}

// pointsConfirmedAsPercent: the question's one figure is a growth rate written in
// points that the report's growth rate in % confirms ("实际到位内资增长了
// 20.2个百分点" for 增长20.2%). The figure search reads the stated number
// in its own unit and so finds no figure written so; the confirmed one is
// what the claim is of, not the other year's rate beside it.
func pointsConfirmedAsPercent(mentions []Mention, confirmed []*Figure) bool {
	return len(mentions) == 1 && len(confirmed) == 1 && writesPoints(mentions[0]) &&
		confirmed[0].Unit == "%" && confirmed[0].Direction != 0
}

// growthRates are the figures of cands a growth rate written in points
// ("去年GDP增长5.5个百分点", a way said; not "差了1.8个百分点", a gap) is
// held to when no figure in points is named:
// the report's growth rates in %, which say the same or correct it.
func growthRates(cands []scored) []scored {
	var out []scored
	for _, c := range comparableFigures(cands, "%") {
		if c.fig.Unit == "%" && c.fig.Direction != 0 {
			out = append(out, c)
		}
	}
	return out
}
