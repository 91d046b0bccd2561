package rag

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// statedShare is a percent a question states, 约 before it when it was
// said in words (两成 is 约20%).
var statedShare = regexp.MustCompile(`(约)?([0-9]+(?:\.[0-9]+)?)%`)

// spokenShareSlack is how far a share said in tenths may be from the
// figure it names: 两成 covers 17.5%–22.5%, not 两成半.
const spokenShareSlack = 2.5

// groundStatedPeriod keeps, of an indicator's figures of both periods, the
// one whose value the question states: "进出口总额增长39.7%对吗" names the
// year that grew 39.7%, so the other year's target is no headline. Only
// when the question names no period and exactly one period's figure is
// the stated one.
func (e *Engine) groundStatedPeriod(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Intent.Both || d.Intent.Period != PeriodNone || len(d.Intent.Years) > 0 {
		return
	}
	shares := statedShares(d.norm)
	if len(shares) == 0 {
		return
	}
	drop := map[int]bool{} // paragraphs of the figures of the period not stated
	keep := map[int]bool{} // paragraphs of the stated figures
	for _, ind := range figureIndicators(ans) {
		matched := map[Period]bool{}
		all := map[Period]bool{}
		for _, p := range ans.Parts {
			if f := p.Figure; p.Type == PartFigure && f != nil && f.Indicator == ind {
				all[f.Period] = true
				if f.Unit == "%" && f.Max == nil && statesShare(shares, f.Number) {
					matched[f.Period] = true
				}
			}
		}
		if len(matched) != 1 || len(all) < 2 {
			continue
		}
		for _, p := range ans.Parts {
			f := p.Figure
			if p.Type != PartFigure || f == nil || f.Indicator != ind {
				continue
			}
			if matched[f.Period] {
				keep[f.Paragraph] = true
			} else {
				drop[f.Paragraph] = true
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	ans.keepParts(func(p Part) bool {
		if p.Type != PartFigure && p.Type != PartQuote || len(p.Citations) == 0 {
			return true
		}
		n := ans.Citations[p.Citations[0]].Paragraph
		return !drop[n] || keep[n]
	})
	ans.figuresFromParts()
}

// statedShareValue is one percent a question states and how near it is said.
type statedShareValue struct {
	value float64
	near  bool
}

// statedShares reads the percents each clause of norm states, shares said
// in words (两成) as spokenNumbers writes them.
func statedShares(norm string) []statedShareValue {
	var out []statedShareValue
	// Only the first clause, with its mark: "GDP增长多少，是5.5%左右吗" asks
	// the figure first, and a stated one after it is checked, not taken as
	// the year.
	first := norm
	if i := strings.IndexAny(norm, "?,!;"); i >= 0 {
		first = norm[:i+1]
	}
	for _, m := range statedShare.FindAllStringSubmatch(spokenNumbers(first), -1) {
		if v, err := strconv.ParseFloat(m[2], 64); err == nil {
			out = append(out, statedShareValue{value: v, near: m[1] != ""})
		}
	}
	return out
}

func statesShare(shares []statedShareValue, n float64) bool {
	for _, s := range shares {
		if s.value == n || s.near && math.Abs(s.value-n) <= spokenShareSlack {
			return true
		}
	}
	return false
}

// figureIndicators are the indicators of ans's figure parts, in order.
func figureIndicators(ans *Answer) []string {
	var out []string
	for _, p := range ans.Parts {
		if p.Type == PartFigure && p.Figure != nil && !slices.Contains(out, p.Figure.Indicator) {
			out = append(out, p.Figure.Indicator)
		}
	}
	return out
}
