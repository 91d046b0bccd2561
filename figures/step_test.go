package figures_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
)

// newAnswerer is the engine with the figures step, as the binary builds it.
func newAnswerer(t testing.TB) *rag.Engine {
	t.Helper()
	ix, figs := seedIndexes(t)
	return rag.NewEngine(ix, nil, figures.NewStepper(figs).Step)
}

// seedIndexes indexes the seed report for the engine and for figures.
func seedIndexes(t testing.TB) (*rag.Index, *figures.Index) {
	t.Helper()
	reports, err := rag.LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	lex := rag.DefaultLexicon()
	ix, err := rag.NewIndex(reports, lex)
	if err != nil {
		t.Fatal(err)
	}
	return ix, figures.NewIndex(reports, lex.Expand)
}

func TestAnswererFigures(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct {
		question  string
		wantFirst string   // the answer starts with this
		want      []string // figure values, in order
		kinds     []string
	}{
		{"报告说今年GDP目标是8%，为什么这么高？", "更正：报告写的是5.5%左右，不是8%〔¶23〕", []string{"5.5%左右"}, []string{"target"}},
		{"公交车去年买了多少、今年计划多少", "根据报告：", []string{"85台", "132台"}, []string{"result", "target"}},
		{"去年外贸涨了多少？", "根据报告：", []string{"39.7%"}, []string{"result"}},
		{"2025年城镇新增就业目标是多少", "根据报告：", []string{"1.9万人"}, []string{"target"}},
		// One thing in the other word order (科技成果转化, 转化科技成果): the
		// plan's figure answers it; and a pair stating last year's figure
		// gets this year's beside it.
		{"今年科技成果转化目标多少", "根据报告：", []string{"90项以上"}, []string{"target"}},
		{"去年科技成果转化80项对吗，今年目标多少", "根据报告：", []string{"80项", "90项以上"}, []string{"result", "target"}},
		{"2025年要重点做好哪八个方面工作？", "根据报告：", nil, nil},
		// A list's other figures, right of 2024, place the one corrected
		// in 2024: the plan's 50万亩 answers nothing asked.
		{"稻蟹共生、苇田、海洋牧场面积分别是95万亩、70万亩、84万亩吗？", "更正：报告写的是48万亩，不是84万亩〔¶11〕", []string{"48万亩"}, []string{"result"}},
		// Each figure of an English pair is held to its own thing's
		// figure in the quote, not the other thing's.
		{"Criminal cases fell 24.3% and public order cases fell 26.1% last year, right?", "Note: the report says 26.1%, not 24.3%", []string{"26.1%"}, []string{"result"}},
		{"Criminal cases fell 26.1% and public order cases fell 24.3% last year, right?", "From the report", nil, nil},
		// A pair with no period word is the first figure's year: 6% is
		// the plan's 进出口 target, 2024's is 39.7%.
		{"社会消费品零售总额增长4%，进出口增长6%，是这样吗？", "更正：报告写的是39.7%，不是6%〔¶6〕", []string{"39.7%"}, []string{"result"}},
		// Each half of a two-year question asks its own kind: an amount
		// of one year, a growth of the other; a half asking how asks no
		// figure; a share is no count.
		{"去年实际到位内资多少亿元，今年增长多少", "根据报告：", []string{"451.5亿元", "10%"}, []string{"result", "target"}},
		{"去年新增就业多少，今年如何促进就业", "根据报告：", []string{"2.04万人"}, []string{"result"}},
		{"普惠性幼儿园比例去年和今年", "根据报告：", []string{"91%"}, []string{"target"}},
		{"盘锦的房价是多少", "报告未提及", nil, nil},
		// The report names the indicator but not in the unit or the year asked:
		// not found, with the figure it does give, labelled.
		{"2024年盘锦地区生产总值总量是多少亿元？", "报告没有给出以“亿元”计的这项数字", []string{"3.5%左右"}, []string{"result"}},
		{"2024年盘锦规上工业增加值增长了多少？", "报告没有给出2024年的这项数字", []string{"5.4%"}, []string{"target"}},
		// The figure given instead comes with its clause, as the report
		// writes what it is of (旅游收入 beside 旅客接待量).
		{"2025年盘锦旅客接待量增长目标是多少？", "报告没有给出2025年的这项数字。报告给出的是：\n【2024年结果】旅客接待量增长：64％〔¶8〕\n【2024年结果】「全市旅客接待量、旅游收入分别增长64％、29.9％。」〔¶8〕", []string{"64％"}, []string{"result"}},
		// Asked for money, and nothing quoted is an amount of money.
		{"暖气费多少钱", "报告没有给出以“元”计的这项数字。相关内容：\n【", nil, nil},
		// Asked in a measure word of its own (套): the figure counted in it
		// answers, not a count in 个 of the same project's berths.
		{"华锦阿美项目有几套主装置", "根据报告：", []string{"32套"}, []string{"result"}},
		// Named by nothing else, the one figure of the year in the very
		// unit asked, named in the question's words, answers (技改 of
		// 投入技改资金, 农村 of 18万农村居民); one in another measure
		// word (276个 charging points for 部) does not.
		{"去年企业技改砸了多少钱", "根据报告：", []string{"70.1亿元"}, []string{"result"}},
		{"今年农村喝上城市水的有多少人", "根据报告：", []string{"18万"}, []string{"target"}},
		{"电梯里不让电动车上去的那个装置，去年装了多少部啊", "根据报告：", nil, nil},
		// A compound unit (万吨级) still fits the unit asked (吨).
		{"争取多少万吨级航道纳入国家规划？", "根据报告：", []string{"15万吨级"}, []string{"target"}},
		// A list of names in an indicator is one slot: 老旧管网 covers
		// 更新改造供水、供热、燃气、排水等老旧管网 as fully as naming them all.
		{"去年老旧管网更新改造了多少公里", "根据报告：", []string{"360公里"}, []string{"result"}},
		// The year asked names its figure at length (老旧管网 beside 改造;
		// 新增便民利企“高效办成一件事”): it answers, not the other year's
		// shorter indicator. One the other year's names more of stays
		// declined (燃气管道; 营业收入 is no 居民收入).
		{"去年老管网改造了多少公里", "根据报告：", []string{"360公里"}, []string{"result"}},
		{"今年一件事应用场景新增几个", "根据报告：", []string{"8个"}, []string{"target"}},
		{"去年燃气管道改造了多少公里", "报告没有给出2024年的这项数字", []string{"20公里"}, []string{"target"}},
		// A main target written in words (与经济增长基本同步) answers 多少
		// of its year; a question insisting on a number is not answered.
		{"今年居民收入增长多少", "根据报告：\n【2025年目标】「居民收入增长与经济增长基本同步」〔¶23〕", nil, nil},
		{"今年居民收入增长目标具体是百分之几", "报告没有给出2025年的这项数字", []string{"8.7%"}, []string{"result"}},
		// A right figure stated with a bare 亿 is not "corrected": not by the
		// currency (亿美元), nor by a figure the lexicon lifts over it (压减支出).
		{"去年实际利用外资7.5亿对吧", "根据报告：", nil, nil},
		{"公共采购节支2.63亿是吧", "根据报告：", nil, nil},
		// A number the question sets out from is no claim to correct,
		// though the quote gives it of another thing than asked; the
		// average it asks the report does not give.
		{"去年11个老旧小区平均每个惠及多少户", "报告没有给出平均数。", nil, nil},
		{"人大代表建议办复198件吧", "更正：报告写的是126件，不是198件", []string{"126件"}, []string{"result"}},
		// Figures the lexicon ties: the one whose indicator the question writes.
		{"去年保交房4个，对吧", "更正：报告写的是2个，不是4个", []string{"2个"}, []string{"result"}},
		// "管网" names 燃气管道's 20公里 more closely than 老旧管网's
		// 360公里; the figure writing the stated number is the one meant.
		{"管网改造了360米吗", "更正：报告写的是360公里，不是360米〔¶11〕", []string{"360公里"}, []string{"result"}},
		// A place in a ranking stated in English is checked; a whole given
		// to ask a part of it is the report's own (开复工项目502个).
		{"Panjin's R&D spending ranked 1st in the province in 2024, right?", "Note: the report says 全省第三, not 1st", []string{"全省第三"}, []string{"result"}},
		{"Of the 600 projects under construction in 2024, how many were new?", "Note: the report says 502个, not 600 projects", []string{"502个"}, []string{"result"}},
		// A pair's margin over the province said of the first figure's
		// thing is corrected with the thing the report gives it for; of
		// that thing, it holds.
		{"去年GDP增长3.5%，高于全省2.8个百分点，是吗", "更正：报告写的是一般公共预算收入增长8.3%、高于全省2.8个百分点，不是GDP增长〔¶6〕", []string{"2.8个百分点", "3.5%左右"}, []string{"result", "result"}},
		{"去年一般公共预算收入增长8.3%，高于全省2.8个百分点吧", "根据报告：", []string{"8.3%", "2.8个百分点"}, []string{"result", "result"}},
		// A set the report counts as stated holds: the part's figure (366
		// that start) corrects no set of 600.
		{"Of the 600 projects, how many will start construction this year?", "From the report", nil, nil},
		// "new shipping routes" are the report's 新增航线: a count stated is checked.
		{"The port plans 12 new shipping routes this year, right?", "Note: the report says 2条, not 12 new shipping routes", []string{"2条"}, []string{"target"}},
		// A wrong English figure with its unit or count noun is corrected.
		{"Was the PM2.5 average concentration 33 micrograms in 2024?", "Note: the report says 29微克/立方米, not 33 micrograms", []string{"29微克/立方米"}, []string{"result"}},
		{"Panjin added 5,000 parking spaces in 2024, right?", "Note: the report says 1.1万个, not 5,000 parking spaces", []string{"1.1万个"}, []string{"result"}},
		{"Is the city buying 150 new buses this year?", "Note: the report says 132台, not 150 new buses", []string{"132台"}, []string{"target"}},
		// A bare English count under a hundred is a claim too, unless
		// "the" names things by it.
		{"So Panjin has 85 cross-border e-commerce companies now, right?", "Note: the report says 70家, not 85", []string{"70家"}, []string{"result"}},
		// A rate claimed of a thing the report gives a rate is corrected by
		// that rate, not by another thing's count of the same number.
		{"去年跨境电商成交额增长70%对吗", "更正：报告写的是24.7%，不是70%〔¶10〕", []string{"24.7%"}, []string{"result"}},
		{"Cross-border e-commerce turnover grew 70% last year, right?", "Note: the report says 24.7%, not 70%", []string{"24.7%"}, []string{"result"}},
		{"去年引进人才1.15万人对吧", "更正：报告写的是超万人，不是1.15万人〔¶9〕", []string{"超万人"}, []string{"result"}},
		{"去年实际利用外资多少钱", "根据报告：", []string{"7.5亿美元"}, []string{"result"}},
		// A figure stated for one year is not the other year's, though the
		// number is the same (粮食产量 110万吨 both years): the year asked
		// heads the answer, the year stated is only quoted.
		{"去年粮食产量110万吨，今年目标多少", "根据报告：", []string{"110万吨左右"}, []string{"target"}},
		// A claim's subject may come after it.
		{"有人说增长了4.7%，说的是去年GDP吗", "更正：报告写的是3.5%左右，不是4.7%", []string{"3.5%左右"}, []string{"result"}},
		// ...but not a year's last two digits in staff shorthand.
		{"urban jobs 25 target?", "From the report", []string{"1.9万人"}, []string{"target"}},
		// A figure the question states in one clause is not the answer to
		// the amount it asks in another: not found, its quote related text.
		{"老旧管网改了360公里，其中排水管网多少公里", "报告没有给出这项数字，只有问题里已说到的“360公里”。相关内容：\n【2024年结果】「更新改造", nil, nil},
		// The report's figure, stated as the whole a part is asked of, is
		// not corrected by the part's figure of another year (燃气管道 20公里).
		{"更新改造老旧管网360公里，其中燃气管网多少公里", "根据报告：", []string{"360公里", "20公里"}, []string{"result", "target"}},
		// A stated figure is held to the period of its own clause.
		// The question asks last year's growth, which the answer gives.
		{"今年GDP目标8%，去年呢", "更正：报告写的是5.5%左右，不是8%〔¶23〕", []string{"3.5%左右"}, []string{"result"}},
		{"每千人托位数今年不是要到4.5个吗，去年是多少", "报告没有给出这项数字，只有问题里已说到的“4.5个”。相关内容：\n【2025年目标】「", nil, nil},
		// ... unless it asks to confirm the figure, or the answer is another.
		// A pair stating one year's two figures swapped is corrected in
		// that year alone: the other year's figure of either thing is no
		// part of the correction.
		{"稻蟹共生70万亩、苇田养殖95万亩是吗", "更正：报告写的是95万亩，不是70万亩〔¶11〕", []string{"95万亩", "70万亩"}, []string{"result", "result"}},
		// An amount the report writes for another indicator supports no
		// claim of the asked one, which the report gives only as a rate.
		{"去年全市生产总值403亿元对吗", "报告没有给出这项数字；报告写的403亿元是海洋经济生产总值", []string{"3.5%左右"}, []string{"result"}},
		{"去年社零总额145亿元吧", "报告没有给出这项数字；报告写的145亿元是大豆全产业链产值", []string{"4%"}, []string{"result"}},
		{"Panjin's GDP was 40.3 billion yuan last year, right?", "The report gives no such figure for this; the report's 403亿元 is 海洋经济生产总值", []string{"3.5%左右"}, []string{"result"}},
		// The amount's own indicator in other words (技改投资 for 投入技改
		// 资金, 海洋产业产值 for 海洋经济生产总值) is no other indicator.
		{"技改投资70.1亿元对吗", "根据报告：", nil, nil},
		{"全市海洋产业产值403亿元吧", "根据报告：", nil, nil},
		{"GDP增长多少，是5.5%左右吗", "根据报告：", []string{"3.5%左右", "5.5%左右"}, []string{"result", "target"}},
		{"去年GDP增长3.5%左右，今年目标多少", "根据报告：", []string{"5.5%左右"}, []string{"target"}},
		// A rank asked beside a change: the ranking (增速均全省第一) and
		// another figure written after 全省第二 name no other thing than
		// the change quoted; another thing's change is still no answer.
		{"固定资产投资去年增长多少，排全省第几", "根据报告：", nil, nil},
		{"去年进出口增长多少，全省第几", "根据报告：", nil, nil},
		{"海洋经济生产总值增长多少，全省第几", "报告没有给出这项数字的增减幅度", nil, nil},
		// A figure stated and another asked: the quote's other figure of
		// what is asked answers, with no headline of the stated one; a
		// quote with only the stated figure, or another year's, does not.
		{"去年开复工项目502个，其中新建多少个", "根据报告：", nil, nil},
		{"去年保交楼3个，保交房几个", "根据报告：", nil, nil},
		{"老旧管网改了360公里，其中供热管网是多少公里", "报告没有给出这项数字，只有问题里已说到的", nil, nil},
		{"石化及精细化工产业去年营收多少，今年不是要超2000亿吗", "报告没有给出这项数字，只有问题里已说到的", nil, nil},
	} {
		t.Run(tc.question, func(t *testing.T) {
			ans, err := a.Ask(context.Background(), rag.Query{Text: tc.question})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(ans.Answer, tc.wantFirst) {
				t.Errorf("answer does not start with %q:\n%s", tc.wantFirst, ans.Answer)
			}
			if found := strings.HasPrefix(tc.wantFirst, "根据") || strings.HasPrefix(tc.wantFirst, "更正") || strings.HasPrefix(tc.wantFirst, "Note:") || strings.HasPrefix(tc.wantFirst, "From the report"); ans.Found != found {
				t.Errorf("found = %v, want %v", ans.Found, found)
			}
			if len(ans.Figures) != len(tc.want) {
				t.Fatalf("figures %+v, want values %v", ans.Figures, tc.want)
			}
			for i, f := range ans.Figures {
				if f.Value != tc.want[i] || f.Kind != tc.kinds[i] {
					t.Errorf("figure %d = %s (%s), want %s (%s)", i, f.Value, f.Kind, tc.want[i], tc.kinds[i])
				}
				checkFigureVerbatim(t, a, f)
				if !strings.Contains(ans.Answer, f.Value) {
					t.Errorf("figure %s is not in the answer text", f.Value)
				}
			}
		})
	}
}

