package rag

import (
	"regexp"
	"strings"
)

// claimedDollars is a sum a claim states in US dollars: 403亿美元.
var claimedDollars = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)\s*(万|亿)?美元`)

// currencyCorrection corrects a claim that states in dollars a sum the
// quotes write in yuan (403亿美元 where ¶9 says 海洋经济生产总值403亿元).
// WHY: a claim naming the thing by a short name (海洋经济) finds no
// indicator in the figures index, so the figures check never reads its
// unit; the quote alone shows the same number in another currency.
// No correction when any quote writes the sum in dollars too.
func currencyCorrection(claim string, cs []Citation) (Part, bool) {
	m := claimedDollars.FindStringSubmatch(claim)
	if m == nil {
		return Part{}, false
	}
	dollars := m[1] + m[2] + "美元"
	for _, c := range cs {
		if strings.Contains(Normalize(c.Quote), dollars) {
			return Part{}, false
		}
	}
	for i, c := range cs {
		q := []rune(c.Quote)
		for _, y := range findAllRunes(claimedMoney, q) {
			s, e := y.start, y.end
			if string(q[s:e]) != m[1]+m[2]+"元" || s > 0 && isNumberRune(q[s-1]) {
				continue
			}
			return citedCorrection(c, i, s, e, m[0], ""), true
		}
	}
	return Part{}, false
}
