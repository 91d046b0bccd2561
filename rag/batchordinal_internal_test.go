package rag

import "testing"

// TestPhaseEventAsked: a yes-or-no question of what a thing at a phase
// did asks of that phase; one asking which phase it is, a tagged claim
// (…，对吗) or a bare topic does not.
func TestPhaseEventAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"光伏园三期今年开工吗", true},
		{"蓝海物流园二期项目去年竣工了吗？", true},
		{"蓝海物流园二期是去年开工的吗", true},
		{"蓝海物流园是二期吗", false},
		{"蓝海物流园是二期项目吗", false},
		{"蓝海物流园二期去年竣工了，对吗", false},
		{"蓝海物流园二期项目", false},
		{"二期今年开工吗", false},
		{"蓝海物流园二期今年什么时候开工", false},
	} {
		if got := phaseEventAsked(Normalize(c.q)); got != c.want {
			t.Errorf("phaseEventAsked(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
