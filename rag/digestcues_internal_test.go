package rag

import (
	"testing"
)

// An area asked how it stands (总体情况, 说说…情况), what it says (讲的
// 什么), its main targets or what it rests on (靠什么) is answered by its
// digest; an indicator's target is not an area's.
func TestDigestCues(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "去年防风险这块总体情况", want: []string{"全年未发生重特大事故", "100个百分点以上"}},
		{q: "简单说说去年产业升级的情况", want: []string{"化工精细化率提升至45%"}},
		{q: "今年改革这部分主要讲的什么", want: []string{"12个实施方案"}},
		{q: "今年产业发展的主要目标有哪些？", want: []string{"2000亿元", "48%", "870万吨"}},
		{q: "今年稳增长、扩需求主要靠什么", want: []string{"全年实施500万元以上项目600个", "全年新签约注册项目300个"}},
		{q: "今年对外开放的总体思路和主要抓手", want: []string{"坚持以港兴市不动摇"}},
		{q: "城镇新增就业今年目标", want: []string{"1.9万人"}, notWant: []string{"以城带乡"}},
	})
}
