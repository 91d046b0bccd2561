package rag

import (
	"regexp"
	"strings"
)

// perUnit is a rate's base written before the thing it counts: per person
// (人均, 每千人) or per unit of output or area (单位GDP, 单位面积). In "每千
// 人医生数", "单位GDP能耗" the thing after the base (医生, 能耗) is what the
// rate measures; the base alone is shared by every rate on it.
var perUnit = regexp.MustCompile(`人均|每一?[十百千万]+(?:常住)?(?:人|名|户)|单位(?:gdp|地区生产总值|生产总值|面积|产值|增加值)`)

// groundPerUnitHead declines a Chinese question asking a rate on a base
// (每千人医生数, 单位GDP能耗) when no clause of the answer gives a figure
// with the thing the rate measures. WHY: a rate is named by what it counts,
// not by its base or its denominator: 每千人托位数4.5个 is no count of
// doctors, and 地区生产总值增长5.5% no energy use per unit of GDP. A
// neighbouring indicator passed for the one asked is confidently wrong;
// its quotes stay as related text.
func (e *Engine) groundPerUnitHead(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || d.Derived || d.Matched || hasCorrection(ans) || d.Intent.Lang == "en" || d.Intent.List || d.Intent.Summary {
		return
	}
	loc := perUnit.FindStringIndex(d.norm)
	if loc == nil {
		return
	}
	var heads []askedTerm
	for _, t := range substantive(d.asked) {
		if t.at >= loc[1] {
			heads = append(heads, t)
		}
	}
	if len(heads) == 0 || figureOfAny(ans, heads) {
		return
	}
	ans.relatedOnly(GroundNoSuchFigure, "报告没有给出这项数字。相关内容：", "The report gives no figure for this. Related text:")
}

// figureOfAny reports whether a figure part, or a quote's clause writing a
// figure, names one of the terms.
func figureOfAny(ans *Answer, terms []askedTerm) bool {
	for _, p := range ans.Parts {
		switch {
		case p.Type == PartFigure && p.Figure != nil:
			if anyTermIn(terms, Normalize(p.Figure.Indicator)) {
				return true
			}
		case p.Type == PartQuote:
			for _, sp := range Clauses(p.Text) {
				c := Normalize(p.Text[sp.byteStart:sp.byteEnd])
				if writesFigure(c) && anyTermIn(terms, c) {
					return true
				}
			}
		}
	}
	return false
}

// anyTermIn reports whether text holds one of the terms.
func anyTermIn(terms []askedTerm, text string) bool {
	for _, t := range terms {
		if t.in(text) || strings.Contains(text, t.term) {
			return true
		}
	}
	return false
}
