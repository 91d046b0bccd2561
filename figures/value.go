// Package figures treats every number in a report as data: it extracts the
// figures of each paragraph with what they measure, parses figures written
// in arbitrary text (an answer, a question) into comparable values, checks
// that an answer's figures come from the paragraphs it cites, and spots
// questions that state a figure the report contradicts.
package figures

import (
	"math"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// Value is a figure reduced to comparable parts: 1.9万人 is 19000 人,
// 451.5亿元 is 4.515e10 元, 5.5％ is 5.5 %.
type Value struct {
	Number    float64 // normalised: scale characters (万, 亿…) applied
	Max       float64 // upper end of a range ("1—2个"); equals Number otherwise
	Unit      string  // base unit after scaling: "%", "个百分点", "元", "亩", "倍"… or "" for a bare number
	Qualifier string  // 左右, 以上, 超过, 不少于, 以内, 余, 近, 约…, "" if none
	Direction int     // -1 after 下降/降低/减少…, +1 after 增长/提高…, 0 when the text says neither
}

// String is the canonical form: "19000人", "5.5%", "1–2个".
func (v Value) String() string {
	s := formatNumber(v.Number)
	if v.Max != v.Number {
		s += "–" + formatNumber(v.Max)
	}
	return s + v.Unit
}

func formatNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// SameNumber reports whether v and w have the same number (and range end),
// whatever their units: 5.5% and 5.5个百分点 have the same number.
func (v Value) SameNumber(w Value) bool {
	return approxEqual(v.Number, w.Number) && approxEqual(v.Max, w.Max)
}

// Equal reports whether v and w are the same figure: the same number and
// compatible units (see UnitsCompatible). Qualifiers and direction are not
// compared.
func (v Value) Equal(w Value) bool { return v.SameNumber(w) && UnitsCompatible(v.Unit, w.Unit) }

func approxEqual(a, b float64) bool {
	if a == b {
		return true
	}
	d := math.Abs(a - b)
	return d <= 1e-9*math.Max(math.Abs(a), math.Abs(b)) || d < 1e-12
}

// classifierGroup holds measure words that count things; a count written
// 223名 in the report and 223人 in an answer is the same figure.
const classifierGroup = "个家户项所台辆座处条件口套部篇名人位株头只艘架张床间栋类期颗棵起"

// UnitsCompatible reports whether two base units can describe the same
// figure: equal units, a bare number against anything, one measure with
// or without the suffix of a size or rate (measureOf), counting measure
// words among themselves, 次/场/场次 among themselves. % and 个百分点 are
// not compatible: a growth of 2.8% is not a gap of 2.8 percentage points.
func UnitsCompatible(a, b string) bool {
	if a == b || a == "" || b == "" || measureOf(a) == measureOf(b) {
		return true
	}
	if isClassifier(a) && isClassifier(b) {
		// 类 counts kinds, not things: 首批8类84家示范单位 has 8 kinds of
		// 84 units, and 8家 is neither.
		return (a == "类") == (b == "类")
	}
	times := func(u string) bool { return u == "次" || u == "场" || u == "场次" }
	return times(a) && times(b) || isSpanOfTime(a) && isSpanOfTime(b)
}

// measureOf is what a unit measures in without the suffix that makes it
// a size or a rate: 30万吨级 and 20万吨/年 are 吨 as a question says them,
// 40周年 is 40年.
func measureOf(u string) string {
	if u == "周年" {
		return "年"
	}
	if m, ok := strings.CutSuffix(u, "级"); ok && m != "" {
		return m
	}
	if m, ok := strings.CutSuffix(u, "/年"); ok && m != "" {
		return m
	}
	return u
}

// isSpanOfTime: a unit of a span of time shorter than a year. "几个小时"
// is answered by 1天以内 or 50分钟内, in the unit the report uses.
func isSpanOfTime(u string) bool { return u == "天" || u == "小时" || u == "分钟" }

func isClassifier(u string) bool {
	return len([]rune(u)) == 1 && strings.Contains(classifierGroup, u)
}

// Parse reads s as exactly one figure: "1.9万人", "5.5％", "451.5亿元",
// "百分之五点五", "20%以上", "增长5.5%" (the direction word is kept as
// Direction). Surrounding white space is ignored; anything else around the
// figure makes ok false. Bare numbers parse with Unit "".
func Parse(s string) (Value, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Value{}, false
	}
	rs := []rune(s)
	if r := findRanks(s); len(r) == 1 && r[0].start == 0 && r[0].end == len(rs) {
		return Value{Number: r[0].place, Max: r[0].place, Unit: UnitRank}, true
	}
	ms := scan(rs, modeParse)
	if len(ms) != 1 {
		return Value{}, false
	}
	m := ms[0]
	if m.end != len(rs) {
		return Value{}, false
	}
	if m.start != 0 {
		// Only a direction word may come before the figure.
		head := strings.TrimSpace(string(rs[:m.start]))
		if _, ok := directionWord(head); !ok {
			return Value{}, false
		}
	}
	return m.val, true
}

