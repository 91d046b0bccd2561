package figures

import "testing"

// A claim asked in the English past tense, no year said, is held to the
// results: the year's target is not shown beside the correction.
func TestPremiseSaidPast(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"Was actual use of foreign capital 75 million dollars?", "75 million dollars", "7.5亿美元"},
		{"Was actual use of foreign capital 4 hundred million dollars?", "4 hundred million dollars", "7.5亿美元"},
		{"Is the foreign capital target 4 hundred million dollars?", "", ""},
	})
	seedReport(t)
	ix := NewIndex(seedReports, nil)
	if c := Premise("Was actual use of foreign capital 75 million dollars?", ix, ""); c == nil || len(c.Also) != 0 {
		t.Errorf("past claim: correction %+v, want one with no other period's figure", c)
	}
	// Words of a plan keep the target beside the correction: the past
	// tense asks what was projected, not what happened.
	if c := Premise("Was GDP growth projected at 6%?", ix, ""); c == nil || len(c.Also) == 0 {
		t.Errorf("projected claim: correction %+v, want the other period's figure beside it", c)
	}
}
