package figures

import (
	"slices"
	"testing"
)

func TestPairedWords(t *testing.T) {
	for _, tc := range []struct {
		q     string
		words []string // nil: not a pair
	}{
		{"去年旅游收入增长64%、旅客接待量增长29.9%吧", []string{"去年旅游收入增长 ", "、旅客接待量增长 吧"}},
		{"听说政协提案126件，人大代表建议198件", []string{"听说政协提案 ", "，人大代表建议 "}},
		{"去年126件人大代表建议和198件政协提案都办复了吧", []string{"去年 人大代表建议", "和 政协提案都办复了吧"}},
		{"去年科技型中小企业、高新技术企业分别增长10.6%、35.8%吧", []string{"去年科技型中小企业 增长", "高新技术企业 增长"}},
		// An elided head is given back: 刑事警情.
		{"去年刑事、治安警情分别下降24.3%、26.1%吧", []string{"去年刑事警情 下降", "治安警情 下降"}},
		// A measure every thing ends in is the head, whatever the
		// things' lengths: 苇田 is no 牧场面积.
		{"稻蟹共生、苇田、海洋牧场面积分别是95万亩、70万亩、84万亩吗", []string{"稻蟹共生面积 是", "苇田面积 是", "海洋牧场面积 是"}},
		{"苇田面积、海洋牧场面积分别是70万亩、48万亩吗", []string{"苇田面积 是", "海洋牧场面积 是"}},
		// A part of the thing before is no thing of its own.
		{"去年引进的31名高层次人才里有2名院士", nil},
		// English "and" parts a pair as 、 does.
		{"Criminal cases fell 24.3% and public order cases fell 26.1% last year, right?", []string{"Criminal cases fell  ", " and public order cases fell   last year"}},
		// One thing's two figures, a part of the thing before, one figure.
		{"去年GDP增长3.5%，今年目标6%对吧", nil},
		{"去年进出口总额147亿元、增长39.7%吧", nil},
		{"今年新签约注册项目300个，其中亿元以上80个对吗", nil},
		{"去年GDP增长3.5%吧", nil},
		// Words of reaching name no thing: one thing's two years.
		{"海洋牧场去年48万亩，今年要到60万亩？", nil},
		{"稻蟹共生去年95万亩，今年将达到97万亩吧", nil},
	} {
		got := pairedWords([]rune(tc.q), statedFigures(tc.q))
		if !slices.Equal(got, tc.words) {
			t.Errorf("pairedWords(%q) = %q, want %q", tc.q, got, tc.words)
		}
	}
}
