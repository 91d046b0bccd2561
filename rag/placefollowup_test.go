package rag_test

import "testing"

// A closing "X呢" of a place the answer's quotes do not name: the answer
// of the first clause stands, and what the report gives of X is said.
func TestPlaceFollowUpSaid(t *testing.T) {
	checkGrounding(t, fullEngine(t), []groundingCase{
		{q: "兴隆台区今年要创建什么，大洼区呢", found: true, want: []string{"兴隆台区", "（大洼区今年要创建什么）"}},
		// Named by a quote: nothing to add.
		{q: "辽滨经开区去年干了什么，大洼区呢", found: true, not: []string{"（大洼区"}},
	})
}
