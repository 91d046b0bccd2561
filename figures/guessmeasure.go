package figures

import (
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/rag"
)

// A message may ask a count and then offer a guess in a clause of its own
// without the measure word: "去年有多少名受灾群众转移？听说有一万多". The
// guess counts what the question asked, in its measure word (一万多名);
// read bare, it would be no claim at all and the guess would stand.

// maxGuessWords is how many characters besides the number a guess clause
// may hold ("听说有", "大概是…吧"): more, and it says something of its own.
const maxGuessWords = 5

// guessedMeasure reads the number a message's last clause guesses after
// an earlier clause asked a count (guessClause) as a count in the asked
// measure word: a bare 5214 gets it, and a number in words the scanner
// reads only with a unit (一万多) is found with it. ms is returned with it.
func guessedMeasure(rs []rune, ms []Mention) []Mention {
	start, end, unit := guessClause(rs)
	if unit == "" {
		return ms
	}
	for i := range ms {
		if ms[i].Start >= start && ms[i].End <= end {
			if ms[i].Value.Unit == "" {
				ms[i].Value.Unit = unit
			}
			return ms // the guess is read, with its own unit if it has one
		}
	}
	probe := []rune(string(rs[start:end]) + unit)
	found := Find(string(probe))
	if len(found) == 0 || found[len(found)-1].End != len(probe) {
		return ms
	}
	g := found[len(found)-1]
	if g.Start == len(probe)-1 || len([]rune(hanOf(rs[start:start+g.Start]))) > maxGuessWords {
		return ms // no number before the measure word, or words of their own
	}
	g.Start, g.End = start+g.Start, start+g.End-1
	g.Text = string(rs[g.Start:g.End])
	return append(ms, g)
}

// guessClause is the last clause of rs, [start, end) before the particles
// ending it, when an earlier clause asks a count; unit is that count's
// measure word, "" when there is no such clause.
func guessClause(rs []rune) (start, end int, unit string) {
	end = len(rs)
	for end > 0 && strings.ContainsRune(rag.GuessEnds, rs[end-1]) {
		end--
	}
	start = lastClauseStart(rs[:end])
	if start == 0 || start >= end {
		return 0, 0, ""
	}
	return start, end, askedCountMeasure(string(rs[:start]))
}

// hanOf is the Han characters of rs.
func hanOf(rs []rune) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Han, r) {
			return r
		}
		return -1
	}, string(rs))
}

// isClauseMark is a mark ending a clause or a question.
func isClauseMark(r rune) bool { return strings.ContainsRune("，,；;？?。！!", r) }

// lastClauseStart is where the last clause of before begins, after its
// last clause mark; 0 when it has none.
func lastClauseStart(before []rune) int {
	for i := len(before) - 1; i >= 0; i-- {
		if isClauseMark(before[i]) {
			return i + 1
		}
	}
	return 0
}

// askedCountMeasure is the measure word of the last count asked in text
// (多少名, 几轮), "" when it asks none.
func askedCountMeasure(text string) string {
	rs := []rune(text)
	for i := len(rs) - 2; i >= 0; i-- {
		var w int
		switch {
		case rs[i] == '几':
			w = 1
		case rs[i] == '多' && i+2 < len(rs) && rs[i+1] == '少':
			w = 2
		default:
			continue
		}
		if i+w < len(rs) && strings.ContainsRune(rag.GuessMeasures, rs[i+w]) {
			return string(rs[i+w])
		}
		return ""
	}
	return ""
}
