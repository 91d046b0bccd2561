package rag

import (
	"regexp"
	"strconv"
)

// A claim may give a day the report gives otherwise: the day an event
// was held, or the day of the report itself ("报告是1月10日做的吧" where
// its dateline says 2025年1月8日). The report's day is the one of its
// clause saying most of what the claim says around the day, or, for a
// claim about the report itself, its dateline, front matter of no period.

// dayPattern is a day: its year if given, its month and its day.
var dayPattern = regexp.MustCompile(`(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})[日号]`)

// reportSelf are the words of a claim about the report itself or the
// meeting it was given at.
var reportSelf = []string{"报告", "会议", "大会", "开会"}

// day is a date as written: year 0 when not given.
type day struct{ year, month, day int }

func readDay(s string) (day, bool) {
	m := dayPattern.FindStringSubmatch(s)
	if m == nil {
		return day{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return day{y, mo, d}, true
}

// sameDay: the days agree where both give a part.
func sameDay(a, b day) bool {
	return a.month == b.month && a.day == b.day && (a.year == 0 || b.year == 0 || a.year == b.year)
}

// dayCorrection corrects the one day a claim gives when the cited clause
// it is of gives another and the report nowhere gives the claimed one.
func (ix *Index) dayCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	q := claimCore(read)
	days := findAllRunes(dayPattern, q)
	if len(days) != 1 {
		return Part{}, false
	}
	qm := wordMatch{days[0].start, days[0].end}
	stated := string(q[qm.start:qm.end])
	claimed, _ := readDay(stated)
	self := containsAny(string(q), reportSelf)
	for i, c := range texts {
		text := []rune(c.Quote)
		for _, m := range findAllRunes(dayPattern, text) {
			said, _ := readDay(string(text[m.start:m.end]))
			of := self && c.Period.Kind == PeriodNone || wordAlign(q, qm, text, wordMatch{m.start, m.end}) >= minWordAlign
			if !of {
				continue
			}
			if sameDay(claimed, said) || ix.saysPhrase(stated, rep) {
				return Part{}, false
			}
			return citedCorrection(c, i, m.start, m.end, stated, ""), true
		}
	}
	return Part{}, false
}
