package rag

import "testing"

// A lesser grade of accident (较大, 一般) is read from the question; the
// worst grades (重特大, 重大), which the report does speak of, are not.
func TestLesserIncidentAsked(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"去年发生过较大事故没有", true},
		{"去年没发生较大安全生产事故吧", true},
		{"去年有没有一般火灾", true},
		{"去年有较大的生产安全事故吗", true},
		{"去年发生较大以上事故了吗", true},
		{"去年有没有发生较大生产安全事故", true},
		{"去年发生重大事故了吗", false},
		{"去年发生重特大事故没有", false},
	} {
		if got := lesserIncident.MatchString(Normalize(tc.q)); got != tc.want {
			t.Errorf("%s: lesser %v, want %v", tc.q, got, tc.want)
		}
	}
}
