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

// placeGapComparative ends the words before a spoken "N个点" that set a
// rate beside the province's or the nation's: "高于全省2.8个点",
// "比全国快3个点". The report writes such a gap in 个百分点 (高于全省2.8个
// 百分点); read as 2.8% or as 2.8 of nothing, a right claim is "corrected".
var placeGapComparative = regexp.MustCompile(`(?:(?:高于|低于|快于|慢于|高出|低出|领先)(?:全省|全国|全省平均|全国平均|省里|省平均)?|比(?:全省|全国|省里)(?:平均)?[^，。？！,?!]{0,6}?(?:高|低|快|慢)(?:出|了|出了)?)$`)

// placeGapCues mark a rate set beside the province's or the nation's, a cue
// that a spoken 个点 there is a rate's gap.
var placeGapCues = []string{"高于", "低于", "快于", "慢于", "高出", "比全省", "比全国"}

// gapWordBefore ends the words before a spoken "N个点" that name a
// difference with no side: "今年目标5.5，去年3.5，差2个点", "两者相差了1个点".
// 差 before an amount is how far one figure stands from another, so the
// 个点 are points between two rates, not a rate of their own.
var gapWordBefore = regexp.MustCompile(`(?:相差|差距|差)(?:了|是|有|为)?$`)

// yearGapBefore reports whether before, the text up to a spoken "N个点"
// (its number, in digits or words, may end it), compares it with another
// year's rate or with the province's or the nation's.
func yearGapBefore(before []rune) bool {
	b := strings.TrimRight(string(before), "0123456789."+numeralRunes)
	return yearGapComparative.MatchString(b) || placeGapComparative.MatchString(b) || gapWordBefore.MatchString(b)
}
