package rag

import (
	"regexp"
	"strings"
)

// yearGapComparative ends the words before a spoken "N个点" that set one
// year's rate beside another's: "增速比去年高1个点", "今年比去年低了2.3个点".
// There 个点 is the gap between two rates, in percentage points; read as
// a rate of its own (1%) it would be held to either year's rate and
// "corrected".
var yearGapComparative = regexp.MustCompile(`(?:比|较|相比|跟|和|与)(?:去年|上年|上一年|今年|前年|20\d\d年)[^，。？！,?!]{0,12}?(?:高|低|快|慢|多|少)(?:出|了|出了)?$`)

// yearGapBefore reports whether before, the text up to a spoken "N个点"
// (its number, in digits or words, may end it), compares it with another
// year's rate.
func yearGapBefore(before []rune) bool {
	return yearGapComparative.MatchString(strings.TrimRight(string(before), "0123456789."+numeralRunes))
}
