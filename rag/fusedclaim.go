package rag

import (
	"regexp"
	"strings"
)

// A report's name may fuse two kinds of work with no joiner (维修新建农村
// 公路182.3公里, 新增优化城乡公交线路10条: the figure counts repaired and new
// roads, new and reworked routes together). A claim that gives the figure
// to one kind of work (新建农村公路182.3公里, 新开通城乡公交线路10条) passes
// the total off as that kind's: groundAddedPart declines the question of
// one part, and the same notion corrects the claim with the whole name.

// claimedWorkWords are what a claim may write for the kind of work it gives
// the figure to: the report's kinds (workVerbs) and opening a new one.
var claimedWorkWords = append([]string{"开通", "新开"}, workVerbs...)

// fusedWorkCorrection corrects a Chinese claim that states the figure of a
// cited name fusing two kinds of work and names the work's thing, with a
// kind of work of its own but not the two fused (the whole name, confirmed
// as written). ok is false when no cited name fits.
func fusedWorkCorrection(read string, texts []Citation) (Part, bool) {
	q := string(claimCore(read))
	for at, c := range texts {
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			clause := text[sp.Start:sp.End]
			s, e, noun, num, ok := fusedWorkFigure(clause)
			if !ok || strings.Contains(q, string(clause[s:s+4])) || !sharesRun(q, noun, 2) {
				continue
			}
			stated, ok := claimedWork(q, num)
			if ok {
				return citedCorrection(c, at, sp.Start+s, sp.Start+e, stated, ""), true
			}
		}
	}
	return Part{}, false
}

// fusedWorkFigure finds in clause two kinds of work side by side (their
// four runes from s), the thing they are done to, and its figure: e ends
// the figure's unit, num is its number.
func fusedWorkFigure(clause []rune) (s, e int, noun, num string, ok bool) {
	str := string(clause)
	for _, p := range workVerbPairs {
		i := strings.Index(str, p[0]+p[1])
		if i < 0 {
			continue
		}
		s = runeLen(str[:i])
		n := s + 4
		for n < len(clause) && isHan(clause[n]) {
			n++
		}
		d := n
		for d < len(clause) && (clause[d] >= '0' && clause[d] <= '9' || clause[d] == '.') {
			d++
		}
		if n-s-4 < 2 || d == n {
			continue
		}
		for e = d; e < len(clause) && e < d+2 && isHan(clause[e]); e++ {
		}
		return s, e, string(clause[s+4 : n]), string(clause[n:d]), true
	}
	return 0, 0, "", "", false
}

// claimedWork is what claim q says was done, from its first kind of work
// to the end of its number num (with a unit of two runes at most), when it
// writes both and the number stands whole (10 is not of 110).
func claimedWork(q, num string) (string, bool) {
	i := wholeNumberAt(q, num)
	if i < 0 {
		return "", false
	}
	v := FirstIndexOfAny(q[:i], claimedWorkWords)
	if v < 0 {
		return "", false
	}
	rest := []rune(q[i+len(num):])
	n := 0
	for n < len(rest) && n < 2 && isHan(rest[n]) && !strings.ContainsRune("吗吧呢啊对", rest[n]) {
		n++
	}
	return q[v:i+len(num)] + string(rest[:n]), true
}

// englishWork are the English words for each kind of work a report's
// name may fuse: a claim writing the words of one kind of the two only
// gives the fused total to that kind.
var englishWork = map[string]*regexp.Regexp{
	"新建": regexp.MustCompile(`\bnew(?:ly)? built\b|\bnew(?:ly)?\b|\bbuil[dt]\b`),
	"新增": regexp.MustCompile(`\badd(?:s|ed)?(?: [0-9.]+)? new\b|\badd(?:s|ed)?\b|\bnew\b`),
	"维修": regexp.MustCompile(`\brepair|\bmainten|\bmaintain`),
	"优化": regexp.MustCompile(`\boptimi[sz]|\bimprov|\badjust`),
	"改造": regexp.MustCompile(`\brenovat|\bretrofit|\bupgrad`),
}

// englishFusedCorrection is fusedWorkCorrection for an English claim
// ("Were 182.3 km of rural roads newly built last year?"): the claim
// states the fused figure's number and words for one of the two kinds of
// work, not the other.
func englishFusedCorrection(d *Draft) ([]Part, bool) {
	q := strings.ToLower(d.Read)
	if !englishClaimed(q, 0) {
		return nil, false
	}
	for _, c := range d.Answer.Citations {
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			clause := text[sp.Start:sp.End]
			s, e, _, num, ok := fusedWorkFigure(clause)
			if !ok || !writesNumber(q, num) {
				continue
			}
			a, b := englishWork[string(clause[s:s+2])], englishWork[string(clause[s+2:s+4])]
			if a == nil || b == nil || a.MatchString(q) == b.MatchString(q) {
				continue
			}
			said := a.FindString(q) + b.FindString(q) // the one kind's words
			p := citedCorrection(c, 0, sp.Start+s, sp.Start+e, said, "")
			return correctionCiting(d.Answer, p, c), true
		}
	}
	return nil, false
}
