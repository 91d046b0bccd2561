package figures

import "testing"

// A bare 万 the speaker weighs (才, 只有) in a clause before the one that
// asks is a claim, as it is in a question of one clause; one no word
// weighs (人才 is a noun) is not.
func TestStatedApart(t *testing.T) {
	ix := newSeedIndex(t)
	for _, tc := range []struct{ q, stated, actual string }{
		{"去年城镇新增就业才1.1万，今年目标是多少", "1.1万", "¶13 2.04万人"},
		{"去年城镇新增就业只有1.5万，今年呢", "1.5万", "¶13 2.04万人"},
		{"去年城镇新增就业才2.04万，今年目标是多少", "", ""},
		{"引进人才1万，是哪年的", "", ""},
		{"城镇新增就业1.1万，今年目标是多少", "", ""},
	} {
		got := Premise(tc.q, ix, "")
		switch {
		case tc.stated == "" && got != nil:
			t.Errorf("%s: correction %q → ¶%d %s, want none", tc.q, got.Stated, got.Actual.Paragraph, got.Actual.Text)
		case tc.stated != "" && got == nil:
			t.Errorf("%s: no correction, want %s → %s", tc.q, tc.stated, tc.actual)
		case got != nil && (got.Stated != tc.stated || "¶"+itoa(got.Actual.Paragraph)+" "+got.Actual.Text != tc.actual):
			t.Errorf("%s: correction %q → ¶%d %s, want %s → %s", tc.q, got.Stated, got.Actual.Paragraph, got.Actual.Text, tc.stated, tc.actual)
		}
	}
}
