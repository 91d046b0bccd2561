package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A claim may state the report's number as a change when the report gives
// it as a level: "化工精细化率提高了45%" where the rate rose to 45%,
// "跨境电商企业增加了70家" where they reached 70. The number matches, the
// claim does not: the level is corrected, with the change the report gives
// of the same indicator, if any.

// stockNouns end the names of amounts that stand at a level: a total, an
// output, a balance. 进出口总额147亿元 is no increase of 147亿元.
var stockNouns = []string{"总额", "总值", "总量", "产量", "余额", "规模"}

// changeNames are words of an indicator that measures a change itself
// (雏鹰瞪羚企业增长 19%, 增速): a number of it is a change already.
var changeNames = []string{"增长", "增加", "增速", "增幅", "提高", "提升", "上升", "下降", "降低", "减少", "压减", "新增", "降幅", "涨幅"}

// isLevel reports whether figure f is a level the report gives, which a
// stated change of its number misreads: written as reached (f.Reached), a
// rate or share standing with no direction (普惠率90.6%), the name of a
// stock, or an amount whose change the report gives beside it (实际到位
// 内资451.5亿元、增长20.2%). Not a change itself, nor a count of what was
// added (增加普惠性托育学位640个 is the increase).
// It returns the change of f the report gives too (changeOf), read once
// for both.
func (ix *Index) isLevel(f *Figure) (bool, *Figure) {
	if isChange(*f) || f.Unit == "" || f.Unit == UnitRank || addedBy(*f) || containsAnyOf(f.Indicator, changeNames...) {
		return false, nil
	}
	change := ix.changeOf(f)
	return f.Reached || f.Unit == "%" || endsWithAny(f.Indicator, stockNouns) || change != nil, change
}

// changeOf is the change the report gives of level f's indicator, of
// the same report and period: 进出口总额增长39.7% for 进出口总额147亿元,
// the nearest first (its own paragraph). nil when it gives none.
func (ix *Index) changeOf(f *Figure) *Figure {
	sp := ix.scope(f.Report)
	if sp == nil || f.Indicator == "" {
		return nil
	}
	var best *Figure
	for i := sp.lo; i < sp.hi; i++ {
		g := &ix.figs[i]
		if g.Direction == 0 || g.Kind != f.Kind || g.Period != f.Period || trimGrowth(g.Indicator) != f.Indicator ||
			!strings.HasPrefix(g.Indicator, f.Indicator) {
			continue
		}
		if best == nil || g.Paragraph == f.Paragraph && best.Paragraph != f.Paragraph {
			best = g
		}
	}
	return best
}

// levelCorrection is the correction of a stated change (dir, said) whose
// number is level f's; nil when the claim states no change or f is none.
func (ix *Index) levelCorrection(dir int, said string, f *Figure) *Correction {
	if dir == 0 {
		return nil
	}
	level, change := ix.isLevel(f)
	if !level {
		return nil
	}
	return &Correction{Stated: said, Actual: *f, Level: true, Change: change}
}

// pointsAsLevel corrects a stated change in percentage points whose number
// is a rate's level: "普惠率提高了90.6个百分点" where it reached 90.6%. nil
// for any other stated figure.
func (ix *Index) pointsAsLevel(m Mention, rs []rune, found []scored, norm string) *Correction {
	if m.Value.Unit != "个百分点" {
		return nil
	}
	rates := comparableFigures(found, "%")
	if len(rates) == 0 {
		return nil
	}
	asRate := m
	asRate.Value.Unit = "%"
	f := confirmedBy(asRate, rates, norm)
	if f == nil {
		return nil
	}
	dir, said := statedChange(rs, m)
	return ix.levelCorrection(dir, said, f)
}

// A claim may state a fall the report gives as the level it ended at:
// "信访总量下降到25.8%" where the report says 下降25.8%, a quarter less, not
// a quarter left. Only a fall: "增长到5.5%" is how people say a growth
// rate, the same claim as 增长5.5%.

// fallToWords, right before a figure and after a word of a fall, make it
// the level the fall ended at.
var fallToWords = []string{"到", "至", " to"}

// fallToCorrection corrects stated figure m, written as the level a fall
// ended at ("下降到25.8%"), when the report's f, its number, is the fall
// itself; nil when the claim says no fall to it or f is a level too.
func fallToCorrection(rs []rune, m Mention, f *Figure) *Correction {
	if f.Direction >= 0 || f.Reached {
		return nil
	}
	before := strings.TrimRightFunc(string(rs[:m.Start]), func(r rune) bool { return unicode.IsSpace(r) || r == '了' }) // 下降到了
	lower := strings.ToLower(before)
	for _, w := range fallToWords {
		if !strings.HasSuffix(lower, w) {
			continue
		}
		fall := m
		fall.Start = utf8.RuneCountInString(before[:len(before)-len(w)])
		if dir, said := statedChange(rs, fall); dir < 0 {
			return &Correction{Stated: strings.TrimSuffix(said, fall.Text) + string(rs[fall.Start:m.Start]) + m.Text, Actual: *f, FallTo: true}
		}
	}
	return nil
}
