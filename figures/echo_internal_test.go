package figures

import "testing"

// A second figure whose clause names no thing but echoes the first's
// (不是, 也是) is that thing's other figure, held to it: no pair.
func TestPremiseEchoedThing(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"今年进出口目标才6%，去年不是增长37%吗？", "37%", "39.7%"},
		{"今年进出口目标才6%，去年不是增长39.7%吗？", "", ""},
		{"去年文化惠民演出300余场次，今年目标也是300场吗？", "300场", "不少于100场"},
		{"去年文化惠民演出300余场次，今年目标也是100场吗？", "", ""},
	})
}

// A count opening its clause (8户市属国企…) counts the thing named after
// it: the figures after it still pair, each held to its own thing.
func TestPremiseCountOpensThing(t *testing.T) {
	checkPremises(t, []premiseCase{
		{"8户市属国企负债总额降低11.1%，营收增长7.8%对吗？", "7.8%", "8.7%"},
		{"8户市属国企负债总额降低11.1%，营收增长8.7%对吗？", "", ""},
		{"8户市属国企负债总额降低12%，营收增长8.7%对吗？", "12%", "11.1%"},
	})
}
