package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
)

// answerOf is an answer with the given parts and citations, its text
// rendered as the engine renders it.
func answerOf(rep *rag.Report, lang string, found bool, cits []rag.Citation, parts ...rag.Part) *rag.Answer {
	a := &rag.Answer{Found: found, Lang: lang, Report: rag.ReportRef{ID: rep.Meta.ID, Title: rep.Meta.Title}, Citations: cits, Parts: parts}
	a.Answer = rag.RenderText(a, false)
	return a
}

func quotePart(text string, cite int) rag.Part {
	return rag.Part{Type: rag.PartQuote, Text: text, Citations: []int{cite}}
}

func TestRenderAnswerQuoteLines(t *testing.T) {
	ix := loadIndex(t)
	rep, _ := ix.Report("")
	a := answerOf(rep, "zh", true, []rag.Citation{
		{Report: rep.Meta.ID, Paragraph: 6, Quote: "进出口总额增长39.7%，A<B & C>D。", Period: rag.Period{Kind: rag.PeriodResult, Year: 2024}},
		{Report: rep.Meta.ID, Paragraph: 60, Quote: "促进高质量充分就业", Period: rag.Period{Kind: rag.PeriodPlan, Year: 2025}},
		{Report: rep.Meta.ID, Paragraph: 23, Quote: "地区生产总值增长5.5%左右", Period: rag.Period{Kind: rag.PeriodPlan, Year: 2025}},
	},
		rag.TextPart(rag.RoleIntro, "根据报告："),
		quotePart("进出口总额增长39.7%，A<B & C>D。", 0),
		rag.Part{Type: rag.PartItem, Text: "促进高质量充分就业", Number: 1, Citations: []int{1}},
		rag.Part{Type: rag.PartText, Role: rag.RoleSentence, Text: "目标是增长5.5%左右。", Citations: []int{2}},
	)
	h := renderAnswer(a, rep, false, "zh").full
	vis, err := telegramtest.ParseHTML(h)
	if err != nil {
		t.Fatalf("%v\n%s", err, h)
	}
	for _, want := range []string{
		"<blockquote><b>【2024年结果】</b>进出口总额增长39.7%，A&lt;B &amp; C&gt;D。〔¶6〕</blockquote>",
		"\n1. 促进高质量充分就业〔¶60〕\n",
		"目标是增长5.5%左右〔¶23〕。",
		"<b>出处</b>", // ¶23 was cited by a sentence but not quoted: listed after it
		"<blockquote><b>【2025年目标】</b>地区生产总值增长5.5%左右〔¶23〕</blockquote>",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("missing %q in\n%s", want, h)
		}
	}
	// No boilerplate, no section paths, no report title (one report).
	for _, not := range []string{"答：", "根据报告", "一、2024年工作回顾", "《"} {
		if strings.Contains(vis, not) {
			t.Errorf("%q shown:\n%s", not, vis)
		}
	}
	if strings.Count(vis, "〔¶6〕") != 1 || !strings.HasPrefix(vis, "【2024年结果】进出口") {
		t.Errorf("¶6 quoted twice, or the answer does not come first:\n%s", vis)
	}
}

func TestRenderRealEngineAnswers(t *testing.T) {
	eng := rag.NewEngine(loadIndex(t), nil)
	for _, q := range []string{
		"2024年进出口总额增长了多少？", "2025年有哪些民生安排？", "火星基地什么时候建？",
		"What is the GDP growth target for 2025?", "<script>alert(1)</script> & 进出口",
	} {
		a, err := eng.Ask(context.Background(), rag.Query{Text: q})
		if err != nil || a == nil {
			t.Fatalf("%q: %v", q, err)
		}
		rep, _ := eng.Report(a.Report.ID)
		h := renderAnswer(a, rep, false, a.Lang).full
		for i, part := range splitHTML(h, splitUnits) {
			if _, err := telegramtest.ParseHTML(part); err != nil {
				t.Fatalf("%q part %d: %v\n%s", q, i, err, part)
			}
		}
		vis, _ := telegramtest.ParseHTML(h)
		for _, c := range a.Citations {
			if !strings.Contains(vis, fmt.Sprintf("¶%d〕", c.Paragraph)) {
				t.Errorf("%q: citation ¶%d not shown:\n%s", q, c.Paragraph, vis)
			}
		}
		if a.Found && !strings.Contains(h, "<blockquote>") {
			t.Errorf("%q: found answer without a blockquote:\n%s", q, h)
		}
	}
}

