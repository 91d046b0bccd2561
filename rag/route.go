package rag

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// With several reports loaded an answer comes from one report: the place
// and the years a question names pick it, the conversation's report
// stands in for a place it does not name, and a question that fits
// several reports equally is asked back ("which report?") rather than
// answered from a mix. A question that compares reports — last year's
// target against this year's result, or two places — gets one labelled
// section per report.

// route is what a question is answered from.
type route struct {
	// reports answer it: one, or several labelled sections (compare).
	reports []*Report
	// track: reports are the report that set a year's targets and the one
	// that reviewed that year, whose figures the answer pairs up.
	track bool
	// choices: the question fits these reports equally; ask which.
	choices []*Report
	// otherPlace names a place the question asks about that no loaded
	// report is about, when no report stands in for it.
	otherPlace string
	// noYear: the question names years no loaded report covers.
	noYear bool
}

// maxChoices bounds the reports a clarifying answer offers.
const maxChoices = 8

// trackCues ask whether targets were met: the target of one report
// against the result in the next.
var trackCues = []string{"完成了吗", "完成了没", "完成没", "完成得", "完成情况", "完成了多少", "实现了吗", "实现没", "达到了吗", "达到没", "达标", "兑现", "落实了吗", "做到了吗", "目标完成", "完成目标", "完成了目标",
	"met the target", "meet the target", "meet its target", "met its target", "achieve the target", "achieved the target", "targets met", "target met"}

// targetCues2 ask for a target (not 今年, which only names the year).
var targetWords = []string{"目标", "计划", "预期", "预计", "target", "goal", "plan"}

// placeKey names a report's place: its gazetteer code, else its city as
// written, else its id.
func (ix *Index) placeKey(r *Report) string { return ix.keyOf[r.Meta.ID] }

func (ix *Index) computePlaceKey(r *Report) string {
	if p, ok := ix.homes[r.Meta.ID]; ok {
		return p.Code
	}
	if r.Meta.City != "" {
		return "city:" + Normalize(r.Meta.City)
	}
	return "id:" + r.Meta.ID
}

// newestFirst orders reports newest first, then by id.
func newestFirst(rs []*Report) {
	slices.SortStableFunc(rs, func(a, b *Report) int {
		if c := cmp.Compare(b.Meta.Year, a.Meta.Year); c != 0 {
			return c
		}
		return strings.Compare(a.Meta.ID, b.Meta.ID)
	})
}

// groupByPlace groups the reports by place, newest first in each.
func (ix *Index) groupByPlace() {
	ix.keyOf, ix.atPlace = map[string]string{}, map[string][]*Report{}
	for _, r := range ix.reports {
		k := ix.computePlaceKey(r)
		ix.keyOf[r.Meta.ID] = k
		ix.atPlace[k] = append(ix.atPlace[k], r)
	}
	for _, rs := range ix.atPlace {
		newestFirst(rs)
	}
}

