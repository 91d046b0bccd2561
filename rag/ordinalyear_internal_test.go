package rag

import "testing"

// A year or a count typed short in digits (25年, 8项 read from 八项) is
// heading filler as the written one is; a count of areas stated is a
// claim, not a question of which areas. (Which year a part is of is
// TestOrdinalAsked's.)
func TestOrdinalShortYear(t *testing.T) {
	rep := seedIndex(t).Latest()
	for q, want := range map[string]ordinal{
		"25年8项工作第一项标题？": {area: 1},
	} {
		o, _, ok := ordinalAsked(Normalize(q))
		if !ok || o != want {
			t.Errorf("ordinalAsked(%q) = %v, %v; want %v", q, o, ok, want)
		}
	}
	for q, want := range map[string]PeriodKind{"25年8项工作第一项标题？": PeriodPlan, "24年第二项工作": PeriodResult} {
		if got := ordinalPeriod(Normalize(q), rep); got != want {
			t.Errorf("ordinalPeriod(%q) = %v, want %v", q, got, want)
		}
	}
	if p := partNamed(Normalize("去年工作回顾分了7个方面？"), rep); p != nil {
		t.Errorf("partNamed(分了7个方面) = ¶%d, want none", p.N)
	}
}