// Normalize returns the canonical form of the figure s ("1.9万人" →
// "19000人", "5.5％" → "5.5%"), or "" when s is not one figure.
func Normalize(s string) string {
	v, ok := Parse(s)
	if !ok {
		return ""
	}
	return v.String()
}

func directionWord(s string) (int, bool) {
	for _, w := range upWords {
		if s == w {
			return 1, true
		}
	}
	for _, w := range downWords {
		if s == w {
			return -1, true
		}
	}
	return 0, false
}

// Admits reports whether a stated figure v, read with its word of
// approximation, holds the report's figure w: 两万多人 holds 2.04万人,
// 近40% holds 39.7%, 约450亿 holds 451.5亿. A speaker who rounds is right,
// and must not be "corrected" to the figure that agrees with them.
//
// A stated bound (不到6%, 不少于17万株) holds unless the report's figure,
// read with its own qualifier, lies wholly on the wrong side of it: 5.5%左右
// is under 6%, and 10%以上 may or may not be under 15%, which is no reason
// to correct. A bound beside a report's bound of the same side (10%以上
// for 20%以上, 超3000亿 for 超过2000亿元) restates the report's threshold,
// and must give its number.
func (v Value) Admits(w Value) bool {
	if b, ok := boundOf(v.Qualifier); ok && v.Max == v.Number {
		wb, wok := boundOf(w.Qualifier)
		if wok && wb.side == -b.side && approxEqual(w.Number, v.Number) {
			return false // 20%以下 for 20%以上: they share only the number, which neither means
		}
		if b.side > 0 && isApprox(w.Qualifier) && approxEqual(w.Number, v.Number) {
			return false // 3.5%以上 for 3.5%左右: the report puts the figure near its number, not past it
		}
		if !wok || wb.side != b.side {
			return !b.refutedBy(v.Number, w) // 不到29.9% is not 29.9%
		}
	}
	if _, wb := boundOf(w.Qualifier); wb && isApprox(v.Qualifier) && approxEqual(v.Number, w.Number) {
		return false // 60%左右 for 突破60%: the report's number is a threshold, not a level to be near
	}
	if v.SameNumber(w) {
		return true
	}
	if v.Max > v.Number {
		// A range stated ("在5%到6%之间") holds any figure it may contain:
		// 5.5%左右 and 5% lie in it, 6.5% does not.
		lo, hi := reach(w)
		if isApprox(w.Qualifier) {
			lo, hi = w.Number, w.Max // a target's 左右 is its own wording
		}
		return !(hi < v.Number && !approxEqual(hi, v.Number) || lo > v.Max && !approxEqual(lo, v.Max))
	}
	if v.Max != v.Number || v.Number <= 0 || w.Max != w.Number {
		return false
	}
	x, n := w.Number, v.Number
	if isApprox(v.Qualifier) {
		// A bare number said of a rate (GDP目标六左右, 增长5.5左右) is a
		// percent: held to the report's percent as one, not rounded to
		// its last place (6左右 would hold 5.5%左右).
		if isPercent(v.Unit) || v.Unit == "" && isPercent(w.Unit) {
			// 约40% (四成) for 39.7%, 约26% for 25.8%, 26%左右 as 约26%,
			// not 约30% for 25.8%; a report's 左右 is the target's own
			// wording: 6%左右 is not 5.5%左右, nor is 约5% (the target is
			// said to its tenth).
			return !isApprox(w.Qualifier) && math.Abs(x-n) < rag.ShareSlack(n)-1e-9
		}
		return math.Abs(x-n) <= lastPlace(n)/2+1e-9 // rounds to it: 约450亿 for 451.5亿, not 5.5%左右 for 5.4%
	}
	switch v.Qualifier {
	case "多", "余", "超过", "超", "逾", "突破", "以上":
		return x > n && x < n+lastPlace(n)
	case "近", "将近":
		return x < n && x >= n-nearReach(n)
	}
	return false
}

