package figures

import "testing"

// A guess in a clause of its own after a count asked is a count in the
// asked measure word: wrong, it is corrected; right, or a range holding
// the report's, it stands; a clause saying more is no guess.
func TestGuessedMeasure(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"去年有多少名受灾群众转移？听说有一万多", "一万多", "5214名"},
		{"去年有多少名受灾群众转移？听说有6000", "6000", "5214名"},
		{"去年有多少名受灾群众转移？听说有5214", "", ""},
		{"去年有多少名受灾群众转移？听说有五千多", "", ""},
		{"去年有多少名受灾群众转移？听说有一万多是在大洼区的", "", ""},
	})
}
