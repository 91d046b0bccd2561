package rag

import (
	"strings"
	"unicode"
)

// moneyOfOtherItem reports whether a clause's sum of money belongs to
// another item than the one asked: asked a sum of 河蟹电商平台, the clause
// "…中心交易额达到145亿元、河蟹电商平台入驻商户达到85家" gives the
// platform only a count, and the sum is another thing's.
func moneyOfOtherItem(norm string, asked []askedTerm) bool {
	money, counted := 0.0, 0.0
	for _, item := range strings.Split(norm, "、") {
		if !strings.ContainsFunc(item, unicode.IsDigit) {
			continue
		}
		share := coveredShare(asked, item)
		if countOnly(item) {
			counted = max(counted, share)
		} else if !percentOnly(item) {
			money = max(money, share)
		}
	}
	return counted > money
}