// route picks the report(s) a question is answered from; context is the
// report the conversation last drew on ("" for none).
func (e *Engine) route(text, context string) route {
	ix := e.ix
	norm := Normalize(ix.rd.foldOnly(text, ix.all))
	places, other := ix.namedPlaces(norm)
	switch {
	case len(places) > 1:
		// "盘锦和锦州…": each place's report, labelled.
		var rs []*Report
		for _, k := range places {
			rs = append(rs, ix.pickByYears(norm, ix.atPlace[k]).reports...)
		}
		return route{reports: uniqueReports(rs)}
	case len(places) == 1:
		return ix.pickByYears(norm, ix.atPlace[places[0]])
	}
	if c, ok := ix.byID[context]; ok {
		return ix.pickByYears(norm, ix.atPlace[ix.placeKey(c)])
	}
	if other != "" {
		return route{otherPlace: other}
	}
	if len(ix.atPlace) == 1 {
		for _, rs := range ix.atPlace {
			return ix.pickByYears(norm, rs)
		}
	}
	// Which places' reports hold what the question asks about.
	best := ix.bestFitting(norm)
	if len(best) == 1 {
		return ix.pickByYears(norm, ix.atPlace[best[0]])
	}
	// A year only some reports cover picks among them: best, those that
	// give what is asked of it (its target, its result).
	if ys := ix.namedYears(norm, nil); len(ys) > 0 {
		var covering []string
		top := 0
		for _, k := range best {
			r := ix.pickByYears(norm, ix.atPlace[k])
			fit := yearFit(norm, r, ys)
			switch {
			case fit > top:
				covering, top = []string{k}, fit
			case fit == top && fit > 0:
				covering = append(covering, k)
			}
		}
		switch {
		case len(covering) == 1:
			return ix.pickByYears(norm, ix.atPlace[covering[0]])
		case len(covering) == 0:
			return route{reports: []*Report{ix.Latest()}, noYear: true}
		}
		best = covering
	}
	var choices []*Report
	for _, k := range best {
		choices = append(choices, ix.pickByYears(norm, ix.atPlace[k]).reports[0])
	}
	newestFirst(choices)
	return route{choices: choices}
}

