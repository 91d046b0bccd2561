package rag

import "testing"

// TestClaimThenAmount: a rate claim then a bare ask of the amount asks
// the claim's thing its amount; any other second clause asks nothing so.
func TestClaimThenAmount(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"进出口总额增长39.7%对吗，总额多少？", "进出口总额是多少？"},
		{"实际到位内资增长20.2%没错吧？金额是多少？", "实际到位内资是多少？"},
		{"去年进出口总额增长39.7%对吧，那规模有多少", "去年进出口总额是多少？"},
		{"进出口总额增长39.7%，总额多少？", ""},      // no claim
		{"进出口总额增长39.7%对吗，出口多少？", ""},    // another thing
		{"进出口总额增长39.7%对吗，总额多少，排第几", ""}, // more than the amount
		{"进出口总额147亿元对吗，总额多少？", ""},      // no rate claimed
	} {
		if got := claimThenAmount(tc.q); got != tc.want {
			t.Errorf("claimThenAmount(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestGivesNewAmount: the amount ask is joined only when it heads with an
// amount the claim's answer does not give already.
func TestGivesNewAmount(t *testing.T) {
	rate := AnswerFigure{Value: "39.7%", Unit: "%", Paragraph: 6}
	amount := AnswerFigure{Value: "147亿元", Unit: "元", Paragraph: 10}
	for _, tc := range []struct {
		sub, ans []AnswerFigure
		want     bool
	}{
		{[]AnswerFigure{amount}, []AnswerFigure{rate}, true},
		{[]AnswerFigure{rate}, []AnswerFigure{rate}, false},
		{[]AnswerFigure{amount}, []AnswerFigure{rate, amount}, false},
		{nil, []AnswerFigure{rate}, false},
	} {
		if got := givesNewAmount(&Answer{Figures: tc.sub}, &Answer{Figures: tc.ans}); got != tc.want {
			t.Errorf("givesNewAmount(%v, %v) = %v, want %v", tc.sub, tc.ans, got, tc.want)
		}
	}
}

// TestAmountOfStatedRate: a stated rate, then its amount asked by any
// word of an absolute figure (绝对数) and its unit (多少亿元), asks the
// rate's thing its amount; a thing of the rest's own is no such ask.
func TestAmountOfStatedRate(t *testing.T) {
	for _, tc := range []struct{ stated, rest, want string }{
		{"一般公共预算收入去年增长8.3%，", "绝对数是多少亿元", "一般公共预算收入是多少？"},
		{"进出口总额增长39.7%，", "总额是多少亿元", "进出口总额是多少？"},
		{"进出口总额增长39.7%，", "出口多少亿元", ""},
	} {
		if got, _ := amountOfStatedRate(tc.stated, tc.rest); got != tc.want {
			t.Errorf("amountOfStatedRate(%q, %q) = %q, want %q", tc.stated, tc.rest, got, tc.want)
		}
	}
}
