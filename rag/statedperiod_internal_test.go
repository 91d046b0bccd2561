package rag

import (
	"slices"
	"testing"
)

func TestStatedShares(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []statedShareValue
	}{
		{"进出口总额增长39.7%对吗,总额多少?", []statedShareValue{{39.7, false}}},
		{"实际到位内资增长了两成?", []statedShareValue{{20, true}}},
		{"进出口总额增长多少", nil},
		{"GDP增长多少,是5.5%左右吗", nil}, // asked first: the stated figure is checked
		{"开复工项目24个", nil},         // a count, not a share
		// 左右 after a percent, and English words of approximation, say 约.
		{"信访总量下降了26%左右吧", []statedShareValue{{26, true}}},
		{"did total imports and exports grow nearly 40%?", []statedShareValue{{40, true}}},
		{"did petition cases fall by about 25%?", []statedShareValue{{25, true}}},
	} {
		if got := statedShares(Normalize(tc.q)); !slices.Equal(got, tc.want) {
			t.Errorf("statedShares(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestGroundStatedPeriod: a figure stated with no period named picks the
// period whose figure it is; the other period's figure is no headline.
func TestGroundStatedPeriod(t *testing.T) {
	result, plan := Period{Kind: PeriodResult, Year: 2024}, Period{Kind: PeriodPlan, Year: 2025}
	figures := func() *Answer {
		return &Answer{
			Found:     true,
			Citations: []Citation{{Paragraph: 6}, {Paragraph: 23}, {Paragraph: 6}, {Paragraph: 23}},
			Parts: []Part{
				{Type: PartFigure, Figure: &AnswerFigure{Indicator: "进出口总额增长", Value: "39.7%", Number: 39.7, Unit: "%", Period: result, Paragraph: 6}, Citations: []int{0}},
				{Type: PartFigure, Figure: &AnswerFigure{Indicator: "进出口总额增长", Value: "6%", Number: 6, Unit: "%", Period: plan, Paragraph: 23}, Citations: []int{1}},
				{Type: PartQuote, Citations: []int{2}},
				{Type: PartQuote, Citations: []int{3}},
			},
		}
	}
	for _, tc := range []struct {
		q      string
		intent Intent
		want   []int // paragraphs cited after
	}{
		{"进出口总额增长39.7%对吗", Intent{}, []int{6, 6}},
		{"进出口总额增长6%对吗", Intent{}, []int{23, 23}},
		{"进出口总额增长了四成？", Intent{}, []int{6, 6}},
		{"进出口总额增长39.7%对吗，总额多少？", Intent{}, []int{6, 6}},
		{"进出口总额增长多少", Intent{}, []int{6, 23, 6, 23}},                          // nothing stated
		{"进出口总额增长15%对吗", Intent{}, []int{6, 23, 6, 23}},                       // neither period's
		{"进出口总额增长约7%对吗", Intent{}, []int{6, 23, 6, 23}},                       // 约7% rounds to 7, not the target's 6%
		{"进出口总额增长约40%对吗", Intent{}, []int{6, 6}},                              // 四成 rounds to 5 points
		{"今年进出口总额增长39.7%对吗", Intent{Period: PeriodPlan}, []int{6, 23, 6, 23}}, // a period named: groundPeriod's
		{"进出口总额分别增长39.7%和6%吗", Intent{Both: true}, []int{6, 23, 6, 23}},
	} {
		d := &Draft{norm: Normalize(tc.q), Intent: tc.intent, Answer: figures()}
		(&Engine{}).groundStatedPeriod(d)
		var got []int
		for _, p := range d.Answer.Parts {
			got = append(got, d.Answer.Citations[p.Citations[0]].Paragraph)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: cites %v, want %v", tc.q, got, tc.want)
		}
	}
}