func TestRenderParagraphAndTOCValid(t *testing.T) {
	ix := loadIndex(t)
	rep, _ := ix.Report("")
	for i := range rep.Paragraphs {
		h := renderParagraph(rep, &rep.Paragraphs[i], "zh")
		if _, err := telegramtest.ParseHTML(h); err != nil {
			t.Fatalf("¶%d: %v", i+1, err)
		}
		if vis, _ := telegramtest.ParseHTML(h); telegramtest.UTF16Len(vis) > MaxMessageUnits {
			t.Fatalf("¶%d view too long for one (editable) message", i+1)
		}
	}
	for _, lang := range []string{"zh", "en"} {
		text, _ := renderTOC(rep, lang)
		if _, err := telegramtest.ParseHTML(text); err != nil {
			t.Fatal(err)
		}
		for _, h := range []string{renderHelp("x_bot", lang), renderAbout(ix.Reports(), "extractive", "v<1>", lang), renderSearch("<q>", nil, lang)} {
			if _, err := telegramtest.ParseHTML(h); err != nil {
				t.Fatalf("%v: %s", err, h)
			}
		}
		for _, group := range []bool{false, true} {
			w, _ := renderWelcome(ix.Reports(), lang, group, "x_bot", examples)
			if _, err := telegramtest.ParseHTML(w); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestRenderFiguresAndCorrection(t *testing.T) {
	ix := loadIndex(t)
	rep, _ := ix.Report("")
	target := rag.Period{Kind: rag.PeriodPlan, Year: 2025}
	result := rag.Period{Kind: rag.PeriodResult, Year: 2024}
	quote := "全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右"
	gdp := &rag.AnswerFigure{Indicator: "地区生产总值增长", Value: "5.5%左右", Kind: "target", Period: target, Report: rep.Meta.ID, Paragraph: 23, Start: 25, End: 31}
	gdpCite := []rag.Citation{{Report: rep.Meta.ID, Paragraph: 23, Period: target, Quote: quote, Start: 0, End: 31}}
	figure := func(f *rag.AnswerFigure, cite int) rag.Part {
		return rag.Part{Type: rag.PartFigure, Figure: f, Citations: []int{cite}}
	}
	for _, tc := range []struct {
		name    string
		a       *rag.Answer
		want    []string // in this order
		notWant []string
	}{
		{
			name: "correction, figure, quote",
			a: answerOf(rep, "zh", true, gdpCite,
				rag.Part{Type: rag.PartCorrection, Stated: "8%", Figure: gdp, Citations: []int{0}},
				rag.TextPart(rag.RoleIntro, "根据报告："), figure(gdp, 0), quotePart(quote, 0)),
			want: []string{
				"<b>更正：报告写的是5.5%左右，不是8%</b>〔¶23〕\n",
				"<b>【2025年目标】</b>地区生产总值增长：<b>5.5%左右</b>〔¶23〕",
			},
			// The quote only repeats the figure line: 原文 ¶23 has it.
			notWant: []string{"<blockquote>", "<b>出处</b>", "根据报告", "答：", "二、2025年工作安排"},
		},
		{
			name: "figures of both periods, no quote of one: its figure citation is not repeated",
			a: answerOf(rep, "zh", true, []rag.Citation{
				{Report: rep.Meta.ID, Paragraph: 11, Period: result, Quote: "新购公交车辆85台。"},
				{Report: rep.Meta.ID, Paragraph: 54, Period: target, Quote: "132台"},
			},
				rag.TextPart(rag.RoleIntro, "根据报告："),
				figure(&rag.AnswerFigure{Indicator: "新购公交车辆", Value: "85台", Period: result}, 0),
				figure(&rag.AnswerFigure{Indicator: "购置公交车辆", Value: "132台", Period: target}, 1),
				quotePart("新购公交车辆85台。", 0)),
			want: []string{
				"<b>【2024年结果】</b>新购公交车辆：<b>85台</b>〔¶11〕\n<b>【2025年目标】</b>购置公交车辆：<b>132台</b>〔¶54〕",
			},
			notWant: []string{"<b>出处</b>", "<blockquote>"},
		},
		{
			name: "words from the engine or a model are escaped, never markup",
			a: answerOf(rep, "zh", false, []rag.Citation{},
				rag.TextPart(rag.RoleNotFound, "报告未提及“<script>”。"), rag.TextPart(rag.RoleNotice, "A&B <b>")),
			want:    []string{"<b>报告未提及“&lt;script&gt;”。</b>\n", "A&amp;B &lt;b&gt;"},
			notWant: []string{"<script>"},
		},
		{
			name: "English correction",
			a: answerOf(rep, "en", true, gdpCite,
				rag.Part{Type: rag.PartCorrection, Stated: "8%", Figure: gdp, Citations: []int{0}},
				rag.TextPart(rag.RoleIntro, "From the report (quotes are in the original Chinese):"), figure(gdp, 0)),
			want: []string{"<b>Note: the report says 5.5%左右, not 8%</b> 〔¶23〕\n", "<b>【2025 target/plan】</b>地区生产总值增长：<b>5.5%左右</b>〔¶23〕"},
		},
		{
			name: "a correction of the way a figure moved says the report's way",
			a: answerOf(rep, "zh", true, gdpCite,
				rag.Part{Type: rag.PartCorrection, Stated: "下降了5.5%左右", WrongWay: true, Figure: &rag.AnswerFigure{Indicator: "地区生产总值增长", Value: "5.5%左右", Direction: 1, Kind: "target", Period: target}, Citations: []int{0}}),
			want: []string{"<b>更正：报告写的是增长5.5%左右，不是下降了5.5%左右</b>〔¶23〕"},
		},
		{
			name: "a claimed difference is corrected with both years' figures and the true one",
			a: answerOf(rep, "zh", true, []rag.Citation{
				{Report: rep.Meta.ID, Paragraph: 11, Period: result, Quote: "85台"},
				{Report: rep.Meta.ID, Paragraph: 54, Period: target, Quote: "132台"},
			},
				rag.Part{Type: rag.PartCorrection, Stated: "多50台", Gap: &rag.Gap{Value: "47台", Way: 1}, Citations: []int{0, 1},
					Result: &rag.AnswerFigure{Indicator: "新购公交车辆", Value: "85台", Period: result},
					Figure: &rag.AnswerFigure{Indicator: "购置公交车辆", Value: "132台", Period: target}}),
			want: []string{"<b>更正：报告写的是2024年结果85台、2025年目标132台，多47台，不是多50台</b>〔¶11〕〔¶54〕"},
		},
		{
			// A stage claimed reached (已经通车了吧) of a plan: "报告写的是…竣工
			// 通车，不是…" would read as agreeing, so the phone says it is a plan.
			name: "a plan claimed done is corrected as a plan",
			a: answerOf(rep, "zh", true, []rag.Citation{{Report: rep.Meta.ID, Paragraph: 52, Period: target, Quote: "京哈高速盘锦段扩容改造竣工通车"}},
				rag.Part{Type: rag.PartCorrection, Stated: "京哈高速盘锦段扩容改造已经通车", PlanOnly: true, Citations: []int{0},
					Figure: &rag.AnswerFigure{Value: "京哈高速盘锦段扩容改造竣工通车", Period: target}}),
			want:    []string{"<b>更正：报告把“京哈高速盘锦段扩容改造竣工通车”列为2025年目标，没有写京哈高速盘锦段扩容改造已经通车</b>〔¶52〕"},
			notWant: []string{"不是"},
		},
		{
			name: "a claim of a district about the city's figure says whose it is",
			a: answerOf(rep, "en", true, []rag.Citation{{Report: rep.Meta.ID, Paragraph: 13, Period: result, Quote: "城镇新增就业2.04万人"}},
				rag.Part{Type: rag.PartCorrection, Stated: "Dawa District's", WholePlace: "Panjin", Citations: []int{0},
					Figure: &rag.AnswerFigure{Value: "2.04万人", Period: result}}),
			want: []string{"<b>Note: the report says 2.04万人 for Panjin as a whole, not Dawa District's</b> 〔¶13〕"},
		},
		{
			name: "a quote of a figure's paragraph without the figure is shown",
			a: answerOf(rep, "zh", true, []rag.Citation{gdpCite[0], {Report: rep.Meta.ID, Paragraph: 23, Period: target, Quote: "城镇新增就业1.9万人"}},
				figure(gdp, 0), quotePart("城镇新增就业1.9万人", 1)),
			want: []string{"〔¶23〕\n<blockquote><b>【2025年目标】</b>城镇新增就业1.9万人〔¶23〕</blockquote>"},
		},
		{
			name:    "a part of a kind this renderer does not know shows its words",
			a:       answerOf(rep, "zh", true, gdpCite, rag.Part{Type: "clarify", Text: "您问的是哪份报告？", Citations: []int{0}, Children: []rag.Part{{Type: rag.PartText, Text: "<盘锦>", Citations: []int{}}}}),
			want:    []string{"您问的是哪份报告？〔¶23〕\n· &lt;盘锦&gt;"},
			notWant: []string{"出处"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := renderAnswer(tc.a, rep, false, tc.a.Lang).full
			if _, err := telegramtest.ParseHTML(h); err != nil {
				t.Fatalf("%v\n%s", err, h)
			}
			at := 0
			for _, w := range tc.want {
				i := strings.Index(h[at:], w)
				if i < 0 {
					t.Fatalf("missing (or out of order) %q in\n%s", w, h)
				}
				at += i + len(w)
			}
			for _, w := range tc.notWant {
				if strings.Contains(h, w) {
					t.Errorf("unexpected %q in\n%s", w, h)
				}
			}
		})
	}
}

// The figures answerer's real answers (corrections, figure lines of both
// periods) render as valid HTML with the correction first and every
// citation shown.
func TestRenderRealFigureAnswers(t *testing.T) {
	reports, err := rag.LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	lex := rag.DefaultLexicon()
	ix, err := rag.NewIndex(reports, lex)
	if err != nil {
		t.Fatal(err)
	}
	fa := rag.NewEngine(ix, nil, figures.NewStepper(figures.NewIndex(reports, lex.Expand)).Step)
	for _, q := range []string{"报告说今年GDP目标是8%，为什么这么高？", "公交车去年买了多少、今年计划多少", "2025年城镇新增就业目标是多少", "The report says the GDP target is 8%?"} {
		a, err := fa.Ask(context.Background(), rag.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		rep, _ := ix.Report(a.Report.ID)
		h := renderAnswer(a, rep, false, a.Lang).full
		vis, err := telegramtest.ParseHTML(h)
		if err != nil {
			t.Fatalf("%q: %v\n%s", q, err, h)
		}
		if len(a.Figures) > 0 && !strings.Contains(h, "：<b>"+a.Figures[0].Value+"</b>") {
			t.Errorf("%q: figure %q not shown as a figure line:\n%s", q, a.Figures[0].Value, h)
		}
		if a.Parts[0].Type == rag.PartCorrection && !strings.HasPrefix(vis, "更正") && !strings.HasPrefix(vis, "Note") {
			t.Errorf("%q: correction not first:\n%s", q, h)
		}
		for _, c := range a.Citations {
			if !strings.Contains(vis, fmt.Sprintf("¶%d〕", c.Paragraph)) {
				t.Errorf("%q: ¶%d not shown", q, c.Paragraph)
			}
		}
	}
}
