package rag

import "testing"

// Blanks left before frames (什么之年, 什么之为) are filled by the one
// sentence writing every frame after a word of its own (¶70 决胜之年要有
// 决胜之为); one blank several sentences fill is left to retrieval.
func TestFramingBlank(t *testing.T) {
	rep := seedIndex(t).Latest()
	for q, want := range map[string]int{
		"报告把今年叫什么之年，说要有什么之为": 70,
		"决胜之年要有什么之为":         70,
		"今年是什么之年":            0, // ¶21 and ¶70 both
		"今年GDP增长多少":          0,
	} {
		got := 0
		if frames := blankFrames(Normalize(q)); len(frames) > 0 {
			all := func(*Paragraph) bool { return true }
			if p, _, ok := frameFiller(rep, frames, all); ok {
				got = p.N
			}
		}
		if got != want {
			t.Errorf("frameFiller(%q) = ¶%d, want ¶%d", q, got, want)
		}
	}
	checkAnswers(t, []answerCase{
		{q: "报告把今年叫什么之年，说要有什么之为", want: []string{"决胜之年要有决胜之为"}},
		// ¶6's 攻坚之战 is 2024's: it fills no blank asked of 2025.
		{q: "2025年要打赢什么之战", notWant: []string{"根据报告", "攻坚之战"}},
		{q: "今年要打好什么之战", notWant: []string{"攻坚之战"}},
	})
}
