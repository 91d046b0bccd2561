package figures

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// GapCheck is what the report says of a difference a question claims
// between a year's figure and the year before's (CheckGap).
type GapCheck struct {
	Claim string  // the claim as the question words it: "多50台"
	Base  *Figure // the earlier year's figure (2024's result); nil when the report gives none
	Then  *Figure // the later year's (2025's target); nil when none
	// Gap is Then less Base, as the two figures give it; nil unless the
	// report gives both and they give one difference that can be said.
	Gap *rag.Gap
	// Wrong: the claim cannot hold, however the figures' qualifiers are
	// read; set only with Gap.
	Wrong bool
	// Undecided: an order claimed (orderclaim.go) that the figures, as
	// the report writes them, neither bear out nor rule out (20%以上 beside
	// 39.7%), or that lacks one of them.
	Undecided bool
	// Missing names the side of a claimed order between two indicators
	// (checkPair) the report gives no figure of; "" for most.
	Missing string
}

// maxGapCandidates bounds the figures of each year a claim is paired
// with: those as good as the best.
const maxGapCandidates = 3

// CheckGap finds a difference the question claims from the year before
// ("今年公交车比去年多47台吧", "2 percentage points higher than last year")
// and holds it to the difference between the report's figures of the
// indicator it names for the two years. nil when it claims none. report
// confines it to one report's figures ("": every report's).
func CheckGap(question string, idx *Index, report string) *GapCheck {
	if idx == nil || idx.scope(report) == nil {
		return nil
	}
	_, g := readClaims(question, idx, report)
	if g == nil {
		return nil
	}
	return idx.checkGap(question, *g, report)
}

// checkGap holds claim g of question to the report's figures. A wrong
// claim must be wrong for every pair of figures as good as the best: the
// question's words may name more than one.
func (ix *Index) checkGap(question string, g gapClaim, report string) *GapCheck {
	if g.pair {
		return ix.checkPair(question, g, report)
	}
	gc := &GapCheck{Claim: g.text}
	// The question's words, without the comparison and the claim, name
	// the indicator.
	words := g.words([]rune(question))
	later := laterKind(g.base, words, ix.scope(report))
	if later == "" {
		return gc // 比前年, 明年: a year the report gives no figures of
	}
	bases := ix.gapCandidates(words, g.base, g.amount, report)
	thens := ix.gapCandidates(words, later, g.amount, report)
	if len(bases) > 0 {
		gc.Base = bases[0]
	}
	if len(thens) > 0 {
		gc.Then = thens[0]
	}
	var chosen *GapCheck
	for _, b := range bases {
		for _, t := range thens {
			if !sameMeasure(*b, *t) || b.Report != t.Report || t.Period.Year != b.Period.Year+1 {
				continue // another thing, or not a year and the next of one report
			}
			if g.implicit && (!levelPair(b, t) && !ratesInPoints(g, *b, *t) || targetRateInPoints(question, g, *t)) {
				continue // a change or an addition is held to itself
			}
			if g.levels && (isPercent(b.Unit) || isPercent(t.Unit)) {
				continue // rates: "GDP比去年增长了" is no claim that growth was faster
			}
			c := judgeGap(g, *b, *t)
			c.Claim = g.text
			switch {
			case chosen == nil, chosen.Wrong && !c.Wrong, chosen.Gap == nil && c.Gap != nil && !c.Wrong:
				chosen = c
			}
		}
	}
	if chosen != nil {
		return chosen
	}
	if g.levels || g.implicit {
		return nil // no amounts of the two years: the move is left to the other checks
	}
	gc.Undecided = g.order
	return gc
}

// words are the question's words without the comparison and the claim:
// what names the indicator ("今年公交车 吧").
func (g gapClaim) words(rs []rune) string {
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		if i >= g.cmp[0] && i < g.cmp[1] || i >= g.at && i < g.to {
			r = ' '
		}
		out = append(out, r)
	}
	return string(out)
}

