package figures

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A pair of bare numbers, one after each year's word, is held each to its
// own year's figure: a right pair stands, a wrong side is corrected by its
// own year's figure, never by the other year's.
func TestPremiseHoldsBareYearSides(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct {
		q    string
		want []string // "stated→actual" of each correction; nil for none
	}{
		{"稻蟹共生去年95今年97对吧", nil},
		{"新签约项目去年260今年300对吧", nil},
		{"公交车去年85今年132对吧", nil},
		{"海洋牧场去年48今年50对吧", nil},
		{"稻蟹共生去年90今年97对吧", []string{"90→95万亩"}},
		{"稻蟹共生去年95今年99对吧", []string{"99→97万亩"}},
		// This year first: each side ends where the other's year opens.
		{"稻蟹共生今年97去年95对吧", nil},
		{"公交车今年132去年85对吧", nil},
		{"稻蟹共生今年95去年95对吧", []string{"95→97万亩"}},
		{"公交车今年85去年85对吧", []string{"85→132台"}},
		// One item of a 分别 list, each year's figure its own.
		{"海洋牧场去年48万亩，今年要到60万亩？", []string{"60万亩→50万亩"}},
		{"苇田去年70万亩今年80万亩对吗", []string{"80万亩→75万亩"}},
		{"今年稻蟹共生97万亩、苇田50万亩吗", []string{"50万亩→75万亩"}},
		{"海洋牧场去年48万亩，今年要到50万亩？", nil},
		{"苇田去年70万亩今年75万亩对吗", nil},
		{"今年稻蟹共生97万亩、苇田75万亩吗", nil},
		{"海洋牧场去年48万亩，今年60万亩？", []string{"60万亩→50万亩"}},
		{"海洋牧场去年45万亩，今年50万亩？", []string{"45万亩→48万亩"}},
		// A growth rate is measured from the year before: "今年GDP比去年增长5.5%"
		// claims this year's rate, held to this year's target.
		{"今年GDP比去年增长5.5%吧", nil},
		{"今年社零比去年增长5%对吗", nil},
		{"今年GDP比去年增长3.5%吗", []string{"3.5%→5.5%左右"}},
		{"今年进出口比去年增长39.7%吧", []string{"39.7%→6%"}},
		// Last year named on its own is asked of: its own figure holds.
		{"去年GDP增长3.5%，今年比去年增长5.5%吧", nil},
		// 今年 dating the report claims no year of the rate.
		{"今年政府工作报告说GDP比上年增长3.5%对吗", nil},
		{"今年两会上说全市地区生产总值比上年增长3.5%左右，对吗", nil},
	} {
		c := Premise(tc.q, ix, "")
		var got []string
		if c != nil {
			for _, x := range append([]Correction{*c}, c.More...) {
				got = append(got, x.Stated+"→"+x.Actual.Text)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestBothYears(t *testing.T) {
	result, target := &Figure{Kind: KindResult}, &Figure{Kind: KindTarget}
	for _, tc := range []struct {
		figs []*Figure
		want bool
	}{
		{[]*Figure{result, target}, true},
		{[]*Figure{result, result}, false},
		{[]*Figure{target}, false},
	} {
		if got := bothYears(tc.figs); got != tc.want {
			t.Errorf("bothYears(%d figures) = %v, want %v", len(tc.figs), got, tc.want)
		}
	}
}
