package rag

import "testing"

func TestDropMagnitudeGuess(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"去年来盘锦玩的游客到底有多少人啊，几百万？", "去年来盘锦玩的游客到底有多少人啊？"},
		{"去年旅游收入多少钱，几十亿吧", "去年旅游收入多少钱？"},
		{"去年新增就业多少人，几万人？", "去年新增就业多少人？"},
	} {
		if got := dropMagnitudeGuess(tc.in); got != tc.want {
			t.Errorf("dropMagnitudeGuess(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A guessed magnitude after the ask (几百万) is no second figure asked: the
// count asked in 人 is still held against the growth rate the report gives.
func TestMagnitudeGuessKeepsUnitAsked(t *testing.T) {
	checkFoundWantNot(t, []foundWantNot{
		{"去年来盘锦玩的游客到底有多少人啊，几百万？", false, "¶8", "根据报告"},
	})
}
