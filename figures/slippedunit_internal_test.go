package figures

import "testing"

// A number the report writes in another unit of the same measure, of
// the indicator named right before it, is corrected to that figure.
func TestPremiseSlippedUnit(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"农村公路182.3米对吗？", "182.3米", "182.3公里"},
		{"去年维修新建农村公路182.3米吧", "182.3米", "182.3公里"},
		{"今年建设改造四好农村路100米吧", "100米", "100公里"},
	})
}
