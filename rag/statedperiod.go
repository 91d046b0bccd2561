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
//
// English words of approximation count as 约 (about 40%, nearly 40%), and
// so does a 左右 after the percent (26%左右).
var statedShare = regexp.MustCompile(`(约|\b(?:about|around|roughly|approximately|nearly|almost|close to) )?([0-9]+(?:\.[0-9]+)?)%(左右|上下)?`)

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
			out = append(out, statedShareValue{value: v, near: m[1] != "" || m[3] != ""})
		}
	}
	return out
}

func statesShare(shares []statedShareValue, n float64) bool {
	for _, s := range shares {
		if s.value == n || s.near && math.Abs(s.value-n) < ShareSlack(s.value)-1e-9 {
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

// ShareSlack is how far the report's percent may be from one a speaker
// states with 约 (the question's 约, 大约, 差不多, or a share said in
// words: 两成半, 四分之一, 三分之一) and still be what they said: half the
// step they round to. A share of 10% or more said as a multiple of 5
// points (成, 半成, quarters, halves) or as a third (33.3%, 66.7%) rounds
// to 5 points, ±2.5: 两成半 holds 25.8%, 四分之一 26.1%, 约30% not 25.8%;
// any other rounds to its last digit: 约26% holds 25.8%. A figure
// exactly halfway is as near the next step: 约6% is not 5.5%.
// One tolerance for the claim check (figures' Admits) and for the period a
// stated share names (statedShares). 近 stops short instead (Admits).
func ShareSlack(n float64) float64 {
	third := math.Abs(n-100.0/3) < 0.051 || math.Abs(n-200.0/3) < 0.051
	if n >= 10 && (math.Abs(n/5-math.Round(n/5)) < 1e-9 || third) {
		return 2.5
	}
	p := 1.0 // the place of n's last digit: 1 for 26, 0.1 for 5.5
	for i := 0; i < 6 && math.Abs(n/p-math.Round(n/p)) > 1e-9; i++ {
		p /= 10
	}
	return p / 2
}
