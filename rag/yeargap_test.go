package rag_test

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// TestGapBetweenYears: a gap asked between the two years the report
// covers is answered by each year's level, even when each is one place of
// a 分别达到 list.
func TestGapBetweenYears(t *testing.T) {
	checkGrounding(t, fullEngine(t), []groundingCase{
		{q: "稻蟹共生面积今年比去年多多少万亩", found: true, figures: []string{"95万亩", "97万亩"}},
		{q: "海洋牧场面积今年比去年多多少万亩", found: true, figures: []string{"48万亩", "50万亩"}},
		// Not a comparison: a count added is not what the stock reached.
		{q: "去年新增了多少家跨境电商企业", grounding: rag.GroundNoSuchFigure},
	})
}
