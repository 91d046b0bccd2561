package rag

import "testing"

func TestGroundStageOnly(t *testing.T) {
	checkFound(t, []questionFound{
		// Only the stage (竣工投产) is quoted, of other projects.
		{"When will the airport be completed?", false},
		// The thing asked is what was completed: the count answers.
		{"How many projects were completed in 2024?", true},
		// A quote names the thing asked.
		{"When will the Huajin Aramco project be completed?", true},
	})
}
