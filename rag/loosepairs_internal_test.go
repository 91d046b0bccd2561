package rag

import "testing"

func TestLoosePairs(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q          string
		loose, not []string
	}{
		{q: "gdp去年实际增长多少，今年目标又是多少", loose: []string{"标又", "又是", "际增"}, not: []string{"目标", "增长"}},
		// Two content words side by side may be a compound the dictionary lacks.
		{q: "停车泊位收费标准", not: []string{"车泊", "位收"}},
	} {
		got := ix.loosePairs(Normalize(tc.q))
		for _, p := range tc.loose {
			if !got[p] {
				t.Errorf("%s: %q not loose; loose: %v", tc.q, p, got)
			}
		}
		for _, p := range tc.not {
			if got[p] {
				t.Errorf("%s: %q loose", tc.q, p)
			}
		}
	}
}
