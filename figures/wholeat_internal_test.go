package figures

import "testing"

// An English question that names a stated figure the set it asks a part
// of ("Of the 600 projects, how many…") holds it to a figure of its
// number, whatever the part's words name.
func TestWholeHeld(t *testing.T) {
	six := &Figure{Indicator: "实施500万元以上项目", Value: 600, Max: 600, Unit: "个"}
	part := &Figure{Indicator: "项目如期开工", Value: 366, Max: 366, Unit: "个"}
	found := []scored{{fig: part, score: 1}, {fig: six, score: 0.6}}
	for _, tc := range []struct {
		q    string
		want *Figure
	}{
		{"Of the 600 projects, how many will start construction this year?", six},
		{"Among the 600 projects, which will start construction?", six},
		{"Of the 700 projects, how many will start construction this year?", nil}, // no such set: corrected as before
		{"Are 600 projects starting construction this year?", nil},                // the count claimed
		{"Of the 600 projects, is that right?", nil},                              // no part asked
	} {
		ms := statedFigures(tc.q)
		if len(ms) == 0 {
			t.Fatalf("%q: no stated figure", tc.q)
		}
		if got := wholeHeld([]rune(tc.q), ms[0], found); got != tc.want {
			t.Errorf("wholeHeld(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
