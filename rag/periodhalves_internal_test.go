package rag

import (
	"context"
	"slices"
	"testing"
)

func TestPeriodHalves(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"精细化率 24→25", []string{"精细化率 2024年", "精细化率 2025年"}},
		{"成果转化 24 vs 25", []string{"成果转化 2024年", "成果转化 2025年"}},
		{"文化惠民 24vs25", []string{"文化惠民 2024年", "文化惠民 2025年"}},
		{"普惠率 24VS25", []string{"普惠率 2024年", "普惠率 2025年"}},
		{"托育：24新增学位 / 25每千人托位", []string{"托育：2024年新增学位", "托育：2025年每千人托位"}},
		{"去年新购公交多少台，今年要买多少台", []string{"去年新购公交多少台", "今年要买多少台"}},
		{"今年海洋牧场面积比去年多多少", nil},      // one gap asked
		{"信访总量去年上升了25.8%？咋这么多", nil}, // 25.8% is no year
		{"防汛今年咋准备的 去年真淹怕了", nil},     // the second half asks nothing
		{"精细化率 24", nil},
		{"开复工项目24个，25年计划多少个", nil}, // 24个 counts projects
		{"城镇新增就业24万人，25年目标多少", nil},
		{"去年GDP增长4.5%对吧，今年目标多少", []string{"去年GDP增长4.5%对吧", "今年目标多少"}},
		{"去年就业2万人吧，今年呢", []string{"去年就业2万人吧", "今年呢"}},
	} {
		if got := periodHalves(tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("periodHalves(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestLoneYearHalves(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"实际利用外资多少？今年目标？", []string{"去年实际利用外资多少？", "今年目标？"}},
		{"进出口总额多少，今年呢", []string{"去年进出口总额多少，", "今年呢"}},
		{"外资多少？去年呢", []string{"今年外资多少？", "去年呢"}},
		{"今年实际利用外资目标多少", nil},    // the year opens the question
		{"实际利用外资多少，去年和今年", nil},  // two years
		{"实际利用外资4亿美元，今年吗", nil},  // the first half states
		{"固定资产投资今年增长多少", nil},    // no break before the year
		{"实际利用外资多少？2025年呢", nil}, // a year of digits
		{"实际利用外资7.5亿美元吧，今年呢", []string{"去年实际利用外资7.5亿美元吧，", "今年呢"}},
	} {
		if got := loneYearHalves(tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("loneYearHalves(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestAnswerPeriodHalves: a question asking one thing of both years is
// answered from each year's own paragraph, not from one year's alone.
func TestAnswerPeriodHalves(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q    string
		want []int // paragraphs the answer must cite
	}{
		{"精细化率 24→25", []int{9, 35}},
		{"普惠园 24普惠率 / 25覆盖率", []int{13, 62}},
		{"去年新购公交多少台，今年要买多少台", []int{11, 54}},
		{"去年开复工项目多少个，今年计划实施多少个？", []int{8, 27}},
		{"老旧管网去年改了多少，今年燃气管道改多少", []int{11, 52}},
		// The second half asks what the first does, its nouns and all: the
		// report gives no 2025 海洋经济生产总值, and the city's GDP target
		// (生产总值 alone) is not it.
		{"去年全市海洋经济生产总值多少，今年目标多少", []int{9}},
		// The one year opens a second half asking the first's thing: the
		// first asks it of the other year, not of 今年 too.
		{"实际利用外资多少？今年目标？", []int{10, 29}},
		// A first half stating a figure to be confirmed is checked on its
		// own year; the second asks the other year's figure.
		{"去年公交买了85台对吗，今年买多少", []int{11, 54}},
		{"去年高层次人才31人对吗，今年引进人才多少", []int{9, 34}},
		// 吧 closes a claim as 对吗 does.
		{"去年地区生产总值增长4.5%对吧，今年目标多少", []int{6, 23}},
		{"去年公交买了80台吧，今年买多少", []int{11, 54}},
	} {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatalf("Ask(%q): %v", tc.q, err)
		}
		var cited []int
		for _, c := range ans.Citations {
			cited = append(cited, c.Paragraph)
		}
		for _, c := range ans.Citations {
			if !slices.Contains(tc.want, c.Paragraph) && c.Paragraph == 23 {
				t.Errorf("Ask(%q) cites ¶23, the city's targets:\n%s", tc.q, ans.Answer)
			}
		}
		for _, n := range tc.want {
			if !ans.Found || !slices.Contains(cited, n) {
				t.Errorf("Ask(%q): found=%v cites %v, want ¶%d\n%s", tc.q, ans.Found, cited, n, ans.Answer)
			}
		}
	}
}
