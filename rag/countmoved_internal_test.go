package rag

import "testing"

// A count asked by its noun (人数) is told neither by a rank (荣登…排行榜第7名)
// nor by a growth rate of the thing (旅客接待量增长64％): the quote is related
// text, not the answer.
func TestCountNamedNotToldByRankOrRate(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"去年红海滩游客人数？", false, "¶8", "根据报告"},
		{"红海滩去年接待游客500万人次", false, "¶8", "根据报告"},
	})
}
