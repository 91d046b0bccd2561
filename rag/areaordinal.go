package rag

import (
	"regexp"
	"strings"
)

// A claim may give an area of work the wrong number: 狠抓绿色发展 as the
// fifth area where its heading is （六）狠抓绿色发展. The cited heading
// names the area by the claim's own words and writes its number, so the
// number the claim says is checked against it.

// areaNumberSaid is the number a question gives an area of work: 第三方面,
// 第五个方面.
var areaNumberSaid = regexp.MustCompile(`第([一二三四五六七八九十]{1,2}|[0-9]{1,2})个?方面`)

// headingNumber opens a heading of an area of work: （六）.
var headingNumber = regexp.MustCompile(`^（([一二三四五六七八九十]{1,2})）`)

// minAreaWords is how many characters in a row the question and the
// heading's title must share to name one area: more than the 狠抓 every
// title of a year opens with.
const minAreaWords = 4

// areaOrdinalCorrection corrects the number a question gives an area of
// work whose cited heading, named by the question's words, writes
// another.
func areaOrdinalCorrection(read string, texts []Citation) (Part, bool) {
	m := areaNumberSaid.FindStringSubmatch(read)
	if m == nil {
		return Part{}, false
	}
	said := cardinal(m[1])
	q := []rune(strings.Replace(read, m[0], "", 1))
	for i, c := range texts {
		h := headingNumber.FindStringSubmatch(c.Quote)
		if h == nil || cardinal(h[1]) == said || saysAreaNumber(read, cardinal(h[1])) {
			continue
		}
		text, titleAt := []rune(c.Quote), len([]rune(h[0]))
		end := clauseEndAt(text, titleAt)
		if namesArea(q, text[titleAt:end]) {
			return citedCorrection(c, i, 0, end, m[0], ""), true
		}
	}
	return Part{}, false
}

// namesArea: q shares minAreaWords characters in a row with title. The
// longest shared run decides, so longestShared alone answers, without
// sharedRuns' walk for the shorter runs either side of it.
func namesArea(q, title []rune) bool {
	run, _ := longestShared(q, title, 0, len(q), 0, len(title))
	return run.n >= minAreaWords
}

// saysAreaNumber reports whether read gives some area the number n: a
// question naming two areas, each with its number (第二方面狠抓创新赋能和
// 第三方面狠抓改革破题), names the other area by the first number's
// neighbour, and the heading's own number is there too.
func saysAreaNumber(read string, n int) bool {
	for _, m := range areaNumberSaid.FindAllStringSubmatch(read, -1) {
		if cardinal(m[1]) == n {
			return true
		}
	}
	return false
}
