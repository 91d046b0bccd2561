package rag

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// spokenTail matches everyday words that ask nothing when they end a
// clause ("能得着啥实惠？", "有啥新招", "多少啊老铁"), and only there: inside a
// clause the same characters open report words (落实惠企, 新招商, 老铁路).
var spokenTail = regexp.MustCompile(`(实惠|新招儿?|新花样|老铁|嘎哈的?)([\s\p{P}吗呢啊吧呀不没]|$)`)

// directionalComplement matches a verb and the directional complement after
// it ("整出来", "贷出去", "建起来"): how the deed is said, not what it is.
var directionalComplement = regexp.MustCompile(`(\p{Han})(出来|出去|起来|下来|过来|回来|进来|上来|下去|上去)`)

// blankComplements blanks the directional complements of text whose verb
// and complement the reports do not write together: "去年整出来多少个停车位"
// asks 停车位, and 出来 (written in the report's 拼出来) would outweigh it.
// A pair the reports write is their wording and stays ("走出去"); a
// complement they never write asks nothing anyway and stays, as cut.
func blankComplements(text string, corpus textIndex) string {
	return blankComplementsOf(text, corpus, false)
}

// blankUnwrittenComplements blanks, in what a question is searched for
// words the reports lack, a directional complement they never write at
// all ("多久能办下来", "充电桩建起来没有"): blankComplements keeps it, for
// it weighs nothing in matching, but read for missing words it joins its
// verb in a run the reports never write (办下来), and a question of how
// long a thing takes was declined as asking that run. The verb stays.
func blankUnwrittenComplements(text string, corpus textIndex) string {
	return blankComplementsOf(text, corpus, true)
}

// blankComplementsOf blanks each directional complement of text whose
// pair with its verb the reports do not write, and, unless unwrittenToo,
// keeps one the reports never write at all.
func blankComplementsOf(text string, corpus textIndex, unwrittenToo bool) string {
	if !directionalComplement.MatchString(text) {
		return text
	}
	return directionalComplement.ReplaceAllStringFunc(text, func(m string) string {
		_, size := utf8.DecodeRuneInString(m)
		if corpus.Contains(m) || !unwrittenToo && !corpus.Contains(m[size:]) {
			return m
		}
		return m[:size] + blank(m[size:])
	})
}

// grownTo matches a verb of growth with 到 or 至 before the number asked
// ("面积要扩大到多少万亩"): it asks the level reached, which the reports
// write 达到 or give bare (分别达到97万亩), so the verb names nothing asked.
// 提高, 增加 and 增长 are already generic or measure words.
// Fillers may be blanked before: a space then stands for the question word.
var grownTo = regexp.MustCompile(`(?:扩大|扩展|发展|壮大)(?:到|至)(多少|几|\s|$)`)

// blankGrownTo blanks the verb and its 到 of grownTo, unless the report
// writes them together: then they are its wording.
func blankGrownTo(text string, corpus textIndex) string {
	return grownTo.ReplaceAllStringFunc(text, func(m string) string {
		sub := grownTo.FindStringSubmatch(m)
		verb := strings.TrimSuffix(m, sub[1])
		if corpus.Contains(verb) {
			return m
		}
		return blank(verb) + sub[1]
	})
}

// blankSpoken blanks the spoken forms of a question that ask nothing: a
// directional complement (blankComplements), a
// clause-final 不 ("方便不？"), an everyday tail word (spokenTail), a verb
// asked yes-or-no ("管不管", "方便不方便": the verb stays, once), and a
// doubled two-character verb ("收拾收拾": the verb once, when the reports
// write it, else nothing — how something is asked, not what).
func blankSpoken(text string, corpus textIndex) string {
	text = blankComplements(text, corpus)
	text = blankGrownTo(text, corpus)
	text = questionBu.ReplaceAllString(text, " ")
	text = spokenTail.ReplaceAllString(text, " $2")
	rs := []rune(text)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if k := yesNoVerb(rs, i); k > 0 {
			b.WriteString(string(rs[i : i+k]))
			b.WriteByte(' ')
			i += 2*k + 1
			continue
		}
		if doubledVerb(rs, i) {
			if corpus.Contains(string(rs[i : i+2])) {
				b.WriteString(string(rs[i : i+2]))
			}
			b.WriteByte(' ')
			i += 4
			continue
		}
		b.WriteRune(rs[i])
		i++
	}
	return b.String()
}

// yesNoVerb is the length of the verb of an A不A question at rs[i] ("给不给",
// "满意不满意"), 0 when there is none.
func yesNoVerb(rs []rune, i int) int { return yesNoVerbWith(rs, i, "不") }

// yesNoVerbWith is yesNoVerb with any of negators between the verbs
// (有没有 as well as 收不收).
func yesNoVerbWith(rs []rune, i int, negators string) int {
	for k := 2; k >= 1; k-- {
		if i+2*k+1 > len(rs) || !strings.ContainsRune(negators, rs[i+k]) {
			continue
		}
		if AllHan(rs[i:i+k]) && string(rs[i:i+k]) == string(rs[i+k+1:i+2*k+1]) {
			return k
		}
	}
	return 0
}

// doubledVerb reports whether rs[i:] opens an ABAB doubling ("收拾收拾",
// "研究研究"), the spoken form of a two-character verb.
func doubledVerb(rs []rune, i int) bool {
	return i+4 <= len(rs) && AllHan(rs[i:i+4]) && rs[i] != rs[i+1] && rs[i] == rs[i+2] && rs[i+1] == rs[i+3]
}
