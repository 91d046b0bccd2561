package rag

import (
	"slices"
	"strings"
	"unicode"
)

// A claim may differ from the clause it restates by one character between
// words both share: 铁精矿 for 铜精矿 (拓展…精矿混矿业务), 东沙河 for 西沙河
// (盘山县…沙河防洪治理), 援藏 for 援疆 (援…项目赛尔山). With the words on
// both sides the same, the one character is the claim's own, and when the
// report nowhere writes the claim's words around it, a wrong name.

// minSwapContext is how many shared characters must flank the swapped
// one, both sides together: fewer, the two may be different things.
const minSwapContext = 5

// minNumberedPrefix is how many shared characters must open a name whose
// number a claim says another (碳九 for 碳五 after 伊科思): a name that long
// before the number is the same family's, its numbered members (碳五, 碳九)
// different things, whatever words the claim goes on with.
const minNumberedPrefix = 4

// nameNumerals are the numerals that number a name's member (碳五, 九运会).
const nameNumerals = "一二三四五六七八九"

// numberedMember: q[i] and c[j] are two numerals, each right after a
// character that is no numeral and before none that is a numeral or a
// measure: a member's number (碳五), not a count (五个) or a figure (五十),
// which the figures check reads.
// The claim as read has its numerals in digits (碳9), the clause as
// written in characters (碳五).
func numberedMember(rc restated, i, j int) bool {
	if !lonelyNumeral(rc.q, rc.qWords, i) || !lonelyNumeral(rc.clause, rc.cWords, j) {
		return false
	}
	return numeralValue(rc.q[i]) != numeralValue(rc.clause[j])
}

// numeralValue is the value of a name numeral, a digit or a character.
func numeralValue(r rune) int {
	if r >= '1' && r <= '9' {
		return int(r - '0')
	}
	return strings.IndexRune(nameNumerals, r)/len("一") + 1
}

// lonelyNumeral: rs[at] is a name numeral between characters that are no
// numerals or measures; a measure's character opening a longer word of
// the segmentation words (项 of 项目) is no measure.
func lonelyNumeral(rs []rune, words []string, at int) bool {
	if at < 1 || at >= len(rs) || !strings.ContainsRune(nameNumerals+"123456789", rs[at]) || !isHan(rs[at-1]) || numeralSet.has(rs[at-1]) {
		return false
	}
	if at+1 >= len(rs) {
		return true
	}
	k, _ := wordAt(words, at+1)
	measure := measureSet.has(rs[at+1]) && (k < 0 || runeLen(words[k]) == 1)
	return !numeralSet.has(rs[at+1]) && !unicode.IsDigit(rs[at+1]) && !measure
}

// swapBlocked are characters never swapped for a name's: times (今年 for
// 去年 is the period's matter), numerals, particles and the words of a
// figure's direction, which other checks read.
const swapBlocked = "年月日今去明前后本上下增减降升的了和与及或等一二三四五六七八九十百千万亿两半第多少高低超"

// charSwapCorrection corrects a claim whose one character between shared
// words differs from the cited clause's, where the report writes the
// claim's words around that character nowhere.
func (ix *Index) charSwapCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	if !ix.statesClaim(read) {
		return Part{}, false
	}
	return ix.charSwapIn(read, texts, rep, true)
}

