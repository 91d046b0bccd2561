package rag

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Many of the report's names hold a number — 四级综治中心, “两个毫不动摇”,
// “3442”现代化产业体系, 2个保交房 — and a claim that says one with
// another number (三级综治中心, “4432”) names it wrong: the words after
// the number say which name is meant, so a cited text that gives them
// after another number corrects the claim, as long as the report nowhere
// says the claim's number there.

// numberedName is a number, its measure word if any, and the words that
// follow it: groups number, measure, words.
var numberedName = regexp.MustCompile(`([0-9]+|[一二两三四五六七八九十百]+)[”"]?([个级项大类条])?(\p{Han}+)`)

// minNumberedWords is how many characters after the number (and measure)
// a claim and a cited text must share to name the same thing: 综治中心,
// 保交房; two (项目, 企业) name too many things.
const minNumberedWords = 3

// minQuotedWords is as many when the report quotes the name from its
// number (“三大储库”, “五项警务”, “八五”普法): the quote makes it one name.
const minQuotedWords = 2

// unitStarts begin the words after a figure rather than a name: 3万人,
// 2024年, 5个百分点 stay with the figures checks.
const unitStarts = "年月日号时分秒万亿千百元人名位户家座栋套所米吨亩倍天岁周次批届轮"

// numbered is a match of numberedName in runes.
type numbered struct {
	start, end     int // the whole: number to the words' end
	value, measure string
	words          []rune
	wordEnds       []int // where in the text each of words ends
	quoted         bool  // the number opens a quote: “三大储库”, “八五”普法
}

// closingQuotes are read past: “四好农村路” and “四好”农村路 are one name.
// An opening quote starts another (四级综治中心“一站式”阵地).
const closingQuotes = "”’\"'"

func numberedIn(rs []rune) []numbered {
	bare, at := withoutQuotes(rs)
	s := string(bare)
	var out []numbered
	for _, m := range numberedName.FindAllStringSubmatchIndex(s, -1) {
		n := numbered{value: s[m[2]:m[3]], words: []rune(s[m[6]:m[7]])}
		if m[4] >= 0 {
			n.measure = s[m[4]:m[5]]
		}
		if strings.ContainsRune(unitStarts, n.words[0]) {
			continue
		}
		start, end := utf8.RuneCountInString(s[:m[0]]), utf8.RuneCountInString(s[:m[1]])
		if partOfNumber(bare, start) {
			continue
		}
		ws := end - len(n.words)
		for i := range n.words {
			n.wordEnds = append(n.wordEnds, at[ws+i]+1)
		}
		n.start, n.end = at[start], at[end-1]+1
		n.quoted = n.start > 0 && strings.ContainsRune("“‘\"'", rs[n.start-1])
		out = append(out, n)
	}
	return out
}

// withoutQuotes is rs without closingQuotes, and where in rs each rune left
// stands.
func withoutQuotes(rs []rune) ([]rune, []int) {
	out, at := make([]rune, 0, len(rs)), make([]int, 0, len(rs))
	for i, r := range rs {
		if !strings.ContainsRune(closingQuotes, r) {
			out, at = append(out, r), append(at, i)
		}
	}
	return out, at
}

// partOfNumber: the number at i ends a bigger one, typed with a
// separator (14，114 for 14114) or after a decimal point.
func partOfNumber(rs []rune, i int) bool {
	if i == 0 {
		return false
	}
	prev := rs[i-1]
	if prev >= '0' && prev <= '9' {
		return true
	}
	return strings.ContainsRune(",，.。、", prev) && i >= 2 && rs[i-2] >= '0' && rs[i-2] <= '9'
}

// sharedStart is how many runes a and b share from their start.
func sharedStart(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// numberedNameCorrection corrects a claim that gives a name of the cited
// texts with another number before the same words.
func (ix *Index) numberedNameCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	q := []rune(read)
	asked := numberedIn(q)
	if len(asked) == 0 {
		return Part{}, false
	}
	for i, c := range texts {
		text := []rune(c.Quote)
		for _, t := range numberedIn(text) {
			for _, a := range asked {
				shared := sharedStart(a.words, t.words)
				if shared < minNumberedWords && !(t.quoted && shared >= minQuotedWords) || a.measure != t.measure || sameValue(a.value, t.value) {
					continue
				}
				if !t.quoted && !sameNumberAnchor(q, a.start, text, t.start) {
					continue // 华锦三期项目 is not 东北新发地二期项目
				}
				words := string(a.words[:shared])
				if ix.saysNumbered(a.value, a.measure, words, rep) {
					continue
				}
				s, e := inQuotes(text, t.start, t.wordEnds[shared-1])
				qs, qe := inQuotes(q, a.start, a.wordEnds[shared-1])
				stated := string(q[qs:qe])
				return citedCorrection(c, i, s, e, stated, ""), true
			}
		}
	}
	return Part{}, false
}

// sameNumberAnchor: the words after a number name one thing only when what
// stands before it does too. The character before the claim's number, when
// one, must be the one before the text's: 建强三级综治中心 and 建强四级综治
// 中心 name the same kind; 华锦三期项目 and 新发地二期项目 do not.
// A verb's complement may go unsaid: 建三级综治中心 builds what 建强四级综治
// 中心 strengthens, the claim's 建 the first of the text's two characters.
func sameNumberAnchor(q []rune, qi int, text []rune, ti int) bool {
	if qi == 0 || !unicode.Is(unicode.Han, q[qi-1]) {
		return true // nothing before it says whose: 5个保交房
	}
	if ti > 1 && text[ti-2] == q[qi-1] && isHan(text[ti-1]) {
		return true
	}
	return ti > 0 && (text[ti-1] == q[qi-1] || strings.ContainsRune(listBefore(text, ti), q[qi-1]))
}

// listBefore is the clause before runes[i] when a list of what the number
// counts ends right there (深化市、县（区）、镇、村四级物流配送体系), else "".
// A claim may list its own items or none (市、县、镇三级, 深化三级): any
// character of the report's clause before the count anchors it.
func listBefore(text []rune, i int) string {
	s := i
	for s > 0 && (text[s-1] == '、' || !isClauseMark(text[s-1])) {
		s--
	}
	if i == 0 || text[i-1] == '、' || !strings.ContainsRune(string(text[s:i]), '、') {
		return ""
	}
	return string(text[s:i])
}

// inQuotes is runes [s, e) of text with their quotes balanced, and
// the quotes they stand in when they fill them (“三大储库”).
func inQuotes(text []rune, s, e int) (int, int) {
	s, e = balanceQuotes(text, s, e)
	if s > 0 && e < len(text) && text[s-1] == '“' && text[e] == '”' {
		s, e = s-1, e+1
	}
	return s, e
}

// saysNumbered reports whether a paragraph of rep (every report's when
// nil) gives words after the number value and measure.
func (ix *Index) saysNumbered(value, measure, words string, rep *Report) bool {
	return ix.anyReport(rep, func(r *Report) bool {
		for i := range r.Paragraphs {
			rs := []rune(r.Paragraphs[i].Text)
			if bare, _ := withoutQuotes(rs); !strings.Contains(string(bare), words) {
				continue
			}
			for _, n := range numberedIn(rs) {
				if n.measure == measure && sameValue(n.value, value) && strings.HasPrefix(string(n.words), words) {
					return true
				}
			}
		}
		return false
	})
}
