package figures

import (
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// sideCues are the words that open one year's side of a clause that
// states both years' figures ("稻蟹共生去年95今年97"): the result's and
// the target's. A span's own years (2024年) open a side as well.
var sideCues = []string{"去年", "上年", "今年", "本年", "last year", "this year"}

// sideKind is the period of the side of clause a stated figure, at rune
// at of it, stands on: read from the last period word before the figure
// on, so that in "去年95今年97" the 97 is this year's, not the year the
// clause names first. "" when no period word comes before the figure
// (the clause's own period then holds).
func sideKind(clause []rune, at int, sp *span) Kind {
	clause = []rune(rag.GrowthBase(string(clause))) // a rate's base year opens no side
	before := strings.ToLower(string(clause[:at]))
	from := -1
	for _, w := range sideCues {
		from = max(from, strings.LastIndex(before, w))
	}
	for _, y := range sp.years {
		from = max(from, strings.LastIndex(before, y.year))
	}
	if from < 0 {
		return ""
	}
	side := clause[utf8.RuneCountInString(before[:from]):]
	return questionKind(string(side[:sideEnd(side, at-utf8.RuneCountInString(before[:from]))]), sp)
}

// sideEnd is where the side opened at side[0] ends: at the next period
// word after its figure, at rune at of it ("去年70今年75": 去年's side is
// 去年70, or 今年 would be read into it too); the side's length if none.
func sideEnd(side []rune, at int) int {
	after := strings.ToLower(string(side[at:]))
	end := len(side)
	for _, w := range sideCues {
		if i := strings.Index(after, w); i >= 0 {
			end = min(end, at+utf8.RuneCountInString(after[:i]))
		}
	}
	return end
}

// opensOtherSide reports whether the words after a bare figure open the
// next year's side of a claim ("去年95今年97对吧"): the figure ends the
// side naming it, as a figure ends a claim before 对吧.
func opensOtherSide(after string) bool {
	return startsWithAny(after, sideCues[:4])
}

// bothYears reports whether confirmed figures give both a result and a
// target ("GDP去年3.5今年5.5对吧", each confirmed of its own year): a
// right pair of years, which the figures of both years answer.
func bothYears(confirmed []*Figure) bool {
	kinds := map[Kind]bool{}
	for _, f := range confirmed {
		kinds[f.Kind] = true
	}
	return kinds[KindResult] && kinds[KindTarget]
}
