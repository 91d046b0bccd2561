package figures

import "testing"

// A stated count of a noun written right after it, in another measure
// word than the report's figure, is not corrected by a figure whose
// indicator shares none of that noun: it counts another thing.
func TestPremiseCountsOtherNoun(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"华锦阿美有32套主装置是吗，今年投产？", "", ""},
		// Not 市属国企's 8户: the 1—2个 written before 优势板块 (TestPremiseCountedAfter).
		{"市属国企每户要打造3到5个优势板块？", "3到5个", "1—2个"},
		{"今年公交车买132台，公交线路新增15条吧", "15条", "10条"},
		{"今年实施亿元以上项目80个吧", "80个", "125个"},
		{"去年新签约注册项目300家企业吗", "300家", "260个"}, // the indicator named right before: its count
	})
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
