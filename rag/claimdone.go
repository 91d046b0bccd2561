package rag

import (
	"slices"
	"strings"
)

// A claim may deny that some of a thing was done (有一个水质没达标, 有的任务
// 没按时完成) where the report says all of it was (4个国考断面、5个省考断面
// 水质全部达标): the clause that says so corrects it, as it answers a count
// question of failures (zero.go). The words right before the denial name
// what was not done, and must stand in the report's clause before its
// 全部 (水质), or another thing's all-done says nothing of it.

// deniedSubject is how many characters before a claim's denial name what
// it denies was done: 水质 of 水质没达标.
const deniedSubject = 2

// allDoneCorrection corrects a claim's denial that things were done with
// the cited clause saying all of them were, the way the claim denies. The
// clause must hold every word asked besides the denial's (asked), as
// allDoneOf's window must: 水质 alone is any water's, and the clause of
// 国考断面 says nothing of 近岸海域 or 辽河干流.
func allDoneCorrection(norm string, asked []askedTerm, texts []Citation) (Part, bool) {
	m := deniedDone.FindStringSubmatchIndex(norm)
	if m == nil || m[2] < 0 {
		return Part{}, false // lateness: 按时 says when, not whether
	}
	verb := norm[m[2]:m[3]]
	before := []rune(norm[:m[0]])
	if len(before) < deniedSubject {
		return Part{}, false
	}
	subject := string(before[len(before)-deniedSubject:])
	denial := norm[m[0]:m[1]]
	things := slices.DeleteFunc(slices.Clone(asked), func(t askedTerm) bool {
		return strings.Contains(denial, t.term) || strings.Contains(t.term, verb)
	})
	stated := norm[:m[1]]
	if rs := []rune(stated); len(rs) > maxDeniedStated {
		stated = string(rs[len(rs)-maxDeniedStated:])
	}
	for ci, c := range texts {
		rs := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			clause := strings.TrimRight(string(rs[sp.Start:sp.End]), "，,。；;！!？? ")
			d := allDone.FindStringSubmatchIndex(clause)
			if d == nil || clause[d[2]:d[3]] != verb || !strings.HasSuffix(clause[:d[0]], subject) || coveredShare(things, Normalize(clause)) < 1 {
				continue
			}
			return citedCorrection(c, ci, sp.Start, sp.Start+runeLen(clause), stated, ""), true
		}
	}
	return Part{}, false
}

// maxDeniedStated bounds the claim's words a correction restates: the
// denial and the few words before it (有一个水质没达标).
const maxDeniedStated = 8
