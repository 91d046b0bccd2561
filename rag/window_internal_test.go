package rag

import "testing"

func TestWindowAside(t *testing.T) {
	cases := []struct {
		norm, cue string
		want      bool
	}{
		// The asker's habit, in a sentence of its own, beside a year's figure asked.
		{"i ride the bus every day. how many new buses will the city buy this year?", "every day", true},
		{"娃今年秋天该上幼儿园了，今年普惠园覆盖率能到多少", "秋天", true},
		{"我每天坐公交，今年要新买多少辆公交车", "每天", true},
		// The window asked in the asking sentence itself.
		{"how many buses will the city buy every day this year?", "every day", false},
		// A decimal point parts nothing.
		{"pm2.5 every day how many this year", "every day", false},
	}
	for _, c := range cases {
		if got := windowAside(c.norm, c.cue); got != c.want {
			t.Errorf("windowAside(%q, %q) = %v, want %v", c.norm, c.cue, got, c.want)
		}
	}
}
