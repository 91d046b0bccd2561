package rag

import (
	"slices"
	"testing"
)

// A which word between a verb and its object ("建哪些桥") still lets the
// lexicon read the verb and object as its word (建桥 → 大桥).
func TestWhichBetweenVerbAndObject(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q, want string
		has     bool
	}{
		{"今年要建哪些桥", "大桥", true},
		{"今年要修哪些路", "农村公路", true},
		{"今年修什么路", "农村公路", true},
		{"今年要修路吗", "农村公路", true}, // already the lexicon's word
		{"今年要建哪些学校", "大桥", false},
	} {
		a := ix.analyze(Normalize(tc.q), nil)
		if got := slices.Contains(a.expand, tc.want); got != tc.has {
			t.Errorf("analyze(%q).expand = %q, want %q: %v", tc.q, a.expand, tc.want, tc.has)
		}
	}
}

func TestHoldsAnyCount(t *testing.T) {
	for _, tc := range []struct {
		text  string
		count string
		want  bool
	}{
		{"8户市属国企负债总额降低11.1%", "8户", true},
		{"全年新增规上（限上）企业15户以上", "5户", false}, // the tail of 15户
		{"新增15户以上，其中5户", "5户", true},
		{"5户", "5户", true},
	} {
		if got := holdsAnyCount(tc.text, [][]string{{tc.count, ""}}); got != tc.want {
			t.Errorf("holdsAnyCount(%q, %q) = %v, want %v", tc.text, tc.count, got, tc.want)
		}
	}
}
