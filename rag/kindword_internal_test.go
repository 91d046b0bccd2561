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
