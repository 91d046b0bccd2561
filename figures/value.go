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
const classifierGroup = "个家户项所台辆座处条件口套部篇名人位株头只艘架张床间栋类期颗棵"

// UnitsCompatible reports whether two base units can describe the same
// figure: equal units, a bare number against anything, counting measure
// words among themselves, 次/场/场次 among themselves. % and 个百分点 are
// not compatible: a growth of 2.8% is not a gap of 2.8 percentage points.
func UnitsCompatible(a, b string) bool {
	if a == b || a == "" || b == "" {
		return true
	}
	if isClassifier(a) && isClassifier(b) {
		return true
	}
	times := func(u string) bool { return u == "次" || u == "场" || u == "场次" }
	return times(a) && times(b)
}

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
func (v Value) Admits(w Value) bool {
	if v.SameNumber(w) {
		return true
	}
	if v.Max != v.Number || v.Number <= 0 || w.Max != w.Number {
		return false
	}
	x, n := w.Number, v.Number
	switch v.Qualifier {
	case "多", "余", "超过", "超", "逾", "突破", "以上":
		return x > n && x < n+lastPlace(n)
	case "约", "大约", "左右", "上下", "约左右":
		if (v.Unit == "%" || v.Unit == "个百分点") && v.Qualifier == "约" && isWhole(n/10) {
			return math.Abs(x-n) <= 2.5+1e-9 // 约40% (四成) for 39.7%, not 约30% for 25.8%
		}
		if v.Unit == "%" || v.Unit == "个百分点" {
			return false // a rate's 左右 is the target's own wording: 6%左右 is not 5.5%左右
		}
		return math.Abs(x-n) <= lastPlace(n)/2+1e-9 // rounds to it: 约450亿 for 451.5亿, not 5.5%左右 for 5.4%
	case "近", "将近":
		return x < n && x >= n-lastPlace(n)
	}
	return false
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
