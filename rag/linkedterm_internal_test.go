package rag

import "testing"

// TestLinkedTermOfPeriod: a word asked of a year that a question-side
// link sends to report terms (防汛 to 排涝, 防洪; 治安 to 扫黑除恶) is held
// by a clause of that year writing them: the plan answers, not "nothing
// of that year" over the review's paragraph.
func TestLinkedTermOfPeriod(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "今年防汛怎么搞", want: []string{"【2025年目标】", "排涝"}, notWant: []string{"报告没有给出2025年"}},
		{q: "今年抗洪", want: []string{"【2025年目标】", "防洪治理"}, notWant: []string{"报告没有给出2025年"}},
		{q: "今年治安怎么抓", want: []string{"【2025年目标】", "扫黑除恶长效常治"}, notWant: []string{"报告没有给出2025年"}},
		// The year the review answers keeps its own text.
		{q: "去年治安怎么样", want: []string{"【2024年结果】", "治安警情"}, notWant: []string{"扫黑除恶长效常治"}},
	})
}

// TestLinkedTo: only a link listing the word itself.
func TestLinkedTo(t *testing.T) {
	lx := DefaultLexicon()
	if got := lx.LinkedTo("防汛"); len(got) != 2 || got[0] != "防洪" || got[1] != "排涝" {
		t.Errorf("LinkedTo(防汛) = %v, want [防洪 排涝]", got)
	}
	if got := lx.LinkedTo("防汛工作"); len(got) != 0 {
		t.Errorf("LinkedTo(防汛工作) = %v, want none", got)
	}
}
