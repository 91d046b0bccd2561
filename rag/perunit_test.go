package rag_test

import "testing"

// TestPerUnitHead: a rate on a base (每千人, 单位GDP) is named by the thing
// it counts: a figure of another thing on the same base (每千人托位数) or
// of the base itself (地区生产总值增长) is declined, shown as related text;
// the rate the report gives is answered.
func TestPerUnitHead(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "每千人医生数", grounding: "no_such_figure", want: []string{"没有给出这项数字", "每千人托位数"}},
		{q: "今年单位GDP能耗目标？", grounding: "no_such_figure", want: []string{"没有给出这项数字"}},
		{q: "每千人托位数", found: true, figures: []string{"4.5个"}},
		{q: "今年每千人托位数目标", found: true, want: []string{"4.5个"}},
	})
}
