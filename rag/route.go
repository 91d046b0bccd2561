package rag

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strconv"
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
	// frames are, for each report, the report 去年 and 今年 are read
	// against: its place's newest, as someone asking about a place means
	// them.
	frames []*Report
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

// targetWords ask for a target (not 今年, which only names the year).
var targetWords = []string{"目标", "计划", "预期", "预计", "target", "goal", "plan"}

// resultWords ask for a result: resultCues without the words that only
// name the year (去年的目标 asks a target).
var resultWords = func() []string {
	var out []string
	for _, c := range resultCues {
		if !slices.Contains([]string{"去年", "上年", "过去一年", "过去的一年", "last year"}, c) {
			out = append(out, c)
		}
	}
	return out
}()

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

// reading is a question as routing reads it, once.
type reading struct {
	norm, padded          string
	target, result, track bool
	absolute              []int            // the years it writes out
	relative              map[[2]int][]int // its years, by the review and plan years read against
}

func readForRouting(norm string) *reading {
	rd := &reading{norm: norm, padded: " " + norm + " ", relative: map[[2]int][]int{}}
	rd.target = containsAny(rd.padded, targetWords)
	rd.result = containsAny(rd.padded, resultWords) || containsAny(rd.padded, resultCues2)
	rd.track = containsAny(rd.padded, trackCues)
	for _, y := range findYears(norm) {
		if !slices.Contains(rd.absolute, y.year) {
			rd.absolute = append(rd.absolute, y.year)
		}
	}
	return rd
}

// years are the years the question names, relative words (明年, 24年) read
// against rep's years.
func (rd *reading) years(rep *Report) []int {
	k := [2]int{rep.Meta.ReviewYear, rep.Meta.Year}
	if ys, ok := rd.relative[k]; ok {
		return ys
	}
	ys := slices.Clone(rd.absolute)
	for _, y := range periodMentions(rd.norm, k[0], k[1]) {
		if !slices.Contains(ys, y.year) {
			ys = append(ys, y.year)
		}
	}
	// 去年 and 今年 too: 去年的目标 is in the report that planned that year.
	for _, w := range []struct {
		words []string
		year  int
	}{{[]string{"去年", "上年", "last year"}, k[0]}, {[]string{"今年", "本年", "this year"}, k[1]}} {
		if containsAny(rd.padded, w.words) && !slices.Contains(ys, w.year) {
			ys = append(ys, w.year)
		}
	}
	rd.relative[k] = ys
	return ys
}

