package figures

import "testing"

func TestScaleSlip(t *testing.T) {
	ix := newSeedIndex(t)
	for _, tc := range []struct{ q, actual string }{
		// The report's number in another scale of its measure, named too
		// loosely for the figure to be comparable otherwise.
		{"去年技改投了70.1万元是吧", "70.1亿元"},
		{"老旧管网改造360米？", "360公里"},
		{"粮油加工营收310万元？", "310亿元"},
		// The report's own figure stands.
		{"去年技改投了70.1亿元是吧", ""},
		{"老旧管网改造360公里？", ""},
	} {
		c := Premise(tc.q, ix, "")
		got := ""
		if c != nil {
			got = c.Actual.Text
		}
		if got != tc.actual {
			t.Errorf("%s: corrected to %q, want %q", tc.q, got, tc.actual)
		}
	}
}
