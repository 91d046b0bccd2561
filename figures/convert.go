package figures

import (
	"math"
	"slices"
	"strings"
)

// A question may state a figure in another unit of the same measure than
// the report ("修复湿地约1500亩" for 150.2公顷) or restate one in another
// ("110万吨就是1.1亿公斤"). Such a figure is held to the report's after an
// exact conversion, with the slack its approximation words allow: a
// right conversion is confirmed, a wrong one corrected.

// unitSizes are the units of one measure in a common base: area in 亩
// (1公顷 = 15亩, 1平方公里 = 100公顷), mass in 千克 (公斤 is read as 千克),
// length in 米 (the Chinese 里 is half a 公里, a mile 1609.344米: "182.3里" is
// no 182.3公里).
var unitSizes = map[string]struct {
	measure string
	size    float64
}{
	"亩": {"area", 1}, "公顷": {"area", 15}, "平方公里": {"area", 1500}, "平方米": {"area", 0.0015},
	"千克": {"mass", 1}, "吨": {"mass", 1000}, "斤": {"mass", 0.5}, "克": {"mass", 0.001},
	"米": {"length", 1}, "公里": {"length", 1000}, "里": {"length", 500}, "英里": {"length", 1609.344},
}

// convertTo is value v (of unit from) in unit to; false when the two are
// the same unit or not of one measure.
func convertTo(v float64, from, to string) (float64, bool) {
	a, okA := unitSizes[from]
	b, okB := unitSizes[to]
	if !okA || !okB || from == to || a.measure != b.measure {
		return 0, false
	}
	return v * a.size / b.size, true
}

// approxWords loosen a stated figure: 约1500亩, 大概, 差不多, 1500多亩.
var approxWords = []string{"约", "大约", "大概", "差不多", "左右", "近", "多", "余", "上下", "将近"}

// convertSlack is the relative slack of a converted figure: rounding
// only (2253亩 as 2250亩), or a tenth when the question approximates.
func convertSlack(m Mention, rs []rune) float64 {
	around := string(rs[max(0, m.Start-2):min(len(rs), m.End+2)])
	if containsAnyOf(m.Text, approxWords...) || containsAnyOf(around, approxWords...) {
		return 0.1
	}
	return 0.01
}

// convertedFigure is the report's figure, among those the question's
// words name best (found), that stated figure m gives in another unit of
// the same measure; held says whether m, converted, is its number.
func convertedFigure(m Mention, rs []rune, found []scored) (f *Figure, held, ok bool) {
	if len(found) == 0 || m.Value.Max > m.Value.Number {
		return nil, false, false
	}
	if f := slippedUnit(m, rs, found); f != nil {
		return f, false, true
	}
	for _, c := range found {
		if c.score < 0.8*found[0].score {
			break
		}
		if c.coverage < premiseMinCoverage || c.fig.Max > c.fig.Value || strings.ContainsAny(c.fig.Unit, "级/") {
			continue
		}
		v, ok := convertTo(m.Value.Number, m.Value.Unit, c.fig.Unit)
		if !ok {
			continue
		}
		want := c.fig.Value
		return c.fig, math.Abs(v-want) <= convertSlack(m, rs)*math.Abs(want), true
	}
	return nil, false, false
}

// slippedUnit is a figure of found writing stated m's number in another
// unit of the same measure, whose indicator the words right before m
// name by its end: "农村公路182.3米" is 维修新建农村公路's 182.3公里.
// WHY: the number is that figure's and only its unit slipped; a figure
// scoring better (四好农村路's 100公里) is another thing's, and correcting
// with it would headline a figure not asked.
func slippedUnit(m Mention, rs []rune, found []scored) *Figure {
	for _, c := range found {
		v, ok := convertTo(m.Value.Number, m.Value.Unit, c.fig.Unit)
		if !ok || strings.ContainsAny(c.fig.Unit, "级/") {
			continue
		}
		// 150.2万平方米 is 150.2公顷 converted, the same digits by scale: no slip.
		if math.Abs(v-c.fig.Value) <= convertSlack(m, rs)*math.Abs(c.fig.Value) {
			continue
		}
		if sameDigits(m.Text, c.fig.Text) && namesTailBefore(c.fig.Indicator, rs, m.Start) {
			return c.fig
		}
	}
	return nil
}

