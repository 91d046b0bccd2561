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

// A noun put between two nouns the restated clause writes side by side
// makes another thing's name, corrected when the report writes it
// nowhere; the clause's own name stays uncorrected.
func TestInsertedNameCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	checkCorrections(t, e, []correctionCase{
		{"今年要正式建成辽河口国家湿地公园吧", "报告写的是辽河口国家公园，不是辽河口国家湿地公园"},
		{"今年协同创建辽河口国家公园吧", ""},
		{"完成盘山县大洼区农村供水保障工程吗", ""}, // a place's suffix, its name in full
	})
}
