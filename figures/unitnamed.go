package figures

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// namedInUnit keeps, of the figures in the unit asked, those the
// question names in words it writes; when it writes none of any, and
// asks a sum of money, those whose indicator writes a report term its
// everyday words stand for: "去年企业搞技术改造投了多少钱" writes nothing
// of 投入技改资金, yet its 搞技术改造 is the lexicon's 技改, and the money
// of an activity is what its indicator counts. Not a count of people: an
// event's concept (洪灾 for 抢险) names none of the roles counted in it
// (抢险队伍 is no count of the injured).
func namedInUnit(found []scored, q Query, unit string) []scored {
	var literal, expanded []scored
	for _, s := range found {
		switch {
		case s.coverage < inUnitCoverage:
		case literalShare(s.fig.Indicator, q.normText()) > 0:
			literal = append(literal, s)
		case isMoney(unit) && holdsExpansion(s.fig.Indicator, q.Expand):
			expanded = append(expanded, s)
		}
	}
	if len(literal) > 0 {
		return literal
	}
	return expanded
}

// holdsExpansion reports whether indicator writes one of the report terms
// (of two characters or more) the lexicon added for the question.
func holdsExpansion(indicator string, expand []string) bool {
	norm := rag.Normalize(indicator)
	return slices.ContainsFunc(expand, func(t string) bool {
		return utf8.RuneCountInString(t) >= 2 && strings.Contains(norm, rag.Normalize(t))
	})
}
