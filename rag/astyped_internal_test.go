package rag

import "testing"

// A run of the normalized question is echoed as the user typed it; where
// none of the typed text folds to it, as read.
func TestAsTyped(t *testing.T) {
	for _, tc := range []struct{ typed, thing, want string }{
		{"智慧停车APP上线了吗", "智慧停车app", "智慧停车APP"},
		{"有没有ＥＴＣ通道", "etc通道", "ＥＴＣ通道"},
		{"公交卡", "公交车", "公交车"},
	} {
		if got := asTyped(tc.typed, tc.thing); got != tc.want {
			t.Errorf("asTyped(%q, %q) = %q, want %q", tc.typed, tc.thing, got, tc.want)
		}
	}
}
