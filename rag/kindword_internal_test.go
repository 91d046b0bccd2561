package rag

import "testing"

// A kind word quoted as a title (“小巨人”) still sorts the word after its
// closing mark: the broader count (专精特新等优质中小企业10家) is related
// text, not the answer.
func TestKindWordQuoted(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"今年要培育多少家专精特新“小巨人”企业？", false, "范围更宽", "根据报告"},
	})
}

// An industry sorted by its product (医药产业) or those employed sorted by a
// group of people (残疾人就业) is not told by the broader figure whose
// sentence lacks the kind word (粮油加工及生物科技产业营业收入, 城镇新增就业).
func TestKindWordOfIndustryOrGroup(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"去年医药产业营收多少？", false, "范围更宽", "根据报告"},
		{"残疾人就业", false, "范围更宽", "根据报告"},
	})
}
