package rag

import "testing"

func TestStatedCountCorrection(t *testing.T) {
	result := Period{Kind: PeriodResult, Year: 2024}
	cases := []struct {
		read, headline string
		stated, said   string // "" when nothing is corrected
	}{
		{"我邻居说有30处，到底新建和改造了多少处城市公园？", "20处", "30处", "20处"},
		{"我邻居说有20处，到底新建和改造了多少处城市公园？", "20处", "", ""},
		// Two periods named: a count of one year, another asked.
		{"去年新建城市公园30处，今年新建多少处？", "20处", "", ""},
		// Another measure word, a bound, or a headline in another word.
		{"我邻居说有30个，到底新建和改造了多少处城市公园？", "20处", "", ""},
		{"我邻居说有30多处，到底新建和改造了多少处城市公园？", "20处", "", ""},
		{"我邻居说有30处，到底新建和改造了多少处城市公园？", "3.5%", "", ""},
		// The count stated in the asking clause itself.
		{"30处里新建了多少处城市公园？", "20处", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.read+tc.headline, func(t *testing.T) {
			fig := AnswerFigure{Value: tc.headline, Period: result, Paragraph: 1}
			ans := &Answer{
				Parts:     []Part{{Type: PartFigure, Figure: &fig, Citations: []int{0}}},
				Citations: []Citation{{Paragraph: 1, Quote: "新建和改造城市公园" + tc.headline + "。"}},
			}
			p, ok := statedCountCorrection(ans, tc.read)
			var stated, said string
			if ok {
				stated, said = p.Stated, p.Figure.Value
			}
			if stated != tc.stated || said != tc.said {
				t.Errorf("corrected %q with %q, want %q with %q", stated, said, tc.stated, tc.said)
			}
		})
	}
}

// A count the quotes write is the report's own, stated rightly of another
// thing than the one asked.
func TestStatedCountTheQuotesWrite(t *testing.T) {
	fig := AnswerFigure{Value: "125个", Period: Period{Kind: PeriodPlan, Year: 2025}, Paragraph: 1}
	ans := &Answer{
		Parts:     []Part{{Type: PartFigure, Figure: &fig, Citations: []int{0}}},
		Citations: []Citation{{Paragraph: 1, Quote: "全年实施500万元以上项目600个、其中亿元以上项目125个"}},
	}
	if p, ok := statedCountCorrection(ans, "今年500万元以上项目600个，其中亿元以上的有几个？"); ok {
		t.Errorf("corrected %q with %q, want no correction", p.Stated, p.Figure.Value)
	}
}

func TestWritesNumberOfACount(t *testing.T) {
	cases := []struct {
		quotes, count string
		want          bool
	}{
		{"全年实施500万元以上项目600个、其中亿元以上项目125个", "600个", true},
		{"新建和改造城市公园20处。", "30处", false},
		{"实施项目1600个", "600个", false},
		{"增长2.600个", "600个", false},
		{"实施项目1600个，其中600个", "600个", true},
	}
	for _, c := range cases {
		if got := writesNumber(c.quotes, c.count); got != c.want {
			t.Errorf("writesNumber(%q, %q) = %v, want %v", c.quotes, c.count, got, c.want)
		}
	}
}
