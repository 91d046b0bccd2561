package figures

import "testing"

// A count whose number is the grade's (30万吨级原油码头) where the report
// counts no such thing reads a size class as how many: corrected.
func TestPremiseGradeAsCount(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"今年要建30个原油码头吗？", "30个", "30万吨级"},
		{"15万吨级航道有15条吗？", "15条", "15万吨级"},
		{"今年要建30万吨级原油码头吗？", "", ""},
	})
}
