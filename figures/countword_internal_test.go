package figures

import "testing"

// A count stated with one measure word is not corrected by a figure
// counting with another: that figure counts another thing.
func TestCountsWithOtherWord(t *testing.T) {
	for _, tc := range []struct {
		stated, actual string
		want           bool
	}{
		{"30处", "175个", true},
		{"200台", "10条", true},
		{"11个", "2万余户", true},
		{"5起", "17个", true},
		{"50家", "30个", false},   // a generic 个 stands for 家
		{"200台", "132台", false}, // same word: a wrong count
		{"200辆", "132台", false}, // 辆 and 台 both count buses
		{"100名", "2.04万人", false},
		{"8%", "5.5%", false},
	} {
		v, ok := Parse(tc.actual)
		if !ok {
			t.Fatalf("Parse(%q) failed", tc.actual)
		}
		c := &Correction{Stated: tc.stated, Actual: Figure{Text: tc.actual, Value: v.Number, Unit: v.Unit}}
		if got := countsWithOtherWord(c); got != tc.want {
			t.Errorf("%s → %s: countsWithOtherWord = %v, want %v", tc.stated, tc.actual, got, tc.want)
		}
	}
	if countsWithOtherWord(&Correction{Stated: "30个", Actual: Figure{Unit: "万吨级"}, OtherUnit: true}) {
		t.Error("a slip of unit (OtherUnit) must stay corrected")
	}
}

// Measure words of one kind count the same things; words of two kinds,
// or a kind's word and another, do not.
func TestCountOneKind(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"人", "名", true},
		{"位", "人", true},
		{"辆", "台", true},
		{"部", "辆", true},
		{"人", "台", false},
		{"名", "辆", false},
		{"处", "个", false},
		{"台", "条", false},
	} {
		if got := countOneKind(tc.a, tc.b); got != tc.want {
			t.Errorf("countOneKind(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
