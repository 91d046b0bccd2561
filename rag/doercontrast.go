package rag

import (
	"slices"
	"strings"
)

// A claim may have a thing done by other hands or the other way round
// from the report's words for the same act: 绿色石化集群是盘锦单独申报的吗
// where ¶9 says 我市联合大连申报的绿色石化集群, 停止招生 where ¶13 says
// 顺利恢复招生. The act (申报, 招生) is the two characters after the
// claimed word; the report's word stands before the same act in a cited
// clause that names the claim's thing too.

// doerContrast is a way a claim may say an act is done and the report's
// words for the other way, at most gap characters before the act (联合
// 大连申报).
type doerContrast struct {
	claimed, said []string
	gap           int
}

var doerContrasts = []doerContrast{
	{claimed: []string{"单独", "独自", "独立", "自己", "自行"}, said: []string{"联合", "会同", "携手", "协同", "共同"}, gap: 6},
	{claimed: []string{"停止", "暂停", "中止", "取消", "停办"}, said: []string{"恢复"}, gap: 0},
}

// actLen is how many characters of the claim after its word name the act.
const actLen = 2

// doerCorrection corrects claim q (normalized) where a cited clause naming
// its thing says the other way of the act the claim states.
func (ix *Index) doerCorrection(q string, texts []Citation) (Part, bool) {
	rs := []rune(q)
	for _, dc := range doerContrasts {
		for _, w := range dc.claimed {
			for _, at := range runeIndexAll(q, w) {
				end := at + runeLen(w)
				if end+actLen > len(rs) || !AllHan(rs[end:end+actLen]) {
					continue
				}
				act := string(rs[end : end+actLen])
				thing := slices.Concat(rs[:at], []rune{'|'}, rs[end+actLen:])
				if p, ok := saidOtherway(thing, w+act, act, dc, texts); ok {
					return p, true
				}
			}
		}
	}
	return ix.stopContractCorrection(q, texts)
}

// saidOtherway finds in texts a clause naming thing (minThing characters
// shared) with one of dc.said before act, and none of dc.claimed.
func saidOtherway(thing []rune, stated, act string, dc doerContrast, texts []Citation) (Part, bool) {
	for i, c := range texts {
		for _, sp := range Clauses(c.Quote) {
			clause := Normalize(c.Quote[byteAt(c.Quote, sp.Start):byteAt(c.Quote, sp.End)])
			if runeLen(clause) != sp.End-sp.Start || containsAny(clause, dc.claimed) || !sharesRun(clause, string(thing), minThing) ||
				namesOtherBody(thing, []rune(clause)) {
				continue
			}
			for _, a := range runeIndexAll(clause, act) {
				if s, ok := saidBefore([]rune(clause), a, dc); ok {
					return citedCorrection(c, i, sp.Start+s, sp.Start+a+actLen, stated, ""), true
				}
			}
		}
	}
	return Part{}, false
}

// saidBefore is where one of dc.said starts before the act at a of
// clause c, within dc.gap characters and no list mark between.
func saidBefore(c []rune, a int, dc doerContrast) (int, bool) {
	for _, s := range dc.said {
		n := runeLen(s)
		for st := max(0, a-dc.gap-n); st+n <= a; st++ {
			if string(c[st:st+n]) == s && !strings.ContainsAny(string(c[st+n:a]), "、，,；;") {
				return st, true
			}
		}
	}
	return 0, false
}

// namesOtherBody reports whether thing and clause share their longest run
// as the end of an organisation's name (职业技术学院) each opens with
// other characters: 盘锦职业技术学院 is not 辽河石油职业技术学院, and what
// the report says of one corrects no claim of the other.
func namesOtherBody(thing, clause []rune) bool {
	s, ok := longestShared(thing, clause, 0, len(thing), 0, len(clause))
	if !ok || s.q == 0 || s.c == 0 || !endsWithAny(string(thing[s.q:s.q+s.n]), organisationHeads) {
		return false
	}
	before, said := thing[s.q-1], clause[s.c-1]
	return isHan(before) && isHan(said) && before != said
}
