package figures

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// Every wrong figure of a swapped pair is corrected, also the one whose
// own words name only part of its indicator.
func TestPremiseCorrectsWholePair(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct {
		q    string
		want []string // "stated→actual" of each correction, in order; nil for none
	}{
		{"人大代表建议198件、政协提案126件全部办复", []string{"198件→126件", "126件→198件"}},
		{"粳稻全产业链产值145亿元，大豆105亿元", []string{"145亿元→105亿元", "105亿元→145亿元"}},
		{"去年续建项目272个、新建项目开工230个吧", []string{"272个→230个", "230个→272个"}},
		{"粳稻全产业链产值105亿元，大豆145亿元", nil},
		{"人大代表建议126件、政协提案198件", nil},
		// Typed without a mark between: a thing and its figure, then another.
		{"人大建议198件政协提案126件对吗", []string{"198件→126件", "126件→198件"}},
		{"人大建议126件政协提案198件对吗", nil},
		// One list in one breath: 新签约 is ¶10's, beside 谋划梳理.
		{"央地合作项目谋划梳理19个、新签约87个、推进实施6个", []string{"19个→87个", "87个→19个"}},
		{"去年央地合作项目梳理了87个，新签约6个吧", []string{"6个→19个"}},
		{"央地合作项目谋划梳理87个、新签约19个、推进实施6个", nil},
		// Two years of one thing in one breath: the thing's figure is the
		// one in the stated measure word (台, not 公交线路's 条).
		{"公交去年85台今年130台？", []string{"130台→132台"}},
		{"公交去年85台今年132台？", nil},
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
