package figures

import "testing"

// An English "N times" counts occurrences (次) unless a comparison or what
// the multiple is of follows it (倍).
func TestEnglishTimesUnit(t *testing.T) {
	cases := []struct{ q, unit string }{
		{"Panjin's work was featured 16 times on CCTV's Xinwen Lianbo last year, right?", "次"},
		{"Drills were held 18 times, right?", "次"},
		{"The reward was 5 times its 2023 amount, right?", "倍"},
		{"Exports grew 3 times as fast, right?", "倍"},
		{"The output is 2 times higher, right?", "倍"},
	}
	for _, c := range cases {
		ms := statedFigures(c.q)
		if len(ms) == 0 {
			t.Errorf("%q: no figure read", c.q)
			continue
		}
		if got := ms[0].Value.Unit; got != c.unit {
			t.Errorf("%q: unit %q, want %q", c.q, got, c.unit)
		}
	}
}
