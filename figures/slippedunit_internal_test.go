package figures

import "testing"

// A number the report writes in another unit of the same measure, of
// the indicator named right before it, is corrected to that figure.
func TestPremiseSlippedUnit(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"农村公路182.3米对吗？", "182.3米", "182.3公里"},
		{"去年维修新建农村公路182.3米吧", "182.3米", "182.3公里"},
		{"今年建设改造四好农村路100米吧", "100米", "100公里"},
		// A 里 is half a 公里 and a 英里 over one and a half: the same
		// digits in either are another length.
		{"报告里农村公路维修新建了182.3里？", "182.3里", "182.3公里"},
		{"岸堤修复了39英里是吗", "39英里", "39公里"},
		{"去年农村公路维修新建364.6里，是这样吗", "", ""},
		// After a scale 里 is "within": the amount's own unit stands.
		{"进出口总额147亿里，进口占多少", "", ""},
		// 里面, 里头: among so many, no length.
		{"农村公路182.3里面有多少是新建的", "", ""},
		{"岸堤修复39里头有多少是今年的", "", ""},
	})
}
