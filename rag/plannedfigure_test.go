package rag_test

import "testing"

// A figure asked reached that only the 2025 plan writes, of a thing the
// review never reports, is corrected as a target, never left to read as
// reached; a figure the review reports, or one asked of this year, is left
// to the checks of its own.
func TestPlannedFigureCorrected(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "每千人托位数达到4.5个了吗", found: true, want: []string{"更正：报告把“全市每千人托位数达到4.5个”列为2025年目标，没有写每千人托位数已经达到4.5个"}},
		{q: "粮食加工副产品利用率突破60%了吗", found: true, figures: []string{"突破60%"}, want: []string{"列为2025年目标，没有写粮食加工副产品利用率已经突破60%"}},
		// The review reports the thing: its own figure answers.
		{q: "受污染耕地安全利用率达到100%了吗？", found: true, figures: []string{"100%"}, not: []string{"更正"}},
		{q: "普惠率达到91%了吗？", found: true, figures: []string{"90.6%"}, want: []string{"更正：报告写的是90.6%"}},
		// This year asked: the plan's target is the answer.
		{q: "每千人托位数今年达到4.5个吗", found: true, not: []string{"更正"}},
	})
}
