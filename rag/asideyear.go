package rag

import (
	"strings"
	"unicode/utf8"
)

// asideYears drops the years a question names only in a clause that says
// why it asks: "家里孩子明年要上幼儿园，去年幼儿园学位多了多少" asks last
// year's count; 明年 is when the child starts, not the period asked. A
// year is dropped only when another clause asks about a year the report
// covers, named in words (去年, 今年), and its own clause asks nothing and
// names no aim: "2026年的目标，今年知道吗" still asks 2026's.
func asideYears(norm string, named []yearMention) []yearMention {
	if len(named) == 0 {
		return named
	}
	clauses := questionClauses(norm)
	asking := -1
	for i, c := range clauses {
		// "今年报告里提了吗" names this year's report, not the year asked.
		s := editionNamed.ReplaceAllString(norm[c[0]:c[1]], "报告")
		if containsAny(s, questionMarks) && (containsAny(s, lastYearWords) || containsAny(s, thisYearWords)) {
			asking = i
			break
		}
	}
	if asking < 0 {
		return named
	}
	kept := named[:0:0]
	for _, m := range named {
		i := clauseOf(clauses, m.start)
		s := norm[clauses[i][0]:clauses[i][1]]
		if i != asking && !containsAny(s, questionMarks) && !containsAny(s, targetWords) && !strings.Contains(s, "规划") {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// questionClauses are the byte ranges of norm's clauses between its
// commas, stops, semicolons and question marks; not at ".", which in a
// question is a decimal point more often than a stop (5.5%).
func questionClauses(norm string) [][2]int {
	var out [][2]int
	start := 0
	for i, r := range norm {
		if strings.ContainsRune(",，。!！;；?？", r) {
			out = append(out, [2]int{start, i})
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, [2]int{start, len(norm)})
}

// clauseOf is the index of the clause holding byte offset at.
func clauseOf(clauses [][2]int, at int) int {
	for i, c := range clauses {
		if at < c[1] || i == len(clauses)-1 {
			return i
		}
	}
	return 0
}
