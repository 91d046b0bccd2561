package rag

import "testing"

func TestSameDay(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"1月8日", "2025年1月8日", true}, // no year claimed: the month and day agree
		{"1月8号", "2025年1月8日", true},
		{"1月10日", "2025年1月8日", false},
		{"2024年1月8日", "2025年1月8日", false},
		{"11月8日", "1月8日", false},
	} {
		a, okA := readDay(tc.a)
		b, okB := readDay(tc.b)
		if !okA || !okB {
			t.Fatalf("readDay(%q, %q) not read", tc.a, tc.b)
		}
		if got := sameDay(a, b); got != tc.want {
			t.Errorf("sameDay(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
