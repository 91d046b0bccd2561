package figures

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// maxRatioSlip is how far a claimed multiple may be from the figures'
// before it is wrong: "两倍" is said of 1.9 times.
const maxRatioSlip = 1.1

// checkPair holds an order claimed between two indicators of one period
// (g.pair: "去年GDP增速比社零快") to the report's figures of each: Then is
// the subject's, Base the other side's. With a side the report gives no
// figure of, Missing names it and nothing is decided.
func (ix *Index) checkPair(question string, g gapClaim, report string) *GapCheck {
	gc := &GapCheck{Claim: g.text, Undecided: true}
	kind := normKind(rag.Normalize(question), ix.scope(report))
	extra := ""
	if growthWords(g.subject+g.text) && !growthWords(g.other) {
		extra = "增长" // "固投增速比进出口快": 进出口's growth, not its total
	}
	subjects := ix.pairCandidates(g.subject, "", kind, report)
	others := ix.pairCandidates(g.other, extra, kind, report)
	switch {
	case len(subjects) == 0 && len(others) == 0:
		return gc
	case len(others) == 0:
		gc.Then, gc.Missing = subjects[0], g.other
		return gc
	case len(subjects) == 0:
		gc.Base, gc.Missing = others[0], withoutPeriod(g.subject)
		return gc
	}
	gc.Then, gc.Base = subjects[0], others[0]
	if sameThing(*gc.Then, *gc.Base) {
		// "imports faster than exports?": both name 进出口总额, which the
		// report does not split.
		gc.Base, gc.Missing = nil, g.other
		return gc
	}
	for _, a := range subjects {
		for _, b := range others {
			if sameThing(*a, *b) || a.Report != b.Report || a.Period != b.Period || !unitsCompare(*a, *b) {
				continue
			}
			c := judgeOrder(g, *b, *a)
			c.Claim = g.text
			return c
		}
	}
	// No figure of the other side compares with the subject's (海洋经济
	// 生产总值403亿元 beside a growth rate): it gives none to compare.
	gc.Base, gc.Missing = nil, g.other
	return gc
}

// sameThing: two figures measure one thing, or one holds the other's
// indicator whole (进出口总额, 进出口总额增长).
func sameThing(a, b Figure) bool {
	ia, ib := trimGrowth(a.Indicator), trimGrowth(b.Indicator)
	return a == b || strings.Contains(ia, ib) || strings.Contains(ib, ia)
}

// growthWords reports whether words speak of growth rates.
func growthWords(words string) bool {
	return containsAnyOf(strings.ToLower(words), "增速", "增长", "增幅", "增", "快", "慢", "降", "growth", "grow", "faster", "slower")
}

// pairCandidates are the figures the words of one side of a pair name,
// of kind, near the best: rankings aside, as an order of places is no
// order of amounts. extra words the other side implies (增长) prefer
// among the figures the side's own words name; they name none alone
// (营口增长 is no 成交额增长).
func (ix *Index) pairCandidates(words, extra string, kind Kind, report string) []*Figure {
	own := ix.search(Query{Text: words, Kind: kind, Report: report})
	found := own
	if extra != "" {
		named := func(c scored) bool {
			return !slices.ContainsFunc(own, func(o scored) bool { return o.fig == c.fig })
		}
		found = slices.DeleteFunc(ix.search(Query{Text: words + extra, Kind: kind, Report: report}), named)
	}
	return topCandidates(found)
}

// unitsCompare: two figures' amounts can be set in order: rates with
// rates, or units that compare and are named.
func unitsCompare(a, b Figure) bool {
	if isPercent(a.Unit) || isPercent(b.Unit) {
		return a.Unit == b.Unit
	}
	return a.Unit != "" && b.Unit != "" && UnitsCompatible(a.Unit, b.Unit)
}