// route picks the report(s) a question is answered from; context is the
// report the conversation last drew on ("" for none).
func (e *Engine) route(text, context string) route {
	ix := e.ix
	rd := readForRouting(Normalize(ix.rd.foldOnly(text, ix.all)))
	places, other := ix.namedPlaces(rd.norm)
	switch {
	case len(places) > 1:
		// "盘锦和锦州…": each place's report, labelled.
		var out route
		for _, k := range places {
			r := ix.pickByYears(rd, ix.atPlace[k])
			for i, rep := range r.reports {
				if !slices.Contains(out.reports, rep) {
					out.reports, out.frames = append(out.reports, rep), append(out.frames, r.frames[i])
				}
			}
		}
		return out
	case len(places) == 1:
		return ix.pickByYears(rd, ix.atPlace[places[0]])
	}
	if c, ok := ix.byID[context]; ok {
		return ix.pickByYears(rd, ix.atPlace[ix.placeKey(c)])
	}
	if other != "" {
		return route{otherPlace: other}
	}
	if len(ix.atPlace) == 1 {
		for _, rs := range ix.atPlace {
			return ix.pickByYears(rd, rs)
		}
	}
	// Which places' reports hold what the question asks about.
	best := ix.bestFitting(rd.norm)
	if len(best) == 1 {
		return ix.pickByYears(rd, ix.atPlace[best[0]])
	}
	// A year only some reports cover picks among them: best, those that
	// give what is asked of it (its target, its result).
	if len(rd.years(ix.Latest())) > 0 {
		var covering []string
		top := 0
		for _, k := range best {
			r := ix.pickByYears(rd, ix.atPlace[k])
			fit := yearFit(rd, r)
			switch {
			case fit > top:
				covering, top = []string{k}, fit
			case fit == top && fit > 0:
				covering = append(covering, k)
			}
		}
		switch {
		case len(covering) == 1:
			return ix.pickByYears(rd, ix.atPlace[covering[0]])
		case len(covering) == 0:
			return route{reports: []*Report{ix.Latest()}, frames: []*Report{ix.Latest()}, noYear: true}
		}
		best = covering
		var choices []*Report
		for _, k := range best {
			choices = append(choices, ix.pickByYears(rd, ix.atPlace[k]).reports[0])
		}
		newestFirst(choices)
		return route{choices: choices}
	}
	choices := make([]*Report, 0, len(best))
	for _, k := range best {
		choices = append(choices, ix.atPlace[k][0]) // its newest
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
	ix.names.each(norm, func(_, _ int, n *placeName) {
		for _, k := range n.keys {
			add(k)
		}
	})
	return keys, other
}

// pickByYears picks among one place's reports (newest first) by the years
// the question names: the report that planned a year for its targets, the
// one that reviewed it for its results (what a year's figure means when
// the question does not say); for several years, one report that covers
// them all before one report per year; both reports of a year when it asks
// whether the year's targets were met, or for its target and its result.
// Without years, the newest report.
func (ix *Index) pickByYears(rd *reading, rs []*Report) route {
	newest := rs[0]
	out := ix.pickInPlace(rd, rs)
	out.frames = make([]*Report, len(out.reports))
	for i := range out.frames {
		out.frames[i] = newest
	}
	return out
}

// pickInPlace is pickByYears without the frames.
func (ix *Index) pickInPlace(rd *reading, rs []*Report) route {
	newest := rs[0]
	years := rd.years(newest)
	target, result := rd.target, rd.result
	if rd.track || len(years) <= 1 && target && result {
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
func yearFit(rd *reading, r route) int {
	if r.noYear || len(r.reports) == 0 {
		return 0
	}
	target, result := rd.target, rd.result
	for _, rep := range r.reports {
		for _, y := range rd.years(rep) {
			if target && !result && rep.Meta.Year == y || result && !target && rep.Meta.ReviewYear == y {
				return 2
			}
		}
	}
	return 1
}

// trackFor is the year a question pinned to rep asks whether its targets
// were met, when rep reviews that year and another loaded report of its
// place set them ("去年的目标完成了吗" asked of panjin-2025); nil otherwise.
func (ix *Index) trackFor(text string, rep *Report) *Track {
	rd := readForRouting(Normalize(ix.rd.foldOnly(text, ix.all)))
	if !rd.track {
		return nil
	}
	// One year, the one rep reviews: "2024年完成了多少，2025年计划多少"
	// asks rep's two figures, not a track.
	if years := rd.years(rep); len(years) > 1 || len(years) == 1 && years[0] != rep.Meta.ReviewYear {
		return nil
	}
	y := rep.Meta.ReviewYear
	plan := reportPlanning(ix.atPlace[ix.placeKey(rep)], y)
	if plan == nil || plan == rep {
		return nil
	}
	return &Track{Target: plan, Result: rep, Year: y}
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
		if ix.bm25.runs[t] == int32(len(ix.reports)) {
			continue // every report holds it: it tells no place apart
		}
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
	for i := 0; i < len(ps); {
		r := ix.reportOf(int(ps[i].doc))
		out[ix.keyOf[r.Meta.ID]] = true
		// On to the first posting past this report's passages.
		hi := ix.scopes[r.Meta.ID].docs.Hi
		i += sort.Search(len(ps)-i, func(k int) bool { return int(ps[i+k].doc) >= hi })
	}
	return out
}

// reportOf is the report passage doc is in.
func (ix *Index) reportOf(doc int) *Report {
	i := sort.Search(len(ix.reports), func(k int) bool { return ix.scopes[ix.reports[k].Meta.ID].docs.Hi > doc })
	return ix.reports[i]
}

// relativeYear matches the words for a year relative to the one a report
// plans for or reviews, longest first.
var relativeYear = regexp.MustCompile(`(?i)大前年|上上年|前年|去年|上年|今年|本年|明年|后年|下一年|the year after|last year|this year|next year`)

// absoluteYears writes the years text names relatively as years, read
// against frame: answered from another report of the place (去年的目标
// from the report that planned last year), 去年 must still mean the year
// before the newest report's.
func absoluteYears(text string, frame *Report) string {
	return relativeYear.ReplaceAllStringFunc(text, func(w string) string {
		review, plan := frame.Meta.ReviewYear, frame.Meta.Year
		y := map[string]int{"大前年": review - 2, "上上年": review - 1, "前年": review - 1, "去年": review, "上年": review,
			"今年": plan, "本年": plan, "明年": plan + 1, "后年": plan + 2, "下一年": plan + 1}[w]
		if y != 0 {
			return strconv.Itoa(y) + "年"
		}
		switch strings.ToLower(w) {
		case "last year":
			return strconv.Itoa(review)
		case "this year":
			return strconv.Itoa(plan)
		case "next year":
			return strconv.Itoa(plan + 1)
		}
		return strconv.Itoa(plan + 2) // the year after
	})
}
