package rag_test

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// The basis, difficulty or outlook of the year's targets as a whole is the
// paragraph after the targets list (上述目标…而确定的。实现上述目标，困难不容低估).
func TestTargetsBasis(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "为什么设定这些目标", found: true, want: []string{"主要预期目标是", "已经走出最低谷"}},
		{q: "完成今年目标难度大吗", found: true, want: []string{"困难不容低估"}},
		{q: "报告对今年形势怎么判断", found: true, want: []string{"已经走出最低谷"}, not: []string{"安全生产形势稳定"}},
		{q: "What are the difficulties in achieving the targets?", found: true, want: []string{"困难不容低估"}},
		{q: "Why did the government choose these targets?", found: true, want: []string{"统筹考虑增长潜力"}},
		// Spoken: the why before the targets and 定 after, or 凭啥 after them.
		{q: "为啥今年的目标定那么高", found: true, want: []string{"已经走出最低谷"}},
		{q: "今年发展目标这么高，凭啥", found: true, want: []string{"自我加压"}},
		{q: "为什么今年目标要定这么高", found: true, want: []string{"自我加压"}},
		// A comparison between the targets and 定, and how it is explained.
		{q: "为啥今年增长目标比去年定得高那么多", found: true, want: []string{"已经走出最低谷"}},
		{q: "今年目标比去年定得高，报告里是怎么解释的？", found: true, want: []string{"自我加压"}},
		// One figure's premise, or why one is lower: not this rule's.
		{q: "去年GDP增长3.5%，今年目标为什么定在6%？", grounding: rag.GroundNotAnswered, not: []string{"困难不容低估"}},
		{q: "今年社零目标为啥比去年低", grounding: rag.GroundNotAnswered, not: []string{"上述目标"}},
	})
}
