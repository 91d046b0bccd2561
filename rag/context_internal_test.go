package rag

import "testing"

func TestAfterStatedFigure(t *testing.T) {
	for _, tc := range []struct {
		q    string
		rest string // "" when the question does not open with a stated figure
	}{
		{"去年GDP增长3.5%，进出口增长多少", "进出口增长多少"},
		{"今年GDP目标5.5%左右,社零目标是多少", "社零目标是多少"},
		{"2024年GDP增长多少，2025年呢", ""},     // the first clause asks
		{"在2024年，进出口增长多少", ""},          // a year is no figure
		{"去年GDP增长3.5%，对吧", ""},          // the rest asks nothing
		{"去年进出口总额1,470亿元，外资多少", "外资多少"}, // not the thousands comma
		{"去年进出口总额14，114亿元", ""},
	} {
		got := ""
		if at := afterStatedFigure(tc.q); at >= 0 {
			got = tc.q[at:]
		}
		if got != tc.rest {
			t.Errorf("afterStatedFigure(%q) leaves %q, want %q", tc.q, got, tc.rest)
		}
	}
}

func TestSplitContext(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ q, stated, read string }{
		{"去年GDP增长3.5%，进出口增长多少", "去年GDP增长3.5%，", "去年进出口增长多少"},
		{"去年买了85台公交车，今年买多少", "", "去年买了85台公交车，今年买多少"},         // one indicator
		{"今年新签约项目300个，其中亿元以上多少", "", "今年新签约项目300个，其中亿元以上多少"}, // a part of it
		{"今年新签约300个项目，亿元以上多少个", "", "今年新签约300个项目，亿元以上多少个"},   // a size class of it, 其中 unsaid
		{"实际利用外资7.5亿美元，是全省第一吗", "", "实际利用外资7.5亿美元，是全省第一吗"},   // a claim about it
		{"去年固投增长20%，全省排名多少", "", "去年固投增长20%，全省排名多少"},         // its rank
		{"大连去年GDP增长5%，进出口增长多少", "", "大连去年GDP增长5%，进出口增长多少"},   // another place's
		// Another place's figure, then a claim of the own: the claim alone.
		{"辽宁去年进出口增长10%，咱们进出口增长39.7%吧", "", "去年咱们进出口增长39.7%吧"},
		{"营口今年GDP目标6%，我们GDP目标6%吧", "", "今年我们GDP目标6%吧"},
		{"去年GDP增长3.5%，进出口增长39.7%吧", "", "去年GDP增长3.5%，进出口增长39.7%吧"}, // no other place: a pair
		// A bare 呢 asks of another thing what the clause states, or of
		// another period the same thing.
		{"去年GDP增长3.5%左右，社零呢", "去年GDP增长3.5%左右，", "去年社零增长是多少"},
		{"去年买了85台公交车，今年呢", "去年买了85台公交车，", "今年买了公交车是多少"},
		// Several figures stated, each ending its item, then a bare 呢 of
		// another period: every item asked again, none stated of it.
		{"去年GDP增长3.5%左右、社零增长4%，今年呢", "去年GDP增长3.5%左右、社零增长4%，", "今年GDP增长、社零增长是多少"},
		// A percentage stated of an amount is its growth: so is the one asked.
		{"今年GDP目标5.5%左右，去年呢？", "今年GDP目标5.5%左右，", "去年GDP增幅是多少"},
		{"去年旅客接待量增长64%，旅游收入呢", "去年旅客接待量增长64%，", "去年旅游收入增长是多少"},
		{"去年进出口总额147亿元，今年呢", "去年进出口总额147亿元，", "今年进出口总额是多少"},
		{"去年刑事警情下降26.1%，治安警情呢", "去年刑事警情下降26.1%，", "去年治安警情下降是多少"},
		{"去年GDP增长3.5%，呢", "", "去年GDP增长3.5%，呢"}, // names nothing
		// A part of the year asked goes along: the quarter, not the year.
		{"去年外资7.5亿美元，今年一季度呢", "去年外资7.5亿美元，", "今年一季度外资元是多少"},
		{"去年进出口总额147亿元，今年上半年呢", "去年进出口总额147亿元，", "今年上半年进出口总额是多少"},
		// An amount stated, then its thing's rate or target asked by no
		// name of its own: the stated thing is the one asked.
		{"去年社零总额145亿元，今年增长目标多少", "去年社零总额145亿元，", "今年社零总额增长目标多少"},
		{"听说去年固投达到了451.5亿元，增速多少？", "听说去年固投达到了451.5亿元，", "去年固投增速多少？"},
		{"去年旅游总收入145亿元，增长了多少？", "去年旅游总收入145亿元，", "去年旅游总收入增长了多少？"},
		{"去年进出口总额147亿元，增长了30%对吗", "", "去年进出口总额147亿元，增长了30%对吗"}, // a claim, no ask
		{"去年粮食产量110万吨，今年目标多少", "", "去年粮食产量110万吨，今年目标多少"},       // the amount aimed at: one question
		// A rate stated of one period, the same thing's rate asked of
		// another: that period's rate of the stated thing.
		{"一般公共预算收入去年增长8.3%，今年目标增长多少？", "一般公共预算收入去年增长8.3%，", "今年一般公共预算收入目标增长多少？"},
		{"实际到位内资增长20.2%，今年目标增长多少？", "实际到位内资增长20.2%，", "今年实际到位内资目标增长多少？"},
		{"去年GDP增长3.5%，增长多少", "", "去年GDP增长3.5%，增长多少"}, // the same period: nothing new asked
		// Two indicators that share only a word (旅游): the stated clause
		// names 旅客接待量 by the lexicon, the rest 旅游收入.
		{"去年来盘锦旅游的人涨了50%，旅游收入涨了多少", "去年来盘锦旅游的人涨了50%，", "去年旅游收入涨了多少"},
		// A doing asked by no thing of its own is asked of the stated thing:
		// read alone, 开工 is any project's.
		{"去年续建改造老旧小区11个，新开工多少个？", "", "去年续建改造老旧小区11个，新开工多少个？"},
		{"今年退化林3000亩，去年修复多少", "", "今年退化林3000亩，去年修复多少"},
	} {
		stated, read := ix.splitContext(tc.q, nil)
		if stated != tc.stated || read != tc.read {
			t.Errorf("splitContext(%q) = %q, %q; want %q, %q", tc.q, stated, read, tc.stated, tc.read)
		}
	}
}

func TestEnglishFollowUp(t *testing.T) {
	for _, tc := range []struct{ q, stated, asked string }{
		{"Last year GDP grew 3.5%, what about retail sales?", "Last year GDP grew 3.5%,", "How much did retail sales grow last year?"},
		{"The 2025 GDP target is 5.5%. And the retail sales?", "The 2025 GDP target is 5.5%.", "What is the target for retail sales 2025?"},
		{"Panjin bought 85 buses, how about charging piles?", "Panjin bought 85 buses,", "How much was charging piles?"},
		{"GDP grew 3.5% in 2024, what about this year?", "", ""},        // another period: the same thing
		{"In 2024, what about retail sales?", "", ""},                   // a year is no figure
		{"GDP grew 3.5% last year, how much did exports grow?", "", ""}, // asks by its own words
		{"去年GDP增长3.5%，社零呢", "", ""},                                     // Chinese: splitContext reads it
	} {
		stated, asked, _ := englishFollowUp(tc.q)
		if stated != tc.stated || asked != tc.asked {
			t.Errorf("englishFollowUp(%q) = %q, %q; want %q, %q", tc.q, stated, asked, tc.stated, tc.asked)
		}
	}
}