func uniqueReports(rs []*Report) []*Report {
	var out []*Report
	for _, r := range rs {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// namedPlaces are the places with loaded reports a question names, in
// the order named (a district with no report of its own stands for its
// city's), and another place it names that no report is about.
func (ix *Index) namedPlaces(norm string) (keys []string, other string) {
	add := func(k string) {
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, m := range ix.gaz.Find(norm) {
		if m.As == "国家" {
			continue
		}
		if _, ok := ix.atPlace[m.Place.Code]; ok {
			add(m.Place.Code)
			continue
		}
		inside := false
		for code := range ix.atPlace {
			if home, ok := ix.gaz.ByCode(code); ok && ix.gaz.Contains(home, m.Place) {
				add(code)
				inside = true
				break
			}
		}
		if !inside && other == "" && m.Place.Code != "CN" {
			other = m.Place.Name
		}
	}
	// The reports' own names for their places (示例市, aliases), which the
	// gazetteer may not know.
	for _, r := range ix.reports {
		for _, w := range placeWords([]*Report{r}) {
			if isLatinWord(w) || strings.HasSuffix(w, "'s") {
				if replaceWord(norm, w) == norm {
					continue
				}
			} else if !strings.Contains(norm, w) {
				continue
			}
			add(ix.placeKey(r))
			break
		}
	}
	return keys, other
}

// namedYears are the years a question names, relative words read against
// rep (the newest report when nil).
func (ix *Index) namedYears(norm string, rep *Report) []int {
	if rep == nil {
		rep = ix.Latest()
	}
	var out []int
	for _, y := range append(findYears(norm), periodMentions(norm, rep.Meta.ReviewYear, rep.Meta.Year)...) {
		if !slices.Contains(out, y.year) {
			out = append(out, y.year)
		}
	}
	return out
}

// pickByYears picks among one place's reports (newest first) by the years
// the question names: the report that planned a year for its targets, the
// one that reviewed it for its results (what a year's figure means when
// the question does not say); for several years, one report that covers
// them all before one report per year; both reports of a year when it asks
// whether the year's targets were met, or for its target and its result.
// Without years, the newest report.
func (ix *Index) pickByYears(norm string, rs []*Report) route {
	newest := rs[0]
	padded := " " + norm + " "
	years := ix.namedYears(norm, newest)
	target := containsAny(padded, targetWords)
	result := containsAny(padded, resultCues) || containsAny(padded, resultCues2)
	if containsAny(padded, trackCues) || len(years) <= 1 && target && result {
		y := newest.Meta.ReviewYear
		if len(years) == 1 {
			y = years[0]
		}
		plan, review := reportPlanning(rs, y), reportReviewing(rs, y)
		if plan != nil && review != nil && plan != review {
			return route{reports: []*Report{plan, review}, track: true}
		}
	}
	if len(years) == 0 {
		return route{reports: []*Report{newest}}
	}
	if len(years) > 1 {
		for _, r := range rs { // newest first
			if coversAll(r, years) {
				return route{reports: []*Report{r}}
			}
		}
	}
	var out []*Report
	for _, y := range years {
		plan, review := reportPlanning(rs, y), reportReviewing(rs, y)
		switch {
		case target && plan != nil || review == nil && plan != nil:
			out = append(out, plan)
		case review != nil:
			out = append(out, review)
		}
	}
	if len(out) == 0 {
		return route{reports: []*Report{newest}, noYear: true}
	}
	return route{reports: uniqueReports(out)}
}

// yearFit is how well route r gives what the question asks of the years
// it names: 2 when its report plans a year the question asks a target of,
// or reviews one it asks a result of; 1 when it only covers them; 0 when
// it does not.
func yearFit(norm string, r route, years []int) int {
	if r.noYear || len(r.reports) == 0 {
		return 0
	}
	padded := " " + norm + " "
	target := containsAny(padded, targetWords)
	result := containsAny(padded, resultCues) || containsAny(padded, resultCues2)
	for _, rep := range r.reports {
		for _, y := range years {
			if target && !result && rep.Meta.Year == y || result && !target && rep.Meta.ReviewYear == y {
				return 2
			}
		}
	}
	return 1
}

func reportPlanning(rs []*Report, year int) *Report {
	for _, r := range rs {
		if r.Meta.Year == year {
			return r
		}
	}
	return nil
}

func reportReviewing(rs []*Report, year int) *Report {
	for _, r := range rs {
		if r.Meta.ReviewYear == year {
			return r
		}
	}
	return nil
}

func coversAll(r *Report, years []int) bool {
	for _, y := range years {
		if y != r.Meta.Year && y != r.Meta.ReviewYear {
			return false
		}
	}
	return true
}

// bestFitting are the places whose reports hold the most of what a
// question asks about (its words' IDF over all reports; numbers, years and
// place names left out), best first: one when only one place's reports
// say what it asks.
func (ix *Index) bestFitting(norm string) []string {
	topical := ix.stripPlaces(norm)
	for _, m := range ix.gaz.Find(topical) {
		topical = topical[:m.Start] + strings.Repeat(" ", m.End-m.Start) + topical[m.End:]
	}
	for _, w := range fillerWords {
		topical = strings.ReplaceAll(topical, w, " ")
	}
	fit := map[string]float64{}
	for k := range ix.atPlace {
		fit[k] = 0
	}
	seen := map[string]bool{}
	for _, t := range ix.tok.Tokens(topical) {
		if seen[t] || genericTerms[t] || t[0] < 0x80 && t[0] >= '0' && t[0] <= '9' || utf8.RuneCountInString(t) < 2 {
			continue
		}
		seen[t] = true
		idf := ix.bm25.IDF(t)
		for k := range ix.placesHolding(t) {
			fit[k] += idf
		}
	}
	top := 0.0
	for _, f := range fit {
		top = max(top, f)
	}
	var out []string
	for k, f := range fit {
		if f >= top-1e-9 {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// placesHolding are the places some report of which holds term.
func (ix *Index) placesHolding(term string) map[string]bool {
	out := map[string]bool{}
	ps := ix.bm25.postings[term]
	if len(ps) == 0 {
		return out
	}
	if len(ps) < 16*len(ix.reports) {
		for _, p := range ps {
			out[ix.placeOfDoc(int(p.doc))] = true
		}
		return out
	}
	for _, r := range ix.reports {
		k := ix.placeKey(r)
		if !out[k] && len(ix.bm25.in(term, ix.scopes[r.Meta.ID].docs)) > 0 {
			out[k] = true
		}
	}
	return out
}

// placeOfDoc is the place of the report passage doc is in.
func (ix *Index) placeOfDoc(doc int) string {
	return ix.placeKey(ix.byID[ix.passages[doc].Report])
}