// TestAnswererGap: a claimed difference from last year is answered with
// both years' figures, labelled; a wrong one is corrected with both and
// the true difference, one year's alone is shown and never corrected.
func TestAnswererGap(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct {
		question string
		want     string // the answer's first lines
		gap      bool   // a correction of the difference heads it
	}{
		{"今年公交车比去年多47台吧", "根据报告：\n【2024年结果】新购公交车辆：85台〔¶11〕\n【2025年目标】购置公交车辆：132台〔¶54〕\n", false},
		{"今年公交车比去年多50台吧", "更正：报告写的是2024年结果85台、2025年目标132台，多47台，不是多50台〔¶11〕〔¶54〕。\n根据报告：\n【2024年结果】新购公交车辆：85台〔¶11〕\n【2025年目标】购置公交车辆：132台〔¶54〕\n", true},
		{"今年科技成果转化比去年多5项吧", "更正：报告写的是2024年结果80项、2025年目标90项以上，至少多10项，不是多5项〔¶9〕〔¶34〕。", true},
		{"今年GDP目标比去年高3个百分点吧", "更正：报告写的是2024年结果3.5%左右、2025年目标5.5%左右，高2个百分点，不是高3个百分点〔¶6〕〔¶23〕。", true},
		{"Is the FDI target US$500 million lower than last year?", "Note: the report says 7.5亿美元 (2024 result) and 4亿美元 (2025 target/plan), 3.5亿美元 less, not US$500 million lower 〔¶10〕〔¶29〕.\n【2024 result】实际利用外资：7.5亿美元〔¶10〕\n【2025 target/plan】实际利用外资：4亿美元〔¶29〕", true},
		{"今年高标准农田比去年多2万亩吧", "根据报告：\n【2024年结果】建成高标准农田：12.45万亩〔¶11〕\n", false},
	} {
		t.Run(tc.question, func(t *testing.T) {
			ans, err := a.Ask(context.Background(), rag.Query{Text: tc.question})
			if err != nil {
				t.Fatal(err)
			}
			if err := ans.CheckParts(a, false); err != nil {
				t.Error(err)
			}
			if !ans.Found || !strings.HasPrefix(ans.Answer, tc.want) {
				t.Errorf("found %v, answer does not start with %q:\n%s", ans.Found, tc.want, ans.Answer)
			}
			gap := ans.Parts[0].Type == rag.PartCorrection && ans.Parts[0].Gap != nil
			if gap != tc.gap || strings.Count(ans.Answer, "更正")+strings.Count(ans.Answer, "Note:") != map[bool]int{false: 0, true: 1}[tc.gap] {
				t.Errorf("gap correction %v, want %v:\n%s", gap, tc.gap, ans.Answer)
			}
		})
	}
}

