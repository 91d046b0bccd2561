package rag

import (
	"regexp"
	"strings"
)

// A claim may count a time or a games otherwise than the report: "零反馈是
// 第二次吗" where ¶10 says 首次实现国家海洋督察零反馈, "市九运会是第十届吧"
// where the name itself says the ninth. The ordinal stands before the
// report's name (首次实现…) or inside it (九运会), where the ordinal check
// of a name's phase (ordinalname.go) looks for none.

// timeOrdinal is a count of times: 首次, 第二次, 头一回.
var timeOrdinal = regexp.MustCompile(`首次|头一[次回]|第([一二三四五六七八九十两0-9]+)[次回]`)

// gamesOrdinal is a games whose name holds its number (市九运会, 十四运).
var gamesOrdinal = regexp.MustCompile(`(?:市|省)?[一二三四五六七八九十]+(?:残运|运)会?`)

// sessionOrdinal is a games' number claimed: 第十届. One pattern with
// the contrast of a session (claim.go's contrasts), so the two read 届 alike.
var sessionOrdinal = regexp.MustCompile(`第([0-9一二三四五六七八九十]+)届`)

// minOccurrenceName is how many characters of the clause after the
// report's ordinal a claim must repeat to be of the same thing.
const minOccurrenceName = 4

// occurrenceCorrection corrects a count of times or a games' number that
// a cited clause writes otherwise for the same thing.
func occurrenceCorrection(read string, texts []Citation) (Part, bool) {
	q := claimCore(read)
	if p, ok := timeCorrection(q, texts); ok {
		return p, true
	}
	return gamesCorrection(q, texts)
}

// timeCorrection: the claim's one count of times against the cited
// clause's count before the words the claim repeats.
func timeCorrection(q []rune, texts []Citation) (Part, bool) {
	qs := findAllRunes(timeOrdinal, q)
	if len(qs) != 1 {
		return Part{}, false
	}
	stated := string(q[qs[0].start:qs[0].end])
	for i, c := range texts {
		text := []rune(c.Quote)
		for _, o := range findAllRunes(timeOrdinal, text) {
			end := clauseMarkAt(text, o.end)
			if timesOf(string(text[o.start:o.end])) == timesOf(stated) || !sharesRun(string(q), string(text[o.end:end]), minOccurrenceName) {
				continue
			}
			return citedCorrection(c, i, o.start, end, stated, ""), true
		}
	}
	return Part{}, false
}

// timesOf is a count of times as a number: 首次 is 1; 0 when unread.
func timesOf(s string) int {
	if strings.HasPrefix(s, "首") || strings.HasPrefix(s, "头一") {
		return 1
	}
	n := strings.TrimRight(strings.TrimPrefix(s, "第"), "次回")
	if v, ok := ParseChineseNumber(n); ok {
		return int(v)
	}
	return 0
}

// gamesCorrection: a 第N届 claimed of a games a cited clause names by
// another number, the name as the claim writes it.
func gamesCorrection(q []rune, texts []Citation) (Part, bool) {
	ss := findAllRunes(sessionOrdinal, q)
	if len(ss) != 1 {
		return Part{}, false
	}
	claimed, ok := ParseChineseNumber(string(q[ss[0].vStart:ss[0].vEnd]))
	if !ok {
		return Part{}, false
	}
	for _, g := range findAllRunes(gamesOrdinal, q) {
		name := string(q[g.start:g.end])
		n, ok := ParseChineseNumber(strings.Trim(name, "市省残运会"))
		if !ok || n == claimed {
			continue
		}
		for i, c := range texts {
			if at := strings.Index(c.Quote, name); at >= 0 {
				s := runeLen(c.Quote[:at])
				return citedCorrection(c, i, s, s+runeLen(name), string(q[ss[0].start:ss[0].end]), ""), true
			}
		}
	}
	return Part{}, false
}
