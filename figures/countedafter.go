package figures

import "strings"

// Chinese puts a count before the noun it counts (打造3—5个优势板块), and a
// figure's indicator holds only the words before it (每户企业逐步打造), so a
// claim naming the counted noun and the subject in its own words (市属国企
// for 企业) is held first to another figure naming its words (8户市属国企).
// The noun the report writes right after its figure names what it counts:
// a claim counting that noun is of that figure.

// countedAfterCoverage is the share of the indicator a claim must still
// hold when the noun it counts is the one written after the figure.
const countedAfterCoverage = 0.3

// minCountedNoun is how long the noun a claim counts must be to name a
// figure: one character (个, 家) names nothing.
const minCountedNoun = 2

// countedAfterFigures are the figures of found, in the stated figure's
// unit, whose report clause writes right after them the noun the claim
// counts after its figure m, and whose indicator the claim holds at least
// countedAfterCoverage of.
func countedAfterFigures(found []scored, rs []rune, m Mention) []scored {
	noun := countedNoun(rs[m.End:])
	if len([]rune(noun)) < minCountedNoun {
		return nil
	}
	var out []scored
	for _, c := range found {
		if c.coverage < countedAfterCoverage || !UnitsCompatible(m.Value.Unit, c.fig.Unit) {
			continue
		}
		item, _, _ := strings.Cut(c.fig.after, "、")
		if strings.HasSuffix(item, noun) {
			out = append(out, c)
		}
	}
	return out
}
