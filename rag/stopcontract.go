package rag

import "strings"

// Spoken Chinese contracts a stopped act to 停 and one character of the
// act: 停招 is 停止招生, 停产 停止生产. A claim so contracted
// ("学院去年停招了") is contradicted, as its full form is, by a cited
// clause naming its thing that says the act resumed: 恢复 right before a
// two-character act holding that character (顺利恢复招生).

// resumedWord is the report's word for a stopped act taken up again.
const resumedWord = "恢复"

// stopContractCorrection corrects claim q (normalized) that contracts a
// stop to 停 and one character of its act, where a clause of texts naming
// its thing (minThing characters shared) has the act resumed.
func (ix *Index) stopContractCorrection(q string, texts []Citation) (Part, bool) {
	rs := []rune(q)
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != '停' || !isHan(rs[i+1]) || i+2 < len(rs) && isHan(rs[i+2]) && !endsContraction(rs[i+2]) {
			continue // 停止招生 is doerCorrection's; 停车场 names a thing
		}
		short := rs[i+1]
		thing := string(rs[:i]) + "|" + string(rs[i+2:])
		for at, c := range texts {
			if s, e, ok := ix.resumedAct(c.Quote, thing, short); ok {
				return citedCorrection(c, at, s, e, string(rs[i:i+2]), ""), true
			}
		}
	}
	return Part{}, false
}

// resumedAct is the span [s, e) of quote, in runes, of 恢复 and the act
// after it that holds short, in a clause naming thing and no other body of
// its kind. The act must be a verb (招生, 生产): 恢复 before a noun says
// what was restored (恢复耕地, 生态恢复井站), no act taken up again, and
// 停耕 or 停井 is not its other way.
func (ix *Index) resumedAct(quote, thing string, short rune) (int, int, bool) {
	text := []rune(quote)
	for _, sp := range Clauses(quote) {
		clause := []rune(Normalize(string(text[sp.Start:sp.End])))
		if len(clause) != sp.End-sp.Start || !sharesRun(string(clause), thing, minThing) || namesOtherBody([]rune(thing), clause) {
			continue
		}
		n := runeLen(resumedWord)
		for _, a := range runeIndexAll(string(clause), resumedWord) {
			if a+n+actLen > len(clause) {
				continue
			}
			if act := string(clause[a+n : a+n+actLen]); strings.ContainsRune(act, short) && ix.verbLike(act) {
				return sp.Start + a, sp.Start + a + n + actLen, true
			}
		}
	}
	return 0, 0, false
}

// endsContraction: r, after 停 and its act's character, closes the claim
// (停招了, 停招吧, 停招吗) rather than running on into a longer word.
func endsContraction(r rune) bool { return r == '了' || r == '吗' || isSentenceParticle(r) }
