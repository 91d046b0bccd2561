package rag

import "strings"

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
	lists := strings.Join(exampleList.FindAllString(window, -1), " ")
	for _, t := range asked {
		if !t.head && !t.part && !t.missing && t.in(lists) && !t.in(clause) {
			return true
		}
	}
	return false
}
