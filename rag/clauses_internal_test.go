package rag

import (
	"slices"
	"testing"
)

func TestAskingClauses(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"去年GDP增长多少，人均GDP多少", []string{"去年GDP增长多少", "去年人均GDP多少"}},
		{"去年GDP增长多少？大连呢", []string{"去年GDP增长多少？", "大连去年GDP增长多少"}},
		{"今年GDP目标多少？明年呢？", []string{"今年GDP目标多少？", "明年GDP目标多少"}},
		// One clause: nothing to part.
		{"今年GDP目标多少", nil},
		// A clause that states is context, not a question of its own.
		{"盘锦固投增速全省第一，那全省去年平均增长多少？", nil},
		{"去年GDP增长3.5%，进出口增长多少", nil},
		// A bare 呢 of more than a few words is a clause of its own.
		{"去年GDP增长多少，盘锦港集装箱吞吐量排全省第几位呢", []string{"去年GDP增长多少", "去年盘锦港集装箱吞吐量排全省第几位呢"}},
		// More clauses than a question of parts holds.
		{"GDP多少，社零多少，固投多少，进出口多少", nil},
	} {
		if got := askingClauses(c.q); !slices.Equal(got, c.want) {
			t.Errorf("askingClauses(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
