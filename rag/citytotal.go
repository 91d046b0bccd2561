package rag

import (
	"regexp"
	"strings"
)

// A clause that opens with 全市 gives the whole city's figure under its
// own name (全市社会消费品零售总额增长4%). An asked word met before it only
// as one of a list of examples (撬动汽车、家电、家装厨卫等市场) names a part of
// that total, which the clause does not count: 汽车消费 asked is not
// answered by all retail.

// cityTotalOmits reports whether clause (normalized) gives a whole-city
// figure and some asked word besides the head is written in window, the
// sentence up to it, only in a list of examples, not in the clause.
func cityTotalOmits(clause, window string, asked []askedTerm) bool {
	if !strings.HasPrefix(strings.TrimLeft(clause, "，,、；; "), "全市") {
		return false
	}
	var parts []string
	for _, m := range exampleList.FindAllStringIndex(window, -1) {
		if !meansAfterList.MatchString(window[m[1]:]) {
			parts = append(parts, window[m[0]:m[1]])
		}
	}
	lists := strings.Join(parts, " ")
	for _, t := range asked {
		if !t.head && !t.part && !t.missing && t.in(lists) && !t.in(clause) {
			return true
		}
	}
	return false
}

// meansAfterList names a list of examples as measures taken (用好化债增量
// 政策等15项举措): how the total was reached, not parts of it, so an asked
// word in it is no part the total leaves out.
var meansAfterList = regexp.MustCompile(`^(?:[0-9一二三四五六七八九十百几多余]+(?:项|个|条|种|类|大))?(?:举措|措施|政策|办法|手段|方式|行动)`)