// laterKind is the kind of the figures of the year compared with base's:
// a review's results are compared with its plan's targets, unless the
// question's other words name another year (明年, 2026年). "" when there
// is none to compare.
func laterKind(base Kind, words string, sp *span) Kind {
	if base != KindResult || containsAnyOf(strings.ToLower(words), "明年", "前年", "next year") {
		return ""
	}
	rs := []rune(words)
	for i := 0; i+4 <= len(rs); i++ {
		if (i > 0 && isDigit(rs[i-1])) || !isDigit(rs[i]) {
			continue
		}
		j := i
		for j < len(rs) && isDigit(rs[j]) {
			j++
		}
		// A year is four digits from 1990 on, not a number of 亿 (2000亿元).
		y, _ := strconv.Atoi(string(rs[i:j]))
		if j-i == 4 && y >= 1990 && y <= 2100 && (j == len(rs) || !unicode.Is(unicode.Han, rs[j]) || rs[j] == '年') &&
			yearKindOf(string(rs[i:j]), sp) != KindTarget {
			return ""
		}
		i = j
	}
	return KindTarget
}

// gapCandidates are the figures of kind the question's words name, in a
// unit the amount can be a difference of, scoring near the best.
func (ix *Index) gapCandidates(words string, kind Kind, amount Mention, report string) []*Figure {
	unit := amount.Value.Unit
	switch {
	case unit == "个百分点":
		unit = "%" // a difference of rates
	case unit == "" || unit == "倍":
		unit = anyUnit // "多47吧", "47 more buses", "是去年的两倍": judged later, if at all
	}
	all := ix.search(Query{Text: words, Kind: kind, Report: report})
	found := comparableFigures(all, unit)
	if len(found) == 0 {
		found = namedShort(all, unit)
		if len(found) == 1 && !shortFormOf(found[0].fig.Indicator, words) {
			found = nil
		}
	}
	return topCandidates(found)
}

// shortNameLead is how many times the next indicator's score the best
// must score for a short name to be read as its (namedShort), and
// shortNameCoverage how much of its weight the name must still hold.
const (
	shortNameLead     = 4.0
	shortNameCoverage = 0.3
)

// namedShort is the best of all, alone, when the question names it by a
// short form of a long name ("苇田鱼虾蟹面积" for 苇田鱼虾蟹立体生态养殖面积):
// too little of its weight for premiseMinCoverage, yet the words it holds
// are its and no other indicator's, so it outscores every other by far.
// WHY: a difference claimed of a thing named short went unchecked, and
// the two years' figures were shown as if they bore it out.
func namedShort(all []scored, unit string) []scored {
	if len(all) == 0 || all[0].coverage < shortNameCoverage || unit != anyUnit && !UnitsCompatible(unit, all[0].fig.Unit) {
		return nil
	}
	best := all[0]
	for _, c := range all[1:] {
		if c.fig.Indicator != best.fig.Indicator && c.score*shortNameLead > best.score {
			return nil
		}
	}
	return []scored{best}
}

// shortFormOf reports whether words name indicator by a short form: the
// run of Han characters sharing a bigram with it writes no character the
// indicator lacks, once a leading year word is dropped. WHY: 产量 alone
// outscores every other indicator for 粮食产量 in "今年海参产量比去年多2万吨吧",
// yet 海参 is no word of it; 苇田鱼虾蟹面积 writes only its indicator's.
func shortFormOf(indicator string, words string) bool {
	ind := rag.Normalize(indicator)
	gs := bigrams(ind)
	for _, run := range hanRun.FindAllString(comparedYears.ReplaceAllString(words, " "), -1) {
		run = rag.Normalize(run) // Normalize drops spaces: a run at a time
		if writtenIn(gs, run) == 0 {
			continue
		}
		for _, r := range run {
			if !strings.ContainsRune(ind, r) {
				return false
			}
		}
		return true
	}
	return false
}

