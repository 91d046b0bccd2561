package rag

import "testing"

// An English day is written in the report's form, so a claimed day of the
// report is checked against its dateline as a Chinese one is.
func TestChineseDays(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the report was given on january 18 2025 wasnt it", "the report was given on 2025年1月18日 wasnt it"},
		{"delivered on jan. 8th, 2025?", "delivered on 2025年1月8日?"},
		{"given on 8 january 2025", "given on 2025年1月8日"},
		{"what was gdp growth in january?", "what was gdp growth in january?"},
		{"may 2025 targets", "may 2025 targets"},
	} {
		if got := chineseDays(tc.in); got != tc.want {
			t.Errorf("chineseDays(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A report's day claimed in English asks its dateline, not a month's
// figures; a month's figure asked stays a month the report lacks.
func TestEnglishReportDay(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q         string
		delivered bool
	}{
		{"the report was given on january 18 2025 wasnt it", true},
		{"The report was delivered on January 8, 2025, right?", true},
		{"What was Panjin's GDP growth in January?", false},
		// The report's day named beside a month's figure: the month is asked.
		{"How much did GDP grow in December 2024, according to the report of January 8 2025?", false},
		{"GDP growth in Q1 2025 as the report said on January 8, 2025, right?", false},
	} {
		rep := ix.reports[0]
		if got := reportAsked(Normalize(tc.q), rep) == asksDelivered; got != tc.delivered {
			t.Errorf("%q: asks delivered = %v, want %v", tc.q, got, tc.delivered)
		}
		a := ix.analyze(Normalize(tc.q), nil)
		if month := a.otherPlan != ""; month == tc.delivered {
			t.Errorf("%q: other plan %q", tc.q, a.otherPlan)
		}
	}
}