func checkFigureVerbatim(t *testing.T, a rag.ReportSource, f rag.AnswerFigure) {
	t.Helper()
	r, err := a.Report(f.Report)
	if err != nil {
		t.Fatal(err)
	}
	p, err := r.Paragraph(f.Paragraph)
	if err != nil {
		t.Fatal(err)
	}
	if f.End > utf8.RuneCountInString(p.Text) || string([]rune(p.Text)[f.Start:f.End]) != f.Value {
		t.Errorf("figure %q is not the text of ¶%d at [%d,%d)", f.Value, f.Paragraph, f.Start, f.End)
	}
}

// Every figure in every answer to the evaluation questions is supported by a
// paragraph the answer cites: the answer check the LLM path uses holds for
// extractive answers too.
func TestAnswersPassTheFigureCheck(t *testing.T) {
	a := newAnswerer(t)
	raw, err := os.ReadFile("../eval/testdata/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var qs []struct{ Question string }
	if err := yaml.Unmarshal(raw, &qs); err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		ans, err := a.Ask(context.Background(), rag.Query{Text: q.Question})
		if err != nil {
			t.Fatal(err)
		}
		var cited []*rag.Paragraph
		for _, c := range ans.Citations {
			r, _ := a.Report(c.Report)
			p, err := r.Paragraph(c.Paragraph)
			if err != nil {
				t.Fatal(err)
			}
			cited = append(cited, p)
		}
		if err := ans.CheckParts(a, false); err != nil {
			t.Errorf("%s: %v", q.Question, err)
		}
		// The correction names the question's wrong figure on purpose.
		rest := *ans
		rest.Parts = nil
		for _, p := range ans.Parts {
			if p.Type != rag.PartCorrection {
				rest.Parts = append(rest.Parts, p)
			}
		}
		text := rag.RenderText(&rest, false)
		for _, p := range figures.Check(text, cited) {
			t.Errorf("%s: figure %q: %s\n%s", q.Question, p.Figure, p.Reason, ans.Answer)
		}
		for _, f := range ans.Figures {
			checkFigureVerbatim(t, a, f)
		}
	}
}