// restateWords join a figure to the same amount said again, in another
// unit or numeral form: "110万吨就是1.1亿公斤", "3.57平方公里，约合535亩".
var restateWords = []string{"也就是说", "也就是", "就是", "约等于", "等于", "相当于", "约合", "折合", "合计约", "即"}

// restatement is a stated figure m that restates the one before it, of.
type restatement struct {
	of, m Mention
}

// restatements splits stated into the figures claimed of the report
// (kept) and those that restate the one before them wrongly (wrong): a
// restatement is no figure of its own to hold to the report's words (the
// words around it name nothing), only to the figure it restates; a right
// one is dropped.
func restatements(rs []rune, stated []Mention) (kept []Mention, wrong []restatement, dropped [][2]int) {
	for i, m := range stated {
		if i > 0 {
			if ok, held := restatesGrowth(rs, stated[i-1], m); ok {
				if !held {
					wrong = append(wrong, restatement{of: stated[i-1], m: m})
				}
				dropped = append(dropped, [2]int{stated[i-1].End, m.End})
				continue
			}
		}
		if i == 0 || !restatesBefore(rs, stated[i-1], m) {
			kept = append(kept, m)
			continue
		}
		of, mv := stated[i-1], trailingMore(rs, m)
		lo, ok := convertTo(mv.Number, mv.Unit, of.Value.Unit)
		if !ok && mv.Unit == of.Value.Unit {
			lo, ok = mv.Number, true
		}
		hi := lo
		if ok {
			_, h := reach(mv)
			hi = lo * h / mv.Number
		}
		slack := convertSlack(m, rs) * math.Abs(of.Value.Number)
		switch {
		case !ok || mv.Unit == "" || mv.Number <= 0 || mv.Max > mv.Number || of.Value.Max > of.Value.Number:
			kept = append(kept, m) // not one measure: left to the other checks
		case of.Value.Number < lo-slack || of.Value.Number > hi+slack:
			wrong = append(wrong, restatement{of: of, m: m})
			dropped = append(dropped, [2]int{of.End, m.End})
		default:
			dropped = append(dropped, [2]int{of.End, m.End})
		}
	}
	return kept, wrong, dropped
}

// restatesBefore: only a restate word (and punctuation) stands between
// figure of and m.
func restatesBefore(rs []rune, of, m Mention) bool {
	between := strings.Trim(string(rs[of.End:m.Start]), "，, 、")
	for _, w := range restateWords {
		if rest, ok := strings.CutPrefix(between, w); ok && restateRest(rest) {
			return true
		}
		if rest, ok := strings.CutPrefix(between, "也"); ok && rest == w {
			return true
		}
	}
	return false
}

// restatedCorrection corrects a wrong restatement with the report's
// figure that confirmed the figure it restates; nil when none did.
func restatedCorrection(wrong []restatement, confirmed []*Figure) *Correction {
	for _, r := range wrong {
		for _, f := range confirmed {
			if r.of.Value.Admits(f.Amount()) || r.of.Value.SameNumber(f.Amount()) {
				return &Correction{Stated: r.m.Text, Actual: *f}
			}
		}
	}
	return nil
}

// withoutRestated is rs with each restatement (its restate word and
// figure) blanked, offsets kept: "约合535亩" names nothing of the figure
// it restates, and would steer that figure's search.
func withoutRestated(rs []rune, dropped [][2]int) []rune {
	out := slices.Clone(rs)
	for _, d := range dropped {
		for j := d[0]; j < d[1]; j++ {
			out[j] = ' '
		}
	}
	return out
}

// restateRest may follow a restate word before the figure: nothing, an
// approximation (约合 is 约), or the figure's way said again (也就是增长
// 100%多, as the rag writes 翻了一番多).
func restateRest(rest string) bool {
	rest = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(rest, "大约"), "约"), "了")
	return rest == "" || rest == "增长" || rest == "提高" || rest == "增加"
}

// trailingMore is m's value with a 多 written right after it (两倍多,
// 100%多) read as its qualifier, which the scanner leaves out.
func trailingMore(rs []rune, m Mention) Value {
	v := m.Value
	if v.Qualifier == "" && m.End < len(rs) && rs[m.End] == '多' {
		v.Qualifier = "多"
	}
	return v
}
