package figures

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// percentNote tells a question that wrote a growth rate in percentage
// points ("研发经费增长7个百分点") that the report gives it in %, before an
// answer that quotes that growth: people say either of a rate's growth, so
// the claim stands and only the unit is noted, never corrected.
func percentNote(d *rag.Draft, mentions []Mention) {
	ans := d.Answer
	if !ans.Found || !slices.ContainsFunc(mentions, func(m Mention) bool { return writesPoints(m) && quotesGrowth(ans, m.Value) }) {
		return
	}
	note := "注：增速以“%”计，报告写的是“%”，不是“个百分点”。"
	if d.Intent.Lang == "en" {
		note = "Note: the report gives this growth rate in %, not in percentage points."
	}
	ans.Parts = append([]rag.Part{rag.TextPart(rag.RoleNotice, note)}, ans.Parts...)
}

// writesPoints reports whether the question itself wrote m in percentage
// points, not a % read as points (asPoints) nor a spoken 个点.
func writesPoints(m Mention) bool {
	return m.Value.Unit == "个百分点" && !m.points && (strings.Contains(m.Text, "百分点") || strings.Contains(strings.ToLower(m.Text), "point"))
}

// quotesGrowth reports whether a quote of ans gives v as a change in %.
func quotesGrowth(ans *rag.Answer, v Value) bool {
	for _, c := range ans.Citations {
		for _, m := range Find(c.Quote) {
			if m.Value.Unit == "%" && m.Value.Direction != 0 && m.Value.SameNumber(v) {
				return true
			}
		}
	}
	return false
}