// With several reports, a named year picks the report about that year,
// each mark naming its report.
func TestAnswererSeveralReports(t *testing.T) {
	reports, err := rag.LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	more, err := rag.LoadFS(os.DirFS("../rag/testdata"))
	if err != nil {
		t.Fatal(err)
	}
	reports = append(reports, more...)
	lex := rag.DefaultLexicon()
	ix, err := rag.NewIndex(reports, lex)
	if err != nil {
		t.Fatal(err)
	}
	a := rag.NewEngine(ix, nil, figures.NewStepper(figures.NewIndex(reports, lex.Expand)).Step)
	for _, tc := range []struct {
		q    string
		want []string // report/value of each figure
	}{
		{"2023年GDP增长多少", []string{"testcity-2024/6.1%"}},
		// 2024's target is in the report planning 2024, not in the one
		// reviewing it: one report answers, its figures not mixed with
		// the other's.
		{"2024年GDP目标是多少", []string{"testcity-2024/6%左右"}},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range ans.Figures {
			got = append(got, f.Report+"/"+f.Value)
			checkFigureVerbatim(t, a, f)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: figures %v, want %v\n%s", tc.q, got, tc.want, ans.Answer)
		}
	}
	ans, err := a.Ask(context.Background(), rag.Query{Text: "2026年GDP增长多少"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found || !strings.HasPrefix(ans.Answer, "已加载的报告都没有2026年的数字") {
		t.Errorf("a year no report covers: %s", ans.Answer)
	}
}

// A figure of another indicator than the one asked is no answer, but its
// clause is shown as related text, and a quote sharing nothing of the
// question (the report's date line, for "2025年") is not.
func TestUnaskedFigureShownRelated(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct{ q, related, not string }{
		{"how much exports 2025年", "「进出口总额增长6%」〔¶23〕", "〔¶1〕"},
		{"What's the 2024 exports growth figure?", "进出口总额增长39.7%", "From the report"},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found || len(ans.Figures) > 0 || !strings.Contains(ans.Answer, tc.related) || strings.Contains(ans.Answer, tc.not) {
			t.Errorf("%s: found=%v figures=%v, want not found with %q as related text and no %q:\n%s", tc.q, ans.Found, ans.Figures, tc.related, tc.not, ans.Answer)
		}
	}
}

// A figure found by its unit alone, which the question's words barely
// name, is shown in its clause as well: the quotes found for those words
// are of other things.
func TestUnnamedFigureQuoted(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct{ q, clause string }{
		{"去年企业技改砸了多少钱", "「投入技改资金70.1亿元」〔¶9〕"},
		{"今年农村喝上城市水的有多少人", "「让18万农村居民饮用水与城市同源同网同质。」〔¶54〕"},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(ans.Answer, tc.clause) {
			t.Errorf("%s: found=%v, want found with %q quoted:\n%s", tc.q, ans.Found, tc.clause, ans.Answer)
		}
	}
}

// A figure a question opens with, corrected, is shown in the clause the
// report gives it in, beside the answer to what is asked: the clause
// says whose the figure is.
func TestOpeningCorrectionQuotesItsClause(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct{ q, want string }{
		{"防汛时14114名受灾群众被转移，党员干部去了多少？", "5214名受灾群众积极配合、及时转移"},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(ans.Answer, tc.want) {
			t.Errorf("Ask(%q) = %q, want it to quote %q", tc.q, ans.Answer, tc.want)
		}
	}
}
