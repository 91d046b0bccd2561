package figures

import (
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// Pair is a target one report set for a year beside the result the next
// report gave for the same indicator, and whether it was met.
type Pair struct {
	Year           int
	Target, Result Figure
	// Status is rag.StatusMet, rag.StatusNotMet or rag.StatusUnclear.
	Status string
}

// Track pairs the targets report target set for year with the results
// report result gives for that year, in the target report's order: a
// result pairs with a target when their indicators are the same (after
// normalising), or when one holds the other whole and has at least four
// characters, and a result in a compatible unit is preferred. A target
// stated twice (in the list of main targets and again in its section) is
// paired once.
func (ix *Index) Track(target, result string, year int) []Pair {
	ts, rs := ix.scope(target), ix.scope(result)
	if ts == nil || rs == nil || target == "" || result == "" {
		return nil
	}
	var results []*Figure
	for i := rs.lo; i < rs.hi; i++ {
		if f := &ix.figs[i]; f.Kind == KindResult && f.Period.Year == year && f.Indicator != "" {
			results = append(results, f)
		}
	}
	var out []Pair
	seen := map[string]bool{}
	for i := ts.lo; i < ts.hi; i++ {
		t := &ix.figs[i]
		if t.Kind != KindTarget || t.Period.Year != year || t.Indicator == "" {
			continue
		}
		key := rag.Normalize(t.Indicator) + "\x00" + t.Text
		if seen[key] {
			continue
		}
		r := bestResult(t, results)
		if r == nil {
			continue
		}
		seen[key] = true
		out = append(out, Pair{Year: year, Target: *t, Result: *r, Status: Met(t.Amount(), r.Amount())})
	}
	return out
}

// Tracked pairs the targets and results of the tracks (rag.Tracks) that
// involve report ("" for all), keeping, when q is not empty, the targets
// whose indicator q names.
func (ix *Index) Tracked(tracks []rag.Track, q, report string) []Pair {
	var out []Pair
	for _, tr := range tracks {
		if report != "" && tr.Target.Meta.ID != report && tr.Result.Meta.ID != report {
			continue
		}
		pairs := ix.Track(tr.Target.Meta.ID, tr.Result.Meta.ID, tr.Year)
		if strings.TrimSpace(q) != "" {
			pairs = ix.named(pairs, q, nil, tr.Target.Meta.ID)
		}
		out = append(out, pairs...)
	}
	return out
}

// named keeps the pairs whose target's indicator the question names;
// all of them when it names none of the report's targets.
func (ix *Index) named(pairs []Pair, q string, expand []string, report string) []Pair {
	asked := map[[2]int]bool{}
	for _, s := range ix.search(Query{Text: q, Expand: expand, Report: report, Kind: KindTarget}) {
		if s.coverage >= strongCoverage {
			asked[[2]int{s.fig.Paragraph, s.fig.Start}] = true
		}
	}
	if len(asked) == 0 {
		return pairs
	}
	var out []Pair
	for _, p := range pairs {
		if asked[[2]int{p.Target.Paragraph, p.Target.Start}] {
			out = append(out, p)
		}
	}
	return out
}

// PairJSON is a pair as the CLI's --json and the HTTP API show it.
type PairJSON struct {
	Year      int              `json:"year"`
	Indicator string           `json:"indicator"`
	Status    string           `json:"status"`
	Target    rag.AnswerFigure `json:"target"`
	Result    rag.AnswerFigure `json:"result"`
}

// JSON is the pair as the CLI and the API show it.
func (p Pair) JSON() PairJSON {
	return PairJSON{Year: p.Year, Indicator: p.Target.Indicator, Status: p.Status, Target: p.Target.JSON(), Result: p.Result.JSON()}
}

// bestResult is the result that reports on target t, or nil.
func bestResult(t *Figure, results []*Figure) *Figure {
	ti := rag.Normalize(t.Indicator)
	var same, within []*Figure
	for _, r := range results {
		ri := rag.Normalize(r.Indicator)
		shorter := ti
		if len(ri) < len(ti) {
			shorter = ri
		}
		switch {
		case ri == ti:
			same = append(same, r)
		case utf8.RuneCountInString(shorter) >= 4 && (strings.Contains(ti, ri) || strings.Contains(ri, ti)):
			within = append(within, r)
		}
	}
	for _, cands := range [][]*Figure{same, within} {
		for _, r := range cands {
			if UnitsCompatible(t.Unit, r.Unit) {
				return r
			}
		}
	}
	if len(same) > 0 {
		return same[0]
	}
	return nil
}

// Met says whether result met target: for a ceiling (以内, 以下, 不超过…)
// the result must not be above it, for a reduction (下降10%) it must have
// fallen at least as much, for anything else it must be at least the
// target; 左右 and 以上 count as the number itself. Values in units that
// cannot be compared, or without one, are unclear.
func Met(target, result Value) string {
	if target.Unit == "" || result.Unit == "" || !UnitsCompatible(target.Unit, result.Unit) {
		return rag.StatusUnclear
	}
	ok := false
	switch {
	case isCeiling(target.Qualifier):
		ok = result.Number <= target.Max
	case target.Direction < 0:
		ok = result.Direction < 0 && result.Number >= target.Number
	case result.Direction < 0:
		ok = false // it fell where it was to grow
	default:
		ok = result.Max >= target.Number
	}
	if ok {
		return rag.StatusMet
	}
	return rag.StatusNotMet
}

// isCeiling reports whether a qualifier, perhaps two read together
// (约…以内), makes its figure a ceiling: the longest bound word it holds
// decides, so 不低于 is no 低于.
func isCeiling(q string) bool {
	word := ""
	for w := range bounds {
		if strings.Contains(q, w) && (len(w) > len(word) || len(w) == len(word) && w < word) {
			word = w
		}
	}
	return word != "" && bounds[word].side < 0
}
