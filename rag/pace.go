package rag

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A claim may set one growth ahead of or behind another ("居民收入增长快于
// 经济增长") where the report keeps the two in step (居民收入增长与经济增长基本
// 同步): the claim asks for more, or less, than the report does. Read only
// where the report's sentence names the claim's two things on each side
// of 与…同步.

// pacedClaim finds a pace set against another thing: 快于, 慢于, 跑赢, 跑输,
// 超过, 赶不上. Reading writes a question's 快于 as 快与, so either.
var pacedClaim = regexp.MustCompile(`[快慢][于与]|跑赢|跑输|超过|赶不上`)

// inStep finds two things kept in step: 与经济增长基本同步.
var inStep = regexp.MustCompile(`[与和同]([^，。；、与和同]{2,12}?)(?:基本|大体|总体)?同步`)

// minPacedOther is how many characters in a row the thing after the
// claim's pace word must share with the report's thing after 与.
const minPacedOther = 2

// paceCorrection corrects a claim's pace (快于经济增长) where a cited
// sentence keeps the same two things in step. A claim naming both ways
// (asksEitherWay) asks, and is left alone.
func paceCorrection(q string, texts []Citation) (Part, bool) {
	qs := []rune(q)
	ms := findAllRunes(pacedClaim, qs)
	if len(ms) != 1 || asksEitherWay.MatchString(q) {
		return Part{}, false
	}
	cm := ms[0]
	subject, end := claimSubjectStart(qs, cm.start), clauseEndAt(qs, cm.end)
	for ci, c := range texts {
		text := []rune(c.Quote)
		for _, tm := range findAllRunes(inStep, text) {
			from := clauseStartAt(text, tm.start)
			if sh, ok := longestShared(qs, text, subject, cm.start, from, tm.start); !ok || sh.n < minComparedSubject {
				continue // another thing's pace
			}
			if sh, ok := longestShared(qs, text, cm.end, end, tm.start+1, tm.end); !ok || sh.n < minPacedOther {
				continue // kept in step with another thing
			}
			stated := strings.Replace(string(qs[cm.start:claimEnd(qs, cm.end, end)]), "与", "于", 1) // 快于 as typed
			return citedCorrection(c, ci, tm.start, tm.end, stated, ""), true
		}
	}
	return Part{}, false
}

// claimEnd is where the words after a claim's pace word end, before the
// words that close the claim (是吧, 对吗), within [from, end).
func claimEnd(rs []rune, from, end int) int {
	t := string(rs[from:end])
	if at := claimSuffix(t, claimEnds); at >= 0 {
		return from + utf8.RuneCountInString(t[:at])
	}
	return end
}
