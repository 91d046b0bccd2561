package figures

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A stated count of a noun written right after it, in another measure
// word than the report's figure, is not corrected by a figure whose
// indicator shares none of that noun: it counts another thing.
func TestPremiseCountsOtherNoun(t *testing.T) {
	seedReport(t)
	ix := NewIndex(seedReports, rag.DefaultLexicon().Expand)
	for _, tc := range []struct {
		q              string
		stated, actual string // "" actual: no correction
	}{
		{"华锦阿美有32套主装置是吗，今年投产？", "", ""},
		{"市属国企每户要打造3到5个优势板块？", "", ""},
		{"今年公交车买132台，公交线路新增15条吧", "15条", "10条"},
		{"今年实施亿元以上项目80个吧", "80个", "125个"},
		{"去年新签约注册项目300家企业吗", "300家", "260个"}, // the indicator named right before: its count
	} {
		c := Premise(tc.q, ix, "")
		switch {
		case tc.actual == "" && c != nil:
			t.Errorf("%s: corrected %s to %s, want no correction", tc.q, c.Stated, c.Actual.Text)
		case tc.actual != "" && c == nil:
			t.Errorf("%s: no correction, want %s for %s", tc.q, tc.actual, tc.stated)
		case c != nil && (c.Stated != tc.stated || c.Actual.Text != tc.actual):
			t.Errorf("%s: corrected %s to %s, want %s to %s", tc.q, c.Stated, c.Actual.Text, tc.stated, tc.actual)
		}
	}
}

func TestCountedNoun(t *testing.T) {
	for _, tc := range []struct{ after, want string }{
		{"主装置是吗，今年投产？", "主装置"},
		{"优势板块？", "优势板块"},
		{"吧", ""},
		{"，今年", ""},
	} {
		if got := countedNoun([]rune(tc.after)); got != tc.want {
			t.Errorf("countedNoun(%s) = %q, want %q", tc.after, got, tc.want)
		}
	}
}
