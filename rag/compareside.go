package rag

import (
	"regexp"
	"slices"
	"strings"
)

// A claim may set the city on the other side of the place it is compared
// with: "一般公共预算收入低于全省" or "比全省低" where ¶6 says 高于全省2.8
// 个百分点. Only 高 and 低 are read (快于 is a speed, not a level), and
// only against the same place: 低于全国 says nothing of 高于全省.

// comparedSide finds a side (高 or 低) said against a place: 高于全省,
// 比全国平均水平还低, 比全省的还要低, 比全省略低; 不如全省 and 跑赢全省
// set it below and above.
var comparedSide = regexp.MustCompile(`(高|低)于(全省|全国|全市)|比(全省|全国|全市)(?:平均)?(?:水平)?的?(?:还要|还|要|更|稍|略)?(高|低)|(?:不如|落后于|跑输)(全省|全国|全市)|(?:跑赢|超过|领先于?)(全省|全国|全市)`)

// minComparedSubject is how many characters in a row the claim's words
// before its comparison must share with the report's sentence before its
// own: 收入 alone is any income.
const minComparedSubject = 4

// sideMatch is a comparison read from text: side and place, and where.
type sideMatch struct {
	side, place string
	start, end  int
}

func comparisons(rs []rune) []sideMatch {
	var out []sideMatch
	for _, m := range findAllRunes(comparedSide, rs) {
		s := string(rs[m.start:m.end])
		sm := comparedSide.FindStringSubmatch(s)
		side, place := sm[1], sm[2]
		switch {
		case sm[4] != "":
			side, place = sm[4], sm[3]
		case sm[5] != "": // 不如全省, 落后于全省: below it
			side, place = "低", sm[5]
		case sm[6] != "": // 跑赢全省, 超过全省: above it
			side, place = "高", sm[6]
		}
		out = append(out, sideMatch{side, place, m.start, m.end})
	}
	return out
}

// asksEitherWay are the forms that ask or hedge, not claim: A-not-A
// (会不会, 高不高), 是否, both sides (高于还是低于; not 还是比, "still"), 未必.
var asksEitherWay = regexp.MustCompile(`会不会|是不是|有没有|能不能|难道|是否|还是(?:高|低)|不见得|未必|高不高|低不低|比不比`)

// deniedSide are the denials of a comparison that deniedBefore's list
// lacks: 不是比全省低 says what the report says.
var deniedSide = []string{"并非", "不是"}

// sideCorrection corrects a claim's comparison where a cited sentence
// about the same subject sets it on the other side of the same place. A
// claim naming both sides (高于还是低于) asks, and is left alone.
func sideCorrection(q string, texts []Citation) (Part, bool) {
	qs := []rune(q)
	claimed := comparisons(qs)
	if len(claimed) != 1 {
		return Part{}, false
	}
	cm := claimed[0]
	subject := claimSubjectStart(qs, cm.start)
	if own := clauseStartAt(qs, cm.start); cm.start-subject < minComparedSubject && own > 0 {
		// "…增长8.3%，比全省低": the clause carries the subject of the
		// clause just before it.
		subject = claimSubjectStart(qs, own-1)
	}
	before := string(qs[subject:cm.start])
	// The sentence up to two characters past the comparison: 会不会低于
	// 全省, 高不高于全省, 比全省低不低 ask, no claim of either side.
	if asksEitherWay.MatchString(string(qs[sentenceStartRunes(qs, cm.start):min(cm.end+2, len(qs))])) {
		return Part{}, false
	}
	// 不比全省高, 并非低于全省 deny a side: wrong where the report sets
	// the city on that very side.
	denied := deniedBefore(before) || slices.ContainsFunc(deniedSide, func(w string) bool { return strings.HasSuffix(before, w) })
	for ci, c := range texts {
		text := []rune(c.Quote)
		for _, tm := range comparisons(text) {
			if tm.place != cm.place || (tm.side == cm.side) != denied {
				continue
			}
			from := sentenceStartRunes(text, tm.start) // 增长8.3%、 reaches 高于全省
			if sh, ok := longestShared(qs, text, subject, cm.start, from, tm.start); !ok || sh.n < minComparedSubject {
				continue
			}
			stated := string(qs[cm.start:cm.end])
			if denied {
				stated = before[deniedAt(before):] + stated // 不比全省高, not 比全省高
			}
			return citedCorrection(c, ci, tm.start, clauseEndAt(text, tm.end), stated, ""), true
		}
	}
	return Part{}, false
}

// deniedAt is the byte offset in before of its last denial word, taken
// whole (并未, not 未).
func deniedAt(before string) int {
	words := append(slices.Clone(deniedSide), denials...)
	at := -1
	for _, w := range words {
		at = max(at, strings.LastIndex(before, w))
	}
	// A longer word ending over the last one found (并未 over 未) is
	// where the denial starts.
	for _, w := range words {
		if i := strings.LastIndex(before, w); i >= 0 && i < at && i+len(w) > at {
			at = i
		}
	}
	return max(at, 0)
}
