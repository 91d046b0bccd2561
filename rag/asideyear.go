package rag

import (
	"regexp"
	"slices"
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
	named = householdAsides(norm, named)
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

// householdOpening opens a clause about the asker's own family: 孩子明年上
// 幼儿园, 我家娃…, 家里老人….
var householdOpening = regexp.MustCompile(`^(?:我家|俺家|家里|我|俺)?(?:孩子|娃|小孩|儿子|女儿|闺女|老人|爸|妈|老伴)`)

// householdAsides drops a later year (明年, 后年) named only in words
// telling the asker's family's plans, before what is asked: "孩子明年上
// 幼儿园，普惠园名额够不够" asks what the report plans for kindergartens; 明
// 年 is when the child starts, not a year asked. The family's words run
// from their clause's start to its end or to the next year named (娃明年上
// 幼儿园今年普惠园覆盖率要到多少, spoken without a comma), and ask nothing.
// What is asked must name a year the report covers in words or the thing
// the family's words name (幼儿园): of anything else, 明年 may well be the
// year asked.
func householdAsides(norm string, named []yearMention) []yearMention {
	clauses := questionClauses(norm)
	kept := named[:0:0]
	for k, m := range named {
		word := norm[m.start:m.end]
		c := clauses[clauseOf(clauses, m.start)]
		end := c[1]
		if k+1 < len(named) && named[k+1].start < end {
			end = named[k+1].start
		}
		for _, w := range coveredYearWords {
			if i := strings.Index(norm[m.end:end], w); i >= 0 {
				end = m.end + i
			}
		}
		aside := norm[c[0]:end]
		// The same year word again after the family's words is asked
		// (娃明年上幼儿园，覆盖率明年能到多少): a word is named once.
		if (word == "明年" || word == "后年") && !strings.Contains(norm[end:], word) && householdOpening.MatchString(aside) &&
			!containsAny(aside, questionMarks) && !containsAny(aside, targetWords) && HanCount(norm[end:]) >= 2 &&
			(containsAny(norm[end:], coveredYearWords) || asksOfFamilyThing(norm[m.end:end], norm[end:])) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// coveredYearWords name in words a year the report covers.
var coveredYearWords = append(slices.Clip(thisYearWords), lastYearWords...)

// asksOfFamilyThing reports whether what is asked names the thing the
// family's words name: a Han pair of theirs (幼儿园…幼儿园), or a word
// ending in the character that heads their thing (上幼儿园 → 普惠园的, 园
// 子), since chat shortens a kind to its head. The head starting a word
// of its own (学区 of 上小学) names another thing.
func asksOfFamilyThing(family, asked string) bool {
	if SharesHanPair([]rune(family), asked) {
		return true
	}
	thing := []rune(lastHanRun(family))
	if len(thing) < 2 {
		return false
	}
	head := string(thing[len(thing)-1])
	for from := 0; ; {
		i := strings.Index(asked[from:], head)
		if i < 0 {
			return false
		}
		from += i + len(head)
		if next, _ := utf8.DecodeRuneInString(asked[from:]); !isHan(next) || next == '的' || next == '子' {
			return true
		}
	}
}
