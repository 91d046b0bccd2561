package rag

import (
	"context"
	"testing"
)

func TestGroundStageOnly(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	cases := []struct {
		q     string
		found bool
	}{
		// Only the stage (竣工投产) is quoted, of other projects.
		{"When will the airport be completed?", false},
		// The thing asked is what was completed: the count answers.
		{"How many projects were completed in 2024?", true},
		// A quote names the thing asked.
		{"When will the Huajin Aramco project be completed?", true},
	}
	for _, c := range cases {
		ans, err := e.Ask(context.Background(), Query{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != c.found {
			t.Errorf("Ask(%q).Found = %v, want %v: %s", c.q, ans.Found, c.found, ans.Answer)
		}
	}
}