// judgeOrder holds an order claim g to the subject's figure t and the
// other side's b: wrong only when no reading of their qualifiers lets it
// hold. Two floors (20%以上, 10%以上) compare as the floors they are.
func judgeOrder(g gapClaim, b, t Figure) *GapCheck {
	gc := &GapCheck{Claim: g.text, Base: &b, Then: &t, Undecided: true}
	bv, tv := b.Amount(), t.Amount()
	floors := isFloor(bv) && isFloor(tv)
	// The gap is said as the figures are written (5.5%左右 as 5.5%), with
	// 约; the claim is judged on what they may be (5.4% to 5.6%).
	blo, bhi, ok1 := orderReach(bv, floors, gapReach)
	tlo, thi, ok2 := orderReach(tv, floors, gapReach)
	if !ok1 || !ok2 {
		return gc
	}
	gc.Gap = sayGap(tlo-bhi, thi-blo, b, t)
	if gc.Gap == nil {
		return gc
	}
	gc.Gap.Floors = floors
	gc.Gap.About = gc.Gap.Way != 0 && (isApprox(bv.Qualifier) || isApprox(tv.Qualifier))
	if !sameWritten(bv, tv) {
		// The same figure written twice (110万吨左右 both years) is the
		// same; others are judged on what they may be.
		blo, bhi, _ = orderReach(bv, floors, mayBe)
		tlo, thi, _ = orderReach(tv, floors, mayBe)
	}
	lo, hi := tlo-bhi, thi-blo
	falls := isPercent(b.Unit) && bv.Direction < 0 && tv.Direction < 0
	gc.Gap.Fall = falls
	if g.ratio > 0 {
		gc.Gap.Times = ratioText(tlo, thi, blo, bhi)
		gc.Wrong = ratioWrong(g.ratio, tlo, thi, blo, bhi)
		if g.shareFall {
			gc.Wrong = shareFallWrong(g, tlo, thi, blo, bhi)
		}
		gc.Undecided = !gc.Wrong && gc.Gap.Times == ""
		if g.shareFall {
			gc.Gap.Share, gc.Gap.Times = fallShareText(gc.Gap.Times, tlo, blo), ""
		}
		return gc
	}
	rel := g.way
	if g.fall {
		if !falls {
			return gc // "降得多" of figures that did not fall: no reading holds
		}
		rel = -rel // the more a figure fell, the lower it stands
	}
	holds := false
	switch rel {
	case 1:
		gc.Wrong, holds = hi < 0 || nearZero(hi), lo > 0 && !nearZero(lo)
	case -1:
		gc.Wrong, holds = lo > 0 || nearZero(lo), hi < 0 && !nearZero(hi)
	default:
		gc.Wrong, holds = lo > 0 && !nearZero(lo) || hi < 0 && !nearZero(hi), nearZero(lo) && nearZero(hi)
	}
	gc.Undecided = !gc.Wrong && !holds
	return gc
}

// isFloor reports whether v is a floor: 20%以上, 超过2000亿元.
func isFloor(v Value) bool {
	lo, hi := reach(v)
	return math.IsInf(hi, 1) && !math.IsInf(lo, 0)
}

// orderReach is read (gapReach or mayBe), but a floor read as its
// number where both figures are floors.
func orderReach(v Value, floors bool, read func(Value) (lo, hi float64, ok bool)) (lo, hi float64, ok bool) {
	if !floors {
		return read(v)
	}
	n := v.Number
	if isPercent(v.Unit) && v.Direction < 0 {
		n = -n
	}
	return n, n, true
}

// mayBe is the least and the most a figure may be (reach), a fall
// negative: 5.5%左右 may be 5.4% to 5.6%.
func mayBe(v Value) (lo, hi float64, ok bool) {
	lo, hi = reach(v)
	if math.IsInf(lo, -1) && math.IsInf(hi, 1) {
		return 0, 0, false
	}
	if isPercent(v.Unit) && v.Direction < 0 {
		lo, hi = -hi, -lo
	}
	return lo, hi, true
}

// sameWritten: two figures are written alike: number, qualifier and
// way.
func sameWritten(a, b Value) bool {
	return a.Number == b.Number && a.Max == b.Max && a.Qualifier == b.Qualifier && a.Direction == b.Direction && UnitsCompatible(a.Unit, b.Unit)
}

// nearZero: x is finite and zero beyond float noise.
func nearZero(x float64) bool { return !math.IsInf(x, 0) && math.Abs(x) < 1e-9 }

// ratioWrong: the claimed multiple n lies beyond what t over b may be,
// by more than a spoken multiple's slip. Only amounts above zero divide.
func ratioWrong(n, tlo, thi, blo, bhi float64) bool {
	if tlo <= 0 || blo <= 0 {
		return false
	}
	rlo, rhi := tlo/bhi, thi/blo
	return n > rhi*maxRatioSlip || n*maxRatioSlip < rlo
}

// ratioText is t over b to one decimal ("1.6"), "" unless both are one
// number each.
func ratioText(tlo, thi, blo, bhi float64) string {
	if tlo != thi || blo != bhi || blo <= 0 || tlo <= 0 {
		return ""
	}
	return strconv.FormatFloat(math.Round(tlo/blo*10)/10, 'f', -1, 64)
}

// undecidedNotice says why an order claimed is neither confirmed nor
// corrected: its figures, as written (a floor, an approximation), do not
// settle it.
func undecidedNotice(lang string) string {
	if lang == "en" {
		return "The figures as the report writes them do not settle this."
	}
	return "按报告所写的数字，无法判断这一说法是否成立。"
}
