package rag

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestGroundUndatedResult: a question with no year that asks how much
// there is headlines the review's result; the plan's target of the same
// indicator is shown only as a quote, labelled with its paragraph's
// period, quoted from its sentence when the answer did not quote it.
// Words of the plan, or a figure stated, keep the target a headline.
func TestGroundUndatedResult(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	rep := e.ix.Reports()[0]
	figure := func(n int, value string) (Part, Citation) {
		p, err := rep.Paragraph(n)
		if err != nil {
			t.Fatal(err)
		}
		i := strings.Index(p.Text, value)
		if i < 0 {
			t.Fatalf("¶%d lacks %q", n, value)
		}
		start := utf8.RuneCountInString(p.Text[:i])
		f := &AnswerFigure{Indicator: "立体生态养殖面积", Value: value, Period: p.Period, Report: p.Report, Paragraph: n, Start: start, End: start + utf8.RuneCountInString(value)}
		return Part{Type: PartFigure, Figure: f}, Citation{Report: p.Report, Paragraph: n, Period: p.Period, Quote: value}
	}
	draft := func(q string, quoteTarget bool) *Draft {
		res, resC := figure(11, "70万亩")
		plan, planC := figure(53, "75万亩")
		res.Citations, plan.Citations = []int{0}, []int{1}
		ans := &Answer{Found: true, Citations: []Citation{resC, planC}, Parts: []Part{res, plan}}
		ans.addQuote(Citation{Report: resC.Report, Paragraph: 11, Period: resC.Period, Quote: "苇田鱼虾蟹立体生态养殖、海洋牧场面积分别达到95万亩、70万亩"})
		if quoteTarget {
			ans.addQuote(Citation{Report: planC.Report, Paragraph: 53, Period: planC.Period, Quote: "海洋牧场面积分别达到97万亩、75万亩"})
		}
		ans.figuresFromParts()
		return &Draft{norm: Normalize(q), Intent: Intent{Figure: true}, Answer: ans}
	}
	for _, tc := range []struct {
		q           string
		quoteTarget bool
		wantFigures int  // figure parts left
		wantQuoted  bool // a quote of ¶53 shows 75万亩
	}{
		{"苇田里养鱼的面积有多少", true, 1, true},
		{"苇田里养鱼的面积有多少", false, 1, true}, // quoted from its sentence
		{"苇田里养鱼的面积将达到多少", true, 2, true},
		{"苇田里养鱼的面积计划多少", false, 2, false},
		{"苇田里养鱼的面积是75万亩吗", false, 2, false},
	} {
		d := draft(tc.q, tc.quoteTarget)
		e.groundUndatedResult(d)
		figures, quoted := 0, false
		for _, p := range d.Answer.Parts {
			switch {
			case p.Type == PartFigure:
				figures++
			case p.Type == PartQuote && d.Answer.Citations[p.Citations[0]].Paragraph == 53:
				quoted = quoted || strings.Contains(p.Text, "75万亩")
			}
		}
		if figures != tc.wantFigures || quoted != tc.wantQuoted || len(d.Answer.Figures) != figures {
			t.Errorf("%s (target quoted before: %v): %d figure parts (%d figures), ¶53 quoted %v; want %d, %v",
				tc.q, tc.quoteTarget, figures, len(d.Answer.Figures), quoted, tc.wantFigures, tc.wantQuoted)
		}
	}
}

// TestAsksPlanInWords: words of aim, of what is to come, or of the two
// years side by side ask of the plan; 要 of 主要 or 需要 does not.
func TestAsksPlanInWords(t *testing.T) {
	cases := []struct {
		q    string
		want bool
	}{
		{"养殖面积要扩大到多少", true},
		{"养殖面积计划多少", true},
		{"养殖面积和去年比怎么样", true},
		{"how much will the area be", true},
		{"养殖面积预计多少", true},
		{"养殖面积争取达到多少", true},
		{"养殖面积指标是多少", true},
		{"养殖面积会提到多少", true},
		{"养殖面积以后能到多少", true},
		{"养殖面积两年各是多少", true},
		{"养殖面积变化了多少", true},
		// 会 of 社会, 大会, 机会 is no "will": each is followed by a word
		// that after a bare 会 would ask the plan (有, 提).
		{"社会有多少养殖面积", false},
		{"大会提到养殖面积多少", false},
		{"就业机会有多少", false},
		{"养殖面积有多少", false},
		{"主要的养殖面积有多少", false},
		{"需要知道养殖面积多少", false},
	}
	for _, c := range cases {
		if got := asksPlanInWords(Normalize(c.q)); got != c.want {
			t.Errorf("asksPlanInWords(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestEachOfNamedThings: 分别 after things joined by 和, 与 or 、 goes
// over those things; with a year, a result or plan word, or a lone
// indicator it goes over the two years.
func TestEachOfNamedThings(t *testing.T) {
	cases := []struct {
		q    string
		want bool
	}{
		{"粮食产量和高标准农田分别是多少", true},
		{"新建5G基站与充电桩分别有多少个", true},
		{"学校、医院分别新建了几所", true},
		{"粮食产量分别是多少", false},
		{"去年和今年粮食产量分别是多少", false},
		{"粮食产量和农田面积的目标分别是多少", false},
	}
	for _, tc := range cases {
		if got := eachOfNamedThings(Normalize(tc.q)); got != tc.want {
			t.Errorf("eachOfNamedThings(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
