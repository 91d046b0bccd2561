package rag

import (
	"context"
	"strings"
	"testing"
)

// English names of report terms find their paragraph: "the Fengqiao
// experience" is 枫桥经验, "austerity"
// 过紧日子, "the overall requirements" 总体要求, "the three major
// reserves" 三大储库, "delayed retirement" 延迟法定退休年龄.
func TestEnglishNamesOfReportTerms(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q        string
		wantPara int
	}{
		{"What is the Fengqiao experience?", 68},
		{"What does the report say about austerity?", 15},
		{"Will the government keep a tight budget?", 15},
		{"What are the overall requirements for this year's government work?", 22},
		{"What are the three major reserves?", 31},
		{"What does the report say about delayed retirement?", 61},
		{"Will the retirement age be raised?", 61},
		// The report's named firsts and products: 绿色工厂, 原油码头主体工程,
		// 生物柴油, 植树造林, 创新团队, 异戊胶乳, 经贸交流.
		{"Which company got national green factory status?", 12},
		{"Which dock project's main works were completed?", 10},
		{"Which company's biodiesel went to Europe?", 10},
		{"What was the forest planting figure last year?", 11},
		{"How many innovation teams will be introduced in 2025?", 34},
		{"Who produced isoprene latex filling a domestic gap?", 9},
		{"Which countries did Panjin visit for trade exchanges?", 8},
		// Everyday English for the report's terms, members of their lines:
		// age-friendly homes (适老化), chemical industry parks (化工园区),
		// difficulties (问题).
		{"How many low-income households got age-friendly home retrofits last year?", 13},
		{"Where does Liaobin Economic Development Zone rank among China's top 30 chemical industry parks?", 10},
		{"What difficulties does the report admit?", 19},
		// "attract talents": the plural as the singular's phrase (人才, not
		// attract's 招商).
		{"How many talents did Panjin attract in 2024?", 9},
		{"How many talents does Panjin plan to attract this year?", 34},
		// The report's terms that only a phrase names in English: the
		// industrial internet (工业互联网), brand value (品牌价值), and forest
		// repaired (修复退化林).
		{"How many industrial internet platform firms does the city want to foster?", 37},
		{"What brand value did the rice and crab brands hit together?", 9},
		{"How much degraded forest is to be repaired this year?", 57},
		// The report's terms of training and trade in English: a census's
		// plural (普查), industry-education (产教), industry colleges
		// (产业学院), experience stores (体验店).
		{"What national censuses did the city run in 2024?", 16},
		{"How many industry-education practice bases are planned?", 62},
		{"Which industry colleges does the report name?", 62},
		{"How many crab experience stores will open across the country?", 53},
	} {
		a, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found || len(a.Citations) == 0 || a.Citations[0].Paragraph != tc.wantPara {
			t.Errorf("%q: found=%v citations=%v, want ¶%d first", tc.q, a.Found, a.Citations, tc.wantPara)
		}
	}
}

// An age asked is a figure: the report names the retirement reform but no
// age, so "what will the retirement age be" is told so, with the text.
func TestAgeAskedIsAFigure(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, q := range []string{
		"What will the retirement age be for women?",
		"What will the statutory retirement age be after the reform?",
	} {
		a, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found || !strings.Contains(a.Answer, "no age") {
			t.Errorf("%q: found=%v answer %q, want the report gives no age", q, a.Found, a.Answer)
		}
	}
}
