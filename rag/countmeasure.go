package rag

import (
	"regexp"
	"slices"
	"strings"
)

// peopleCountAsked finds a question counting people: in a measure word
// of persons (多少人, 几名, 多少万人次) or by the noun of their number
// (人数, 人口, 按人算).
var peopleCountAsked = regexp.MustCompile(`(?:多少|几)(?:十|百|千|万)?(?:人|名|位)|人数|人口|按人`)

// householdCountAsked finds a question counting households (多少户, 户数).
var householdCountAsked = regexp.MustCompile(`(?:多少|几)(?:十|百|千|万)?户|户数`)

// peopleMeasures are the measure words a clause counts persons in.
var peopleMeasures = []string{"人", "名", "位"}

// countsOtherUnit reports whether a figure clause counts households where
// persons are asked, or persons where households are. WHY: 惠及居民2万余户
// tells how many homes, not how many residents, and the report gives no
// way from one to the other, so "惠及多少居民人口" is not answered by it;
// 户 of firms (企业15户) is no count of people either way.
func countsOtherUnit(norm, clause string) bool {
	people := slices.ContainsFunc(peopleMeasures, func(m string) bool { return countedIn(clause, m) })
	households := countedIn(clause, "户")
	peopleAsked := asksCountBy(peopleCountAsked, norm)
	householdsAsked := asksCountBy(householdCountAsked, norm)
	switch {
	case peopleAsked && householdsAsked:
		// "惠及多少户、多少人": a clause in either unit answers one half.
		return false
	case peopleAsked:
		return households && !people
	case householdsAsked:
		return people && !households
	}
	return false
}

// asksCountBy reports whether a match of re in norm asks a count: one not
// right after 第, which asks a place in a ranking (第几名).
func asksCountBy(re *regexp.Regexp, norm string) bool {
	for _, m := range re.FindAllStringIndex(norm, -1) {
		if !strings.HasSuffix(norm[:m[0]], "第") {
			return true
		}
	}
	return false
}
