package figures

import "testing"

// TestNoneInUnitsAsked: several figures asked, each in its own unit, are
// told not given when no figure found is in any of those units.
func TestNoneInUnitsAsked(t *testing.T) {
	rate := Figure{Indicator: "集装箱吞吐量增长", Unit: "%"}
	tons := Figure{Indicator: "粮食产量", Unit: "吨"}
	for _, tc := range []struct {
		q      string
		strong []Figure
		want   string // the unit told not given, "" for none
	}{
		{"盘锦港去年集装箱吞吐量多少万标箱 货物吞吐量多少万吨", []Figure{rate}, "标箱"},
		{"去年粮食产量多少万吨，播种面积多少万亩", []Figure{tons}, ""}, // one answers a part
		{"集装箱吞吐量多少万标箱", []Figure{rate}, ""},         // one asked: unitAsked reads it
		{"吞吐量多少万标箱，增长多少", []Figure{rate}, ""},       // a bare ask may ask the rate
		{"多少万标箱，多少个泊位", []Figure{rate}, ""},         // a count asked
	} {
		got, _ := noneInUnitsAsked(tc.q, tc.strong)
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestEveryUnitAskedWritten: the units are written as asked, each once.
func TestEveryUnitAskedWritten(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"盘锦港去年集装箱吞吐量多少万标箱 货物吞吐量多少万吨", "万标箱”“万吨"},
		{"集装箱多少万吨，货物吞吐量多少万吨", "万吨"},
	} {
		if _, got := everyUnitAsked(tc.q); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.q, got, tc.want)
		}
	}
}
