package figures

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// pairFigures are, for each figure of a pair (premiseRun.paired), the
// report's figure its own words are best held to; nil where none may be.
// nil when the question is no pair.
func (pr *premiseRun) pairFigures(stated []Mention) []*Figure {
	if pr.paired == nil {
		return nil
	}
	out := make([]*Figure, len(stated))
	for i, m := range stated {
		if m.Value.Unit == "" && strings.HasSuffix(m.Text, "亿") {
			m.Value.Unit = "元"
		}
		_, comparable, _ := statedSearch(m, pr.rs, pr.paired[i], pr.kind, bareNone, pr.idx, pr.report)
		if len(comparable) > 0 {
			out[i] = comparable[0].fig
		}
	}
	return out
}

// pairSibling is the report's figure the i-th figure of a pair is of when
// its own words name too little of any indicator to compare it ("人大代表
// 建议198件、政协提案126件": 人大代表建议 is half of 市政府承办的人大代表建议;
// "粳稻全产业链产值145亿元，大豆105亿元": 大豆 leaves out the head), when
// the pair is swapped: the figure stated is the one the report gives for
// another thing of the pair. It is one found in that thing's paragraph,
// in the stated unit, whose indicator writes a word of this figure's own
// that the other figures' words lack. Without it a swapped pair is only
// half corrected; a pair that is not swapped is left as it was (a right
// figure here confirms nothing the words do not name). Empty when there
// is none.
func (pr *premiseRun) pairSibling(i int, m Mention, own string, found []scored) []scored {
	var paras []paragraphRef
	for j, f := range pr.pairFigs {
		if j != i && f != nil && m.Value.Admits(f.Amount()) {
			paras = append(paras, paragraphRef{f.Report, f.Paragraph})
		}
	}
	if len(paras) == 0 {
		return nil
	}
	var others strings.Builder
	for j, w := range pr.paired {
		if j != i {
			others.WriteString(rag.Normalize(w))
		}
	}
	var mine []string
	for _, g := range bigrams(rag.Normalize(own)) {
		if !strings.Contains(others.String(), g) {
			mine = append(mine, g)
		}
	}
	for _, c := range found {
		at := paragraphRef{c.fig.Report, c.fig.Paragraph}
		if !slices.Contains(paras, at) || !UnitsCompatible(m.Value.Unit, c.fig.Unit) {
			continue
		}
		ind := rag.Normalize(c.fig.Indicator)
		if slices.ContainsFunc(mine, func(g string) bool { return strings.Contains(ind, g) }) {
			return []scored{c}
		}
	}
	return nil
}
