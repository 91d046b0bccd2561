package figures

import "testing"

// A count claimed before its noun is held to the report's figure written
// before the same noun, though the claim names the subject in words of
// its own (市属国企 for 企业).
func TestPremiseCountedAfter(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"每户市属国企逐步打造3—5个优势板块", "3—5个", "1—2个"},
		{"每户市属国企要逐步打造3到5个优势板块，对吧", "3到5个", "1—2个"},
		{"每户市属国企逐步打造1—2个优势板块吧", "", ""},
	})
}
