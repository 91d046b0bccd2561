package rag

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// A question may set the report's place beside another: "盘锦经济增速比
// 全国快吗", "进出口增速比营口快多少", "grew faster than the national
// average?". The report's own figure does not answer it unless a quote
// makes that comparison (高于全省2.8个百分点, 增速均全省第一); stating the
// figure alone reads as if it did.

// comparedBefore ends the words that set a place beside the report's:
// 比全国, 快于全国, 高于全省, 高出全省, "than the national"; not 对于,
// 位于, nor 跟 alone: 跟大连合作 names a partner, 跟大连比 compares (by
// the 比 after).
var comparedBefore = regexp.MustCompile(`(?:比|(?:高|低|快|慢|多|少|好|强|优|领先|落后|超过?)于|[高超]出|较|不如|[赶比]不上|跑[赢输]|than(?: the)?|compared (?:with|to)(?: the)?)\s*$`)

// comparedAfter follows the place in the same sense: 和营口相比, 与全国比,
// 跟大连一样.
var comparedAfter = regexp.MustCompile(`^\s*(?:平均(?:水平)?)?(?:相比|比较|对比|比|一样|差不多|相当|持平)`)

// comparedPlace reports whether the normalized question sets place s
// beside the report's own rather than asking about it.
func comparedPlace(norm string, s *PlaceSlot, short string) bool {
	if s == nil || s.Relation == PlaceOwn || s.Relation == PlaceInside {
		return false
	}
	// 全省 and 全国 name the province and the country as a question may
	// too: "比全省高多少".
	return comparesWith(norm, append(append(comparisonWords(s, short), Normalize(s.english)), s.names...))
}

// comparisonWords are how a quote compares with a wider place: 全省 and
// 全国 name the province and the country as the report writes them.
func comparisonWords(s *PlaceSlot, short string) []string {
	words := []string{Normalize(s.Name), short}
	switch s.Kind {
	case "country":
		words = append(words, "全国")
	case "province":
		words = append(words, "全省", "省平均")
	}
	return slices.DeleteFunc(words, func(w string) bool { return w == "" })
}

// groundCompared declines an answer that gives the report's figure where
// the question compared it with another place and no quote makes that
// comparison: the figure stays, as related text.
func (e *Engine) groundCompared(d *Draft) {
	s, ans := d.place, d.Answer
	if s == nil || !ans.Found || d.Lookup || hasCorrection(ans) {
		return
	}
	short := e.placeShort(s)
	if !comparedPlace(d.norm, s, short) {
		return
	}
	words := comparisonWords(s, short)
	// A rank asked beside the margin (进出口增速全省排名，高出全省多少) is
	// answered by a quote ranking the city there.
	margin := asksMargin.MatchString(d.norm) && !containsAny(d.norm, ordinalCues)
	for _, p := range ans.Parts {
		if p.Type != PartQuote && p.Type != PartFigure || len(p.Citations) == 0 {
			continue
		}
		quote := Normalize(ans.Citations[p.Citations[0]].Quote)
		if margin && comparesWith(quote, words) || !margin && containsAny(quote, words) {
			return
		}
	}
	home, name := e.homeOf(d.Scope, false), s.Name
	homeEn, nameEn := e.homeOf(d.Scope, true), s.nameIn("en")
	ans.relatedOnly(GroundNotAnswered, fmt.Sprintf("报告没有把%s和%s作比较。报告给出的是：", home, name),
		fmt.Sprintf("The report does not compare %s with %s. What it gives:", homeEn, nameEn))
}

// asksMargin asks by how much the report's place is ahead of or behind
// another: "比全省高多少", "高出全省多少", "快几个百分点", "by how much". A place in a
// ranking (增速均全省第一) does not say it; only a comparison does (高于全省
// 2.8个百分点).
var asksMargin = regexp.MustCompile(`(?:高|低|快|慢|多|少|领先|超出|超过|落后|差)(?:出|了)?(?:多少|几)|(?:高|低|快|慢|多|少|好|领先|超|落后)(?:于|出|过)\p{Han}{1,6}?(?:多少|几)|by how much|how much (?:higher|faster|more|lower|slower|less)`)

// comparesWith reports whether a normalized quote sets its figure beside
// a place named by one of words (高于全省, 比全国, 与全省平均相比), not
// only ranks it there (全省第一).
func comparesWith(quote string, words []string) bool {
	for _, w := range words {
		if w == "" {
			continue // a place with no English name
		}
		for i := strings.Index(quote, w); i >= 0; {
			if comparedBefore.MatchString(quote[:i]) || comparedAfter.MatchString(quote[i+len(w):]) {
				return true
			}
			j := strings.Index(quote[i+len(w):], w)
			if j < 0 {
				break
			}
			i += len(w) + j
		}
	}
	return false
}
