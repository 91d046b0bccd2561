package rag

import "strings"

// An English amount in millions or billions ("12 billion yuan") is one the
// report writes in 万 or 亿 (120亿元). A clause that writes no number in
// that scale gives no such amount: 一般公共预算收入增长8.3% is the revenue's
// growth, and held to it "revenue reached 12 billion yuan, right?" was
// answered as if the report gave the amount.

// englishScaleChars are the English scale words and the characters the
// report writes their amounts with: millions in 万, or in 亿 from a hundred
// million on (263 million yuan is 2.63亿元).
var englishScaleChars = map[string]string{"billion": "亿", "billions": "亿", "million": "万亿", "millions": "万亿"}

// lacksAskedScale reports whether a scale word asked (billion) has no
// amount of its scale in clause, the one the figure stands in: the
// sentence's other clauses (30万吨级原油码头) count other things.
func lacksAskedScale(asked []askedTerm, clause string) bool {
	for _, t := range asked {
		if c, ok := englishScaleChars[t.term]; ok && !strings.ContainsAny(clause, c) {
			return true
		}
	}
	return false
}