var (
	hanRun        = regexp.MustCompile(`\p{Han}+`)
	comparedYears = regexp.MustCompile(`(?:比|较|同比)?(?:今年|去年|明年|前年|[0-9]{4}年)`)
)

// topCandidates are the best of found, up to maxGapCandidates, while each
// scores at least 0.8 of the first: near ties, not the long tail.
func topCandidates(found []scored) []*Figure {
	var out []*Figure
	for _, c := range found {
		if c.score < 0.8*found[0].score || len(out) == maxGapCandidates {
			break
		}
		out = append(out, c.fig)
	}
	return out
}

// sameMeasure: two figures measure one thing in units that compare, their
// indicators sharing at least half the bigrams of the shorter (新购公交车辆
// and 购置公交车辆, 科技成果转化 and 转化科技成果).
func sameMeasure(a, b Figure) bool {
	if isPercent(a.Unit) || isPercent(b.Unit) {
		if a.Unit != b.Unit {
			return false
		}
	} else if !UnitsCompatible(a.Unit, b.Unit) || a.Unit == "" || b.Unit == "" {
		return false
	}
	ga, gb := bigrams(rag.Normalize(a.Indicator)), bigrams(rag.Normalize(b.Indicator))
	if len(ga) == 0 || len(gb) == 0 {
		return false
	}
	shared := 0
	for _, g := range ga {
		if slices.Contains(gb, g) {
			shared++
		}
	}
	return 2*shared >= min(len(ga), len(gb))
}

// judgeGap holds claim g to the difference t less b. Right only when both
// are exact and agree; wrong only when no reading of the figures'
// qualifiers lets the claim hold.
func judgeGap(g gapClaim, b, t Figure) *GapCheck {
	gc := &GapCheck{Base: &b, Then: &t}
	if g.order {
		return judgeOrder(g, b, t)
	}
	blo, bhi, ok1 := gapReach(b.Amount())
	tlo, thi, ok2 := gapReach(t.Amount())
	if !ok1 || !ok2 {
		return gc
	}
	lo, hi := tlo-bhi, thi-blo
	gc.Gap = sayGap(lo, hi, b, t)
	clo, chi, ok := claimReach(g, b, t)
	if !ok || gc.Gap == nil {
		return gc
	}
	// Disjoint, beyond float noise; an infinite end is never near.
	gc.Wrong = disjoint(clo, chi, lo, hi)
	if g.unsigned {
		// 差2个点: the distance either way.
		gc.Wrong = gc.Wrong && disjoint(clo, chi, -hi, -lo)
	}
	return gc
}

// disjoint: [clo, chi] and [lo, hi] do not meet, beyond float noise; an
// infinite end is never near.
func disjoint(clo, chi, lo, hi float64) bool {
	return chi < lo && !approxEqual(chi, lo) || clo > hi && !approxEqual(clo, hi)
}

// gapReach is the least and the most a figure may be when two are
// subtracted: 左右 and 约 count as the number (a target's own wording, not
// a range); a floor (以上) has no most and a ceiling (以内) no least; 余
// runs to the next step, 近 from the last. A rate that fell is negative.
// ok is false for a qualifier read no way here.
func gapReach(v Value) (lo, hi float64, ok bool) {
	lo, hi = reach(v)
	switch {
	case isApprox(v.Qualifier):
		lo, hi = v.Number, v.Max
	case math.IsInf(lo, -1) && math.IsInf(hi, 1):
		return 0, 0, false // reach reads no such qualifier
	}
	if isPercent(v.Unit) && v.Direction < 0 {
		lo, hi = -hi, -lo
	}
	return lo, hi, true
}

