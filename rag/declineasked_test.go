package rag_test

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A decline names the detail asked, not "this figure": 好几年 tells how
// long the asker has lived a case and asks no count, and a term is echoed
// as typed (智慧停车APP, not the folded app).
func TestDeclineNamesWhatIsAsked(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "我在盘锦打工好几年了，落户要啥条件", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出办理条件或办理方式"}, not: []string{"这项数字", "根据报告"}},
		{q: "线上响应式公交我在哪个APP上约", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出办理条件或办理方式"}, not: []string{"根据报告"}},
		{q: "向海大道维修改造要封路多久？", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出所需时间"}, not: []string{"根据报告"}},
		{q: "智慧停车APP上线了吗", grounding: rag.GroundNotAnswered, want: []string{"智慧停车APP"}, not: []string{"智慧停车app", "根据报告"}},
	})
}
