package rag

import "strings"

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
			if !ok || strings.Contains(q, string(clause[s:s+4])) || !namesNoun(q, noun) {
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
	for _, a := range workVerbs {
		for _, b := range workVerbs {
			i := strings.Index(str, a+b)
			if a == b || i < 0 {
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
	}
	return 0, 0, "", "", false
}

// namesNoun: q writes two runes of noun side by side (公交线路 of 城乡公交线路).
func namesNoun(q, noun string) bool {
	rs := []rune(noun)
	for i := 0; i+2 <= len(rs); i++ {
		if strings.Contains(q, string(rs[i:i+2])) {
			return true
		}
	}
	return false
}

// claimedWork is what claim q says was done, from its first kind of work
// to the end of its number num (with a unit of two runes at most), when it
// writes both and the number stands whole (10 is not of 110).
func claimedWork(q, num string) (string, bool) {
	i := strings.Index(q, num)
	if i < 0 || i > 0 && isDigitByte(q[i-1]) || i+len(num) < len(q) && (isDigitByte(q[i+len(num)]) || q[i+len(num)] == '.') {
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