// claimReach is the least and the most the claimed difference may be, in
// the figures' units, signed by its way. A bare amount ("多47吧") is read
// only as a count of what both figures count, written unscaled (85台):
// "少0.14" may mean 0.14万人.
func claimReach(g gapClaim, b, t Figure) (lo, hi float64, ok bool) {
	v := g.amount.Value
	if v.Unit == "" && !strings.ContainsAny(g.amount.Text, "万亿") {
		fb, _ := writtenScale(b)
		ft, _ := writtenScale(t)
		if !isClassifier(b.Unit) || !isClassifier(t.Unit) || fb != 1 || ft != 1 {
			return 0, 0, false
		}
	}
	v.Direction = 0 // the way is the claim's own (g.way)
	lo, hi, ok = gapReach(v)
	if g.way < 0 {
		lo, hi = -hi, -lo
	}
	return lo, hi, ok
}

// sayGap is the difference [lo, hi] as a correction says it: one number,
// or a floor ("至少多10项"); nil when it is neither.
func sayGap(lo, hi float64, b, t Figure) *rag.Gap {
	g := &rag.Gap{Rate: isPercent(t.Unit)}
	size := 0.0
	switch {
	// The floors first: approxEqual holds any number near an infinity.
	case math.IsInf(hi, 1) && lo > 0 && !math.IsInf(lo, 0):
		g.Way, g.AtLeast, size = 1, true, lo
	case math.IsInf(lo, -1) && hi < 0 && !math.IsInf(hi, 0):
		g.Way, g.AtLeast, size = -1, true, -hi
	case !math.IsInf(lo, 0) && !math.IsInf(hi, 0) && approxEqual(lo, hi):
		size = math.Abs(lo)
		if !approxEqual(lo, 0) {
			g.Way = int(math.Copysign(1, lo))
		}
	default:
		return nil
	}
	if g.Way != 0 {
		g.Value = gapSize(size, b, t)
	}
	return g
}

// gapSize writes a difference as the figures are written: in percentage
// points between rates, else in the finer of their two scales (0.14万人
// between 2.04万人 and 1.9万人, 3.5亿美元).
func gapSize(x float64, b, t Figure) string {
	if isPercent(t.Unit) {
		return roundText(x) + "个百分点"
	}
	factor, unit := writtenScale(t)
	if fb, ub := writtenScale(b); fb < factor {
		factor, unit = fb, ub
	}
	return roundText(x/factor) + unit
}

// roundText is x without the float noise of a subtraction (0.14, not
// 0.13999999999999999).
func roundText(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e6)/1e6, 'f', -1, 64)
}

// digitRun is the span [i, j) of the first number written in digits in
// folded runes rs, its decimal points and thousands commas included;
// i is -1 when rs has no digit.
func digitRun(rs []rune) (i, j int) {
	i = slices.IndexFunc(rs, isDigit)
	if i < 0 {
		return -1, -1
	}
	j = i
	for j < len(rs) && (isDigit(rs[j]) || rs[j] == '.' || rs[j] == ',') {
		j++
	}
	return i, j
}

// writtenScale is the scale a figure is written in, and the unit as
// written after its number: 1e4 and 万人 for 2.04万人, 1 and 台 for 85台;
// 1 and its base unit when its number is not in digits.
func writtenScale(f Figure) (factor float64, unit string) {
	rs := fold([]rune(f.Text))
	i, j := digitRun(rs)
	if i < 0 {
		return 1, f.Unit
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(string(rs[i:j]), ",", ""), 64)
	if err != nil || n == 0 || f.Value == 0 {
		return 1, f.Unit
	}
	if f.Max != f.Value { // "1—2个": the unit follows the range's end
		for j < len(rs) && !isDigit(rs[j]) {
			j++
		}
		for j < len(rs) && (isDigit(rs[j]) || rs[j] == '.') {
			j++
		}
	}
	rest := strings.TrimSuffix(string(rs[j:]), f.Qualifier)
	rest = strings.TrimLeft(rest, "余多")
	if rest == "" {
		rest = f.Unit
	}
	return math.Pow(10, math.Round(math.Log10(f.Value/n))), rest
}