// charSwapIn corrects a question of any shape that names a thing with one
// character between shared words other than the cited clause's, written
// nowhere: a question presupposes the names it asks of ("盘山县东沙河防洪
// 治理" where ¶66 says 盘山县西沙河防洪治理), as a claim states them. Unless
// anyChar, only a character of a contrast set for another of it (东 for
// 西, 市 for 县): a question's other characters are as often a typing slip
// (华锦阿没) or its own wording (全市城乡 for 全域城乡) as a wrong name.
func (ix *Index) charSwapIn(read string, texts []Citation, rep *Report, anyChar bool) (Part, bool) {
	if ix.dict == nil {
		return Part{}, false
	}
	rc, ok := ix.restatedClause(read, texts)
	if !ok {
		return Part{}, false
	}
	for _, r := range rc.runs {
		i, j := r.q-1, r.c-1
		if i >= 1 && j >= 1 {
			if p, ok := ix.swapAt(rc, rep, i, j, flankBefore(rc.q, rc.clause, i, j), r.n, anyChar); ok {
				return p, true
			}
		}
		// A last character between a run and a shorter shared tail
		// (聚乙烯 for 聚丙烯): the tail is too short a run to align.
		i, j = r.q+r.n, r.c+r.n
		// So is a number closing a name's shared prefix (碳九项目 for 碳五
		// 低碳综合利用): nothing after it need be shared.
		right := flankAfter(rc.q, rc.clause, i+1, j+1)
		if (right > 0 || numberedMember(rc, i, j)) && right < minShared {
			if p, ok := ix.swapAt(rc, rep, i, j, r.n, right, anyChar); ok {
				return p, true
			}
		}
	}
	return Part{}, false
}

// swapAt corrects the claim's character q[i] for the clause's c[j], with
// left shared characters before them and right after.
func (ix *Index) swapAt(rc restated, rep *Report, i, j, left, right int, anyChar bool) (Part, bool) {
	q, clause, qWords, cWords, sp := rc.q, rc.clause, rc.qWords, rc.cWords, rc.span
	numbered := left >= minNumberedPrefix && numberedMember(rc, i, j)
	// A member's number is a numeral's word; the name it numbers is the
	// word before it (碳 of 碳五).
	if !numbered && (!ix.swappedNameChar(q[i], clause[j]) || !ix.inNameWord(cWords, j)) || numbered && !ix.inNameWord(cWords, j-1) {
		return Part{}, false
	}
	if !anyChar && !numbered && !contrastingChars(string(q[i]), string(clause[j])) {
		return Part{}, false
	}
	if left == 0 || left+right < minSwapContext && !numbered {
		return Part{}, false
	}
	lead := straddled(qWords, i, left)
	if !ix.inNameWord(qWords, i-btoi(numbered)) && lead == 0 {
		return Part{}, false
	}
	if lead == 0 {
		lead = ix.placeOfQuarter(cWords, j, left) // 盘山县西沙河
	}
	if ix.saysPhrase(string(q[i-1:min(i+2, len(q))]), rep) || i+3 <= len(q) && ix.saysPhrase(string(q[i:i+3]), rep) {
		return Part{}, false // the claim's words are the report's elsewhere
	}
	word := wordAround(cWords, j)
	word.s = min(word.s, j-lead)                 // 援疆项目, as the claim's 援藏 is one word
	word.s -= compassLead(cWords, word, j, left) // 辽西北, not a bare 西北
	if numbered {
		word = runeSpan{s: min(word.s, j-1), e: j + 1} // 碳五, not a bare 五 nor 碳五低
	}
	s, e := sp.Start+word.s, sp.Start+word.e
	qs, qe := i-(j-word.s), i+(word.e-j)
	if qs < 0 || qe > len(q) {
		return Part{}, false // the clause's word runs past the claim's ends
	}
	stated := string(q[qs:qe])
	if ix.kindWord(stated) || ix.kindWord(string(clause[word.s:word.e])) {
		return Part{}, false // 学校 for 学院: a kind of thing, not a name said wrong
	}
	return citedCorrection(rc.cited, rc.at, s, e, stated, ""), true
}

// flankAfter is how many characters from q[i] and c[j] on are the same.
func flankAfter(q, c []rune, i, j int) int {
	n := 0
	for i+n < len(q) && j+n < len(c) && sameRune(q[i+n], c[j+n]) && isHan(q[i+n]) {
		n++
	}
	return n
}

// saysReportSaid: a question opens by saying what the report, or a part
// of it, said (报告说…, 报告里提到…, 开放带动那一部分说…): its words after
// are the report's as the asker has them, each character a claim. A
// part named is the report's as much as 报告 is; hearsay (听说, 据说)
// names no text whose words are quoted.
func saysReportSaid(read string) bool {
	t := strings.TrimSpace(read)
	return claimOpen.MatchString(t) && !startsWithAny(t, hearsayOpeners)
}

