package bot

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/rag"
)

// The parts of answers drawn from several reports render from their
// fields as valid Telegram HTML: a target beside its result on one line
// with both marks and its status, a report heading per section, and a
// "which report?" answer as its question with a button per report,
// whose data parse back to the report within Telegram's 64 bytes.
func TestRenderMultiReportParts(t *testing.T) {
	eng := multiEngine(t)
	ctx := context.Background()
	for _, tc := range []struct {
		q, lang string
		want    []string // in the HTML
		notWant []string // in what is shown
		choices []string // the reports offered as buttons
	}{
		{q: "盘锦去年的目标完成了吗", lang: "zh", want: []string{
			"<b>【2024年目标→结果】</b>地区生产总值增长：目标<b>6%左右</b>〔panjin-2024 ¶14〕，结果<b>3.5%左右</b>〔panjin-2025 ¶6〕——<b>未完成</b>",
			"——<b>完成</b>",
			"<i>《2024年盘锦市政府工作报告（合成测试数据）》 · 《2025年盘锦市政府工作报告》</i>",
		}, notWant: []string{"对照：", "没有找到"}},
		{q: "Did Panjin meet last year's targets?", lang: "en", want: []string{
			"<b>【2024 target → result】</b>地区生产总值增长: target <b>6%左右</b>〔panjin-2024 ¶14〕, result <b>3.5%左右</b>〔panjin-2025 ¶6〕 — <b>not met</b>",
		}},
		{q: "盘锦和示例市的地区生产总值增长目标分别是多少", lang: "zh", want: []string{
			"<b>《2025年盘锦市政府工作报告》</b>\n", "<b>《2024年示例市政府工作报告》</b>\n", "5%左右</b>〔demo-2024 ¶7〕",
		}, notWant: []string{"根据报告", "（panjin-2025）"}},
		{q: "地区生产总值增长目标是多少", lang: "zh", want: []string{"请问是哪一份？"},
			notWant: []string{"没有找到", "· 2025年盘锦市政府工作报告"}, choices: []string{"panjin-2025", "demo-2024"}},
		{q: "What is the GDP growth target?", lang: "en", want: []string{"Which one do you mean?"},
			notWant: []string{"does not answer"}, choices: []string{"panjin-2025", "demo-2024"}},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a, err := eng.Ask(ctx, rag.Query{Text: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			if err := a.CheckParts(eng, true); err != nil {
				t.Fatal(err)
			}
			rows, offered := choiceRows(a)
			v := renderAnswerOpts(a, nil, renderOpts{multi: true, lang: tc.lang, offered: offered})
			vis, err := telegramtest.ParseHTML(v.full)
			if err != nil {
				t.Fatalf("%v\n%s", err, v.full)
			}
			for _, w := range tc.want {
				if !strings.Contains(v.full, w) {
					t.Errorf("missing %q in\n%s", w, v.full)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(vis, w) {
					t.Errorf("%q shown:\n%s", w, vis)
				}
			}
			var got []string
			for _, row := range rows {
				if len(row) != 1 || len(row[0].CallbackData) > maxCallbackBytes || utf8.RuneCountInString(row[0].Text) > 60 {
					t.Fatalf("choice row %+v", row)
				}
				c, err := parseCallback(row[0].CallbackData)
				if err != nil || c.Op != 'c' {
					t.Fatalf("choice data %q: %+v %v", row[0].CallbackData, c, err)
				}
				got = append(got, c.Report)
			}
			if strings.Join(got, ",") != strings.Join(tc.choices, ",") {
				t.Errorf("choices %v, want %v", got, tc.choices)
			}
			// The choices come first, above the votes.
			kb := answerKeyboard(a, 7, tc.lang, false, rows)
			if len(rows) > 0 {
				ik := kb.(*models.InlineKeyboardMarkup)
				if ik.InlineKeyboard[0][0].CallbackData != rows[0][0].CallbackData {
					t.Errorf("keyboard does not start with the choices: %+v", ik.InlineKeyboard)
				}
			}
		})
	}
}

// A report offered whose id cannot go in a button's data keeps its item
// line; without buttons (no conversation store) every choice is a line.
// A track whose result cannot be compared says so.
func TestRenderChoicesWithoutButtons(t *testing.T) {
	a := &rag.Answer{Lang: "zh", Citations: []rag.Citation{}, Parts: []rag.Part{
		rag.TextPart(rag.RoleClarify, "请问是哪一份？"),
		{Type: rag.PartItem, Text: "2025年盘锦市政府工作报告", Report: "panjin-2025", Citations: []int{}},
		{Type: rag.PartItem, Text: "2025年锦州市政府工作报告", Report: "锦州-2025", Citations: []int{}},
	}}
	rows, offered := choiceRows(a)
	if len(rows) != 1 || !offered["panjin-2025"] || offered["锦州-2025"] {
		t.Fatalf("rows %+v offered %v", rows, offered)
	}
	h := renderAnswerOpts(a, nil, renderOpts{multi: true, lang: "zh", offered: offered}).full
	if strings.Contains(h, "盘锦市") || !strings.Contains(h, "· 2025年锦州市政府工作报告") {
		t.Errorf("with a button for panjin-2025 only:\n%s", h)
	}
	h = renderAnswer(a, nil, true, "zh").full
	if !strings.Contains(h, "· 2025年盘锦市政府工作报告") || !strings.Contains(h, "· 2025年锦州市政府工作报告") {
		t.Errorf("without buttons:\n%s", h)
	}

	target := &rag.AnswerFigure{Indicator: "粮食产量", Value: "110万吨以上", Period: rag.Period{Kind: rag.PeriodPlan, Year: 2024}}
	result := &rag.AnswerFigure{Indicator: "粮食产量", Value: "稳定", Period: rag.Period{Kind: rag.PeriodResult, Year: 2024}}
	tr := &rag.Answer{Lang: "en", Found: true, Citations: []rag.Citation{{Report: "a", Paragraph: 3}, {Report: "b", Paragraph: 9}}, Parts: []rag.Part{
		{Type: rag.PartTrack, Figure: target, Result: result, Status: rag.StatusUnclear, Citations: []int{0, 1}},
	}}
	h = renderAnswer(tr, nil, true, "en").full
	if want := "target <b>110万吨以上</b>〔a ¶3〕, result <b>稳定</b>〔b ¶9〕 — <b>not directly comparable</b>"; !strings.Contains(h, want) {
		t.Errorf("unclear track:\n%s\nwant %s", h, want)
	}
}
