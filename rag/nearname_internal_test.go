package rag

import "testing"

func TestNameSwap(t *testing.T) {
	for _, tc := range []struct {
		q, name string
		whole   bool
		want    string // the claim's words for the name; "" for none
	}{
		{"招商活动主题是山海关不住创业辽东湾", "山海关不住兴业辽东湾", true, "山海关不住创业辽东湾"},
		{"三年行动开局之年", "是全面振兴新突破三年行动决胜之年", false, "三年行动开局之年"},
		{"是十三五规划收官之年", "今年是十四五规划收官之年", false, "十三五规划收官之年"},
		{"山海关不住兴业辽东湾", "山海关不住兴业辽东湾", true, ""},   // said as it is
		{"兴业辽东湾", "山海关不住兴业辽东湾", true, ""},        // part of it, not changed
		{"山海关不住创新创业辽东湾", "山海关不住兴业辽东湾", true, ""}, // another length: a paraphrase
		{"三年行动开局之年", "三年行动攻坚之年的第二年", false, ""},  // the name must end it
	} {
		got := ""
		if qs, qe, _, _, ok := nameSwap([]rune(tc.q), []rune(tc.name), tc.whole); ok {
			got = string([]rune(tc.q)[qs:qe])
		}
		if got != tc.want {
			t.Errorf("nameSwap(%q, %q) = %q, want %q", tc.q, tc.name, got, tc.want)
		}
	}
}
