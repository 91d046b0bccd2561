package rag

import "regexp"

// moneyGrowthAsked asks by how much money a thing grew (进出口总额增长了多少亿元):
// a sum, which neither the level (147亿元) nor the rate (增长39.7%) the
// report gives beside it is.
var moneyGrowthAsked = regexp.MustCompile(`(?:增长|上涨|提高|涨)了?` + howMuchMoney)

// moneyGrownBy is a sum written as a growth: 增长3亿元.
var moneyGrownBy = regexp.MustCompile(`(?:增长|上涨|提高|增加)` + sumOfMoney)

// growthInMoneyUnfit reports whether a question asks a growth in money
// and the clause writes no sum grown or added.
func growthInMoneyUnfit(question, clause string) bool {
	return moneyGrowthAsked.MatchString(question) && !moneyGrownBy.MatchString(clause) && !addsMoney(clause)
}
