package rag

import "testing"

// A decline names the thing without the period it was asked of.
func TestWithoutPeriodWords(t *testing.T) {
	for thing, want := range map[string]string{
		"菜市场今年改造": "菜市场改造",
		"去年菜市场":   "菜市场",
		"今年":      "今年", // nothing else to name
		"消费券":     "消费券",
	} {
		if got := withoutPeriodWords(thing); got != want {
			t.Errorf("withoutPeriodWords(%q) = %q, want %q", thing, got, want)
		}
	}
}
