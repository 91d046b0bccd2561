package rag_test

import "testing"

// A place the first clause names carries to a later clause naming none:
// declined for the first, the whole message is declined, not answered of
// the report's own city for the second.
func TestPlaceCarriedToLaterClause(t *testing.T) {
	checkGrounding(t, fullEngine(t), []groundingCase{
		{q: "大连今年固投目标多少，社零目标多少？", found: false, grounding: "other_place", not: []string{"5%", "「"}},
		{q: "大连今年固投目标多少，盘锦社零目标多少？", found: true, figures: []string{"5%"}, want: []string{"5%"}},
		{q: "今年固投目标多少，社零目标多少？", found: true, figures: []string{"10%以上", "5%"}},
	})
}
