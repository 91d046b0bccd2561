package rag

import "testing"

// TestCoveredClauseDeclined: two asks whose whole answer quotes only the
// thing one clause names, a figure the report does not give, are
// declined; two asks the report answers are still found.
func TestCoveredClauseDeclined(t *testing.T) {
	checkFound(t, []questionFound{
		{"大连理工盘锦校区今年招生多少？新增哪些专业", false},
		{"去年GDP增长多少，社零增长多少", true},
	})
}
