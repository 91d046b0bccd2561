package rag

import (
	"strings"
	"testing"
)

// A claim is asked of by a yes-no opening, by a tag after it, or taken
// for granted before what a question asks; the main works claimed done
// are the rung before done.
func TestEnglishStageClaimShapes(t *testing.T) {
	for _, tc := range []struct {
		q       string
		claimed bool // the verb of done is a claim to check
		rung    int
	}{
		{"huajin aramco project will be fully put into production in 2025, right?", true, rungDone},
		{"the terminal was completed and passed acceptance in 2024, correct?", true, rungDone},
		{"now that huajin aramco was finished last year, when does production start?", true, rungDone},
		{"is it true the main structure of the terminal was completed in 2024?", true, rungNearDone},
		{"when will the terminal be completed?", false, rungDone},
		{"after the terminal is completed, what comes next?", false, rungDone}, // a condition
	} {
		at := englishDone.FindStringIndex(tc.q)
		if at == nil {
			t.Fatalf("no verb of done in %q", tc.q)
		}
		claimed := englishYesNo.MatchString(tc.q) || englishTag.MatchString(tc.q) || englishPremiseEnd(tc.q, at[0]) >= 0
		if claimed != tc.claimed {
			t.Errorf("claimed(%q) = %v, want %v", tc.q, claimed, tc.claimed)
		}
		if got := englishClaimedRung(tc.q[:at[0]]); got != tc.rung {
			t.Errorf("englishClaimedRung(%q) = %d, want %d", tc.q, got, tc.rung)
		}
	}
	if got := strings.Join(englishDone.FindAllString("was completed and passed acceptance", -1), "|"); got != "completed|passed acceptance" {
		t.Errorf("verbs of done = %q", got)
	}
}
