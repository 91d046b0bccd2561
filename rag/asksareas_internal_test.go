package rag

import "testing"

// The year's areas of work answer a question asking them, not one asking
// how they changed or which comes first.
func TestAsksAreas(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"今年工作重点是啥", true},
		{"今年盘锦要干的八件大事", true},
		{"今年政府要干哪些事", true},
		{"今年工作重点有变化吗", false},
		{"今年第一件大事是什么", false},
		{"今年头一件大事是啥", false},
		{"这件大事什么时候办", false},
		// A count of areas said of one area's words (生态文明 of its
		// heading) asks that area's own list, not the plan's eight.
		{"生态文明那块说要协同推进哪四个方面", false},
		{"今年政府工作要抓六个方面？", true},
	} {
		if got := ix.analyze(Normalize(tc.q), nil).asksAreas(); got != tc.want {
			t.Errorf("%s: asksAreas = %v, want %v", tc.q, got, tc.want)
		}
	}
}
