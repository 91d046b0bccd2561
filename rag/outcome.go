package rag

import (
	"strings"
)

// A report may set parallel clauses side by side, each a doer, what it did
// and what came of it: 鲁华泓锦成功生产异戊胶乳、填补国内空白，华锦集团成功
// 研发抗应力发白聚丙烯、打破国外垄断. A claim may give one clause's doer the
// other's outcome ("华锦集团研发的抗应力发白聚丙烯填补了国内空白？"): every
// word of it is the report's, yet paired otherwise. The outcome the report
// gives that doer is the correction.

// minOutcomeHead is how much of a clause's doer and deed a claim must
// share to be about that clause: 华锦集团 and more.
const minOutcomeHead = 4

// outcomeSwapCorrection corrects a claim that says of one parallel
// clause's doer the outcome (the last item after 、) of another clause of
// the same quote, and not its own.
func outcomeSwapCorrection(read string, texts []Citation) (Part, bool) {
	q := claimCore(read)
	for at, c := range texts {
		text := []rune(c.Quote)
		spans := Clauses(c.Quote)
		for i, a := range spans {
			for j, b := range spans {
				if i == j {
					continue
				}
				if s, e, stated, ok := swappedOutcome(q, text[a.Start:a.End], text[b.Start:b.End]); ok {
					return citedCorrection(c, at, a.Start+s, a.Start+e, stated, ""), true
				}
			}
		}
	}
	return Part{}, false
}

// swappedOutcome reads claim q against clauses a and b, each a head and an
// outcome after its last 、: q shares a's head more than b's and states
// b's outcome, 了 aside, and not a's. It returns a's outcome [s,e) of a and
// the outcome as q states it.
func swappedOutcome(q, a, b []rune) (s, e int, stated string, ok bool) {
	aHead, aOut, okA := headAndOutcome(a)
	bHead, bOut, okB := headAndOutcome(b)
	if !okA || !okB || aOut == bOut {
		return 0, 0, "", false
	}
	stated, found := statedOutcome(q, bOut)
	if !found || strings.Contains(withoutAspect(string(q)), aOut) {
		return 0, 0, "", false
	}
	sharedA, sharedB := runsLen(sharedRuns(q, []rune(aHead))), runsLen(sharedRuns(q, []rune(bHead)))
	if sharedA < minOutcomeHead || sharedA <= sharedB+minShared {
		return 0, 0, "", false
	}
	s = runeLen(aHead) + 1
	return s, s + runeLen(aOut), stated, true
}

// headAndOutcome parts a clause at its last 、 into what comes before it
// and its last item, the outcome, of a few characters; clause marks at its
// end aside.
func headAndOutcome(c []rune) (head, outcome string, ok bool) {
	s := strings.TrimRightFunc(string(c), isClauseMark)
	i := strings.LastIndex(s, "、")
	if i < 0 {
		return "", "", false
	}
	head, outcome = s[:i], s[i+len("、"):]
	n := runeLen(outcome)
	return head, outcome, n >= minOutcomeHead && n <= maxOutcome && runeLen(head) >= minOutcomeHead
}

// maxOutcome is the longest outcome read: 填补国内空白, 打破国外垄断.
const maxOutcome = 8

// statedOutcome is the run of q that states outcome, 了 inside it aside
// (填补了国内空白).
func statedOutcome(q []rune, outcome string) (string, bool) {
	for i := range q {
		var b strings.Builder
		for j := i; j < len(q); j++ {
			if q[j] != '了' {
				b.WriteRune(q[j])
			}
			if b.String() == outcome {
				return string(q[i : j+1]), true
			}
			if !strings.HasPrefix(outcome, b.String()) {
				break
			}
		}
	}
	return "", false
}

// withoutAspect is s without the aspect particle 了.
func withoutAspect(s string) string { return strings.ReplaceAll(s, "了", "") }
