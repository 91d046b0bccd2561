package rag

import (
	"testing"
)

// What the plan requires of the government itself is its closing run
// (¶70 and the leads of ¶71–¶75), not a sentence sharing 要求 or 建设.
func TestGovernmentSelfAsked(t *testing.T) {
	ix := seedIndex(t)
	eng := NewEngine(ix, nil)
	for q, want := range map[string]bool{
		"报告对政府自身建设提了哪些要求":     true,
		"政府自身建设今年怎么抓":         true,
		"报告结尾对政府干部队伍提了哪几方面要求": true,
		"政府今年对自身有什么要求":        true,
		"对政府系统自身今年提了哪些总要求":    true,
		"政府工作人员今年要怎么做":        true,
		"政府自身建设那部分说了啥":        true,  // what it says of itself: the closing run
		"政府建设那部分说了啥":          false, // no 自身: the review's area too
		"政府自己要做到哪几条":          true,  // a standard to meet, item by item
		"政府自身要守住哪几条":          true,
		"政府自己去年做到了什么":         false, // the review's area, not the plan's run
		"政府自身去年做到了哪几点":        false,
		"政府自己做到了“两个维护”吗":      false, // whether, of a thing named
		"政府自己要做到过紧日子吗":        false,
		// The review's area, a problem, a figure, and what the report
		// says of the government's work as a whole are other questions.
		"去年政府自身建设有哪些亮点":   false,
		"干部队伍存在什么问题":      false,
		"政府系统要以什么为魂":      false,
		"今年政府工作的总体要求是什么":  false,
		"政府自身建设去年省了多少钱":   false,
		"今年政府建设要新建几个便民场景": false,
		// A topic of its own asks that topic's requirements.
		"今年政府系统安全生产有哪些要求": false,
		"政府系统对招商引资有什么要求":  false,
		"村干部队伍建设有什么要求":    false,
		"政府系统廉洁方面有什么要求":   true, // the run's own topic (清廉为本)
	} {
		got := asksGovernmentSelf(ix.analyze(q, nil))
		if got {
			head, run := eng.closingRun(eng.ix.Latest())
			got = !ix.topicBesideRun(Normalize(q), append([]*Paragraph{head}, run...))
		}
		if got != want {
			t.Errorf("asksGovernmentSelf(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestGovernmentSelfAnswer(t *testing.T) {
	want := []string{"忠诚为魂、法治为基、民生为大、实干为要、清廉为本", "1. 「我们要始终保持绝对忠诚的政治品格。」", "5. 「我们要始终保持廉洁自律的从政操守。」"}
	checkAnswers(t, []answerCase{
		{q: "报告对政府自身建设提了哪些要求", want: want},
		{q: "今年政府自身建设怎么搞", want: want},
		{q: "报告对政府系统自身提了啥要求", want: want},
	})
}
