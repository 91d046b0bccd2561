package rag

import (
	"testing"
)

// TestUnmeasuredDeclined: a figure question asking a measure of a thing
// (its capacity, revenue, growth) that no figure of the report measures
// is declined, the neighbouring figures kept only as related text; one
// the report does measure, under its own words or a synonym, answers.
func TestUnmeasuredDeclined(t *testing.T) {
	checkFound(t, []questionFound{
		{"华锦阿美项目建成后炼油能力有多大", false},
		{"双台子储气库群的库容是多少", false},
		{"今年医疗保险缴费基数是多少", false},
		{"辽河油田的炼化能力是多少", false},
		{"去年海洋经济增速是多少", false},
		{"今年粮食的加工能力计划多少", true},
		{"盘锦港去年集装箱吞吐量增速多少", true},
		{"去年电子信息产业营收增长了多少", true},
		{"去年社会消费品零售总额的增幅多少", true},
		{"今年石化及精细化工产业营业收入要超过多少", true},
		{"去年投进去的技改资金总额有多少", true},
		{"臻德化工那套润滑油装置的生产能力多大", true}, // 20万吨/年: a capacity by its unit
		{"轻烃回收气体处理工程处理能力多大", true},
	})
}

// TestMeasureAsked: the measure a question asks a figure of, and none
// where the word names no figure asked (能力建设, 增长点).
func TestMeasureAsked(t *testing.T) {
	tests := []struct {
		q, want string
	}{
		{"炼油能力多少", "能力"},
		{"缴费基数", "基数"},
		{"营收增长多少", "营收"},
		{"库容有多大", "库容"},
		{"安全能力建设怎么样", ""},
		{"新的经济增长点有哪些", ""},
	}
	for _, tt := range tests {
		m, _ := measureAsked(Normalize(tt.q))
		got := ""
		if m != nil {
			got = m.asked
		}
		if got != tt.want {
			t.Errorf("measureAsked(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestSumOf: a total is the thing's own sum in money closing the clause,
// not a sum of another noun after it (a saving, a part).
func TestSumOf(t *testing.T) {
	tests := []struct {
		window, of string
		want       bool
	}{
		{"投入修缮资金3.2亿元", "修缮资金", true},
		{"港口货物贸易额达到58亿元", "贸易额", true},
		{"外资到位1.5亿美元", "外资", false},
		{"招标采购节约资金1.1亿元", "招标采购", false},
		{"修缮资金增长12%", "修缮资金", false},
	}
	for _, tt := range tests {
		if got := sumOf(tt.window, askedTerm{term: tt.of}); got != tt.want {
			t.Errorf("sumOf(%q, %q) = %v, want %v", tt.window, tt.of, got, tt.want)
		}
	}
}
