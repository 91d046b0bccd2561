package rag

import "testing"

// A name the report writes nowhere, between words the restated clause
// shares on both sides, is not named by the report: the clause's words
// there are what it says. A name the clause lists there stays uncorrected.
func TestSlotNameCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"去年参加广交会招商了吗", "报告写的是参加进博会、辽洽会等活动进行招商，没有点名广交会"},
		{"去年参加进博会招商了吗", ""},
		{"去年参加辽洽会招商了吧", ""},
		// A common noun in the slot (孩子 for 儿童) is a paraphrase.
		{"残疾孩子做康复政府管吗", ""},
	})
}
