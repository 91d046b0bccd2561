package rag

import (
	"regexp"
	"strings"
)

// A claim that says it quotes the report (报告说…, 第八方面是…) gives the
// report's own words: "第八方面是要建设更高水平的法治盘锦" restates ¶65's
// 加快建设更高水平的平安盘锦 but for one word, "报告说要让信仰坚定、对党忠诚
// 成为政府系统干部队伍的基本遵循" ¶71's sentence but for its last. A short
// word between the same words, or after them at the clause's end, other
// than the clause's is then the claim's own, and wrong when the report
// nowhere writes it between those words. A claim that does not say it
// quotes may word a plan its own way; the name checks read those.

// partOrdinalOpen opens a claim that says what a numbered part of the
// report holds: 第八方面是…, 第三部分说….
var partOrdinalOpen = regexp.MustCompile(`^第[一二三四五六七八九十0-9]+(?:个)?(?:方面|部分|条|项)`)

// Anchors: the shared words before a swapped word, after it (when it is
// inside the clause), and before a word that ends the clause.
const (
	framingLeft  = 3
	framingRight = 2
	framingTail  = 8
	framingSlot  = 4 // the longest word swapped, characters
)

// quotesReport: a claim says its words are the report's.
func quotesReport(read string) bool {
	return saysReportSaid(read) || partOrdinalOpen.MatchString(strings.TrimSpace(read))
}

// framingSwapCorrection corrects a claim quoting the report with one short
// word other than the best-matching cited clause's between (or after) the
// same words. A descriptor (大型 for 极兔, describesName) may describe the
// clause's thing: it names no other.
func (ix *Index) framingSwapCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	if !quotesReport(read) {
		return Part{}, false
	}
	q := claimCore(read)
	at, span, ok := bestClause(q, texts)
	if !ok {
		return Part{}, false
	}
	c := texts[at]
	clause := []rune(c.Quote)[span.Start:span.End]
	for len(clause) > 0 && isClauseMark(clause[len(clause)-1]) {
		clause = clause[:len(clause)-1]
	}
	runs := sharedRuns(q, clause)
	if len(runs) == 0 || 2*runsLen(runs) < len(q) {
		return Part{}, false // another statement, not this one restated
	}
	for i := 0; i+1 < len(runs); i++ {
		l, r := runs[i], runs[i+1]
		if l.n < framingLeft || r.n < framingRight {
			continue
		}
		qs, cs := q[l.q+l.n:r.q], clause[l.c+l.n:r.c]
		phrase := string(q[l.q : r.q+r.n])
		if swappedWords(qs, cs) && !ix.describesName(string(qs), string(cs)) && !ix.reportWrites(rep, phrase) {
			return citedCorrection(c, at, span.Start+l.c+l.n, span.Start+r.c+r.n, string(q[l.q+l.n:r.q+r.n]), ""), true
		}
	}
	last := runs[len(runs)-1]
	if last.n < framingTail {
		return Part{}, false
	}
	qs, cs := q[last.q+last.n:], clause[last.c+last.n:]
	if swappedWords(qs, cs) && !ix.describesName(string(qs), string(cs)) && !ix.reportWrites(rep, string(q[last.q:])) {
		return citedCorrection(c, at, span.Start+last.c+last.n, span.Start+len(clause), string(qs), ""), true
	}
	return Part{}, false
}

// framingBlocked are characters a swapped word holds none of: times,
// numerals, particles, negations and a figure's direction, which the
// period, count, polarity and direction checks read. Unlike swapBlocked
// (a name's), 本 and 上 may open a framing word (基本遵循).
const framingBlocked = "年月日今去明前后增减降升的了和与及或等一二三四五六七八九十百千万亿两半第多少高低超不没未非无"

// swappedWords: a and b are two short words of Chinese characters with no
// character in common and none of framingBlocked.
func swappedWords(a, b []rune) bool {
	if len(a) == 0 || len(b) == 0 || len(a) > framingSlot || len(b) > framingSlot {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if sameRune(x, y) || !isHan(x) || !isHan(y) || strings.ContainsRune(framingBlocked, x) || strings.ContainsRune(framingBlocked, y) {
				return false
			}
		}
	}
	return true
}
