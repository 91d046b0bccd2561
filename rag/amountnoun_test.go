package rag_test

import "testing"

// TestAmountNamedByNoun: a sum or a count asked by its noun, with no 多少
// (staff shorthand, a few words), is not answered by the report's growth
// of it: the answer says only the change is given and shows it. Where the
// report gives the sum, or 总额 is its own name of the figure, the figure
// answers as before; a count named where the report says there is none is
// answered "none".
func TestAmountNamedByNoun(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "固投总额2024", grounding: "no_such_figure", want: []string{"只给出这项的增减幅度", "固定资产投资增长20%以上"}},
		{q: "社零总额去年金额", grounding: "no_such_figure", want: []string{"只给出这项的增减幅度", "社会消费品零售总额增长4%"}},
		{q: "进出口总额今年目标金额", grounding: "no_such_figure", want: []string{"进出口总额增长6%"}},
		{q: "去年游客人数", grounding: "no_such_figure", want: []string{"只给出这项的增减幅度", "旅客接待量"}},
		// How big the economy is (经济盘子多大, 总量有多大) asks its size,
		// which the report's 地区生产总值增长3.5%左右 does not give; how much
		// it grew is still answered.
		{q: "盘锦经济盘子有多大", grounding: "no_such_figure", want: []string{"只给出这项的增减幅度"}},
		{q: "去年盘锦经济盘子多大", grounding: "no_such_figure", want: []string{"只给出这项的增减幅度", "地区生产总值增长3.5%左右"}},
		{q: "盘锦经济总量有多大", grounding: "no_such_figure", want: []string{"只给出这项的增减幅度"}},
		{q: "盘锦地区生产总值有多大", grounding: "no_such_figure", want: []string{"只给出这项的增减幅度"}},
		// 总量 asked of GDP, by its noun, a target's 要到 or a sum in 亿
		// stated, asks its level; a growth is no answer. The report's own
		// 总量 (研发经费投入总量增长7%) grows as named, and answers.
		{q: "盘锦去年GDP总量", grounding: "no_such_figure", want: []string{"只给出这项的增减幅度", "地区生产总值增长3.5%左右"}},
		{q: "今年GDP总量要到多少", grounding: "no_such_figure", want: []string{"只给出这项的增减幅度", "地区生产总值增长5.5%左右"}},
		{q: "去年盘锦GDP总量突破1500亿了吧", grounding: "no_such_figure", want: []string{"只给出这项的增减幅度"}},
		{q: "今年研发经费总量目标", found: true, want: []string{"总量增长7%"}},
		{q: "去年信访总量", found: true, want: []string{"25.8%"}},
		{q: "What was the size of Panjin economy last year?", grounding: "no_such_figure", want: []string{"only how much this changed"}},
		{q: "去年盘锦经济盘子大概长了多少", found: true, figures: []string{"3.5%左右"}},
		// A sector's economy (海洋经济) is no size of the whole: its own
		// level, 403亿元, answers.
		{q: "去年盘锦海洋经济盘子多大", found: true, want: []string{"403亿元"}},
		{q: "盘锦海洋经济总量有多大", found: true, want: []string{"403亿元"}},
		{q: "社零总额 2024", found: true, figures: []string{"4%"}},
		{q: "进出口总额 2024", found: true, figures: []string{"147亿元"}},
		{q: "实际到位内资金额", found: true, figures: []string{"451.5亿元"}},
		{q: "节支/压减/审减 金额", found: true, want: []string{"2.63亿元", "6.7亿元", "0.8亿元"}},
		{q: "去年零就业家庭人数", found: true, want: []string{"动态为零"}},
		{q: "去年空气优良天数", found: true, want: []string{"88.3%"}},
		// A figure noun asked alone after a stated count is that thing's:
		// 技术合同成交额 lacks the name 跨境电商, and 跨境电商's own 成交额 is
		// given only as a rate, not in 亿元.
		{q: "跨境电商70家，成交额多少亿元", grounding: "figure_in_other_unit", not: []string{"技术合同成交额："}},
		{q: "去年粮油加工310亿元，营业收入多少", found: true, want: []string{"310亿元"}},
		// English shorthand names the sum or the count it asks.
		{q: "Retail sales total 2024", grounding: "no_such_figure", want: []string{"only how much this changed", "社会消费品零售总额增长4%"}},
		{q: "Fixed asset investment amount 2024", grounding: "no_such_figure", want: []string{"固定资产投资增长20%以上"}},
		{q: "Number of tourists 2024", grounding: "no_such_figure", want: []string{"旅客接待量"}},
		{q: "imports and exports total 2024", found: true, want: []string{"147亿元"}},
	})
}