// nearReach is how far under n a figure said to be near it (将近20%,
// 近两万人) may lie: a step of n's last place, but no more than an eighth
// of n, for 15.7% is not "nearly 20%" nor 1.15万 "nearly two万".
func nearReach(n float64) float64 {
	return min(lastPlace(n), n/8)
}

// lastPlace is the place of n's last non-zero digit: 10000 for 20000, 1000
// for 14000, 10 for 150, 0.1 for 5.5 — the step "多" rounds within.
func lastPlace(n float64) float64 {
	p := 1.0
	for i := 0; i < 12 && isWhole(n/(p*10)); i++ {
		p *= 10
	}
	for i := 0; i < 6 && !isWhole(n/p); i++ {
		p /= 10
	}
	return p
}

func isWhole(f float64) bool { return math.Abs(f-math.Round(f)) < 1e-9 }

// bound is a figure's qualifier read as an inequality: side +1 for a floor
// (不少于, 超过, 以上…), -1 for a ceiling (不到, 以内, 低于…); strict when
// the number itself is excluded (不到6% is not 6%).
type bound struct {
	side   int
	strict bool
}

// bounds are the qualifiers that make a figure a bound, the scanner's
// (不到, 以上…) and those a question says before a figure (低于, 至少…).
var bounds = map[string]bound{
	"不少于": {1, false}, "不低于": {1, false}, "至少": {1, false}, "以上": {1, false},
	"超过": {1, true}, "超": {1, true}, "逾": {1, true}, "突破": {1, true}, "不止": {1, true},
	"高于": {1, true}, "大于": {1, true}, "多于": {1, true},
	"不超过": {-1, false}, "不高于": {-1, false}, "以内": {-1, false}, "以下": {-1, false},
	"没超过": {-1, false}, "没有超过": {-1, false}, "未超过": {-1, false},
	"不到": {-1, true}, "不足": {-1, true}, "没到": {-1, true}, "没有到": {-1, true}, "未到": {-1, true},
	"低于": {-1, true}, "少于": {-1, true}, "小于": {-1, true},
	// A cap or floor said as the extreme the figure may reach: 最多100场 is
	// at most 100, which a report's 不少于100场 does not say.
	"最多": {-1, false}, "至多": {-1, false}, "顶多": {-1, false}, "最少": {1, false}, "起码": {1, false},
}

func boundOf(q string) (bound, bool) {
	b, ok := bounds[q]
	return b, ok
}

// refutedBy reports whether the report's figure w lies wholly on the wrong
// side of the bound at n, however its qualifier is read (see reach).
func (b bound) refutedBy(n float64, w Value) bool {
	lo, hi := reach(w)
	switch {
	case b.side < 0 && b.strict:
		return lo >= n
	case b.side < 0:
		return lo > n
	case b.strict:
		return hi <= n
	}
	return hi < n
}

// reach is the least and the most the report's figure w may be, as its
// qualifier reads: 5.5%左右 a step either side (5.4–5.6), 300余 up to the
// next step, 10%以上 without a most, 6%以内 without a least. A qualifier
// not read here (a compound 余以上) may be anything.
func reach(w Value) (lo, hi float64) {
	lo, hi = w.Number, w.Max
	step := lastPlace(w.Number)
	if b, ok := boundOf(w.Qualifier); ok {
		if b.side > 0 {
			return lo, math.Inf(1)
		}
		return math.Inf(-1), hi
	}
	if isApprox(w.Qualifier) {
		return lo - step, hi + step
	}
	switch w.Qualifier {
	case "":
		return lo, hi
	case "多", "余":
		return lo, hi + step
	case "近", "将近":
		return lo - step, hi
	}
	return math.Inf(-1), math.Inf(1)
}

// isApprox reports whether a qualifier makes its figure approximate: 约,
// 左右 and their kin (reach, Admits, gapReach).
func isApprox(q string) bool {
	switch q {
	case "约", "大约", "左右", "上下", "约左右":
		return true
	}
	return false
}