// hearsayOpeners open a claim heard, not read: claimOpen's first ones.
var hearsayOpeners = []string{"我听说", "听说", "据说"}

// straddled is how many characters of the shared flank before q[i] (left
// of them) the claim's word holding q[i] opens with: 援 of 援藏, a word the
// dictionary knows as a verb ("aid Tibet") where the clause's 援疆 is read
// 援 and 疆, a place. 0 when the word opens at q[i] or runs past the flank.
func straddled(qWords []string, i, left int) int {
	k, start := wordAt(qWords, i)
	if k < 0 || start >= i || i-start > left {
		return 0
	}
	return i - start
}

// placeOfQuarter is how many characters the place word right before a
// quarter at rune at of a clause (its words) holds, within the shared
// flank (left): the county a 西沙河 is in is shown with it. 0 when none.
func (ix *Index) placeOfQuarter(words []string, at, left int) int {
	k, _ := wordAt(words, at)
	if k < 1 || !ix.placeQuarter(words, k) || ix.posOf(words[k-1]) != "ns" || runeLen(words[k-1]) > left {
		return 0
	}
	return runeLen(words[k-1])
}

// flankBefore is how many characters before q[i] and c[j] are the same.
func flankBefore(q, c []rune, i, j int) int {
	n := 0
	for i-n-1 >= 0 && j-n-1 >= 0 && sameRune(q[i-n-1], c[j-n-1]) && isHan(q[i-n-1]) {
		n++
	}
	return n
}

// swappedNameChar: a and b are two different Han characters, neither a
// time, a numeral, a particle nor a figure's direction (swapBlocked).
func (ix *Index) swappedNameChar(a, b rune) bool {
	if sameRune(a, b) || !isHan(a) || !isHan(b) {
		return false
	}
	return !strings.ContainsRune(swapBlocked, a) && !strings.ContainsRune(swapBlocked, b)
}

// inNameWord: the word of a text's segmentation holding its rune at is a
// noun's or one the dictionary lacks, not a verb's (升到 for 升至 says
// the same).
func (ix *Index) inNameWord(words []string, at int) bool {
	k, _ := wordAt(words, at)
	return k >= 0 && (ix.nounish(words[k]) && !ix.edgeWord(words[k]) || ix.placeQuarter(words, k))
}

// placeQuarter: words[k] is a quarter (东, 西…), which the dictionary tags
// a locative, opening the place name after it: 西 of 西沙河.
func (ix *Index) placeQuarter(words []string, k int) bool {
	return runeLen(words[k]) == 1 && strings.Contains(quarters, words[k]) && k+1 < len(words) && ix.posOf(words[k+1]) == "ns"
}

// compassLead is how many characters the word before a bare compass word
// (西北, 东南) holds, within the shared flank before rune j: the name the
// compass word is part of (辽西北) is what the claim said wrong, not the
// compass word alone. 0 when the word is no compass word.
func compassLead(words []string, word runeSpan, j, left int) int {
	k, start := wordAt(words, word.s)
	if k < 1 || start != word.s || !allQuarters(words[k]) {
		return 0
	}
	if l := runeLen(words[k-1]); j-(word.s-l) <= left {
		return l
	}
	return 0
}

// allQuarters: w is made of compass characters only (西北).
func allQuarters(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune(quarters, r) {
			return false
		}
	}
	return w != ""
}

type runeSpan struct{ s, e int }

// wordAround is the word of a text's segmentation holding its rune at,
// with the word after it when it is one character alone (铜 精矿 →
// 铜精矿): the name the correction quotes.
func wordAround(words []string, at int) runeSpan {
	k, start := wordAt(words, at)
	if k < 0 {
		return runeSpan{at, at + 1}
	}
	l := runeLen(words[k])
	e := start + l
	if l == 1 && k+1 < len(words) && !slices.Contains(tailJoins, words[k+1]) {
		e += runeLen(words[k+1])
	}
	return runeSpan{start, e}
}

// btoi is 1 for true: a member's number looks back one character to its
// name's word.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
