package rag

import "regexp"

// yearsNumber is a number of years or a year written with 年 (三年行动,
// 连续6年, 2024年), or a tier named by one numeral (土地二级市场).
var yearsNumber = regexp.MustCompile(`(?:[0-9]+|[一二两三四五六七八九十百]+)年|[一二三四五]级`)

// yearsAsked finds a question asking a number of years, which year or a
// date (几月几号): then a year is part of the answer, not a count.
var yearsAsked = regexp.MustCompile(`(?:几|多少|哪)个?(?:一)?[年级]|几月|几号|哪天|几日`)

// countsOnlyYears reports whether every number of a clause counts years:
// WHY: in 开展安全生产治本攻坚三年行动 the 三年 is the span a campaign
// is named by, and 2024年 a date; neither counts the thing the clause
// or the sentence before it names (乡镇专职消防救援队伍), so the clause
// answers no count asked of that thing unless years are what is asked.
func countsOnlyYears(question, clause string) bool {
	if yearsAsked.MatchString(question) || !yearsNumber.MatchString(clause) {
		return false
	}
	return !holdsNumber(yearsNumber.ReplaceAllString(clause, ""))
}
