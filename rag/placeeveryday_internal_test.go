package rag

import "testing"

// An autonomous county written by its everyday name is a place of the
// clause, joined to the province before it: 新疆和田 is then corrected to
// 新疆和布克赛尔县, not to 新疆 alone.
func TestPlaceRunsEverydayCounty(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ text, want string }{
		{"持续做好新疆和布克赛尔县对口援助", "新疆和布克赛尔县"},
		{"和布克赛尔县援疆项目", "和布克赛尔县"},
	} {
		rs := []rune(tc.text)
		runs := ix.placeRuns(rs, 0, len(rs))
		if len(runs) == 0 || string(rs[runs[0].start:runs[0].end]) != tc.want {
			t.Errorf("placeRuns(%q) = %v; want %q first", tc.text, runs, tc.want)
		}
	}
}
