package figures

import (
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// One measure may go by two names over the two years: 2024's 普惠率 90.6%
// (¶13) is 2025's 普惠性幼儿园覆盖率 91% (¶62). A claim of the plan's year
// by the short name ("普惠率今年90.6%？") finds no target called so, and went
// unchecked; the claimed year's figure under the longer name is the one to
// hold it to, each year keeping its own figure.

// minContracted is how many characters a short name must run to be read
// as the other year's name of a longer one.
const minContracted = 3

// contractedOfKind is the figure of kind, in a unit stated figure m may be
// compared with, whose name the other year's figure the question names
// whole contracts (shortFor); nil when there is none, or more than one.
func (ix *Index) contractedOfKind(m Mention, norm string, kind Kind, report string) *Figure {
	sp := ix.scope(report)
	if sp == nil || kind == "" {
		return nil
	}
	figs := ix.figs[sp.lo:sp.hi]
	var out *Figure
	for i := range figs {
		short := figs[i]
		name := rag.Normalize(short.Indicator)
		if short.Kind == kind || len([]rune(name)) < minContracted || !strings.Contains(norm, name) || !UnitsCompatible(m.Value.Unit, short.Unit) {
			continue
		}
		for k := range figs {
			g := &figs[k]
			if g.Kind != kind || g.Report != short.Report || !UnitsCompatible(m.Value.Unit, g.Unit) || !shortFor(short.Indicator, g.Indicator) {
				continue
			}
			if out != nil && out != g {
				return nil
			}
			out = g
		}
	}
	return out
}
