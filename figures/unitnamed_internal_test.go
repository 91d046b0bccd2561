package figures

import (
	"slices"
	"testing"
)

// namedInUnit widens to the lexicon's report terms only for money, and
// only when no figure in the unit is named in the question's own words.
func TestNamedInUnit(t *testing.T) {
	fund := &Figure{Indicator: "投入技改资金", Unit: "元"}
	team := &Figure{Indicator: "抢险队伍", Unit: "人"}
	saved := &Figure{Indicator: "公共采购交易节支", Unit: "元"}
	cut := &Figure{Indicator: "压减支出", Unit: "元"}
	for _, tc := range []struct {
		q      string
		expand []string
		unit   string
		found  []*Figure
		want   []*Figure
	}{
		{"去年企业搞技术改造砸了多少钱", []string{"技改"}, "元", []*Figure{fund}, []*Figure{fund}},
		// A count of people: an event's concept names none of its roles.
		{"去年洪灾里伤了多少人", []string{"抢险"}, "人", []*Figure{team}, nil},
		// Named in its own words, a figure is not joined by one the
		// lexicon alone names (花钱 for 支出).
		{"政府买东西走公开交易省下多少钱", []string{"支出"}, "元", []*Figure{saved, cut}, []*Figure{saved}},
		{"去年办了多少钱的事", nil, "元", []*Figure{fund}, nil},
	} {
		var found []scored
		for _, f := range tc.found {
			found = append(found, scored{fig: f, score: 1, coverage: 0.5})
		}
		var got []*Figure
		for _, s := range namedInUnit(found, Query{Text: tc.q, Expand: tc.expand}, tc.unit) {
			got = append(got, s.fig)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("namedInUnit(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
