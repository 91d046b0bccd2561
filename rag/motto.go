package rag

import (
	"regexp"
	"strings"
)

// A motto list (以忠诚为魂、法治为基、民生为大、实干为要、清廉为本) pairs
// each word with the one character 为 makes it: the report's own framing,
// each pair fixed. A claim restating one pair with another word before the
// same character (以创新为魂, 以法治为魂) or another character after the
// same word (实干为先) says the list other than the report, whether or not
// it says it quotes it: the pair the report writes corrects it.

// mottoItem is one pair of a list: a two-character word, 为 and the one
// character it is made.
var mottoItem = regexp.MustCompile(`(\p{Han}{2})为(\p{Han})`)

// minMottoItems is how many pairs in a row, parted by 、, make a motto
// list: two may be any two clauses' 为.
const minMottoItems = 3

// mottoPair is a pair's word and character, and its rune span in a quote.
type mottoPair struct {
	word, slot string
	s, e       int
}

// mottoPairs are the pairs of the motto lists in quote, if any.
func mottoPairs(quote string) []mottoPair {
	var run, out []mottoPair
	flush := func() {
		if len(run) >= minMottoItems {
			out = append(out, run...)
		}
		run = nil
	}
	rs := []rune(quote)
	for _, m := range mottoItem.FindAllStringSubmatchIndex(quote, -1) {
		p := mottoPair{word: quote[m[2]:m[3]], slot: quote[m[4]:m[5]], s: runeLen(quote[:m[0]]), e: runeLen(quote[:m[1]])}
		if len(run) > 0 && (p.s != run[len(run)-1].e+1 || rs[p.s-1] != '、') {
			flush() // a list's pairs stand one 、 apart
		}
		run = append(run, p)
	}
	flush()
	return out
}

// mottoAskWords ask what a pair holds (以什么为魂, 什么为啥) rather than
// state it.
const mottoAskWords = "什么啥哪何谁"

// claimedPairs are the pairs a claim states as a list's: each opening
// after 以 or 、 (以法治为魂, 、实干为先) and closing its clause or item. A
// 为 elsewhere is the claim's own (坚持以人为本, 以创新为基础).
func claimedPairs(norm string) []mottoPair {
	rs := []rune(norm)
	var out []mottoPair
	for _, m := range mottoItem.FindAllStringSubmatchIndex(norm, -1) {
		s, e := runeLen(norm[:m[0]]), runeLen(norm[:m[1]])
		if s == 0 || !strings.ContainsRune("以、", rs[s-1]) || e < len(rs) && isHan(rs[e]) && !strings.ContainsRune("吧吗呢啊呀嘛是这", rs[e]) {
			continue
		}
		if strings.ContainsAny(norm[m[2]:m[5]], mottoAskWords) {
			continue // 以什么为魂 asks the pair; it claims none
		}
		out = append(out, mottoPair{word: norm[m[2]:m[3]], slot: norm[m[4]:m[5]], s: s, e: e})
	}
	return out
}

// mottoCorrection corrects a claimed pair a cited motto list pairs
// otherwise: the list's pair with the claim's character (忠诚为魂 for 法治
// 为魂), else with the claim's word (实干为要 for 实干为先).
func mottoCorrection(read string, texts []Citation) (Part, bool) {
	claimed := claimedPairs(Normalize(read))
	if len(claimed) == 0 {
		return Part{}, false
	}
	for ci, c := range texts {
		pairs := mottoPairs(c.Quote)
		for _, q := range claimed {
			if p, ok := mottoOther(q, pairs); ok {
				return citedCorrection(c, ci, p.s, p.e, q.word+"为"+q.slot, ""), true
			}
		}
	}
	return Part{}, false
}

// mottoOther is the list's pair that q says otherwise, if any; none when
// the list holds q itself.
func mottoOther(q mottoPair, pairs []mottoPair) (mottoPair, bool) {
	for _, p := range pairs {
		if p.word == q.word && p.slot == q.slot {
			return mottoPair{}, false
		}
	}
	for _, p := range pairs {
		if p.slot == q.slot {
			return p, true
		}
	}
	for _, p := range pairs {
		if p.word == q.word {
			return p, true
		}
	}
	return mottoPair{}, false
}
