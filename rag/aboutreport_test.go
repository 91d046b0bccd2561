package rag_test

import (
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A question about the report itself — the day and meeting it was given
// at, what it is made of — is answered from its dateline and headings; one
// about a thing the report speaks of, or another year's report, is not.
func TestAboutTheReport(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "这份报告是什么时候作的？", found: true, paragraph: 1, want: []string{"2025年1月8日"}},
		{q: "政府工作报告在哪个会议上作的", found: true, paragraph: 1, want: []string{"第九届人民代表大会第四次会议"}},
		{q: "What date was the work report given?", found: true, paragraph: 1, want: []string{"2025年1月8日"}},
		{q: "報告是哪一天發布的", found: true, paragraph: 1},
		// Who gave it, asked beside when or where: the signature too.
		{q: "这个报告是哪天开会念的，谁念的啊", found: true, paragraph: 1, want: []string{"2025年1月8日", "邢"}},
		{q: "这报告是谁、在哪个会上作的", found: true, paragraph: 1, want: []string{"第九届人民代表大会第四次会议", "邢"}},
		{q: "Who delivered the report and when?", found: true, paragraph: 1, want: []string{"2025年1月8日", "邢"}},
		{q: "报告是哪天作的", found: true, paragraph: 1, not: []string{"邢"}},
		// A claim of the day is checked against the dateline.
		{q: "报告是1月9日作的吧", found: true, want: []string{"更正", "2025年1月8日"}},
		{q: "这份报告是2024年1月8日作的对吗", found: true, want: []string{"更正", "2025年1月8日"}},
		{q: "报告是2025年1月8日作的吗", found: true, paragraph: 1, not: []string{"更正"}},
		// What it is made of: its parts, each with its areas of work.
		{q: "这份报告有几大部分", found: true, paragraph: 5, want: []string{"一、2024年工作回顾", "二、2025年工作安排", "（八）"}},
		{q: "帮我简单总结一下这篇报告", found: true, paragraph: 5, want: []string{"二、2025年工作安排"}},
		{q: "What does the report cover?", found: true, paragraph: 5},
		{q: "报告一共有几个部分", found: true, paragraph: 5, want: []string{"二、2025年工作安排"}},
		// How many, then what each is called: the outline names them.
		{q: "报告有几个部分，各叫什么？", found: true, paragraph: 5, want: []string{"一、2024年工作回顾", "二、2025年工作安排"}},
		{q: "How many sections does the report have?", found: true, paragraph: 5, want: []string{"二、2025年工作安排"}, not: []string{"断面"}},
		{q: "What does the second part of the report cover?", found: true, paragraph: 20, not: []string{"一、2024年工作回顾"}},
		{q: "去年工作回顾部分分了哪几块", found: true, paragraph: 5, want: []string{"（八）"}, not: []string{"二、2025年工作安排"}},
		// How it opens and how it ends.
		{q: "这份报告开篇讲的啥", found: true, paragraph: 4},
		{q: "报告最后号召大家干什么", found: true, paragraph: 76, want: []string{"勠力同心"}},
		{q: "How does the work report conclude?", found: true, paragraph: 76},
		// The n-th part, or the n-th area of work of the part its period names.
		{q: "报告的第一部分主要讲啥", found: true, paragraph: 5, want: []string{"（一）精准施策稳增长"}, not: []string{"二、2025年工作安排"}},
		{q: "今年安排里第三个方面是啥", found: true, paragraph: 39, want: []string{"（三）狠抓改革破题"}},
		{q: "去年回顾的第八条", found: true, paragraph: 15},
		// Past the report's two parts, the part said is the area of work
		// so numbered, saying so.
		{q: "报告第四部分说了什么", found: true, want: []string{"分为2个部分", "（四）统筹联动促融合", "（四）狠抓开放带动"}},
		{q: "今年第十个方面工作", grounding: rag.GroundNotAnswered, want: []string{"没有第10个方面"}},
		// An area named by its title: its topics, or a review's run-in headings.
		{q: "狠抓民生改善主要讲了哪些内容", found: true, paragraph: 59, want: []string{"促进高质量充分就业"}},
		{q: "链群协同调结构说了什么", found: true, paragraph: 9, want: []string{"创新支撑力日益展现"}},
		{q: "今年八大任务的第二项", found: true, paragraph: 33},
		// A part's n-th area; a section title asked of the year it heads.
		{q: "第二部分第五个方面讲什么", found: true, paragraph: 50},
		{q: "今年绿色发展讲了什么", found: true, paragraph: 55},
		// Another year's report, a claim of what a part holds, a day
		// claimed: not answered from this report's headings.
		{q: "去年的报告第二部分", grounding: rag.GroundOtherPeriod, not: []string{"二、2025年工作安排"}},
		{q: "2024年的政府工作报告是什么时候作的", grounding: rag.GroundOtherPeriod, not: []string{"2025年1月8日"}},
		{q: "报告第一部分是工作安排吗", not: []string{"1. 「（一）精准施策稳增长"}},
		{q: "1月9日作的报告讲了什么", found: true, want: []string{"更正", "2025年1月8日"}},
		// The reviewed year's problems, the report not named: its paragraph
		// of admitted problems, whole; a topic left goes to retrieval.
		{q: "用几句话概括去年发展中存在的问题", found: true, paragraph: 19, want: []string{"项目储备不足", "新兴产业培育不足"}},
		{q: "What are Panjin's main problems?", found: true, paragraph: 19, want: []string{"项目储备不足"}},
		{q: "What went wrong last year?", found: true, paragraph: 19, want: []string{"个别经济指标完成情况不及预期"}},
		{q: "今年要解决哪些问题", not: []string{"项目储备不足"}},
		// Not of the report itself.
		{q: "第四次文物普查", found: true, paragraph: 16},
		{q: "报告里老旧小区改造什么时候完成", grounding: rag.GroundNotAnswered, not: []string{"第九届人民代表大会"}},
		{q: "报告里产业结构是什么样", found: true, not: []string{"一、2024年工作回顾"}},
		{q: "前年的政府工作报告是哪天作的", grounding: rag.GroundOtherPeriod, not: []string{"2025年1月8日"}},
		{q: "营口的政府工作报告哪天作的", grounding: rag.GroundOtherPlace, not: []string{"2025年1月8日"}},
	})
}
