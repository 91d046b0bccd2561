package figures

import "testing"

func TestStatedChange(t *testing.T) {
	for _, tc := range []struct {
		q    string
		dir  int
		said string
	}{
		{"信访总量去年上升了25.8%？", 1, "上升了25.8%"},
		{"聽說去年旅客接待量下降了64%？", -1, "下降了64%"},
		{"container throughput fell 1.9% last year", -1, "fell 1.9%"},
		{"did patent grants really drop 74.1% in 2024?", -1, "drop 74.1%"},
		{"exports increased by 39.7%?", 1, "increased by 39.7%"},
		{"今年GDP目标是6%？", 0, "6%"},
		{"overgrew 5%", 0, "5%"},
		// 多了, 少了 say a move; 至少, 最多, 差不多了 do not.
		{"去年信访量反而多了25.8%？", 1, "多了25.8%"},
		{"旅客接待量少了 64%吧", -1, "少了 64%"},
		{"增长至少5%", 0, "5%"},
		{"差不多了5%", 0, "5%"},
		{"涨了不少了 39.7%", 0, "39.7%"},
		{"到底多少了5%", 0, "5%"},
		{"新登记经营主体减少了21.7%？", -1, "减少了21.7%"},
	} {
		ms := Find(tc.q)
		var m Mention
		for _, x := range ms {
			if x.Value.Unit == "%" {
				m = x
			}
		}
		dir, said := statedChange([]rune(tc.q), m)
		if dir != tc.dir || said != tc.said {
			t.Errorf("statedChange(%q) = %d %q, want %d %q", tc.q, dir, said, tc.dir, tc.said)
		}
	}
}

func TestSpokenChangeCorrected(t *testing.T) {
	checkPremises(t, []premiseCase{
		{q: "去年刑事警情反而多了26.1%？", stated: "多了26.1%", actual: "26.1%"},
		// 不少了 says how much it moved, not which way.
		{q: "去年进出口总额涨了不少了39.7%吧", stated: "", actual: ""},
		{q: "高新技术企业数量涨得不少了10.6%？", stated: "", actual: ""},
	})
}
