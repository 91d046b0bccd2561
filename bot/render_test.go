package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/rag"
)

func TestRenderAnswerQuoteLines(t *testing.T) {
	ix := loadIndex(t)
	rep, _ := ix.Report("")
	a := &rag.Answer{
		Found: true, Lang: "zh", Report: rag.ReportRef{ID: rep.Meta.ID, Title: rep.Meta.Title},
		Answer: "根据报告：\n【2024年结果】「进出口总额增长39.7%，A<B & C>D。」〔¶6〕\n1. 「促进高质量充分就业」〔¶60〕",
		Citations: []rag.Citation{
			{Report: rep.Meta.ID, Paragraph: 6, Quote: "进出口总额增长39.7%，A<B & C>D。", Period: rag.Period{Kind: rag.PeriodResult, Year: 2024}},
			{Report: rep.Meta.ID, Paragraph: 60, Quote: "促进高质量充分就业", Period: rag.Period{Kind: rag.PeriodPlan, Year: 2025}},
			{Report: rep.Meta.ID, Paragraph: 23, Quote: "地区生产总值增长5.5%左右", Period: rag.Period{Kind: rag.PeriodPlan, Year: 2025}},
		},
	}
	h := renderAnswer(a, rep)
	vis, err := telegramtest.ParseHTML(h)
	if err != nil {
		t.Fatalf("%v\n%s", err, h)
	}
	for _, want := range []string{
		"<blockquote><b>【2024年结果】</b>进出口总额增长39.7%，A&lt;B &amp; C&gt;D。〔¶6〕</blockquote>",
		"<blockquote>1. 促进高质量充分就业〔¶60〕</blockquote>",
		"<b>出处</b>", // ¶23 was cited but not quoted in the text: listed after it
		"<blockquote>地区生产总值增长5.5%左右〔¶23〕</blockquote>",
		"2025年目标",
		"<i>一、2024年工作回顾</i>",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("missing %q in\n%s", want, h)
		}
	}
	if strings.Count(vis, "〔¶6〕") != 1 {
		t.Errorf("¶6 quoted twice:\n%s", vis)
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
		rep, _ := eng.Index().Report(a.Report.ID)
		h := renderAnswer(a, rep)
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
		h := renderParagraph(rep, &rep.Paragraphs[i])
		if _, err := telegramtest.ParseHTML(h); err != nil {
			t.Fatalf("¶%d: %v", i+1, err)
		}
		if vis, _ := telegramtest.ParseHTML(h); telegramtest.UTF16Len(vis) > MaxMessageUnits {
			t.Fatalf("¶%d view too long for one (editable) message", i+1)
		}
	}
	text, _ := renderTOC(rep)
	if _, err := telegramtest.ParseHTML(text); err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{renderHelp("x_bot"), renderAbout(ix.Reports(), "extractive", "v<1>"), renderSearch("<q>", nil)} {
		if _, err := telegramtest.ParseHTML(h); err != nil {
			t.Fatalf("%v: %s", err, h)
		}
	}
	w, _ := renderWelcome(ix.Reports())
	if _, err := telegramtest.ParseHTML(w); err != nil {
		t.Fatal(err)
	}
}
