package rag

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// An English question writes a day by its month's name ("January 18,
// 2025", "18 Jan 2025"), the report by numbers (2025年1月8日). Written in
// the report's form, the day is checked as a Chinese question's is: a
// claimed day of the report against its dateline, and a month the report
// writes (its dateline's 1月) is no part of a year it lacks figures for.
// A tag question after the day (wasn't it, right?) checks it and asks
// nothing: its words are among reportAskFillerEN.

// englishMonths are the months' English names and abbreviations, with
// their numbers: "may" and "march" only with a day (they are verbs too).
var englishMonths = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

const monthAlt = `january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec`

// englishDay is a day with its month named: month first ("january 18
// 2025", "jan. 8th, 2025") or day first ("8 january 2025").
var englishDay = regexp.MustCompile(`\b(?:(` + monthAlt + `)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?|([0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthAlt + `)\.?)\b(?:,?\s+([0-9]{4})\b)?`)

// chineseDays rewrites the English days of norm in the report's form
// (2025年1月18日); norm without one is returned as is.
func chineseDays(norm string) string {
	if !strings.ContainsAny(norm, "0123456789") {
		return norm
	}
	return englishDay.ReplaceAllStringFunc(norm, func(s string) string {
		m := englishDay.FindStringSubmatch(s)
		month, d := m[1], m[2]
		if month == "" {
			month, d = m[4], m[3]
		}
		n, _ := strconv.Atoi(d)
		if n < 1 || n > 31 {
			return s
		}
		out := strconv.Itoa(englishMonths[month]) + "月" + strconv.Itoa(n) + "日"
		if m[5] != "" {
			out = m[5] + "年" + out
		}
		return out
	})
}

// reportDayNamed reports whether norm asks of one of reps itself and
// names a whole English day of a month the report writes ("the report was
// given on January 18, 2025"): the day is a claim of its dateline
// (2025年1月8日), as a Chinese question's 1月18日 is, not a month the
// figures lack. A question of a figure that only names the report's day
// ("GDP growth in December 2024, per the report of January 8 2025") still
// asks a month the report has no figures for.
func reportDayNamed(norm string, reps []*Report, corpus textIndex) bool {
	m := englishDay.FindStringSubmatch(norm)
	if m == nil || !slices.ContainsFunc(reps, func(r *Report) bool { return reportAsked(norm, r) != notOfReport }) {
		return false
	}
	month := m[1]
	if month == "" {
		month = m[4]
	}
	return corpus.Contains(strconv.Itoa(englishMonths[month]) + "月")
}
