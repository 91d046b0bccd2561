package rag_test

import "testing"

// A headline figure whose sentence holds only part of what another
// headline's holds of the question is of a neighbouring indicator and
// is dropped (新增中试项目15个以上 lacks 产业化); figures holding the same
// (a result and its target) stay, and so does each year's figure of a
// question asking both years (19% of 去年增长, 20家 of 今年培育).
func TestOutcoveredFiguresDropped(t *testing.T) {
	checkGrounding(t, fullEngine(t), []groundingCase{
		{q: "精细化工中试基地产业化项目多少个？", found: true, figures: []string{"10个"}, paragraph: 9},
		{q: "精细化工中试基地产业化项目有几个了", found: true, figures: []string{"10个"}, paragraph: 9},
		{q: "引进人才多少", found: true, figures: []string{"超万人", "1.15万人"}},
		{q: "全年转化科技成果多少项", found: true, figures: []string{"90项以上"}},
		{q: "雏鹰瞪羚企业去年增长多少，今年要培育几家", found: true, figures: []string{"19%", "20家"}},
	})
}
