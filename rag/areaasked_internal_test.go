package rag

import "testing"

// TestAreaAskedGenericLeftover: a word asked that the lexicon says means
// its leftover (生态环境 is 环境), or whose leftover most areas say (建设),
// still names its area; a narrower word (安全生产, 国企改革) does not.
func TestAreaAskedGenericLeftover(t *testing.T) {
	ix := seedIndex(t)
	rep := ix.Latest()
	for _, tc := range []struct {
		q    string
		want int // 0: no area
	}{
		{"去年城乡建设干了啥", 11},
		{"去年生态环境方面成绩单", 12},
		{"政府自身建设去年怎么样", 15},
		{"去年安全生产干了啥", 0},
		{"去年国企改革有什么进展", 0},
	} {
		got := 0
		if p := ix.areaAsked(ix.analyze(tc.q, rep), rep, PeriodResult); p != nil {
			got = p.N
		}
		if got != tc.want {
			t.Errorf("areaAsked(%q) = ¶%d, want ¶%d", tc.q, got, tc.want)
		}
	}
}

// areaAskedIn is the paragraph number of the area of period kind asked, 0
// when none.
func areaAskedIn(ix *Index, q string, kind PeriodKind) int {
	rep := ix.Latest()
	if p := ix.areaAsked(ix.analyze(q, rep), rep, kind); p != nil {
		return p.N
	}
	return 0
}

// 生态环保 restates the plan's 生态 (环保 is 生态环境 in the report's
// words), so it names the area of 生态文明建设 though its topics write
// 中央生态环保督察; 安全生产 and 国企改革 still narrow their areas.
func TestAreaAskedRestatedByReportTerm(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		kind PeriodKind
		want int
	}{
		{"今年生态环保的主要任务", PeriodPlan, 55},
		{"今年生态环保重点工作总结一下", PeriodPlan, 55},
		{"去年安全生产干了啥", PeriodResult, 0},
		{"去年国企改革有什么进展", PeriodResult, 0},
	} {
		if got := areaAskedIn(ix, tc.q, tc.kind); got != tc.want {
			t.Errorf("areaAsked(%q) = ¶%d, want ¶%d", tc.q, got, tc.want)
		}
	}
}

// A review area's title and framing sentence speak of it whole: 结构调整
// of 做好结构调整“三篇大文章” names the area, it does not narrow it.
func TestAreaAskedFramingNamesArea(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want int
	}{
		{"去年产业结构调整都做了啥", 9},
		{"去年产业升级有哪些突破", 9},
		{"去年国企改革有什么进展", 0}, // 8户市属国企 is in the area's run-in topics
	} {
		if got := areaAskedIn(ix, tc.q, PeriodResult); got != tc.want {
			t.Errorf("areaAsked(%q) = ¶%d, want ¶%d", tc.q, got, tc.want)
		}
	}
}

// A tie of areas on what is asked is broken by the question's words as
// written: 社会稳定 (社会 lost to its function character 会) is the plan's
// 推进社会和谐稳定, not 推动经济稳定增长.
func TestAreaAskedTieAsWritten(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want int
	}{
		{"今年社会稳定这块概括一下", 65},
		{"今年稳定这块概括一下", 0}, // both areas say 稳定: still a tie
	} {
		if got := areaAskedIn(ix, tc.q, PeriodPlan); got != tc.want {
			t.Errorf("areaAsked(%q) = ¶%d, want ¶%d", tc.q, got, tc.want)
		}
	}
}
