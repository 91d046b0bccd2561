package figures

import (
	"slices"
	"strings"
)

// everyUnitAsked is the units a question asking several figures asks them
// in, one for each 多少 or 几, when each names its own measure ("集装箱吞吐量
// 多少万标箱，货物吞吐量多少万吨"); nil when any asks bare (增长多少 may ask
// a rate), asks a count of things, or only one figure is asked (unitAsked
// reads that one). written joins the units as the question writes them.
func everyUnitAsked(norm string) (units []string, written string) {
	norm = countedYi.Replace(norm)
	asks := strings.Count(norm, "多少") + strings.Count(norm, "几")
	if asks < 2 {
		return nil, ""
	}
	var ws []string
	ms := askedUnit.FindAllStringSubmatchIndex(norm, -1)
	for i, m := range ms {
		if m[4] < 0 || strings.HasSuffix(norm[:m[0]], "哪") || strings.HasSuffix(norm[:m[0]], "第") {
			return nil, ""
		}
		end := len(norm)
		if i+1 < len(ms) {
			end = ms[i+1][0] // this ask alone, its unit read as unitAsked reads one
		}
		u, _ := unitAsked(norm[m[0]:end])
		if u == "" || u == unitCount || u == "%" {
			return nil, ""
		}
		units = append(units, u)
		if w := norm[m[2]:m[5]]; !slices.Contains(ws, w) {
			ws = append(ws, w) // a unit asked twice is told once
		}
	}
	if len(units) != asks {
		return nil, ""
	}
	return units, strings.Join(ws, "”“")
}

// noneInUnitsAsked is the first unit of everyUnitAsked and all written,
// when no figure of strong is in any of them: a question asking 吞吐量 in
// 万标箱 and 万吨 is answered by none of a growth rate (集装箱吞吐量增长
// 1.9%), though each unit alone would be told so (unitAsked reads no one
// unit for several figures). "" when one figure fits one unit asked: that
// one answers a part of the question.
func noneInUnitsAsked(norm string, strong []Figure) (unit, written string) {
	units, written := everyUnitAsked(norm)
	if len(units) == 0 {
		return "", ""
	}
	for _, f := range strong {
		for _, u := range units {
			if askedUnitFits(u, f.Unit) {
				return "", ""
			}
		}
	}
	return units[0], written
}
