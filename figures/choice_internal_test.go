package figures

import (
	"slices"
	"testing"
)

func TestReadChoice(t *testing.T) {
	for _, tc := range []struct {
		q      string
		stated string   // "" for no choice
		alts   []string // each alternative's words
	}{
		{"85台说的是公交车还是出租车", "85台", []string{"公交车", "出租车"}},
		{"去年增长64%的是旅游收入还是旅客接待量", "64%", []string{"旅游收入", "旅客接待量"}},
		{"哪个增长了8.3%，一般公共预算收入还是社零", "8.3%", []string{"一般公共预算收入", "社零"}},
		{"雏鹰瞪羚企业和高新技术企业哪个增长了10.6%", "10.6%", []string{"雏鹰瞪羚企业", "高新技术企业"}},
		// The things before a comma, the which-word after it.
		{"进出口和固投，哪个增长了39.7%", "39.7%", []string{"进出口", "固投"}},
		{"旅游收入和旅客接待量，哪一个增长64%", "64%", []string{"旅游收入", "旅客接待量"}},
		{"旅游收入增长29.9%还是旅客接待量增长29.9%", "29.9%", []string{"旅游收入增长", "旅客接待量增长"}},
		{"2.04万人是新增就业、引进人才还是高校毕业生", "2.04万人", []string{"新增就业", "引进人才", "高校毕业生"}},
		{"Did tourist arrivals or tourism revenue grow by 64%?", "64%", []string{"did tourist arrivals", "tourism revenue grow by"}},
		// A period, a way, two figures, "still": no things to choose between.
		{"64%是去年的还是今年的", "", nil},
		{"29.9%是增长还是下降", "", nil},
		{"今年GDP目标是5.5%左右还是6%", "", nil},
		{"39.7%这个数字我还是不太理解", "", nil},
		{"Did GDP grow 3.5% or more?", "", nil},
		{"哪个增长最快", "", nil}, // no figure stated
	} {
		ch, ok := readChoice(tc.q, statedFigures(tc.q))
		if !ok {
			if tc.stated != "" {
				t.Errorf("readChoice(%q): no choice, want %s of %q", tc.q, tc.stated, tc.alts)
			}
			continue
		}
		if tc.stated == "" || ch.stated.Text != tc.stated || !slices.Equal(ch.alts, tc.alts) {
			t.Errorf("readChoice(%q) = %s of %q, want %q of %q", tc.q, ch.stated.Text, ch.alts, tc.stated, tc.alts)
		}
	}
}

func TestAsksPeriodChoice(t *testing.T) {
	for _, tc := range []struct {
		n    string
		want bool
	}{
		{"1.9万人是去年还是今年的城镇新增就业", true},
		{"增长39.7%的是今年的还是去年的进出口", true},
		{"2024年还是2025年gdp增长5.5%", true},
		{"去年进出口还是固投增长了39.7%", false}, // a choice of things
		{"去年gdp增长还是3.5%吗", false},
	} {
		if got := asksPeriodChoice(tc.n); got != tc.want {
			t.Errorf("asksPeriodChoice(%q) = %v, want %v", tc.n, got, tc.want)
		}
	}
}
