package rag

import "testing"

// A when- or whether-question whose subject the report never writes (地铁,
// 轻轨) is declined, not answered with another thing's opening; one whose
// unwritten word only modifies what the report writes (河里的黑臭水体), or
// is a tag after another clause (…，好进不), still answers.
func TestUnwrittenSubjectDeclined(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"咱们这地铁二号线啥时候通车", false, "地铁二号线", "根据报告"},
		{"轻轨什么时候投运", false, "轻轨", "根据报告"},
		{"盘锦轻轨今年能开工吗？", false, "轻轨", "根据报告"},
		{"河里那些黑臭水体能消除吗", true, "黑臭水体", "没有提到"},
		{"今年普惠的幼儿园能占多少，好进不", true, "91%", "没有提到"},
		{"当官的还要下基层吗", true, "下基层", "没有提到"},
	})
}

// A when-question whose subject the lexicon reads as a word the report
// writes (高铁 as 铁路) is still declined when no quote names it: another
// thing's opening (京哈高速…竣工通车) dates nothing of it. One whose quote
// names its subject still answers.
func TestUnquotedWhenSubjectDeclined(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"盘锦高铁什么时候通车", false, "高铁", "根据报告"},
		{"京哈高速盘锦段什么时候通车", true, "竣工通车", "没有给出"},
	})
}
