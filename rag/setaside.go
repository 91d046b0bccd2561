package rag

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A question may set a thing aside and ask the rest ("不包括高层次人才，
// 引进了多少人才", "除了旅客接待量之外，旅游收入增长多少"). The report's
// figure of the thing set aside (高层次人才31人) is then exactly what was
// not asked: it is no headline, though the clause stating it stays quoted.

// setAsideMark opens the thing a question sets aside, up to the end of
// its Chinese run: 不包括高层次人才, 除了旅客接待量之外, 不含高层次人才.
var setAsideMark = regexp.MustCompile(`(?:不包括|不包含|不含|不算|除了|除去|除开|刨除|刨去|扣除)(\p{Han}+)`)

// setAsideEnds cut the run after the thing set aside: 之外, 以外, 有多少.
var setAsideEnds = []string{"之外", "以外", "外", "有多少", "多少", "有几", "的话"}

// setAsideThings are the things question norm sets aside.
func setAsideThings(norm string) []string {
	var out []string
	for _, m := range setAsideMark.FindAllStringSubmatch(norm, -1) {
		thing := m[1]
		for _, end := range setAsideEnds {
			if k := strings.Index(thing, end); k > 0 {
				thing = thing[:k]
			}
		}
		if utf8.RuneCountInString(thing) >= 2 {
			out = append(out, thing)
		}
	}
	return out
}

// setAsideFigure: a figure's indicator is the thing set aside, or that
// thing measured (旅客接待量增长 of 旅客接待量); not a wider thing it is a
// part of (人才 of 高层次人才 is the rest asked).
func setAsideFigure(indicator string, things []string) bool {
	ind := Normalize(indicator)
	for _, t := range things {
		if strings.HasPrefix(ind, t) || strings.HasSuffix(ind, t) && utf8.RuneCountInString(ind) <= utf8.RuneCountInString(t)+2 {
			return true
		}
	}
	return false
}

// groundSetAside drops the figure parts of what a question sets aside;
// the quotes stay, so the rest asked is read in the report's own words.
func (e *Engine) groundSetAside(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Intent.Lang == "en" || hasCorrection(ans) {
		return
	}
	things := setAsideThings(d.norm)
	if len(things) == 0 {
		return
	}
	aside := func(p Part) bool {
		return p.Type == PartFigure && p.Figure != nil && setAsideFigure(p.Figure.Indicator, things)
	}
	dropped, left := false, 0
	for _, p := range ans.Parts {
		if aside(p) {
			dropped = true
		} else if p.Type == PartQuote || p.Type == PartFigure {
			left++
		}
	}
	if !dropped || left == 0 {
		return // nothing else quoted: the answer is left to other checks
	}
	ans.keepParts(func(p Part) bool { return !aside(p) })
	ans.figuresFromParts()
}
