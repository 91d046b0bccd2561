package rag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A plan's area of work may list its topics as a series whose leads share
// a word: 实施…行动 five times, 建设大通道、打造大平台、发展大外贸、深化
// 大合作. A question naming the area and counting that word ("改革这块今
// 年要搞哪几个专项行动", "开放部分那几个“大”分别指什么", "对外开放的
// “四大”是什么") asks for the series: the area's aims and its topics' leads.

// maxSeriesWord is the longest word a series' leads are read to share.
const maxSeriesWord = 4

// seriesWords are the words every lead of topics holds, longest first.
func seriesWords(topics []*Paragraph) []string {
	if len(topics) < minParallelRun {
		return nil
	}
	first := []rune(topics[0].Lead)
	var out []string
	for n := maxSeriesWord; n >= 1; n-- {
		for i := 0; i+n <= len(first); i++ {
			w := string(first[i : i+n])
			if !isHan(first[i]) || strings.IndexFunc(w, func(r rune) bool { return !isHan(r) }) >= 0 || slices.Contains(out, w) {
				continue
			}
			all := true
			for _, k := range topics[1:] {
				if !strings.Contains(k.Lead, w) {
					all = false
					break
				}
			}
			if all {
				out = append(out, w)
			}
		}
	}
	return out
}

// seriesCounted is where norm counts word w as a series or asks which:
// after a number, 几 or 哪些 (四大, 哪几个专项行动, 那几个“大”, 哪些专项
// 行动), a measure (个) and at most two characters standing between, with
// no word of its own going on after it (12个实施方案 counts 方案); ""
// when it does not. A single character is a series word only counted
// right after the count or quoted (四大, 几个“大”): 哪些活动 asks what
// activities, not which of the leads holding 动.
func seriesCounted(norm, w string) string {
	single := utf8.RuneCountInString(w) == 1
	for from := 0; ; {
		i := strings.Index(norm[from:], w)
		if i < 0 {
			return ""
		}
		i += from
		if next, _ := utf8.DecodeRuneInString(norm[i+len(w):]); isHan(next) && !strings.ContainsRune(seriesFollowers, next) {
			from = i + len(w) // 12个实施方案: the count is of 方案, not of 实施
			continue
		}
		before := []rune(norm[:i])
		for skip := 0; skip <= 2 && skip <= len(before); skip++ {
			head := before[:len(before)-skip]
			between := string(before[len(before)-skip:])
			if strings.ContainsAny(between, "，,。？?！!的") || single && strings.Trim(between, seriesQuotes) != "" {
				break
			}
			if n := len(head); n > 0 && head[n-1] == '个' {
				head = head[:n-1]
			}
			if k := counterAt(head); k >= 0 {
				return norm[len(string(head[:k])) : i+len(w)]
			}
		}
		from = i + len(w)
	}
}

// seriesQuotes may open a series word quoted: 那几个“大”.
const seriesQuotes = "“‘「『\"'"

// seriesFollowers may follow a series word counted: 哪几个行动都是什么,
// 四大是什么.
const seriesFollowers = "是有都分呢吗吧啊呀包指"

// counterAt is where head ends in a number, 几 or 哪些; -1 when it does
// not.
func counterAt(head []rune) int {
	n := len(head)
	switch {
	case n > 1 && string(head[n-2:]) == "哪些":
		return n - 2
	case n > 0 && (strings.ContainsRune("几一二三四五六七八九十两", head[n-1]) || head[n-1] >= '0' && head[n-1] <= '9'):
		return n - 1
	}
	return -1
}

// seriesAnswer answers a question counting the word a plan area's topics'
// leads share, and naming that area besides, with the area's paragraph and
// its topics' leads, numbered; false when it asks no such thing.
func (e *Engine) seriesAnswer(ans *Answer, a analysis, rep *Report) bool {
	if a.figure && !a.list || a.period == PeriodResult {
		return false
	}
	if rep == nil {
		rep = e.ix.Latest()
	}
	for i := range rep.Paragraphs {
		sec := &rep.Paragraphs[i]
		if !isArea(sec, PeriodPlan) {
			continue
		}
		topics := e.children(sec)
		for _, w := range seriesWords(topics) {
			counted := seriesCounted(a.norm, w)
			if counted == "" {
				continue
			}
			rest := a
			rest.norm = strings.Replace(a.norm, counted, " ", 1)
			if utf8.RuneCountInString(strings.TrimSpace(rest.norm)) == 0 || e.ix.areaAsked(rest, rep, PeriodPlan) != sec {
				continue
			}
			ans.Found = true
			ans.Parts = append(ans.Parts, introPart(a.lang))
			ans.addQuote(citationFor(sec, wholeSpan(sec)))
			e.addChildren(ans, sec)
			return true
		}
	}
	return false
}
