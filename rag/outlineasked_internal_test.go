package rag

import "testing"

// "报告分哪几大部分" asks the outline, and "回顾部分分了哪几块来讲" the
// review's areas: 哪 and 来讲 are how they ask, not something more.
func TestOutlineAsked(t *testing.T) {
	ix := seedIndex(t)
	rep := ix.Latest()
	checkReportAsked(t, rep, map[string]reportAsk{
		"这份报告分哪几大部分":      asksOutline,
		"报告分哪几大部分":        asksOutline,
		"报告分几大部分":         asksOutline,
		"报告里阜盘铁路分哪几大部分建设": notOfReport,
	})
	for q, want := range map[string]int{
		"去年工作回顾部分分了哪几块来讲": 5,
		"去年工作回顾部分分了哪几块":   5,
		"今年工作安排分了哪几块来说":   20,
		"去年工作回顾部分的gdp来讲":  0,
	} {
		got := 0
		if p := partNamed(Normalize(q), rep); p != nil {
			got = p.N
		}
		if got != want {
			t.Errorf("partNamed(%q) = ¶%d, want ¶%d", q, got, want)
		}
	}
}

// The problems asked with the time they stand in (眼下, 目前) or as a pair
// (困难和短板) still ask the report's paragraph of them.
func TestProblemsAsked(t *testing.T) {
	rep := seedIndex(t).Latest()
	checkReportAsked(t, rep, map[string]reportAsk{
		"报告对眼下存在的困难和短板是怎么讲的": asksProblems,
		"报告说目前还有哪些问题":        asksProblems,
		"报告里和平安有关的问题":        notOfReport,
	})
}

// How people ask the report's close (its couplet, its slogan, the whole
// report's end) and its outline in chat words (几大块) still ask the report
// itself; a topic beside the cue leaves it to retrieval.
func TestClosingAndOutlineChatWords(t *testing.T) {
	rep := seedIndex(t).Latest()
	checkReportAsked(t, rep, map[string]reportAsk{
		"报告结尾引的那几句诗一样的话是什么":                                  asksClosing,
		"报告最后喊的口号是什么":                                        asksClosing,
		"全篇报告结尾号召了什么":                                        asksClosing,
		"Which classical verse lines does the report quote?": notOfReport,
		"What lines does the report quote at the very end?":  asksClosing,
		"报告一共分几大块":                                           asksOutline,
		"报告最后喊的口号里环保占几句":                                     notOfReport,
	})
}

// A follow-up opening with thanks and a word of going on (另外, 再问一下)
// asks what follows: the report's day.
func TestFollowOnAsksReportDay(t *testing.T) {
	rep := seedIndex(t).Latest()
	checkReportAsked(t, rep, map[string]reportAsk{
		"感谢解答。另外这份报告是哪天在什么会上作的": asksDelivered,
		"辛苦了，另外报告是哪天作的":         asksDelivered,
		"麻烦了，再问一下报告是哪天作的":       asksDelivered,
		"另外这份报告是哪天作的":           asksDelivered,
		"另外报告里今年的GDP目标多少":       notOfReport,
		// 得 typed for 的.
		"这个报告是哪天在什么会上做得": asksDelivered,
		"报告讲得好不好":        notOfReport,
	})
}

// checkReportAsked asserts what reportAsked reads each question as asking.
func checkReportAsked(t *testing.T, rep *Report, cases map[string]reportAsk) {
	t.Helper()
	for q, want := range cases {
		if got := reportAsked(Normalize(q), rep); got != want {
			t.Errorf("reportAsked(%q) = %v, want %v", q, got, want)
		}
	}
}

// The dateline opens the report: a day asked of its opening is the day it
// was given, and what it writes there is what it says.
func TestOpeningDayAsksDelivered(t *testing.T) {
	rep := seedIndex(t).Latest()
	checkReportAsked(t, rep, map[string]reportAsk{
		"报告开头写的是哪天、在什么会上做的报告？": asksDelivered,
		"报告开头写的是哪天":            asksDelivered,
		"报告开头写了什么":             asksOpening,
		"报告开头说了什么":             asksOpening,
		"报告里写了阜盘铁路什么时候通车":      notOfReport,
	})
}
