package rag_test

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// The JSON of an answer is the documented shape of `reportbot ask --json`.
func TestAnswerJSON(t *testing.T) {
	eng := seedEngine(t, false)
	a, err := eng.Ask(context.Background(), rag.Query{Text: "2025年地区生产总值增长目标是多少？"})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Found || len(a.Citations) == 0 {
		t.Fatalf("test premise: a found answer, got:\n%s", a.Answer)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if got, want := keys(m), []string{"answer", "citations", "found", "lang", "mode", "parts", "question", "report", "understood"}; !reflect.DeepEqual(got, want) {
		t.Errorf("answer JSON keys %v, want %v", got, want)
	}
	if got, want := keys(m["report"].(map[string]any)), []string{"id", "title", "version"}; !reflect.DeepEqual(got, want) {
		t.Errorf("report JSON keys %v, want %v", got, want)
	}
	c := m["citations"].([]any)[0].(map[string]any)
	if got, want := keys(c), []string{"end", "paragraph", "period", "quote", "report", "section", "start"}; !reflect.DeepEqual(got, want) {
		t.Errorf("citation JSON keys %v, want %v", got, want)
	}
	if c["period"] != "2025-plan" || c["report"] != seedID || c["paragraph"] != float64(23) {
		t.Errorf("citation JSON %v, want ¶23 of %s with period \"2025-plan\"", c, seedID)
	}
	// And back: the same answer.
	var back rag.Answer
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal answer JSON: %v", err)
	}
	if !reflect.DeepEqual(&back, a) {
		t.Errorf("answer JSON does not round-trip:\n got %+v\nwant %+v", back, *a)
	}
	// A not-found answer has "citations": [] or a list, never null.
	nf, err := eng.Ask(context.Background(), rag.Query{Text: "😀"})
	if err != nil {
		t.Fatal(err)
	}
	b, _ = json.Marshal(nf)
	var raw map[string]json.RawMessage
	_ = json.Unmarshal(b, &raw)
	if string(raw["citations"]) == "null" {
		t.Errorf("not-found answer JSON has \"citations\": null")
	}
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestPeriodText(t *testing.T) {
	for _, p := range []rag.Period{{}, {Kind: rag.PeriodResult, Year: 2024}, {Kind: rag.PeriodPlan, Year: 2025}, {Kind: rag.PeriodPlan, Year: 1999}} {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var q rag.Period
		if err := q.UnmarshalText(b); err != nil || q != p {
			t.Errorf("Period %+v → %q → %+v, %v", p, b, q, err)
		}
	}
	for _, s := range []string{"2025", "plan", "2025-", "2025-goal", "x-plan", "2025-plan-x", "-plan"} {
		var q rag.Period
		if err := q.UnmarshalText([]byte(s)); err == nil {
			t.Errorf("UnmarshalText(%q) = %+v, want an error", s, q)
		}
	}
}

// Report.Paragraph's error is documented as rag.ErrNoParagraph (answer.go:
// "Errors a caller maps to a usage message or a 4xx status"); the server maps
// it to 404 with errors.Is.
func TestParagraphErrorIsErrNoParagraph(t *testing.T) {
	r := loadSeed(t)
	for _, n := range []int{0, -3, seedParagraphs + 1} {
		_, err := r.Paragraph(n)
		if err == nil {
			t.Fatalf("Paragraph(%d): no error", n)
		}
		if !errors.Is(err, rag.ErrNoParagraph) {
			t.Errorf("Paragraph(%d) error %q does not wrap rag.ErrNoParagraph", n, err)
		}
	}
}

// A report's own place names come from its metadata, not from rag's code:
// naming the place asks about the report, not about a word it lacks.
func TestPlaceNamesFromMetadata(t *testing.T) {
	ctx := context.Background()
	synth := loadSynth(t)
	for _, tc := range []struct {
		aliases []string
		q       string
	}{
		{nil, "测试市2024年地区生产总值增长目标是多少"}, // city: 测试市
		{nil, "测试2024年地区生产总值增长目标是多少"},  // the city without 市
		{[]string{"Testville"}, "What is Testville's GDP growth target for 2024?"},
	} {
		r := *synth
		r.Meta.Aliases = tc.aliases
		eng := buildEngine(t, []*rag.Report{&r}, false)
		a, err := eng.Ask(ctx, rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found {
			t.Errorf("%q (aliases %v): not found:\n%s", tc.q, tc.aliases, a.Answer)
		}
	}
}

func TestCorrectValue(t *testing.T) {
	up := &rag.AnswerFigure{Value: "1.9%", Direction: 1}
	down := &rag.AnswerFigure{Value: "25.8%", Direction: -1}
	for _, tc := range []struct {
		p    rag.Part
		lang string
		want string
	}{
		{rag.Part{Type: rag.PartCorrection, Figure: up, Stated: "8%"}, "zh", "1.9%"},
		{rag.Part{Type: rag.PartCorrection, Figure: up, Stated: "fell 1.9%", WrongWay: true}, "en", "a rise of 1.9%"},
		{rag.Part{Type: rag.PartCorrection, Figure: down, Stated: "上升了25.8%", WrongWay: true}, "zh", "下降25.8%"},
		{rag.Part{Type: rag.PartCorrection, Figure: &rag.AnswerFigure{Value: "7.5亿美元"}, WrongWay: true}, "zh", "7.5亿美元"},
		{rag.Part{Type: rag.PartCorrection, Figure: up, Stated: "1.9亿元", OtherUnit: true}, "zh", "增长1.9%"},
		{rag.Part{Type: rag.PartCorrection, Figure: &rag.AnswerFigure{Value: "70.1亿元"}, Stated: "70.1%", OtherUnit: true}, "zh", "70.1亿元"},
		{rag.Part{Type: rag.PartCorrection}, "zh", ""},
		// The city's figure claimed of a district: whose figure it is.
		{rag.Part{Type: rag.PartCorrection, Figure: &rag.AnswerFigure{Value: "2.04万人"}, Stated: "大洼区的", WholePlace: "盘锦市"}, "zh", "盘锦市全市的2.04万人"},
		{rag.Part{Type: rag.PartCorrection, Figure: &rag.AnswerFigure{Value: "2.04万人"}, Stated: "Dawa District's", WholePlace: "Panjin"}, "en", "2.04万人 for Panjin as a whole"},
		// A claimed difference: both years' figures and the true one.
		{gapPart(rag.Gap{Value: "47台", Way: 1}), "zh", "2024年结果85台、2025年目标132台，多47台"},
		{gapPart(rag.Gap{Value: "47台", Way: 1}), "en", "85台 (2024 result) and 132台 (2025 target/plan), 47台 more"},
		// A level claimed as a change: the level, and the change beside it.
		{rag.Part{Type: rag.PartCorrection, Level: true, Stated: "提高了45%", Figure: &rag.AnswerFigure{Indicator: "化工精细化率", Value: "45%", Unit: "%"}}, "zh",
			"化工精细化率为45%（这是达到的水平，不是增幅）"},
		{rag.Part{Type: rag.PartCorrection, Level: true, Stated: "增长了147亿", Figure: &rag.AnswerFigure{Indicator: "进出口总额", Value: "147亿元", Unit: "元"}, Change: up}, "en",
			"进出口总额 stood at 147亿元 (a total, not an increase; the change it gives is a rise of 1.9%)"},
		// A claimed total: the figures added and their computed sum.
		{sumPart(rag.PartCorrection, "300件"), "zh", "人大代表建议126件、政协提案198件，相加为324件（据报告数字计算）"},
		{sumPart(rag.PartCorrection, "300件"), "en", "人大代表建议 126件 and 政协提案 198件, which add up to 324件 (computed from the report's figures)"},
	} {
		if got := tc.p.CorrectValue(tc.lang); got != tc.want {
			t.Errorf("CorrectValue(%+v, %s) = %q, want %q", tc.p, tc.lang, got, tc.want)
		}
	}
}

// Every correction's sentence is worded once, for every channel: a plan
// claimed done, a value claimed of the other period than the report's
// (in English no "not as done": the claim may be a plan), an item an open list does not name, and a figure not the
// one stated.
func TestCorrectionText(t *testing.T) {
	plan := rag.Period{Kind: rag.PeriodPlan, Year: 2025}
	result := rag.Period{Kind: rag.PeriodResult, Year: 2024}
	for _, tc := range []struct {
		p    rag.Part
		lang string
		want string
	}{
		{rag.Part{Type: rag.PartCorrection, PlanOnly: true, Stated: "已经通车", Figure: &rag.AnswerFigure{Value: "竣工通车", Period: plan}}, "zh",
			"更正：报告把“竣工通车”列为2025年目标，没有写已经通车"},
		{rag.Part{Type: rag.PartCorrection, PlanOnly: true, Stated: "already open", Figure: &rag.AnswerFigure{Value: "竣工通车", Period: plan}}, "en",
			"Note: the report lists 竣工通车 as a 2025 target/plan, not as done (already open)"},
		{rag.Part{Type: rag.PartCorrection, ClaimedPeriod: &result, Stated: "2024年结果", Figure: &rag.AnswerFigure{Value: "870万吨", Period: plan}}, "zh",
			"更正：报告把“870万吨”列为2025年目标，没有写2024年结果"},
		{rag.Part{Type: rag.PartCorrection, ClaimedPeriod: &result, Stated: "2024年结果", Figure: &rag.AnswerFigure{Value: "870万吨", Period: plan}}, "en",
			"Note: the report lists 870万吨 as a 2025 target/plan; it gives no 2024 result"},
		{rag.Part{Type: rag.PartCorrection, NotNamed: true, Stated: "《民法典》", Figure: &rag.AnswerFigure{Value: "《统计法》等法律法规"}}, "zh",
			"更正：报告写的是《统计法》等法律法规，没有点名《民法典》"},
		{rag.Part{Type: rag.PartCorrection, NotNamed: true, Stated: "the Civil Code", Figure: &rag.AnswerFigure{Value: "《统计法》等法律法规"}}, "en",
			"Note: the report says 《统计法》等法律法规; it does not name the Civil Code"},
		{rag.Part{Type: rag.PartCorrection, Stated: "大洼区的", WholePlace: "盘锦市", Figure: &rag.AnswerFigure{Value: "2.04万人"}}, "zh",
			"更正：报告写的是盘锦市全市的2.04万人，不是大洼区的"},
		{rag.Part{Type: rag.PartCorrection, Stated: "8%", Figure: &rag.AnswerFigure{Value: "5.5%左右"}}, "en",
			"Note: the report says 5.5%左右, not 8%"},
	} {
		if got := tc.p.CorrectionText(tc.lang); got != tc.want {
			t.Errorf("CorrectionText(%+v, %s) = %q, want %q", tc.p, tc.lang, got, tc.want)
		}
	}
}

func sumPart(t rag.PartType, stated string) rag.Part {
	of := []rag.AnswerFigure{{Indicator: "人大代表建议", Value: "126件"}, {Indicator: "政协提案", Value: "198件"}}
	return rag.Part{Type: t, Stated: stated, Sum: &rag.Sum{Of: of, Value: "324件"}, Citations: []int{0}}
}

// A sum part bears the claim out in a sentence of its own; its figures
// labelled by period only when they differ.
func TestSumCheck(t *testing.T) {
	p := sumPart(rag.PartSum, "324件")
	if got, want := p.SumCheck("zh"), "核对：报告分别写的是人大代表建议126件、政协提案198件，相加为324件（据报告数字计算），与所说的324件一致。"; got != want {
		t.Errorf("SumCheck = %q, want %q", got, want)
	}
	p.Sum.Of[1].Period = rag.Period{Kind: rag.PeriodPlan, Year: 2025}
	p.Sum.Approx = true
	if got, want := p.SumCheck("en"), "Check: the report gives 人大代表建议 126件 and 政协提案 198件 (2025 target/plan), which add up to about 324件 (computed from the report's figures), as stated (324件)."; got != want {
		t.Errorf("SumCheck = %q, want %q", got, want)
	}
}

func gapPart(g rag.Gap) rag.Part {
	return rag.Part{Type: rag.PartCorrection, Stated: "多50台", Gap: &g, Citations: []int{0, 1},
		Result: &rag.AnswerFigure{Value: "85台", Period: rag.Period{Kind: rag.PeriodResult, Year: 2024}},
		Figure: &rag.AnswerFigure{Value: "132台", Period: rag.Period{Kind: rag.PeriodPlan, Year: 2025}}}
}

func TestGapWords(t *testing.T) {
	for _, tc := range []struct {
		g      rag.Gap
		zh, en string
	}{
		{rag.Gap{Value: "47台", Way: 1}, "多47台", "47台 more"},
		{rag.Gap{Value: "0.14万人", Way: -1}, "少0.14万人", "0.14万人 less"},
		{rag.Gap{Value: "10项", Way: 1, AtLeast: true}, "至少多10项", "at least 10项 more"},
		{rag.Gap{Value: "2个百分点", Way: 1, Rate: true}, "高2个百分点", "2 percentage points higher"},
		{rag.Gap{Value: "1个百分点", Way: -1, Rate: true}, "低1个百分点", "1 percentage point lower"},
		{rag.Gap{Way: 0}, "持平", "the same"},
	} {
		if zh, en := tc.g.Words("zh"), tc.g.Words("en"); zh != tc.zh || en != tc.en {
			t.Errorf("%+v: %q, %q; want %q, %q", tc.g, zh, en, tc.zh, tc.en)
		}
	}
}

// A gap correction with a difference it cannot word, or without both
// figures cited, is inconsistent.
func TestCheckPartsGap(t *testing.T) {
	eng := seedEngine(t, false)
	r, err := eng.Report("panjin-2025")
	if err != nil {
		t.Fatal(err)
	}
	// The two years' bus figures, as the figures index gives them.
	var figs []*rag.AnswerFigure
	var cites []rag.Citation
	for _, f := range []struct {
		n     int
		value string
		per   rag.Period
	}{{11, "85台", rag.Period{Kind: rag.PeriodResult, Year: 2024}}, {54, "132台", rag.Period{Kind: rag.PeriodPlan, Year: 2025}}} {
		p, err := r.Paragraph(f.n)
		if err != nil {
			t.Fatal(err)
		}
		at := strings.Index(p.Text, f.value)
		if at < 0 {
			t.Fatalf("¶%d has no %s", f.n, f.value)
		}
		start := utf8.RuneCountInString(p.Text[:at])
		end := start + utf8.RuneCountInString(f.value)
		figs = append(figs, &rag.AnswerFigure{Value: f.value, Period: f.per, Report: r.Meta.ID, Paragraph: f.n, Start: start, End: end})
		cites = append(cites, rag.Citation{Report: r.Meta.ID, Paragraph: f.n, Period: f.per, Quote: f.value, Start: start, End: end})
	}
	for _, tc := range []struct {
		g     rag.Gap
		cites []int
		ok    bool
	}{
		{rag.Gap{Value: "47台", Way: 1}, []int{0, 1}, true},
		{rag.Gap{Way: 1}, []int{0, 1}, false},
		{rag.Gap{Value: "47台", Way: 0}, []int{0, 1}, false},
		{rag.Gap{Value: "47台", Way: 2}, []int{0, 1}, false},
		{rag.Gap{Value: "47台", Way: 1}, []int{0}, false},
	} {
		g := tc.g
		a := &rag.Answer{Citations: cites[:len(tc.cites)], Parts: []rag.Part{
			{Type: rag.PartCorrection, Stated: "多50台", Figure: figs[1], Result: figs[0], Gap: &g, Citations: tc.cites}}}
		a.Answer = rag.RenderText(a, false)
		if err := a.CheckParts(eng, false); (err == nil) != tc.ok {
			t.Errorf("%+v cited %v: CheckParts = %v", tc.g, tc.cites, err)
		}
	}
}
