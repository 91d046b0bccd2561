package rag_test

import "testing"

// TestMeasureShorthand: "R&D强度 25" asks the intensity, which the report
// ranks but gives no figure of: 研发经费投入总量增长7% is the spending's
// growth, not its intensity, and is shown as related text only.
func TestMeasureShorthand(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "R&D强度 25", grounding: "no_such_figure", want: []string{"r&d强度"}},
		{q: "|R&D强度25目标", grounding: "no_such_figure"},
	})
}
