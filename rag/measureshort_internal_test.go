package rag

import "testing"

// TestMeasureAskedShorthand: staff shorthand names a measure with only a
// year or a target after it, which asks the measure as 是多少 does; a
// word after it that names no figure (强度调控) asks none.
func TestMeasureAskedShorthand(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"r&d强度25目标", "强度"},
		{"r&d强度 25", "强度"},
		{"研发强度是多少", "强度"},
		{"强度调控怎么做", ""},
		{"营收增长点在哪", ""},
	} {
		got := ""
		if m, _ := measureAsked(tc.q); m != nil {
			got = m.asked
		}
		if got != tc.want {
			t.Errorf("measureAsked(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
