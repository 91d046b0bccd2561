package rag

import (
	"regexp"
	"strings"

	"github.com/reportbot/reportbot/places"
)

// A chatty question may say where the asker is from or has been before it
// asks about the report's own city: "我是沈阳的，想问盘锦去年GDP增长多少",
// "上次去营口开会，听说盘锦…", "I'm a student from Dalian. What was
// Panjin's GDP growth". That place is the asker's, not the one asked: its
// clause asks nothing, and the question names the report's own city.

// askerFromBefore ends the words of a clause right before a place that
// say the asker comes from, lives or works there ("我是", "家在", "来自").
var askerFromBefore = regexp.MustCompile(`(?:我|俺|本人)(?:是|就是|老家是?|家是|家在|住在|在|来自|从)$|(?:来自|老家在?|家住|住在)$`)

// askerTripBefore and askerTripAfter frame a place the asker went to for
// their own reasons ("上次去营口开会", "在大连读书"): a going or staying
// word before it and the errand right after it.
var (
	askerTripBefore = regexp.MustCompile(`(?:去|到|在|来)$`)
	// Catching a flight or a train there, or seeing a doctor, shopping,
	// visiting family ("得去沈阳坐飞机"), is an errand as well: the city
	// is where the asker goes, not the one asked.
	askerTripAfter = regexp.MustCompile(`^(?:开会|出差|旅游|玩|上学|读书|念书|工作|上班|打工|培训|办事|参会|学习|坐飞机|乘飞机|赶飞机|坐火车|乘火车|坐高铁|乘高铁|赶火车|看病|就医|买东西|购物|逛街|探亲)`)
	// askerFromAfter closes "我是沈阳的", "我是沈阳人" at the clause's end.
	askerFromAfter = regexp.MustCompile(`^(?:的|人|来的|过来的)?$`)
)

// askerFromEnglish: "I'm a student from Dalian", "I live in Dalian".
var askerFromEnglish = regexp.MustCompile(`\b(?:i'm|i am|im|i live|i work|i study|i come|we live|we're|we are)\b[^.?!,;]*\b(?:from|in|at)\s*$`)

// askerPlace reports whether the place norm names between byte offsets
// start and end stands in a clause about the asker (their home, their
// trip) that asks nothing itself.
func askerPlace(norm string, start, end int) bool {
	clauses := questionClauses(norm)
	c := clauses[clauseOf(clauses, start)]
	if end > c[1] {
		return false
	}
	clause := norm[c[0]:c[1]]
	if i := strings.LastIndexAny(clause[:start-c[0]], ".?!"); i >= 0 {
		clause = clause[i+1:] // English sentences end at a stop
		c[0] += i + 1
	}
	if j := strings.IndexAny(norm[end:c[1]], ".?!"); j >= 0 {
		c[1] = end + j
		clause = norm[c[0]:c[1]]
	}
	if containsAny(clause, questionMarks) {
		return false // "我在大连，大连的GDP多少" asks there
	}
	before, after := strings.TrimSpace(norm[c[0]:start]), strings.TrimSpace(norm[end:c[1]])
	switch {
	case askerFromBefore.MatchString(before) && askerFromAfter.MatchString(after):
		return true
	case askerTripBefore.MatchString(before) && askerTripAfter.MatchString(after):
		return true
	}
	return askerFromEnglish.MatchString(before)
}

// askerAside reports whether mention m is a place the asker tells of
// themselves (askerPlace) while the question names the report's own city
// elsewhere: without the own city named, "我在大连，GDP增长多少" may well
// ask about 大连, and is left to decline.
func (ix *Index) askerAside(norm string, m places.Mention, rep *Report) bool {
	if !askerPlace(norm, m.Start, m.End) {
		return false
	}
	for _, o := range ix.gaz.Find(norm) {
		if o.Start != m.Start && ix.relate(o.Place, rep).Relation == PlaceOwn && !askerPlace(norm, o.Start, o.End) {
			return true
		}
	}
	return false
}
