package rag_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
)

// fullEngine is the engine as the binary builds it: both retrieval legs
// and the figures step.
func fullEngine(t *testing.T) *rag.Engine {
	t.Helper()
	reports := []*rag.Report{loadSeed(t)}
	lex := rag.DefaultLexicon()
	ix, err := rag.NewIndex(reports, lex)
	if err != nil {
		t.Fatal(err)
	}
	return rag.NewEngine(ix, vectorLeg(t, ix, ""), figures.NewStepper(figures.NewIndex(reports, lex.Expand)).Step)
}

// groundingCase is a question and what its answer must and must not be.
type groundingCase struct {
	q         string
	found     bool
	grounding string   // understood.grounding
	figures   []string // the headline figures, in order
	want      []string // in the answer text
	not       []string // not in the answer text
	paragraph int      // when not 0, the first quote's paragraph
}

func checkGrounding(t *testing.T, eng *rag.Engine, cases []groundingCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.q, func(t *testing.T) {
			a, err := eng.Ask(context.Background(), rag.Query{Text: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			if err := a.CheckParts(eng, false); err != nil {
				t.Error(err)
			}
			if a.Found != tc.found || a.Understood.Grounding != tc.grounding {
				t.Errorf("found=%v grounding=%q, want %v %q\n%s", a.Found, a.Understood.Grounding, tc.found, tc.grounding, a.Answer)
			}
			var figs []string
			for _, p := range a.Parts {
				if p.Type == rag.PartFigure {
					figs = append(figs, p.Figure.Value)
				}
			}
			if !slices.Equal(figs, tc.figures) {
				t.Errorf("headline figures %q, want %q\n%s", figs, tc.figures, a.Answer)
			}
			for _, w := range tc.want {
				if !strings.Contains(a.Answer, w) {
					t.Errorf("answer lacks %q:\n%s", w, a.Answer)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(a.Answer, w) {
					t.Errorf("answer has %q:\n%s", w, a.Answer)
				}
			}
			if tc.paragraph != 0 {
				for _, p := range a.Parts {
					if p.Type == rag.PartQuote {
						if n := a.Citations[p.Citations[0]].Paragraph; n != tc.paragraph {
							t.Errorf("first quote from ¶%d, want ¶%d:\n%s", n, tc.paragraph, a.Answer)
						}
						break
					}
				}
			}
		})
	}
}

// Never confidently wrong: another place, another period, another
// indicator, a figure the report gives only for the other period — each
// of the issue's examples answers right or declines plainly.
func TestNeverConfidentlyWrong(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		// A whole-city total (全市社会消费品零售总额) does not answer for one
		// of the examples listed before it (汽车、家电…等市场); the total
		// asked still is.
		{q: "家电消费去年涨了多少", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "去年汽车消费增速是多少", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "全市社零去年增长多少", found: true, figures: []string{"4%"}, paragraph: 8},
		// A list of measures taken (…等15项举措) names how the total was
		// reached, no part of it: asked through one, the total answers.
		{q: "化债政策用好后债务率下降了多少", found: true, figures: []string{"100个百分点以上"}, paragraph: 14},
		// A growth rate said in percentage points is the report's rate in
		// %: confirmed with a note on the unit, never corrected; a change
		// in points said as a % and a level said as a change still are.
		{q: "新登记经营主体去年增长了21.7个百分点，对不对", found: true, figures: []string{"21.7%"}, want: []string{"注：增速以“%”计", "21.7%"}, not: []string{"更正"}, paragraph: 8},
		{q: "Did the invention patents granted rise 74.1 percentage points?", found: true, want: []string{"Note: the report gives this growth rate in %"}, not: []string{"Correction"}, paragraph: 9},
		{q: "整体债务率是不是降了100%", found: true, figures: []string{"100个百分点以上"}, want: []string{"更正"}, paragraph: 14},
		// A wrong growth rate said in points is corrected with the rate in
		// %, never with another thing's gap in points (2.8个百分点 is no
		// count of 个); the plan's own rate said in points is no gap from
		// last year's.
		{q: "旅游收入增长了30个百分点吗", found: true, figures: []string{"29.9％"}, want: []string{"更正：报告写的是29.9％"}, not: []string{"报告写的是2.8个"}},
		{q: "旅客接待量去年涨了65个百分点吧", found: true, figures: []string{"64％"}, want: []string{"更正", "64％"}, paragraph: 8},
		{q: "今年进出口总额目标是增长6个百分点吧", found: true, figures: []string{"6%"}, want: []string{"注：增速以“%”计"}, not: []string{"更正"}, paragraph: 23},
		// A sum claimed in dollars that the quote writes in yuan is
		// corrected, the thing named short or not; dollars written stand.
		{q: "海洋经济去年达到403亿美元了吧", found: true, want: []string{"403亿元，不是403亿美元"}, paragraph: 9},
		{q: "节支2.63亿美元，是不是", found: true, want: []string{"2.63亿元，不是2.63亿美元"}, paragraph: 15},
		{q: "外资实际利用了7.5亿美元吧", found: true, not: []string{"更正"}, paragraph: 10},
		// The field a numbered batch was chosen from is corrected, whether
		// the claim names the thing before the batch or after it.
		{q: "一刻钟便民生活圈试点城市盘锦算全省第四批的吧", found: true, want: []string{"全国第四批，不是全省第四批"}, paragraph: 8},
		{q: "盘锦选上的是全市第四批一刻钟便民生活圈试点吗", found: true, want: []string{"全国第四批，不是全市第四批"}, paragraph: 8},
		{q: "盘锦是全国第四批一刻钟便民生活圈试点城市吧", found: true, not: []string{"更正"}, paragraph: 8},
		// A detail the report never gives — a deductible, a capacity, a
		// death toll, a count of incidents, a traded volume — is not
		// answered by a sentence naming the topic; 人员不伤亡 and a target
		// named back (事故起数) still answer.
		// Every member of a total named, then one set apart by 里/当中: that
		// one's share, which the total does not give; all of them still are.
		{q: "数字化车间、智能工厂今年建15个，当中数字化车间占几个", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "今年要建的数字化车间和智能工厂里面，智能工厂打算建多少", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "今年数字化车间和智能工厂要建几个", found: true, figures: []string{"15个"}},
		// A count asked of a noun written first, its verb after (企业去年
		// 新增几家), is of that noun as asked: another kind's count does not
		// answer, nor does it for a kind no report writes (a misspelling).
		{q: "外资企业去年新增几家", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "规工企业2024年新增了多少家", found: false, grounding: "no_such_figure", not: []string{"18家〔"}},
		{q: "企业去年新增多少家", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		// Counted by a measure word (几所, 多少座), the things are the noun
		// before the verb of adding: another kind newly built (roads, parks)
		// does not answer; a kind the report counts still does.
		{q: "学校去年新建多少所", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "中小学新建了几所", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "图书馆新建几座", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "停车泊位去年增划了多少个", found: true, figures: []string{"1.1万个"}, paragraph: 11},
		// A kind glossed in brackets (规上（限上）企业) is still a kind: all
		// new firms asked are not counted by it.
		{q: "今年全市新增企业多少户", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "外贸企业去年新增了几家", found: true, figures: []string{"18家"}, paragraph: 10},
		// 私营 is everyday for 民营: the state-owned firms' reform is no
		// answer for private ones.
		{q: "今年政府怎么扶持私营企业", found: true, want: []string{"民营企业"}, not: []string{"国有企业改革"}, paragraph: 41},
		// The same of members a figure is told of jointly (盘锦大米和盘锦河蟹
		// 品牌价值), joined by 和 or 跟, one set apart by its short name.
		{q: "盘锦大米、盘锦河蟹两个品牌当中河蟹值多少钱", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "盘锦大米跟盘锦河蟹里头大米品牌值多少", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "盘锦大米和盘锦河蟹的品牌价值合计多少", found: true, figures: []string{"突破千亿元"}, paragraph: 9},
		{q: "城乡居民医保起付线", found: false, grounding: "not_answered", want: []string{"起付线"}},
		{q: "How high is the outpatient deductible now?", found: false, grounding: "not_answered", want: []string{"deductible"}},
		{q: "海上风电项目建成后装机容量多大", found: false, grounding: "not_answered", want: []string{"装机容量"}},
		{q: "2024年生产安全事故死亡人数", found: false, grounding: "not_answered", want: []string{"伤亡人数"}},
		{q: "去年安全生产死了几个人", found: false, grounding: "not_answered", want: []string{"伤亡人数"}},
		// The injured are asked as the dead are: the rescuers' headcount
		// is no answer, 人员不伤亡 is.
		{q: "去年闹水灾伤了多少人", found: true, want: []string{"人员不伤亡"}, not: []string{"抢险队伍"}, paragraph: 17},
		{q: "How many people were hurt in the 2024 floods?", found: true, want: []string{"人员不伤亡"}, not: []string{"抢险队伍"}, paragraph: 17},
		{q: "去年洪灾里受伤的有多少人", found: true, want: []string{"人员不伤亡"}, not: []string{"抢险队伍"}, paragraph: 17},
		{q: "全市去年的火灾起数", found: false, grounding: "not_answered", want: []string{"起数"}},
		{q: "今年事故起数要下降吗", found: true},
		// A modifier shared is not the thing: 巴黎 before 残奥会 does not
		// answer for 巴黎奥运会, nor 收入 inside 一般公共预算收入 for 工资;
		// the thing itself written still answers.
		{q: "巴黎奥运会上有没有盘锦选手得奖", found: false, grounding: "not_answered", want: []string{"报告没有提到“巴黎奥运会”"}},
		{q: "巴黎奥运会盘锦运动员表现怎么样", found: false, grounding: "not_answered", want: []string{"巴黎残奥会"}},
		{q: "巴黎残奥会盘锦成绩如何", found: true, not: []string{"报告没有提到"}, paragraph: 17},
		{q: "去年工资上涨了吗", found: false, grounding: "not_answered", want: []string{"报告没有写到所问的“工资”"}},
		{q: "今年老百姓工资有啥目标", found: true, not: []string{"报告没有写到"}, paragraph: 23},
		// Murders are not the murder cold cases cleared: a quote naming
		// only these says nothing of whether murders happened.
		{q: "去年出过杀人命案吗", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "命案积案下降率排第几", found: true, figures: []string{"全省第一"}},
		// Money named only by 投入, 资金, 钱 is told apart by what it is
		// for: the upgrade fund (投入技改资金) is no other field's spending.
		{q: "去年养老投入多少钱", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "去年生态环境投入资金多少", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "2024年技改资金投入多少", found: true, figures: []string{"70.1亿元"}, paragraph: 9},
		// Money asked in everyday words that write none of its indicator
		// (搞技术改造 is the lexicon's 技改): the fund is still the answer.
		{q: "去年企业搞技术改造砸了多少钱", found: true, figures: []string{"70.1亿元"}, paragraph: 9},
		{q: "How much money did factories spend on technical renovation last year?", found: true, figures: []string{"70.1亿元"}},
		// By how much money a thing grew is neither its level nor its rate.
		{q: "去年外贸进出口涨了多少亿", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "去年实际到位内资增长了多少亿元", found: false, grounding: "no_such_figure", not: []string{"451.5亿元〔"}},
		{q: "去年实际到位内资增长了多少", found: true, figures: []string{"20.2%"}},
		// A plan listing events to hold this year gives none of their days.
		{q: "红马赛今年啥时候跑", found: false, grounding: "not_answered", want: []string{"报告没有给出时间"}},
		{q: "全民健身节今年啥时候搞", found: false, grounding: "not_answered", want: []string{"报告没有给出时间"}},
		// Which ones of a count, asked 都是什么/都是啥, are not answered by
		// the sentence that only counts them; a named one (海兴科技等) is.
		{q: "那3个保交楼项目都是什么", found: false, grounding: "not_answered", want: []string{"只给出数量"}},
		{q: "去年新签约的19个央地合作项目都是什么", found: false, grounding: "not_answered", want: []string{"只给出数量"}},
		{q: "7个数字化项目都是啥", found: true, want: []string{"海兴科技"}},
		{q: "去年发生几起交通事故", found: false, grounding: "not_answered", want: []string{"起数"}},
		{q: "去年重特大事故发生了几起", found: true, want: []string{"未发生重特大事故"}},
		// A count asserted of what the report says never happened or is
		// none is corrected with the report's denial.
		{q: "去年发生了3起网络安全事件对吗？", found: true, want: []string{"更正：报告写的是全年未发生网络安全事件，不是发生了3起网络安全事件"}},
		{q: "零就业家庭还有100户吗？", found: true, want: []string{"更正：报告写的是零就业家庭保持动态为零，不是还有100户"}},
		{q: "去年调解纠纷多少起", found: true, want: []string{"1.2万余件"}},
		{q: "How many people died in the floods last year?", found: true, want: []string{"人员不伤亡"}, paragraph: 17},
		{q: "盘锦港原油进口量多大", found: false, grounding: "not_answered", want: []string{"进出口的数量"}},
		// 咱省, 我省, 省上 name the province as 全省 does: its figure is not
		// the city's. What the province gives the city is the city's.
		{q: "咱省去年外贸进出口涨了多少", found: false, grounding: "other_place", want: []string{"没有给出辽宁省的数字"}, not: []string{"39.7%"}},
		{q: "我省今年一般公共预算收入打算增长多少", found: false, grounding: "other_place", want: []string{"没有给出辽宁省的数字"}, not: []string{"6%"}},
		{q: "省上拨给盘锦的稳增长奖励资金排第几", found: true, figures: []string{"全省第三"}, not: []string{"没有给出辽宁省的数字"}},
		// English "berths" alone are a port's; only "parking berths" are
		// the city's 停车泊位.
		{q: "How many berths did Panjin build in 2024?", found: false, grounding: "no_such_figure", want: []string{"not for berth"}},
		{q: "how many parkng berths did the city mark out in 2024", found: true, not: []string{"not for berth"}, paragraph: 11},
		{q: "How many parking berths were marked out in 2024?", found: true, figures: []string{"1.1万个"}, paragraph: 11},
		// A name the report never writes, before report words that end as a
		// firm's or a project's does, is not the firms the report names; one
		// character off a name it writes (汇富 for 汇福) is that name.
		{q: "荣盛石化盘锦项目进展如何", found: false, grounding: "not_answered", want: []string{"报告没有提到“荣盛石化盘锦项目”"}},
		{q: "宏达集团盘锦项目啥时候投产", found: false, grounding: "not_answered", want: []string{"报告没有提到“宏达集团盘锦项目”"}},
		{q: "汇富粮油项目今年开工吗", found: true, not: []string{"报告没有提到"}, paragraph: 35},
		// A body's or a debt's name the report never writes (数据局, 专项债)
		// is not the written word before its last character (数据, 专项).
		{q: "市里的大数据局挂牌了没有", found: false, grounding: "no_such_figure", not: []string{"根据报告"}},
		{q: "去年争取到的专项债", found: false, grounding: "not_answered", not: []string{"根据报告"}},
		{q: "专项债去年用在哪了", found: false, grounding: "not_answered"},
		// A name written in Chinese and Latin letters together (村BA) is
		// asked whole: the plan's 村BA does not answer for 2024.
		{q: "2024年村BA比赛搞了没", found: false, grounding: "figure_of_other_period", want: []string{"村BA"}, paragraph: 64},
		// A detail set aside in a clause before the one asking is not asked.
		{q: "起付线不用说了，普通门诊统筹支付比例现在多少", found: true, figures: []string{"55%"}},
		// A claim about households' income or a sector's value added the
		// report never gives is not "corrected" with a firm's takings or
		// industry's figure; the firms' own figure still confirms.
		{q: "去年城乡居民人均可支配收入增长7%对不对", found: false, grounding: "no_such_figure", not: []string{"更正", "根据报告"}},
		{q: "今年第三产业增加值增长7%对吗", found: false, grounding: "no_such_figure", not: []string{"更正", "根据报告"}},
		{q: "去年市属国企营业收入增长8.7%对吗", found: true, figures: []string{"8.7%"}, paragraph: 10},
		// "What is the X of" a wider place asks that place's figure.
		{q: "what is the gdp for liaoning province", found: false, grounding: "other_place", not: []string{"「"}},
		{q: "What was the GDP of Liaoning province in 2024?", found: false, grounding: "other_place", not: []string{"「"}},
		{q: "What was Panjin's GDP growth in 2024?", found: true, figures: []string{"3.5%左右"}, not: []string{"Liaoning"}},
		// A comparison set on the other side of the same place (低于全省
		// where ¶6 says 高于全省) is corrected; the same side, or another
		// place, is not.
		{q: "去年一般公共预算收入增速低于全省平均吧", found: true, want: []string{"更正：报告写的是高于全省"}},
		{q: "一般公共预算收入的增幅比全省还低是吗", found: true, figures: []string{"2.8个百分点"}, want: []string{"更正：报告写的是高于全省"}},
		{q: "一般公共预算收入增速比全省高吧", found: true, want: []string{"高于全省"}, not: []string{"更正"}},
		// 比全省低 is a side, never a slip for 比全省第(一); a side denied
		// (没比全省高) is wrong where the report sets the city on it.
		{q: "去年一般公共预算收入是比全省低的吧", found: true, figures: []string{"2.8个百分点"}, want: []string{"更正：报告写的是高于全省", "不是比全省低"}},
		{q: "一般公共预算收入增速不会比全省低吧", found: true, want: []string{"高于全省"}, not: []string{"更正"}},
		{q: "去年一般公共预算收入增幅没比全省高吧", found: true, want: []string{"更正：报告写的是高于全省", "不是没比全省高"}},
		// Words of a setting before a subject (烈日下, 街巷中) name nothing
		// a claim's owner could be swapped with.
		{q: "华锦阿美项目是中海油的吗", found: true, not: []string{"更正", "不是中海油"}},
		{q: "外卖小哥是美团的吗", found: true, not: []string{"更正", "不是美团"}},
		// A clause without a subject carries the one before's.
		{q: "一般公共预算收入去年增长8.3%，但比全省低是吧", found: true, want: []string{"更正：报告写的是高于全省", "不是比全省低"}},
		// A name the report writes only in its short form (辽滨经开区) is
		// written; a sum in 美元 is a sum; 公车 is as often an official car
		// as a bus, and 召开企业家/举办企业 hold no 办企业.
		{q: "辽滨经济技术开发区去年有什么成绩", found: true, not: []string{"报告没有提到"}, paragraph: 9},
		{q: "今年外资实际利用的目标金额", found: true, figures: []string{"4亿美元"}, paragraph: 29},
		{q: "公车私用问题怎么管", found: false, not: []string{"公交"}},
		{q: "召开企业家座谈会了吗", found: true, not: []string{"企业开办"}},
		// A route asked by its two ends is the report's short form of it
		// (阜盘铁路), no other city the report says nothing of; a wish
		// (我想…) names no topic.
		{q: "盘锦到阜新的铁路什么时候修", found: true, want: []string{"阜盘铁路"}, not: []string{"没有阜新"}, paragraph: 46},
		// The ends' short form names a route of the kind asked only: 锦盘 is
		// a pipeline, no railway between 锦州 and 盘锦.
		{q: "从锦州到盘锦通铁路吗", found: false, grounding: "other_place"},
		{q: "从锦州至盘锦的输油管线今年有什么安排", found: true, want: []string{"锦盘输油管线"}, paragraph: 46},
		{q: "锦州到盘锦那条输油管线啥时候弄好", found: true, want: []string{"锦盘输油管线"}, not: []string{"没有锦州"}, paragraph: 46},
		{q: "我想开个公司，要多久才能办下来", found: true, not: []string{"想开"}, paragraph: 10},
		// The clause just before, not the sentence's first: GDP is never
		// compared with the province.
		{q: "一般公共预算收入增长8.3%，地区生产总值增长3.5%，比全省低吧", found: true, figures: []string{"8.3%", "3.5%左右"}, not: []string{"更正"}},
		// Asked either way (高不高于, 比不比, 是否, 还是) or hedged (未必),
		// or a side denied where the report agrees: nothing to correct.
		{q: "去年一般公共预算收入增幅高不高于全省", found: true, figures: []string{"2.8个百分点"}, want: []string{"高于全省"}, not: []string{"更正"}},
		{q: "一般公共预算收入增幅比不比全省高呢", found: true, want: []string{"高于全省"}, not: []string{"更正"}},
		// The province set beside the city, spoken (省里, 省上) or written
		// after 跟/和/同, is answered by the report's comparison, not by the
		// city's own figure as a headline.
		{q: "公共预算收入增长了8.3%，和省上相比呢", found: true, want: []string{"高于全省2.8个百分点"}, paragraph: 6},
		{q: "一般公共预算收入去年比省里快了多少", found: true, figures: []string{"2.8个百分点"}, paragraph: 6},
		{q: "去年财政收入涨8.3%，同全省比呢", found: true, want: []string{"高于全省2.8个百分点"}, paragraph: 6},
		// A stated figure then set beside the province asks where that
		// figure stands, not the report's first comparison with it.
		{q: "外资去年用了7.5亿美元，和全省比较呢", found: true, want: []string{"全省第二"}, not: []string{"高于全省"}, paragraph: 10},
		// A rate set beside the province asks the rate's standing: no
		// amount a 全省 rank stands near (进出口总额达到147亿元) heads it.
		{q: "进出口的增速同全省比较呢", found: true, want: []string{"增速均全省第一"}, not: []string{"147亿元"}, paragraph: 6},
		// Who holds the first places is not told by the city's own rank
		// below the first; the rank itself still answers.
		{q: "全省外资利用前两位是哪两个城市", found: false, grounding: "not_answered", want: []string{"全省第二"}},
		{q: "研发经费投入全省排第几", found: true, figures: []string{"全省第三"}, paragraph: 9},
		// A run of years spoken as 这三年/两年来 is no one year's figure.
		{q: "两年来一共新增了多少家外贸企业", found: false, grounding: "figure_of_other_period", not: []string{"根据报告"}},
		// Done within a part of the year is a month asked: a plan for the
		// year does not tell it; the year asked still answers.
		{q: "华锦阿美下半年会机械竣工吗", found: false, grounding: "not_answered", want: []string{"机械竣工"}},
		{q: "华锦阿美今年会机械竣工吗", found: true, want: []string{"机械竣工"}, paragraph: 35},
		{q: "是否一般公共预算收入增幅低于全省", found: true, figures: []string{"2.8个百分点"}, want: []string{"高于全省"}, not: []string{"更正"}},
		{q: "一般公共预算收入增幅高于全省还是低于全省", found: true, figures: []string{"2.8个百分点"}, want: []string{"高于全省"}, not: []string{"更正"}},
		{q: "一般公共预算收入增幅比全省的还要低吧", found: true, want: []string{"更正：报告写的是高于全省"}},
		{q: "一般公共预算收入增幅比全省略低对吗", found: true, want: []string{"更正：报告写的是高于全省"}},
		// 不如全省, 落后于全省 set the city below the province; 跑赢 above.
		{q: "一般公共预算收入增幅不如全省对吧", found: true, want: []string{"更正：报告写的是高于全省", "不是不如全省"}},
		{q: "去年一般公共预算收入增速落后于全省吧", found: true, want: []string{"更正：报告写的是高于全省", "不是落后于全省"}},
		{q: "一般公共预算收入增幅跑赢全省了吧", found: true, want: []string{"高于全省"}, not: []string{"更正"}},
		{q: "一般公共预算收入增幅还是比全省低吧", found: true, want: []string{"更正：报告写的是高于全省", "不是比全省低"}},
		{q: "一般公共预算收入增幅未必比全省低", found: true, want: []string{"高于全省"}, not: []string{"更正"}},
		{q: "一般公共预算收入增幅并不是比全省低吧", found: true, want: []string{"高于全省"}, not: []string{"更正"}},
		// A word's opposite (地上 for 地下, 城镇 for 农村, 开局 for 收官)
		// claimed where the report writes the other is corrected; the
		// report's own word is confirmed.
		{q: "华锦阿美项目的地上工程去年都完工了吗", found: true, want: []string{"更正：报告写的是地下"}},
		{q: "华锦阿美项目的地下工程去年都完工了吗", found: true, not: []string{"更正"}},
		{q: "今年要让18万城镇居民喝上同源同网的水吧", found: true, want: []string{"更正：报告写的是农村"}},
		{q: "2025年是十四五规划的开局之年吧", found: true, want: []string{"更正：报告写的是收官"}},
		{q: "2025年是十四五规划的收官之年吧", found: true, not: []string{"更正"}},
		// Both years asked, no figure stated: each year's figure answers
		// (the stated year's figure yields only to a figure stated).
		{q: "2024年和2025年的城镇新增就业各是多少", found: true, figures: []string{"2.04万人", "1.9万人"}},
		// A year's new ones asked in all: the count put into use answers.
		{q: "总共新建了多少个食堂", found: true, figures: []string{"10家"}},
		// Hearsay (有人说…) opens a claim to check even when a question
		// follows it: its figure is held to the report's.
		{q: "有人说去年旅游收入增长了一倍，到底是多少？", found: true, figures: []string{"29.9％"}, want: []string{"更正：报告写的是29.9％"}},
		{q: "有人说去年城镇新增就业2.04万人，今年呢？", found: true, figures: []string{"1.9万人"}, not: []string{"更正"}},
		// "system" links no word: pensions are not the elderly-care system.
		{q: "What does the report say about the pension system?", found: true, want: []string{"养老保险"}},
		// A plan asked of one kind of pipe is not told by a figured item
		// of another (更新改造燃气管道20公里); asked of that kind, it is.
		{q: "今年雨污管网改造", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A figure asked what it is that the report never writes with that
		// measure word (15万吨级, 建市40周年) is declined; one it writes answers.
		{q: "15座指什么", grounding: rag.GroundNoSuchFigure, want: []string{"报告里没有“15座”"}, not: []string{"根据报告"}},
		{q: "40个指的是啥", grounding: rag.GroundNoSuchFigure, want: []string{"报告里没有“40个”"}, not: []string{"根据报告"}},
		{q: "7条指的是啥", found: true, want: []string{"断头路"}},
		// A figure of a name fusing two kinds of work (维修新建, 新增优化)
		// claimed for one kind is corrected with the whole name; the
		// whole name claimed is confirmed.
		{q: "去年新建农村公路182.3公里吗？", found: true, want: []string{"更正：报告写的是维修新建农村公路182.3公里"}},
		{q: "去年维修农村公路182.3公里？", found: true, want: []string{"更正：报告写的是维修新建农村公路182.3公里"}},
		{q: "今年新开通城乡公交线路10条对吗？", found: true, want: []string{"更正：报告写的是新增优化城乡公交线路10条"}},
		{q: "去年维修新建农村公路182.3公里对吗", found: true, want: []string{"182.3公里"}, not: []string{"更正"}},
		{q: "今年新增优化城乡公交线路10条对吗", found: true, want: []string{"10条"}, not: []string{"更正"}},
		{q: "Were 182.3 km of rural roads newly built last year?", found: true, want: []string{"Note: the report says 维修新建农村公路182.3公里"}},
		{q: "Panjin will add 10 new bus routes this year, right?", found: true, want: []string{"Note: the report says 新增优化城乡公交线路10条"}},
		{q: "Were 182.3 km of rural roads repaired or newly built last year?", found: true, figures: []string{"182.3公里"}, not: []string{"Note:"}},
		// A work carried on (续建改造) claimed new (新建改造) is corrected;
		// claimed without its stage (改造) it is confirmed.
		{q: "去年新建改造老旧小区11个？", found: true, want: []string{"更正：报告写的是续建，不是新建"}},
		{q: "去年改造老旧小区11个？", found: true, want: []string{"11个"}, not: []string{"更正"}},
		{q: "今年燃气管道改造", found: true, want: []string{"燃气管道20公里"}},
		// A sum of money claimed that the report writes beside no word of
		// its thing asks that figure: a growth rate (增长3.5%左右) or
		// another thing's 亿元 is no answer. Written beside it, the
		// claim is checked against that sentence.
		{q: "去年地区生产总值2000亿元对吗", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// So does a count claimed in a measure word the report writes
		// beside no word of its thing; one it counts is checked.
		{q: "全市快递员有5000多人吧", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年新建和改造城市公园30处对吧", found: true, figures: []string{"20处"}, want: []string{"更正：报告写的是20处"}},
		{q: "去年引进高层次人才31人对吧", found: true, not: []string{"更正"}},
		{q: "去年工业总产值2000亿元对吗", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "GDP总量 24 亿元？", grounding: rag.GroundOtherUnit, figures: []string{"3.5%左右"}, not: []string{"根据报告"}},
		{q: "去年海洋经济生产总值403亿元对吗", found: true, not: []string{"更正"}},
		{q: "去年盘锦实际利用外资7.5亿元人民币，全省第二？", found: true, figures: []string{"7.5亿美元"}, want: []string{"更正：报告写的是7.5亿美元"}},
		{q: "审减财政投资项目资金8000万元对吗", found: true, want: []string{"0.8亿元"}},
		// A level or step asked of a stated figure's thing in the other
		// year (今年提高到多少, 增加到多少, 提高几个百分点) asks that
		// thing: declined where the year gives none, not answered with
		// another indicator's 增加值 or 提高.
		{q: "旅游收入去年增长29.9%，今年计划提高到多少", grounding: rag.GroundOtherPeriod, figures: []string{"29.9％"}, not: []string{"根据报告", "5.5%"}},
		{q: "去年普通门诊统筹支付比例55%，今年提升到多少", grounding: rag.GroundOtherPeriod, figures: []string{"55%"}, not: []string{"根据报告", "招商"}},
		{q: "去年门诊统筹支付比例55%，今年要提高多少个百分点", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告", "招商"}},
		{q: "去年稻蟹共生面积95万亩，今年增加到多少", found: true, figures: []string{"97万亩"}, not: []string{"更正"}}, // 95万亩 quoted as the confirmed context, no headline
		// The year a question states a figure of is not the year it asks
		// (去年…95万亩，今年目标多少): the asked year's figure alone heads
		// the answer, the stated one's quote kept as context.
		{q: "稻蟹共生面积去年95万亩，今年计划多少", found: true, figures: []string{"97万亩"}},
		{q: "去年海洋牧场面积48万亩，今年目标是多少万亩", found: true, figures: []string{"50万亩"}},
		{q: "去年海洋牧场面积48万亩，今年目标50万亩，是这样吗", found: true, figures: []string{"48万亩", "50万亩"}},
		// A bare plan ask (今年目标？), no question word, asks the stated
		// thing's plan as 呢 does: declined where the plan gives none, the
		// stated year's figure shown as related, not heading an answer.
		{q: "去年市属国企营业收入增长8.7%，今年目标？", grounding: rag.GroundOtherPeriod, figures: []string{"8.7%"}, not: []string{"根据报告"}},
		{q: "去年GDP增长3.5%左右，今年目标？", found: true, figures: []string{"5.5%左右"}, want: []string{"「预计全市地区生产总值增长3.5%左右」"}, not: []string{"更正"}},
		{q: "去年海洋牧场面积48万亩，今年的目标？", found: true, figures: []string{"50万亩"}},
		// A batch asked that the report names only in another round (首批
		// is 第一批) is not answered by that round's count.
		{q: "无废细胞示范单位第三批有多少家", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "第一批无废细胞示范单位多少家", found: true, figures: []string{"84家"}},
		// A claimed batch the report writes as 首批 (第一批) is corrected.
		{q: "石油化工市域产教联合体入选全省第三批建设项目名单吧", found: true, want: []string{"更正", "首批"}},
		{q: "石油化工市域产教联合体入选了全省第一批建设项目名单吧", found: true, not: []string{"更正"}},
		// Who sent a relayed question (同事让我问一下, 领导想知道, 帮我领导
		// 问一下) is not what is asked: answered; 帮扶…问题 is no relay.
		{q: "同事让我问一下去年GDP增长多少", found: true, figures: []string{"3.5%左右"}},
		// The plan of a thing the reports never write (地铁规划) is not
		// told by their plans of other things (十四五规划); a thing with a
		// written part (旅游业) or a written one (村庄) is still answered.
		{q: "地铁规划", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "盘锦有没有地铁规划", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "今年旅游业有什么规划", found: true},
		{q: "村庄规划", found: true},
		{q: "领导想知道今年GDP目标是多少", found: true, figures: []string{"5.5%左右"}},
		{q: "帮我领导问一下今年GDP目标多少", found: true, figures: []string{"5.5%左右"}},
		{q: "帮扶企业问题解决了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A noun no report writes right after the asker's 我 (我姥姥家) is
		// whose the thing is, not what the figure counts.
		{q: "我姥姥家去年做了适老化改造，全市一共做了多少户？", found: true, figures: []string{"504户"}},
		// A sentence opening with 通过 gives the means before the purpose
		// (…等15项举措，有效化解政府债务): the measures asked for that
		// purpose are counted by the means' figure.
		{q: "为化解政府债务采取了多少项举措？", found: true, want: []string{"15项举措"}},
		// How many in a measure word (几场, 多少次) is the question, not a
		// term the report lacks: the rounds of rain it gives are quoted.
		{q: "去年下了几场大雨", grounding: rag.GroundOtherUnit, not: []string{"未提及"}, want: []string{"八轮强降雨"}},
		// A noun the report never writes, counted in a measure naming its
		// kind (多少篇稿件), is what a figure in that measure counts
		// (刊发400余篇); in a measure counting anything (个) it is not.
		{q: "人民日报等媒体登了多少篇稿件", found: true, figures: []string{"400余篇"}},
		{q: "今年的民生实事具体是哪几件", not: []string{"根据报告"}},
		// By how much a thing grew is not told by a clause giving only how
		// much there is (企业达到70家, 新签约注册项目260个): declined; a
		// clause that tells the move still answers.
		{q: "跨境电商企业数量增长了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "2024年新签约注册项目数增长了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "旅游收入增长多少", found: true, figures: []string{"29.9％"}},
		// One fair's or event's signings (辽洽会, 招商活动) are not the
		// year's total the sentence closes with (全年新签约注册项目260个):
		// declined; the year's asked is still answered by it.
		{q: "辽洽会签约多少项目？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// The event must be named in the claim's own clause, and the 人代会
		// the report is delivered at is no gathering of signings; a topic
		// before 我想问 is the question's, not a sender.
		{q: "去年举办了招商活动，新签约注册项目260个对吗", found: true, not: []string{"更正"}},
		{q: "人代会上说新签约注册项目260个对吧", found: true, not: []string{"更正"}},
		{q: "外资我想问一下用了多少", found: true, figures: []string{"7.5亿美元"}},
		{q: "How many projects were signed at the CIIE?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "去年全年新签约注册项目多少个", found: true, figures: []string{"260个"}},
		// A 大会, or an event named by its slogan and asked what was signed
		// at it, is one gathering too; a bare 活动 asked how many counts
		// events, which the year's total answers.
		{q: "山海关不住兴业辽东湾活动签约了多少个项目？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "高质量发展大会签约多少项目？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "今年文化惠民活动多少场", found: true, figures: []string{"不少于100场"}},
		// A figure set against a period's (…，比今年目标多1400人) is not of
		// that period: its figure does not correct it; claimed of the
		// period itself (今年…2.04万人), it does.
		{q: "城镇新增就业2.04万人，比今年目标多1400人吧？", found: true, not: []string{"更正"}},
		{q: "今年城镇新增就业2.04万人，比去年多吧", found: true, figures: []string{"1.9万人"}, want: []string{"更正：报告写的是1.9万人，不是2.04万人"}},
		// Claimed of one event, the year's sum is corrected with its 全年;
		// claimed of the year, it is confirmed.
		{q: "一次招商活动签约了260个项目，对吗？", found: true, figures: []string{"260个"}, want: []string{"更正：报告写的是全年新签约注册项目260个，不是一次招商活动签约了260个项目"}},
		{q: "山海关不住兴业辽东湾招商活动签约260个项目对吧？", found: true, figures: []string{"260个"}, want: []string{"更正：报告写的是全年新签约注册项目260个"}},
		{q: "Panjin signed 260 projects at a single investment event, right?", found: true, figures: []string{"260个"}, want: []string{"the report says 全年新签约注册项目260个"}},
		{q: "去年全年新签约注册项目260个对吗", found: true, not: []string{"更正"}},
		// How many in all (总共多少) or how large (湿地面积多少) is not told by
		// a year's doing (建成高标准农田12.45万亩, 退出油井301口, 修复湿地150.2
		// 公顷), though an item beside it reads 达到; asked as the doing, it
		// answers.
		{q: "全市高标准农田总共多少亩", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "全市油井总共多少口", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "全市湿地保护面积多少公顷", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "全市幼儿园学位总共多少个", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// Nor by those a year put into use (10家社区便民食堂投入使用); asked
		// as the year's opening, it answers.
		{q: "全市总共有多少家社区便民食堂？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "社区便民食堂开了几家", found: true, figures: []string{"10家"}},
		{q: "去年建成高标准农田多少亩", found: true, figures: []string{"12.45万亩"}},
		{q: "今年要购置多少公交车辆", found: true, figures: []string{"132台"}},
		// A rate stated of last year, this year's rate asked of the same
		// thing: the target answers, the stated rate is the asker's context
		// (corrected when wrong).
		{q: "一般公共预算收入去年增长8.3%，今年目标增长多少？", found: true, figures: []string{"6%"}},
		{q: "一般公共预算收入去年增长9%，今年目标增长多少？", found: true, figures: []string{"6%"}, want: []string{"不是9%"}},
		// A count stated of last year, then this year's asked by a verb of
		// the asker's own (买, 实施): the thing the stated verb acted on,
		// asked of this year, answers; a qualified thing (亿元以上产业链项目)
		// keeps its qualifier, and no other year's figure stands for it.
		{q: "去年新购公交车85台，今年要买多少？", found: true, figures: []string{"132台"}},
		{q: "去年开复工502个项目，今年实施多少个？", found: true, want: []string{"全年实施500万元以上项目600个"}},
		{q: "去年亿元以上产业链项目39个，今年实施多少个？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年新购公交车100台，今年要买多少？", found: true, figures: []string{"85台"}, want: []string{"不是100台"}},
		// Asked by verbs alone (计划达到), the rest names no thing: the
		// bigram across them (划达) is no topic, and the stated thing is asked.
		{q: "去年稻蟹共生95万亩，今年计划达到多少？", found: true, figures: []string{"97万亩"}},
		// "Leading (agricultural) enterprises" are the report's 农业产业化
		// 重点龙头企业: their count answers, not a refusal.
		{q: "How many leading agricultural enterprises at provincial level were added?", found: true, figures: []string{"11家"}},
		// Claimed as how much there is in all (一共, 总面积, 现有, 湿地面积是),
		// such a figure is corrected with its doing; claimed as the doing,
		// or of a stock the report gives (粮食播种面积), it is confirmed.
		{q: "全市油井一共301口对吗？", found: true, figures: []string{"301口"}, want: []string{"更正：报告写的是退出油井301口，不是全市油井一共301口"}},
		{q: "全市湿地面积是150.2公顷吗？", found: true, figures: []string{"150.2公顷"}, want: []string{"更正：报告写的是修复湿地150.2公顷"}},
		{q: "全市公园总共20处对吗？", found: true, figures: []string{"20处"}, want: []string{"更正：报告写的是新建和改造城市公园20处"}},
		{q: "全市现有电梯4166部吗？", found: true, figures: []string{"4166部"}, want: []string{"更正：报告写的是安装电梯智能阻车系统4166部"}},
		{q: "盘锦总共有85台公交车对吗？", found: true, figures: []string{"85台"}, want: []string{"更正：报告写的是新购公交车辆85台"}},
		{q: "Panjin's total high-standard farmland is 124,500 mu, right?", found: true, figures: []string{"12.45万亩"}, want: []string{"the report says 建成高标准农田12.45万亩"}},
		{q: "去年建成高标准农田12.45万亩对吗", found: true, not: []string{"更正"}},
		{q: "去年粮食播种面积是183万亩吧？", found: true, not: []string{"更正"}},
		{q: "全市电梯总共多少部", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "全市湿地总面积是150.2公顷对吗？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告", "更正"}},
		// A thing named only as one example of a list closed by 等
		// (危化品、渔业船舶…等11个重点行业领域) has no count there: the figure
		// counts the fields. A word written after the list (等272个新建项目)
		// is what the figure counts.
		{q: "渔业船舶数量多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "How many road and highway bridges were repaired last year?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "去年开工的新建项目多少个", found: true, figures: []string{"272个"}},
		// 到位资金, the usual name of 招商引资's money arrived, is the
		// report's 实际到位内资.
		{q: "去年招商引资到位资金多少", found: true, figures: []string{"451.5亿元"}},
		// A count of things asked (多少个海洋牧场) is not told by an area
		// (海洋牧场面积50万亩) or a length; a length asked in English ("how
		// many km") is no count, and its kilometres answer.
		{q: "盘锦有多少个海洋牧场", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "How many km of old water, heating and gas pipes were replaced?", found: true, figures: []string{"360公里"}},
		// 产能 asks what a thing turns out, of a project as of a plant: a
		// count of berths beside the project's name (8个配套泊位), or a
		// berth's grade (10万吨级), is no output.
		{q: "华锦阿美项目产能多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A size followed by the noun it measures is that noun's, in a
		// quote as in a headline: 3.57平方公里配套产业园 is the park's area,
		// not the project's; asked of the park, it answers.
		{q: "华锦阿美项目占地多少平方公里？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "华锦阿美配套产业园占地多少平方公里？", found: true, want: []string{"3.57平方公里"}},
		// A rise asked of a rate this year, its level given for both years
		// under one name (提升至45%, 达到48%), is answered by the two
		// levels; asked of last year, whose rise is from 2023, it is not.
		{q: "化工精细化率今年要提高多少个百分点", found: true, figures: []string{"45%", "48%"}},
		{q: "去年化工精细化率提高了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A rise asked of an amount whose target lies below the result
		// (利用外资 7.5亿美元, then 4亿美元) is no rise the report gives.
		{q: "利用外资规模增长多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "今年实际利用外资要增长多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A follow-up by 呢 that asks of nothing, with no turn before it,
		// is answered by no quote that shares its ordinal or place; one
		// naming a topic still asks of it.
		{q: "第四个呢？", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "那兴隆台区呢", grounding: rag.GroundNotAnswered, not: []string{"根据报告", "没有单列"}},
		{q: "公交车呢", found: true, want: []string{"公交车辆"}},
		// An English filler word no report term stands for (summarize,
		// main, expected) asks no topic: the plan's targets answer; a
		// topic the report lacks still declines, and a filler the lexicon
		// reads (handled: 办理) still counts where it is found.
		{q: "What are the main expected targets for 2025?", found: true, want: []string{"主要预期目标", "5.5%左右"}},
		{q: "Summarize the 2025 plans", found: true, want: []string{"主要预期目标"}},
		{q: "Summarize the 2025 plan for space exploration", not: []string{"From the report"}},
		// A request for more detail and nothing else, asked with no turn
		// before it, names no topic: not 启动详细规划 for its 详细. With a
		// topic, or asked of 详细规划 itself, it answers.
		{q: "能详细说说吗", not: []string{"根据报告", "详细规划"}},
		{q: "再详细点", not: []string{"根据报告"}},
		{q: "具体数字呢", not: []string{"根据报告", "数字化"}},
		{q: "详细说说营商环境", found: true, want: []string{"营商环境"}},
		{q: "启动详细规划了吗", found: true, want: []string{"启动详细规划"}},
		// An EV (新能源汽车) is no e-bike: the report's 电动自行车 charging
		// points (276个) do not answer EV charging; asked of e-bikes they do.
		{q: "How many EV charging stations were built?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "EV charging points 2024", grounding: rag.GroundNotAnswered, not: []string{"From the report"}},
		{q: "新能源汽车充电桩建了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "电动车充电桩建了多少个", found: true, want: []string{"276个"}},
		{q: `How many "one-thing" integrated services were handled efficiently in 2024?`, found: true, figures: []string{"47个"}},
		// A rank asked of a part of the city (排名第几) is its rank figure,
		// named by a few words of its long indicator; a thing the report
		// ranks nowhere (GDP) still has no rank.
		{q: "辽滨经开区排名第几", found: true, figures: []string{"升至第21位"}},
		{q: "盘锦GDP排名第几", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A rank asked by counting places (排多少名, 排几位) asks 排第几:
		// not a head count in 名, nor the country's or the province's figure.
		{q: "辽滨经开区全国化工园区排多少名", found: true, figures: []string{"升至第21位"}},
		{q: "实际利用外资全省排几位", found: true, figures: []string{"全省第二"}},
		// The 排 of 安排 is no ranking: 安排多少名 counts people.
		{q: "去年安排多少名党员干部奔赴一线", found: true, figures: []string{"14114名"}},
		{q: "盘锦GDP全省排几名", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// The province or the country as the field of a standing — the
		// best of it (全省最快) or a rank stated some words on (全国化工园区
		// 里升到第21位) — is about the city, not the wider place's figure;
		// the wider place's own figure or its best city still declines.
		{q: "盘锦固投增速是全省最快的吗", found: true, want: []string{"增速均全省第一"}},
		{q: "辽滨经开区在全国化工园区里升到第21位了，是这样吗", found: true, want: []string{"升至第21位"}},
		{q: "全省GDP增长多少", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "全国GDP增长最快的是哪个省", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		// A figure of the year asked whose longer name holds the other
		// year's whole name (新增便民利企“高效办成一件事” of “一件事”) is that
		// year's figure of it: answered, not "no 2025 figure".
		{q: "办事的一件事场景今年又加几个", found: true, figures: []string{"8个"}},
		{q: "去年一件事多少个", found: true, figures: []string{"47个"}},
		// An errand (book a ticket, write a poem) is no question of the
		// report: declined, not answered with a sentence sharing 一张 or 一首.
		// Two asks in one message, each of its own thing, are answered
		// one by one: each headlines its own figure, and a part the
		// report does not answer (2025's 营收 target) is declined, not
		// headlined with the other period's figure.
		{q: "去年社零增长多少，固投增长多少", found: true, figures: []string{"4%", "20%以上"}},
		// A list asked of what was not done lists nothing when the report
		// only says things were done (均按时完成); asked plainly, it lists them.
		{q: "没有完成的任务有哪些？", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "哪些项目没有按时完成？", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "哪些任务完成了？", found: true, want: []string{"按时完成"}},
		// A thing set aside (不包括高层次人才, 除了旅客接待量之外) is not
		// the figure asked: its figure is no headline, the clause stays.
		{q: "不包括高层次人才，引进了多少人才？", found: true, want: []string{"引进各类人才超万人"}, not: []string{"高层次人才：31人"}},
		{q: "除了旅客接待量之外，旅游收入增长多少？", found: true, want: []string{"29.9％"}, not: []string{"旅客接待量增长：64％"}},
		{q: "去年引进了多少人才？", found: true, figures: []string{"超万人"}},
		{q: "市属国企去年负债降了多少，今年营收目标是多少？", found: true, want: []string{"（今年营收目标是多少）报告没有给出2025年"}, not: []string{"营业收入增长：8.7%"}},
		// A list of things before one shared ask (都是多少) asks each; a
		// list that states figures claims them and is not so parted.
		{q: "医保门诊报销比例、托育学位、幼儿园普惠率都是多少", found: true, figures: []string{"55%", "90.6%"}},
		{q: "去年社零增长4%、旅游收入增长64%对吗", found: true, want: []string{"更正"}, figures: []string{"29.9％"}},
		// "and last year's" asks the other year beside the target: not
		// last year's targets, which no review states.
		{q: "What is the kindergarten coverage rate target and last year's rate?", found: true, figures: []string{"91%"}},
		{q: "What was last year's kindergarten coverage rate target?", grounding: rag.GroundOtherPeriod, not: []string{"From the report"}},
		{q: "帮我订一张去盘锦的火车票", grounding: rag.GroundNotAnswered, want: []string{"帮不上"}, not: []string{"一张网"}},
		// The city's aid to a province, written 援疆, answers what it builds
		// there; the province's own figure is still not the report's.
		{q: "盘锦在新疆援建了什么项目？", found: true, want: []string{"援疆项目赛尔山"}},
		{q: "盘锦援助新疆和布克赛尔县，去年建成了什么项目？", found: true, want: []string{"援疆项目赛尔山"}},
		{q: "新疆今年GDP目标是多少", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "新疆去年建了多少个项目", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		// A place listed with others (盘山、大洼) or as an example (盘山县…
		// 等12项) shares the figure after: it is not the place's own.
		{q: "今年完成盘山县重点水利工程几项？", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "大洼区有多少农村居民饮用水与城市同源？", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		// The report's own city beside the district holds it, shares nothing.
		{q: "盘锦大洼区有多少农村居民饮用水与城市同源？", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "盘锦盘山县重点水利工程几项", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "盘山、大洼农村供水保障工程让多少农村居民饮用水与城市同源？", found: true, want: []string{"18万"}},
		// 中国 opening a name the report writes (中国女篮职业赛事) is that
		// thing, not the country; the country's own figure still declines.
		{q: "中国女篮", found: true, want: []string{"中国女篮职业赛事"}},
		{q: "中国今年GDP目标", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "中国女篮有多少个队员", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		// A place asked as where a road leads, the report naming the road
		// by its ends (京哈高速), is the city's road, not the other place.
		{q: "往北京去的那条高速修了老半天了，今年能完事儿不？", found: true, want: []string{"京哈高速盘锦段扩容改造竣工通车"}},
		{q: "北京今年GDP目标", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "往沈阳去的高铁什么时候通", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		// Where the asker is from or went, told in a clause that asks
		// nothing, is no place asked when the question names the
		// report's own city; asked of itself, or alone, it still declines.
		{q: "我是沈阳的，想问盘锦去年GDP增长多少？", found: true, figures: []string{"3.5%左右"}},
		{q: "上次去营口开会，听说盘锦去年进出口总额增长了39.7%，是真的吗？", found: true, figures: []string{"39.7%"}},
		// Catching a flight there is an errand too: the own city's airport
		// is asked; the other city's airport asked of itself still declines.
		{q: "每回都要去沈阳坐飞机，盘锦的机场有进展吗", found: true, want: []string{"盘锦民用运输机场"}},
		{q: "每回都要去沈阳坐飞机，沈阳机场今年有啥变化", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		// A stated rate, then a bare amount ask: the thing's amount heads,
		// not the rate stated (amountOfStatedRate); a wrong rate is corrected.
		{q: "进出口总额增长39.7%，金额多少？", found: true, figures: []string{"147亿元"}},
		{q: "进出口总额增长50%，金额多少？", found: true, figures: []string{"147亿元"}, want: []string{"更正：报告写的是39.7%，不是50%"}},
		// A sum asked by 达多少 (the reader folds 是多少 so) asks its level:
		// next year's growth target is no headline of it (levelAsked).
		{q: "进出口总额是多少？", found: true, figures: []string{"147亿元"}},
		{q: "进出口总额达多少？", found: true, figures: []string{"147亿元"}},
		{q: "Hi, I'm a student from Dalian. What was Panjin's GDP growth last year?", found: true, figures: []string{"3.5%左右"}},
		{q: "我是沈阳的，沈阳的GDP呢", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "我在大连，GDP增长多少", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "我是大连的，大连今年GDP目标是多少", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "盘锦和营口比GDP谁高", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		// A university's campus the report names carries another city's
		// name (大连理工大学盘锦校区): that city is not asked.
		{q: "请问：我想了解盘锦今年在教育上的计划，比如普惠性幼儿园覆盖率、产教融合实训基地，还有大连理工盘锦校区的事情，能简要说说吗？", found: true, not: []string{"大连市"}},
		// A window that is when the asker went home is theirs: the figure
		// asked beside it is the report's; a window asked itself declines.
		{q: "你好呀，我是大学生，家在盘锦，寒假回家发现红海滩好热闹，看到新闻说红海滩上了抖音榜，我想知道排第几，还有金帛滩升级成几A了？", found: true, figures: []string{"全国景点排行榜第7名"}, want: []string{"第7名"}},
		{q: "寒假期间红海滩游客有多少", grounding: rag.GroundOtherPeriod, not: []string{"根据报告"}},
		// 问问 asks, as 想问 does: no thing asked that a figure must name.
		{q: "我是做物流的，想问问去年集装箱吞吐量增长了多少？", found: true, figures: []string{"1.9%"}},
		{q: "帮我写一首诗", grounding: rag.GroundNotAnswered, want: []string{"帮不上"}, not: []string{"一首众志成城"}},
		// A combined name's added part (after 及/和) is no figure of its
		// own. Its head is none either (粮油加工 of 粮油加工及生物科技) unless
		// the added part is a sort of it (精细化工 of 石化): then the head is
		// the main kind and is answered, abbreviated or not; so is the shared
		// noun alone (城市公园). Two kinds of work on one thing (新建和改造,
		// 维修新建, 新增优化) answer either kind with the total, both named.
		{q: "生物科技产业营收多少", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "310亿元"}},
		{q: "精细化工产业营业收入今年目标", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起"}},
		{q: "新建农村公路多少公里", found: true, figures: []string{"182.3公里"}, want: []string{"维修新建农村公路"}},
		{q: "改造城市公园多少处", found: true, figures: []string{"20处"}, want: []string{"新建和改造城市公园"}},
		{q: "去年农村公路新建了多少公里", found: true, figures: []string{"182.3公里"}, want: []string{"维修新建农村公路"}},
		{q: "去年城市公园改造了多少处", found: true, figures: []string{"20处"}, want: []string{"新建和改造城市公园"}},
		{q: "今年城乡公交线路优化几条", found: true, figures: []string{"10条"}, want: []string{"新增优化城乡公交线路"}},
		{q: "今年石油化工和精细化工这一行的营收规模要突破多少？", found: true, figures: []string{"超过2000亿元"}},
		{q: "新建城市公园多少处", found: true, figures: []string{"20处"}, want: []string{"新建和改造城市公园"}},
		{q: "去年维修农村公路多少公里？", found: true, figures: []string{"182.3公里"}, want: []string{"维修新建农村公路"}},
		// A question opening on its year is as Chinese as any: one kind
		// of work asked apart from the other still finds only the total.
		{q: "2024年改造的城市公园有几处，新建的不算", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "20处"}},
		{q: "2024年生物科技产业营收多少", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "310亿元"}},
		// A noun the report writes only as the modifier of another head
		// (党员 of 党员干部) is counted nowhere on its own: the head's count
		// is no answer for it; asked with the head, it answers.
		{q: "全市一共有多少党员", grounding: rag.GroundNoSuchFigure, want: []string{"党员干部：14114名"}, not: []string{"根据报告"}},
		{q: "奔赴一线的党员干部有几名", found: true, figures: []string{"14114名"}},
		{q: "转移的受灾群众有几名", found: true, figures: []string{"5214名"}},
		{q: "去年粮油加工营收多少亿元？", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "310亿元"}},
		{q: "今年石化产业营业收入目标多少？", found: true, figures: []string{"超过2000亿元"}},
		{q: "城市公园去年多少处", found: true, figures: []string{"20处"}},
		{q: "去年新建和改造城市公园多少处", found: true, figures: []string{"20处"}},
		{q: "今年北斗终端要新增几个", found: true, want: []string{"3万个"}},
		// One kind of work set with 的 before the thing (新建的城市公园) picks
		// those things out from the rest: the two-kinds total is no count of them.
		{q: "去年新建的城市公园有几处？", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "20处"}},
		{q: "今年新开的城乡公交线路有多少条？", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "10条"}},
		{q: "去年新建和改造的城市公园有几处", found: true, figures: []string{"20处"}},
		{q: "去年新修和翻新的城市公园有几处？", found: true, figures: []string{"20处"}},
		// The plan's 高效办成 is the review's 高效办理: last year's 47个 answers.
		{q: "去年共有47个一件事实现高效办成", found: true, want: []string{"47个“一件事”实现高效办理"}},
		// 新增 fused with a second kind of work (新增优化) and written
		// before the name's thing is one of the two kinds: the total
		// answers it, both kinds named.
		{q: "今年新增城乡公交线路几条？", found: true, figures: []string{"10条"}, want: []string{"新增优化城乡公交线路"}},
		{q: "今年城乡公交线路能多几条不", found: true, figures: []string{"10条"}},
		{q: "今年新增北斗应用终端多少个", found: true, figures: []string{"3万个"}},
		// A sort word (科技型, 跨境, 雏鹰) before the thing in the figure's
		// name or sentence: the figure counts that sort, not the thing asked
		// plainly; the sort asked, or a slip of it (出鹰), answers.
		{q: "中小企业增长多少", grounding: rag.GroundNoSuchFigure, want: []string{"科技型中小企业"}},
		{q: "电商成交额增长多少", grounding: rag.GroundNoSuchFigure, want: []string{"跨境电商"}},
		{q: "电商企业多少家？", grounding: rag.GroundNoSuchFigure, want: []string{"跨境电商"}},
		{q: "瞪羚企业增长多少", grounding: rag.GroundNoSuchFigure, want: []string{"雏鹰瞪羚"}},
		{q: "跨境电商成交额增长多少", found: true, figures: []string{"24.7%"}},
		{q: "科技型中小企业增长多少", found: true, figures: []string{"35.8%"}},
		{q: "高新技术企业增长多少", found: true, figures: []string{"10.6%"}},
		{q: "今年出鹰瞪羚企业要培育几家", found: true, figures: []string{"20家"}},
		// A character merely shared with the sort word (技 of 技术) does not
		// name it; the word with one character slipped (科技中 for 科技型) does.
		{q: "技术中小企业增长多少", grounding: rag.GroundNoSuchFigure, want: []string{"科技型中小企业"}},
		{q: "科技中小企业增长多少", found: true, figures: []string{"35.8%"}},
		// A multiple or a rank is no sum of money asked as it stands; asked
		// as a rank or a multiple it answers.
		{q: "获批省稳增长奖励资金是多少？", grounding: rag.GroundNoSuchFigure, want: []string{"五倍"}},
		{q: "获批省稳增长奖励资金全省第几", found: true, figures: []string{"全省第三"}},
		{q: "获批省稳增长奖励资金是2023年的几倍", found: true, figures: []string{"五倍"}},
		// Each part asked on its own — apart, a count between them, or
		// again after the whole — wants the split the total does not give.
		{q: "去年城市公园新建了几处，改造了几处？", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "20处"}},
		{q: "去年维修农村公路多少公里，新建多少公里", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "182.3公里"}},
		{q: "去年新建和改造城市公园里新建了几处？", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "20处"}},
		{q: "去年维修新建农村公路一共多少公里", found: true, figures: []string{"182.3公里"}},
		// A clause headed by a quote with no figure beside one answered by
		// a two-kinds total: the total answers its clause, the quote its own.
		{q: "去年新建城市公园多少处，有什么惠民举措？", found: true, figures: []string{"20处"}, want: []string{"新建和改造城市公园", "惠民"}},
		// The two kinds asked apart, in the other order or one clause
		// answered alone, still ask the split.
		{q: "农村公路去年新建多少公里，维修多少公里", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "182.3公里"}},
		{q: "城乡公交线路今年新增几条，优化几条", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "10条"}},
		// More than the year before is a change: the level is no answer.
		{q: "实际到位内资比去年多多少？", found: true, figures: []string{"20.2%"}, not: []string{"实际到位内资：451.5亿元"}},
		{q: "去年新签约项目比前年多多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A count of things a name lists with 、 is their sum: no one
		// thing's, though the things share characters (改水). A rate or
		// rank of a list is each thing's, and 人民日报等 names the list.
		{q: "去年盐改水项目新增耕地多少亩？", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "4400亩"}},
		{q: "去年旱改水新增耕地多少？", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "4400亩"}},
		{q: "去年盐改水、旱改水新增耕地多少亩？", found: true, figures: []string{"4400亩"}},
		{q: "固定资产投资增速全省第几", found: true, figures: []string{"全省第一"}},
		// A rank is the measure's it follows: the growth's rank is not the
		// size's, nor the amount's rank the growth's.
		{q: "进出口总额规模全省第几？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "实际利用外资增速全省第几？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "实际利用外资全省第几", found: true, figures: []string{"全省第二"}},
		// By how much a ranking rose: a place (第7名) does not tell it.
		{q: "红海滩国家风景廊道排名上升了多少？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年在人民日报等媒体发了多少篇稿？", found: true, figures: []string{"400余篇"}},
		{q: "今年优化城乡公交线路几条？", found: true, figures: []string{"10条"}, want: []string{"新增优化城乡公交线路"}},
		{q: "今年新增优化城乡公交线路几条？", found: true, figures: []string{"10条"}},
		// A kind word before the thing asked (新能源公交车, 人民币贷款,
		// 小巨人企业) asks a sort the sentence does not count on its own;
		// the thing asked plainly, or 人民币 as a figure's unit, answers.
		{q: "去年新购新能源公交车多少台？", grounding: rag.GroundNoSuchFigure, want: []string{"新购公交车辆85台"}},
		{q: "去年人民币贷款余额增长多少？", grounding: rag.GroundNoSuchFigure, want: []string{"4.7％"}},
		{q: "去年普惠小微贷款余额增长多少？", grounding: rag.GroundNoSuchFigure},
		{q: "今年培育专精特新小巨人企业几家？", grounding: rag.GroundNoSuchFigure},
		{q: "去年新购公交车多少台？", found: true, figures: []string{"85台"}},
		{q: "金融机构本外币贷款余额增长多少", found: true, figures: []string{"4.7％"}},
		// A move asked of another measure of a thing (单位GDP能耗 is no
		// GDP) is no claim GDP's own growth corrects.
		{q: "去年单位GDP能耗下降多少", grounding: rag.GroundNoSuchFigure, not: []string{"更正"}},
		// A scale ending the question asks a number, which a rate is not.
		{q: "去年旅游人次是多少万", grounding: rag.GroundNoSuchFigure, not: []string{"64％〔"}},
		// So does a bare noun of a volume, of things counted or of a sum
		// put in: the report gives only their growth, which it says so.
		// A target of growth asked is the target; a level given answers.
		{q: "集装箱吞吐量是多少", grounding: rag.GroundNoSuchFigure, want: []string{"只给出这项的增减幅度"}, not: []string{"根据报告"}},
		{q: "去年高新技术企业是多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "固投多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "今年固投目标多少", found: true, figures: []string{"10%以上"}},
		{q: "去年实际到位内资多少", found: true, figures: []string{"451.5亿元"}},
		// A count asked with a measure word is not told by a clause whose
		// numbers count nothing: a grade (4A级), a ranking (30强, 第21位)
		// or a sum (403亿元) beside one member joining the kind. A count
		// the report gives still answers.
		{q: "4A级景区有几个？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "海洋牧场示范区有几个？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "盘锦的化工园区有几个", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "跨境电商企业有多少家", found: true, figures: []string{"70家"}},
		// A thing's 有多少 or 有几 and a measure word asks how many there
		// are: one the year joined (华孚环境获批…小巨人企业), a plan for
		// more (培育…10家, 8个配套泊位建设) is no answer.
		{q: "专精特新企业有多少家", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "盘锦港有多少个泊位", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "首批示范单位有多少家？", found: true, figures: []string{"84家"}},
		// An increase asked in money is no level (451.5亿元) and no rate
		// (增长20.2%): declined plainly, the clause kept as related text.
		{q: "实际到位内资增加了多少亿", grounding: rag.GroundNoSuchFigure, want: []string{"报告没有给出这项数字"}, not: []string{"根据报告", "只给出"}},
		// A total named (总数) asks a figure, which what a year added
		// (新增省级农业产业化重点龙头企业11家) does not give.
		{q: "全市省级农业产业化重点龙头企业总数？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// Staff shorthand naming the amount (绝对额, 绝对数) with no 多少
		// asks it: the growth the report gives is no answer.
		{q: "去年旅游收入绝对额", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年财政收入绝对数", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A name asked before the head (东北新发地, 京哈高速) that the
		// figure's sentence lacks: the figure is another subject's
		// (跨境电商's 成交额, 华锦阿美项目's 工程总体进度), no answer. The
		// figure's own subject, or none, keeps it.
		{q: "东北新发地成交额增长多少", grounding: rag.GroundNoSuchFigure, not: []string{"成交额增长：24.7%"}},
		{q: "東北新發地成交額增長多少", grounding: rag.GroundNoSuchFigure, not: []string{"成交额增长：24.7%"}},
		{q: "京哈高速工程进度多少", grounding: rag.GroundNoSuchFigure, not: []string{"超过55%〔"}},
		{q: "跨境电商成交额增长多少", found: true, figures: []string{"24.7%"}},
		{q: "成交额增长多少", found: true, figures: []string{"24.7%"}},
		{q: "华锦阿美项目工程进度多少", found: true, figures: []string{"超过55%"}},
		// How much was sold is no count of sellers, quoted or headlined:
		// the report gives only the sales' growth, shown as related text.
		// 名额 ends in 额 but counts places, no money.
		{q: "去年跨境电商卖了多少", grounding: rag.GroundNoSuchFigure, want: []string{"成交额增长24.7%"}, not: []string{"根据报告", "跨境电商企业：70家"}},
		{q: "去年托育名额多出来多少个", found: true, want: []string{"托育学位640个"}},
		// Everyday words for the report's indicators (lexicon): goods sold
		// out and bought in are 进出口, land sown is 播种面积 (not output).
		{q: "去年盘锦卖出去买进来的货一共多少钱", found: true, figures: []string{"147亿元"}},
		{q: "去年国企欠债少了多少", found: true, want: []string{"负债总额降低11.1%"}},
		{q: "去年种了多少地的粮食", found: true, figures: []string{"183万亩"}},
		{q: "去年盘锦马路上打通了多少条死胡同路", found: true, figures: []string{"7条"}},
		// More of them, members of existing lines: 外地老板 brings 内资,
		// 坏掉的林子 is 退化林, 夜市 the 夜经济, 小店 a 个体工商户, a 特殊年份 or
		// 个什么年 the 收官之年, 跟上面要 is 向上争取, 养娃 is 养育, and
		// water 跟城里一样 is the villagers' 饮用水.
		{q: "去年外地老板来盘锦投了多少钱", found: true, figures: []string{"451.5亿元"}},
		{q: "今年盘锦要修多少亩坏掉的林子", found: true, figures: []string{"3000亩"}},
		{q: "想晚上出去逛逛吃吃，今年会搞夜市这种吗", found: true, want: []string{"夜经济街区"}},
		{q: "我想开个小店，政府有啥扶持", found: true, want: []string{"个体工商户"}},
		{q: "今年是个啥特殊年份", found: true, want: []string{"收官之年"}},
		{q: "2025年对盘锦来说算个什么年", found: true, want: []string{"收官之年"}},
		{q: "今年怎么跟上面要政策要钱", found: true, want: []string{"积极向上争取"}},
		// A stage asked of a thing the report never writes (地铁) finds
		// another road's stage: the thing is what the report lacks.
		{q: "地铁3号线什么时候通车", grounding: rag.GroundNotAnswered, want: []string{"地铁"}},
		{q: "有轨电车啥时候通车", grounding: rag.GroundNotAnswered, want: []string{"电车"}},
		{q: "京哈高速盘锦段什么时候通车", found: true, want: []string{"竣工通车"}},
		{q: "生娃养娃负担重 政府有支持吗", found: true, want: []string{"养育"}},
		{q: "今年多少农村人能喝上跟城里一样的自来水", found: true, want: []string{"18万农村居民"}},
		// A 蟹田 is 稻蟹共生, a ship's route (船的线路) is a
		// 航线, and the plant built with Saudi Arabia (沙特) is 华锦阿美; the
		// foreigners visiting are no foreign investment.
		// 外国人 alone is no 外资: foreigners' visas or residence are no
		// foreign capital (外国人投资 is).
		{q: "外国人签证政策是什么", found: false, not: []string{"7.5亿美元"}},
		{q: "外国人能在盘锦落户吗？", found: false, not: []string{"7.5亿美元"}},
		{q: "去年蟹田面积", found: true, want: []string{"稻蟹共生", "95万亩"}},
		{q: "港口那边今年能多开几条船的线路啊", found: true, want: []string{"新增航线2条"}},
		{q: "跟沙特合伙的那个大炼化现在盖到哪一步了？", found: true, want: []string{"32套主装置", "超过55%"}},
		{q: "去年来盘锦旅游的外国人有多少", grounding: rag.GroundNoSuchFigure, not: []string{"7.5亿美元"}},
		// 几轮 asks a count of rounds, no topic: the report's 八轮强降雨.
		{q: "去年下了几轮大雨", found: true, want: []string{"八轮强降雨"}},
		// 均 gives each the one value: the split is there, not a total.
		{q: "重点建设用地和受污染耕地安全利用率各是多少", found: true, figures: []string{"100%"}, want: []string{"均达到100%"}},
		{q: "研发经费投入总量和强度分别排全省第几", found: true, figures: []string{"全省第三"}, want: []string{"均居全省第三"}},
		// 公共 holds no 共 asking a whole: one kind asked, one count shown.
		{q: "公共安全方面重点行业领域有多少个", found: true, figures: []string{"11个"}, not: []string{"：17个"}},
		// A programme the report never names is no stand-in for the one it does.
		{q: "工作亮点在焦点访谈刊播几次", grounding: rag.GroundNoSuchFigure, not: []string{"刊播：6次"}},
		// The level before a change, asked where only the new one is written
		// (增至15.7%, 压缩至1天以内); a level reached (达到90.6%) still answers.
		{q: "中蓝电子马达全球市场占有率之前是多少", grounding: rag.GroundNoSuchFigure, not: []string{"：15.7%"}},
		{q: "企业开办时间原来要几天", grounding: rag.GroundNoSuchFigure, not: []string{"：1天以内"}},
		{q: "普惠率之前是多少", found: true, figures: []string{"90.6%"}},
		// Another place: the report is about its own.
		{q: "大连今年GDP目标是多少？", grounding: rag.GroundOtherPlace, want: []string{"盘锦市", "大连市"}, not: []string{"5.5%"}},
		{q: "What is Dalian's GDP target?", grounding: rag.GroundOtherPlace, want: []string{"Dalian"}, not: []string{"5.5%"}},
		{q: "辽宁省今年GDP增长目标是多少？", grounding: rag.GroundOtherPlace, want: []string{"辽宁省"}, not: []string{"5.5%"}},
		// The country as where the city acts (在全国推广/开) is no other
		// place asked; the country's own figure still is.
		{q: "听说河蟹平台体验店今年要在全国开 开多少个啊", found: true, figures: []string{"30个"}},
		{q: "今年在全国推广建设多少个河蟹平台体验店", found: true, figures: []string{"30个"}},
		// Spreading needs no 在: "全国推广" is still the city's own reach.
		{q: "河蟹体验店全国推广建设多少家", found: true, figures: []string{"30个"}, not: []string{"没有给出全国"}},
		{q: "今年全国推广河蟹体验店五十家对吗", found: true, figures: []string{"30个"}, want: []string{"更正：报告写的是30个"}},
		{q: "全国今年GDP目标是多少", grounding: rag.GroundOtherPlace, not: []string{"5.5%"}},
		// Both years named, one asked: the interrogative's year is the one
		// asked, and the other year's figure is no answer for it.
		{q: "今年打造产教融合实训基地，那去年打造了几个", grounding: rag.GroundOtherPeriod, figures: []string{"15个"}, want: []string{"没有给出2024年", "2025年目标"}},
		{q: "去年续建了老旧小区，今年计划改造几个", grounding: rag.GroundOtherPeriod, figures: []string{"11个"}, want: []string{"没有给出2025年", "2024年结果"}},
		{q: "今年新开航线，去年开了几条", grounding: rag.GroundOtherPeriod, want: []string{"没有给出2024年"}},
		// Each year asked (吗 asks too), or both the report gives: both shown.
		{q: "进出口总额去年增长39.7%对吗，今年目标呢", found: true, figures: []string{"39.7%", "6%"}},
		{q: "去年海洋牧场面积多少，今年目标多少", found: true, figures: []string{"48万亩", "50万亩"}},
		// Staff shorthand: two digits before a rate word are a year.
		{q: "固投 24增速", found: true, figures: []string{"20%以上"}},
		// Going to the town (去镇上) names no town.
		{q: "快递现在能送到村里不 老得去镇上取", found: true, want: []string{"全域快递进村"}},
		// A five-year plan's span read through the quote marks around it.
		{q: "“十四五”以来盘锦GDP年均增长多少？", grounding: rag.GroundOtherPeriod, not: []string{"3.5%"}},
		{q: "「十四五」期间GDP年均增长多少", grounding: rag.GroundOtherPeriod, not: []string{"3.5%"}},
		// A count written in Chinese numerals (“三大储库”, 八轮强降雨) answers
		// 几 with its measure word and noun, not the sentence's other figure
		// (千万吨); a place named must stand in the clause (国家“五大安全”).
		// A five-year plan is numbered “八五”. Asked on (都是啥), the count
		// alone is no answer.
		{q: "辽河油田要建设几大储库", found: true, want: []string{"三大储库"}, not: []string{"千万吨〔"}},
		{q: "去年夏天经历了几轮强降雨", found: true, want: []string{"八轮强降雨"}},
		// 几个 counts what several sentences may give: no one clause is the answer.
		{q: "盘锦是几个试点城市", found: true, want: []string{"一刻钟便民生活圈试点城市"}},
		{q: "国家几大安全", found: true, want: []string{"五大安全"}},
		{q: "普法是第几个五年", found: true, want: []string{"八五”普法"}},
		{q: "今年工作安排一共分几个方面，都是啥", found: true, want: []string{"八个方面", "狠抓有效需求"}},
		// Money stated in yuan where the report gives US dollars is
		// corrected; a bare 亿 is money in any currency.
		{q: "The FDI target for 2025 is 4 billion yuan, right?", found: true, want: []string{"not 4 billion yuan"}, figures: []string{"4亿美元"}},
		{q: "Actual use of foreign capital was 7.5 billion yuan in 2024, right?", found: true, want: []string{"not 7.5 billion yuan"}, figures: []string{"7.5亿美元"}},
		{q: "去年实际利用外资7.5亿吧", found: true, not: []string{"更正"}},
		// The report's number in another unit: another area, or households
		// for people.
		// How many the city has in all: a grade's number (4A级) counts
		// nothing, and what a year adds (培育…10家、…20家) is no stock;
		// how many did something is still answered.
		{q: "盘锦一共有多少个景区", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "盘锦有几个4A景区", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "专精特新企业总共多少家", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "盘锦有几个土特产进了全国名录", found: true, figures: []string{"6个"}},
		{q: "盘锦大米和盘锦河蟹品牌价值加一块儿有多少", found: true, figures: []string{"突破千亿元"}},
		// A total the report gives itself (…、合计突破千亿元) holds a claimed
		// total of the things it lists; one figure sharing words with each
		// thing (亿元以上项目) lists nothing.
		{q: "盘锦大米跟盘锦河蟹品牌价值一共800亿吧", found: true, want: []string{"更正", "突破千亿元"}, figures: []string{"突破千亿元"}},
		{q: "盘锦大米和河蟹的品牌价值合计有八百亿元吧", found: true, want: []string{"更正", "突破千亿元"}, figures: []string{"突破千亿元"}},
		{q: "今年亿元以上项目和新签约亿元以上项目一共205个吧", found: true, not: []string{"更正"}},
		{q: "全市有多少家跨境电商企业", found: true, figures: []string{"70家"}},
		// A project's stage is a sibling kind: 续建 is no 新开工.
		{q: "2024年新开工改造的老旧小区有多少个？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年续建改造老旧小区多少个", found: true, figures: []string{"11个"}},
		// A rate the report never gives, made of a verb it never writes
		// (发案率): not the neighbouring 刑事警情下降 it does give.
		{q: "去年刑事案件发案率下降多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年刑事警情下降多少", found: true, figures: []string{"26.1%"}},
		// A quantity the reports never write (出货量), though the dictionary
		// has it as no noun: asked, not the company's market share.
		{q: "中蓝电子马达去年出货量多少？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "中蓝电子马达全球市场占有率多少", found: true, figures: []string{"15.7%"}},
		{q: "去年新增耕地4400公顷吗", found: true, want: []string{"更正", "不是4400公顷"}, figures: []string{"4400亩"}},
		{q: "去年新增就业2.04万户吗", found: true, want: []string{"更正", "不是2.04万户"}, figures: []string{"2.04万人"}},
		// A share asked is given only in a clause naming what was asked:
		// a company's 市场占有率 is no industry's share of the economy.
		{q: "电子信息产业在全市经济中占比多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "How high was the PM2.5 concentration in 2024 and what share of days had good air quality?", found: true, want: []string{"88.3%"}},
		// What a target was set on, asked as a judgement it was based on.
		{q: "GDP增长目标是基于什么判断定出来的", found: true, want: []string{"走出最低谷"}},
		// A part numbered past the report's parts is the area of work so
		// numbered, when there is one.
		{q: "今年工作安排第八部分讲了什么", found: true, paragraph: 65},
		{q: "第九部分讲了什么", grounding: rag.GroundNotAnswered, want: []string{"没有第9部分"}},
		// The line a report closes or opens with, asked as a saying quoted.
		{q: "报告结尾引的那句古话是啥来着", found: true, want: []string{"遵道而行"}},
		{q: "顺便问下，报告结尾引的那句诗是什么？", found: true, want: []string{"遵道而行"}},
		{q: "报告开头第一句话是什么", found: true, paragraph: 4},
		// The opening address quotes no verse: its plain words are none.
		{q: "报告开头引了什么诗", grounding: rag.GroundNotAnswered, want: []string{"报告开头没有引用诗句或古话"}},
		{q: "报告开头引的那句古话是啥", grounding: rag.GroundNotAnswered, want: []string{"报告开头没有引用诗句或古话"}},
		{q: "報告開頭那句詩是什麼", grounding: rag.GroundNotAnswered, want: []string{"报告开头没有引用诗句或古话"}},
		{q: "报告开头说了什么", found: true, paragraph: 4},
		// A year's 年 is no part of the words after it when they only say
		// which figure (实际, 目标) or nothing follows.
		{q: "固投 24年实绩 vs 25年目标", found: true, want: []string{"20%以上", "10%以上"}},
		{q: "进出口 2024年 vs 2025年", found: true, want: []string{"39.7%", "6%"}},
		// Everyday words for the report's terms: 抓坏人 is its 涉恶 and 治安,
		// a hot meal its 便民食堂, the water drunk its 饮用水, the red
		// beach and reeds its 国家公园.
		{q: "去年抓坏人这块干得咋样，街面上太平不？", found: true, want: []string{"打掉涉恶组织6个"}},
		{q: "社区里有没有能让老人吃口热乎饭的地儿？", found: true, want: []string{"便民食堂"}},
		{q: "乡下喝的水啥时候能跟城里一个样？", found: true, want: []string{"18万农村居民"}},
		{q: "海边那片红草滩和芦苇荡今年咋护着？", found: true, want: []string{"辽河口国家公园"}},
		// An English sentence saying what the asker runs is their
		// circumstance: the question after it is read alone.
		{q: "I run a navigation startup. How many Beidou terminals will be added or replaced this year?", found: true, want: []string{"3万个"}},
		// New ways of spending are the plan's 新型消费 (a lexicon link).
		{q: "今年提倡哪些新的花钱方式", found: true, want: []string{"数字消费", "健康消费"}},
		// The problems a report admits are its whole paragraph of them, not
		// the clause retrieval meets first; a thing's problems are its own.
		{q: "报告自己承认存在哪些问题，概括一下", found: true, want: []string{"项目储备不足", "执行力较弱"}, paragraph: 19},
		{q: "What problems did the report identify?", found: true, want: []string{"项目储备不足", "民生领域还有不少短板"}, paragraph: 19},
		{q: "政府工作报告指出的短板", found: true, want: []string{"内需总体偏弱"}, paragraph: 19},
		{q: "报告里阜盘铁路有什么问题", found: true, not: []string{"项目储备不足"}},
		// The report's two parts, its core, or it in three sentences: its
		// outline; a 核心区 of the city is no core of the report.
		{q: "报告的两大部分是什么", found: true, want: []string{"2024年工作回顾", "2025年工作安排"}},
		{q: "用三句话总结报告", found: true, want: []string{"2024年工作回顾", "2025年工作安排"}},
		{q: "报告的核心内容", found: true, want: []string{"2024年工作回顾", "2025年工作安排"}},
		{q: "报告里核心区建设怎么说", found: true, want: []string{"核心区"}, not: []string{"2024年工作回顾"}},
		// A year a figure is compared with is no year asked: the report
		// compares with it (为2023年五倍); a claimed other multiple is
		// corrected. A year asked for its own figure still declines.
		{q: "省稳增长奖励资金是2023年的几倍", found: true, figures: []string{"五倍"}},
		{q: "跟2023年比，省里给的稳增长奖励资金翻了几倍", found: true, figures: []string{"五倍"}},
		{q: "稳增长奖励资金是2023年的三倍吗", found: true, want: []string{"更正", "五倍"}},
		{q: "How many times larger was the stable growth reward compared with 2023?", found: true, want: []string{"五倍"}},
		{q: "Was the stable growth reward larger than in 2023?", found: true, want: []string{"五倍"}},
		{q: "2023年GDP增长多少", grounding: rag.GroundOtherPeriod, not: []string{"3.5%"}},
		// A figure in km or 斤 is held to the report's 公里 and 吨.
		{q: "农村公路维修新建100km吗", found: true, want: []string{"更正", "182.3公里"}, figures: []string{"182.3公里"}},
		{q: "粮食产量30亿斤对吗", found: true, want: []string{"更正", "110万吨左右"}, figures: []string{"110万吨左右", "110万吨左右"}},
		{q: "粮食产量22亿斤对吗", found: true, not: []string{"更正"}},
		// … and one in μg/m³ (micro sign or Greek mu, ³ or 3) to 微克/立方米.
		{q: "去年PM2.5是35μg/m³吗", found: true, want: []string{"更正", "29微克/立方米"}, figures: []string{"29微克/立方米"}},
		{q: "Is it true that the average PM2.5 concentration was 35 μg/m³ in 2024?", found: true, want: []string{"29微克/立方米, not 35"}, figures: []string{"29微克/立方米"}},
		{q: "PM2.5 was 35ug/m3 in 2024, right?", found: true, want: []string{"29微克/立方米, not 35"}, figures: []string{"29微克/立方米"}},
		{q: "Was PM2.5 29 µg/m3 last year?", found: true, not: []string{"Note"}},
		// A bare number ending a claim is what the words before it name.
		{q: "PM2.5浓度35吗", found: true, want: []string{"更正", "29微克/立方米"}, figures: []string{"29微克/立方米"}},
		{q: "PM2.5浓度29吗", found: true, not: []string{"更正"}},
		// A place in a ranking claimed in words is a figure, as 第3 is.
		{q: "红海滩抖音排第三吗", found: true, want: []string{"更正", "第7名"}, figures: []string{"全国景点排行榜第7名"}},
		{q: "稳增长奖励资金排第三吗", found: true, not: []string{"更正"}},
		// Staff shorthand and speech for an indicator: 粮播, 经济要涨.
		{q: "粮播面积 24/25", found: true, want: []string{"183万亩"}},
		{q: "今年经济要涨多少", found: true, figures: []string{"5.5%左右"}},
		// A percentage said in words is the report's figure, not a word
		// it lacks: confirmed when right, corrected when wrong.
		{q: "去年GDP增长百分之三点五吗", found: true, not: []string{"更正"}, figures: []string{"3.5%左右"}},
		{q: "去年GDP增长百分之五吗", found: true, want: []string{"更正", "3.5%左右"}, figures: []string{"3.5%左右"}},
		// 大水 is a flood, as 发大水 was — said as a flood, not inside
		// other words (大水缸, 大水漫灌).
		{q: "去年那场大水前后下了几轮强降雨", found: true, want: []string{"八轮"}},
		{q: "大水缸", not: []string{"¶17"}},
		{q: "大水漫灌式刺激政策", not: []string{"防汛"}},
		// How a topic went, asked alone, is the topic (新进展, 成绩的取得).
		{q: "进展如何", found: true, paragraph: 16},
		{q: "成绩怎么样", found: true, paragraph: 17},
		// How a target is carried out once set asks no reason.
		{q: "目标定出来以后怎么落实", found: true, not: []string{"没有说明原因"}},
		// A bare year opening a question names the year; it states no
		// figure for the rest to be asked after.
		{q: "2024开复工项目总数，还有竣工投产几个", found: true, want: []string{"502个", "175个"}, not: []string{"200个"}},
		// A whole named by its figure before 中 is where the part asked is
		// counted, not a claim whose clause answers.
		{q: "去年502个开复工项目中竣工投产的有多少", found: true, want: []string{"175个"}},
		// A plant's size is its output a year, not the count of projects
		// its sentence lists it among.
		{q: "今年竣工投产的臻德化工装置是多大规模", found: true, want: []string{"20万吨/年"}, not: []string{"项目竣工投产：200个"}},
		// Part of a year's target, 多少 or not: the reports give whole years.
		{q: "今年上半年社零目标", grounding: rag.GroundOtherPeriod, not: []string{"5%"}},
		{q: "今年社零目标", found: true},
		// A place other than the report's own and an indicator's name,
		// nothing else asked, ask that place's figure.
		{q: "辽滨经开区今年进出口目标", grounding: rag.GroundOtherPlace, not: []string{"6%"}},
		{q: "新疆和布克赛尔县财政收入", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		// A named project's or company's own size or money: a citywide
		// total, or a sentence naming it without a figure, is not its.
		{q: "盛源海洋牧场占地多少亩", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "海兴科技项目产能多大", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出这项数字"}},
		{q: "海洋牧场面积多少亩", found: true, figures: []string{"48万亩"}, want: []string{"50万亩"}}, // no year: the target only quoted
		// A part of the city that is no division of it — its port, a
		// scenic area, a bank, a wetland — asked a figure the report gives
		// only for the whole city: not the part's. What a sentence the
		// port opens goes on to say is the port's.
		{q: "盘锦港去年社零增长多少", grounding: rag.GroundOtherPlace, want: []string{"盘锦港"}, not: []string{"根据报告"}},
		{q: "红海滩国家风景廊道去年旅游收入增长多少", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "金帛滩海洋乐园去年旅游收入增长多少", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "盘锦银行去年贷款余额增长了多少", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "盘锦港去年集装箱吞吐量增长多少", found: true, figures: []string{"1.9%"}},
		{q: "盘锦港今年新增航线几条", found: true, figures: []string{"2条"}},
		// A part of a year beside an indicator's bare name asks its
		// figure too; a month's end is the year's only in December.
		{q: "去年11月社零", grounding: rag.GroundOtherPeriod, not: []string{"根据报告"}},
		{q: "春节期间旅游收入", grounding: rag.GroundOtherPeriod, not: []string{"29.9%"}},
		{q: "今年9月底前新签约项目", grounding: rag.GroundOtherPeriod, not: []string{"300个"}},
		{q: "上个月城镇新增就业", grounding: rag.GroundOtherPeriod, not: []string{"万人"}},
		// A size of project asked, answered only by the count of all
		// sizes; an average the report does not give.
		{q: "2024年新签约的亿元以上项目有几个", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年实施亿元以上产业链项目多少个", found: true, figures: []string{"39个"}},
		{q: "去年引进人才超万人，其中高层次人才多少个", found: true, figures: []string{"31人"}},
		{q: "去年旅客接待量和旅游收入平均增长多少", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出平均数"}},
		{q: "On average, how much did high-tech firms and tech SMEs grow?", grounding: rag.GroundNotAnswered, want: []string{"no average"}},
		{q: "去年PM2.5平均浓度多少", found: true, figures: []string{"29微克/立方米"}},
		// A wider place's target, 多少 or not, or a region of several
		// provinces: the city's own figure is not its.
		{q: "辽宁今年社零增长目标", grounding: rag.GroundOtherPlace, not: []string{"5%"}},
		{q: "东三省今年进出口目标", grounding: rag.GroundOtherPlace, want: []string{"东三省"}, not: []string{"6%"}},
		{q: "京津冀去年GDP增长多少", grounding: rag.GroundOtherPlace, not: []string{"3.5%"}},
		// A figure stated of the country or the province is neither
		// confirmed nor corrected with the city's own; a rank the city
		// holds in the province is its own premise, answered.
		{q: "全国进出口目标5%对吗", grounding: rag.GroundOtherPlace, not: []string{"更正", "6%"}},
		{q: "全省今年社零目标是6%吧", grounding: rag.GroundOtherPlace, not: []string{"更正"}},
		// 国家 or 中央 opening a question, "national" before a figure's
		// name, ask the country's figure; 国家高新区 is the report's own.
		{q: "国家粮食产量目标多少", grounding: rag.GroundOtherPlace, not: []string{"110万吨"}},
		{q: "中央今年GDP目标", grounding: rag.GroundOtherPlace, not: []string{"5.5%"}},
		{q: "What is the national retail sales target?", grounding: rag.GroundOtherPlace, not: []string{"5%"}},
		{q: "全国今年城镇新增就业1.9万人？", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "国家高新区今年目标", found: true, paragraph: 47},
		{q: "去年进出口增速是全省第二对吧？", found: true, want: []string{"更正", "全省第一"}, figures: []string{"全省第一"}},
		{q: "What's the fixed-asset investment target for Northeast China?", grounding: rag.GroundOtherPlace, want: []string{"Northeast China"}, not: []string{"10%"}},
		{q: "今年全市规上工业增加值目标", found: true, figures: []string{"5.4%"}},
		// "X增长目标" with no 多少 asks the figure all the same.
		{q: "全国GDP增长目标", grounding: rag.GroundOtherPlace, want: []string{"全国"}, not: []string{"「全市经济社会发展"}},
		{q: "今年出口增长目标", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "今年单位GDP能耗下降目标", grounding: rag.GroundNoSuchFigure},
		{q: "今年GDP增长目标", found: true, figures: []string{"5.5%左右"}},
		// An amount asked where the report gives only how it moved; a
		// growth asked where it gives only the amount, or the growth of a
		// wider thing (地区生产总值 for 海洋经济生产总值).
		{q: "去年社会消费品零售总额是多少", grounding: rag.GroundNoSuchFigure, want: []string{"只给出这项的增减幅度"}},
		{q: "How much was the city's GDP in 2024?", grounding: rag.GroundNoSuchFigure, want: []string{"gives only how much this changed"}},
		{q: "What was the total retail sales value in 2024?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "去年海洋经济生产总值增长了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "石化及精细化工产业营业收入去年增长多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告", "营业收入增长：40%"}},
		{q: "去年旅游收入增长多少", found: true, figures: []string{"29.9％"}},
		{q: "今年社零目标多少", found: true, figures: []string{"5%"}},
		// Staff abbreviations and a slip in the city's name.
		{q: "去年高企增长多少", found: true, figures: []string{"10.6%"}},
		{q: "去年一公收增长多少", found: true, figures: []string{"8.3%"}},
		{q: "今年规工增速目标", found: true, figures: []string{"5.4%"}},
		// "pillar industries": the report's 支柱产业, in English.
		{q: "Which are the two pillar industries?", found: true, want: []string{"支柱产业", "绿色石化集群"}},
		{q: "去年技合成交额多少", grounding: rag.GroundOtherPeriod, not: []string{"24.7%"}},
		{q: "潘锦今年GDP目标多少", found: true, figures: []string{"5.5%左右"}},
		// A pinyin slip in a word the engine reads by (社灵, 木标, 曾长).
		{q: "社灵今年定的木标是多少", found: true, figures: []string{"5%"}, not: []string{"4%"}},
		{q: "去年城镇新增就叶有多少", found: true, figures: []string{"2.04万人"}, not: []string{"1.9万人"}},
		{q: "规上工业今年曾长目标", found: true, figures: []string{"5.4%"}},
		// English everyday words the lexicon knows.
		{q: "How many old communities were renovated in 2024?", found: true, want: []string{"老旧小区11个"}},
		{q: "Did any cyber incidents happen in 2024?", found: true, want: []string{"网络安全事件"}},
		{q: "How many living circles will Panjin build in 2025?", found: true, want: []string{"便民生活圈35个"}},
		{q: "汽车类零售额去年增长多少", grounding: rag.GroundNoSuchFigure},
		// A figure the asker states first is context: the figure asked is
		// the other clause's, and the stated one is checked on its own.
		{q: "今年GDP目标5.5%左右，社零目标是多少", found: true, figures: []string{"5%"}},
		{q: "去年GDP增长3.5%，进出口增长多少", found: true, figures: []string{"39.7%"}},
		{q: "今年GDP目标6%，社零目标是多少", found: true, want: []string{"更正", "5.5%左右"}, figures: []string{"5%"}},
		// The year stated is context: its figure is quoted, not headlined.
		{q: "去年买了85台公交车，今年买多少", found: true, figures: []string{"132台"}, want: []string{"85台"}},
		{q: "今年新签约项目300个，其中亿元以上多少", found: true, figures: []string{"80个"}, not: []string{"125个"}}, // a part of it: not split; ¶29 gives it
		{q: "今年新签约300个项目，亿元以上多少个", found: true, figures: []string{"80个"}, not: []string{"125个"}},  // its size class, 其中 unsaid
		// A size picking a class (500万元以上项目) is no count of projects:
		// the count of them, 600个, corrects a count stated.
		{q: "今年实施项目500个吗", found: true, figures: []string{"600个"}, want: []string{"600个"}, not: []string{"500万元以上，不是"}},
		{q: "今年要实施502个项目吗", found: true, figures: []string{"600个"}, want: []string{"600个"}, not: []string{"10个以上"}},
		// Compared with another place: only a quote making the comparison answers.
		{q: "盘锦经济增速比全国快吗", grounding: rag.GroundNotAnswered, want: []string{"没有把盘锦市和全国作比较"}},
		{q: "盘锦进出口增速比营口快吗", grounding: rag.GroundOtherPlace, not: []string{"更正"}},
		{q: "去年一般公共预算收入比全省高多少", found: true, figures: []string{"2.8个百分点"}},
		// By how much, asked after the place (高于全省多少): only a quote
		// stating the margin answers; 增速均全省第一 ranks, it gives none.
		{q: "一般公共预算收入增速高出全省多少", found: true, want: []string{"2.8个百分点"}},
		{q: "固定资产投资增速高出全省多少", grounding: rag.GroundNotAnswered, want: []string{"没有把盘锦市和辽宁省作比较"}},
		{q: "固定资产投资增速高于全省几个百分点", grounding: rag.GroundNotAnswered},
		{q: "去年进出口增速全省排名，高出全省多少", found: true, want: []string{"全省第一"}, figures: []string{"全省第一"}},
		// The stated number is a sibling's in the quote (198件政协提案):
		// the thing asked has its own figure there, which corrects it.
		{q: "人大代表建议办复198件吧", found: true, want: []string{"更正"}, figures: []string{"126件"}},
		// Two clauses, one the report answers with a figure: that one is
		// answered, the other declined in its own words.
		{q: "去年进出口增长多少，锦州呢", found: true, figures: []string{"39.7%"}, want: []string{"锦州"}},
		{q: "今年社零目标多少，人均可支配收入目标多少", found: true, figures: []string{"5%"}, not: []string{"5.5%左右"}},
		{q: "今年粮食产量目标多少？明年呢？", found: true, figures: []string{"110万吨左右"}, want: []string{"没有2026年"}},
		// Why a target is higher than last year's result: the basis the
		// report gives for its targets (自我加压) answers; why lower does not.
		{q: "今年社零目标为啥比去年高", found: true, want: []string{"上述目标"}},
		{q: "今年社零目标为啥比去年低", grounding: rag.GroundNotAnswered, not: []string{"上述目标"}},
		// A bare 呢 after a stated figure asks its measure of the new thing:
		// one the report does not give for it is declined, not another.
		{q: "去年粮油加工产值增长30%，石化产业呢", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年社零增长4%，进出口呢", found: true, figures: []string{"39.7%"}},
		// A clause asking more of the thing before it is no question of
		// its own: the whole stays declined.
		{q: "今年供暖费每平米多少钱，啥时候开始供暖", grounding: rag.GroundOtherUnit, not: []string{"根据报告"}},
		{q: "今年专精特新培育20家吗", found: true, want: []string{"更正"}, figures: []string{"10家"}},
		{q: "老旧管网改了360公里，其中燃气管网多少", grounding: rag.GroundNoSuchFigure, not: []string{"更正"}},
		// Review mends: the opening clause's correction decides nothing of
		// the question asked; its place is kept; its rank is its own.
		{q: "今年GDP目标6%，地铁几号线开通", grounding: rag.GroundNoSuchFigure, want: []string{"更正"}},
		{q: "大连去年GDP增长5%，进出口增长多少", grounding: rag.GroundOtherPlace, not: []string{"39.7%"}},
		{q: "去年固投增长20%，全省排名多少", found: true, figures: []string{"全省第一"}},
		{q: "去年进出口总额1,470亿元，外资多少", found: true, figures: []string{"7.5亿美元"}, not: []string{"不是470"}},
		// Another place's figure stated, the own place asked: the stated
		// figure is no claim about the report, and the rest asks its indicator.
		{q: "全国今年GDP目标定的5%左右，咱们盘锦呢", found: true, figures: []string{"5.5%左右"}, not: []string{"更正"}},
		{q: "辽宁去年社零增长了3%，我们这边呢", found: true, figures: []string{"4%"}, not: []string{"更正"}},
		{q: "鞍山去年新增就业3万人，咱们新增就业多少", found: true, figures: []string{"2.04万人"}, not: []string{"更正"}},
		{q: "全国今年GDP目标5%左右，大连呢", grounding: rag.GroundOtherPlace, not: []string{"更正", "5.5%"}},
		// One ask of two places, parted by a space or in English: the own
		// place's half answered beside the other's decline.
		{q: "抚顺去年实际利用外资多少 盘锦多少", found: true, figures: []string{"7.5亿美元"}, want: []string{"没有抚顺市"}},
		{q: "Jinzhou's grain output target this year? And Panjin's?", found: true, figures: []string{"110万吨左右"}, want: []string{"Jinzhou"}},
		{q: "盘锦今年要打造多少个一刻钟便民生活圈 营口呢", found: true, want: []string{"35个", "没有营口市"}},
		{q: "沈阳今年社零目标多少，盘锦是6%对吧", found: true, figures: []string{"5%"}, want: []string{"没有沈阳市", "更正"}},
		// A 其中 part asked by its whole: not another whole's part.
		{q: "今年新签约的项目里亿元以上的有多少", found: true, figures: []string{"80个"}, not: []string{"125个"}},
		{q: "今年新签约亿元以上项目120个吧", found: true, want: []string{"更正"}, figures: []string{"80个"}},
		// A claimed total is held to the sum of the figures the question
		// names, computed and labelled so, never to one of them.
		{q: "去年修复湿地和处置闲置土地合计348.2公顷吧", found: true, want: []string{"核对", "150.2公顷", "198公顷", "相加为348.2公顷"}, not: []string{"更正"}},
		{q: "去年修复湿地和处置闲置土地一共400公顷吧", found: true, want: []string{"更正", "相加为348.2公顷", "不是400公顷"}},
		{q: "去年高标准农田和恢复耕地加起来13.65万亩吧", found: true, want: []string{"12.45万亩", "1.2万亩", "13.65万亩"}, not: []string{"更正"}},
		{q: "去年和今年城镇新增就业加起来4万人吧", found: true, want: []string{"更正", "2.04万人", "1.9万人", "相加为3.94万人"}},
		{q: "去年保交楼3个、保交房2个，合计6个吧", found: true, want: []string{"更正", "相加为5个", "不是6个"}},
		{q: "去年退出油井和生态恢复井站一共318个吧", found: true, not: []string{"更正", "相加"}},                   // 口 and 座: not added
		{q: "去年新建和改造城市公园一共25处吧", found: true, want: []string{"更正"}, figures: []string{"20处"}}, // one indicator's name
		{q: "Did land disposal and unused land digestion total 542.7 hectares last year?", found: true, not: []string{"Note"}},
		// A range holds the figure it contains, and only that.
		{q: "去年旅游收入增速在25%到30%之间吧", found: true, figures: []string{"29.9％"}, not: []string{"更正"}},
		{q: "今年进出口目标在7%到9%之间吧", found: true, want: []string{"更正", "不是7%到9%"}, figures: []string{"6%"}},
		{q: "去年城镇新增就业介于2万人和3万人之间对吗", found: true, not: []string{"更正"}},
		{q: "Was the 2024 tourism revenue growth between 20% and 30%?", found: true, figures: []string{"29.9％"}, not: []string{"Note"}},
		// A level claimed as a change is corrected; a change is not.
		{q: "今年普惠性幼儿园覆盖率提高91%吧", found: true, want: []string{"更正", "达到的水平"}, figures: []string{"91%"}},
		{q: "去年河蟹电商平台入驻商户增加了85家吧", found: true, want: []string{"更正", "不是增加了85家"}, figures: []string{"85家"}},
		{q: "去年托育学位增加了640个吧", found: true, not: []string{"更正"}},
		{q: "去年实际到位内资增长了20.2%吧", found: true, figures: []string{"20.2%"}, not: []string{"更正"}},
		{q: "推动经济高质量增长", found: true, not: []string{"高质量建设：1个"}},
		{q: "怎么帮助大学生找到正规工作", found: true, not: []string{"规上工业"}},
		{q: "如何提高企业竞争力", found: true, not: []string{"高新技术企业"}},
		{q: "这几年盘锦生态环境有什么变化", found: true},
		{q: "盘锦对于全国能源安全有什么贡献", found: true, not: []string{"作比较"}},
		// A count the report says is none: the clause is the answer, not
		// the total beside it, nor a refusal for want of a number.
		{q: "去年有几个国考断面没达标", found: true, want: []string{"没有。", "水质全部达标"}, not: []string{"国考断面："}},
		{q: "去年未办复的人大代表建议多少件", found: true, want: []string{"全部办复"}},
		{q: "去年华锦阿美有几个节点延误", found: true, want: []string{"各关键节点均按时完成"}},
		{q: "去年重特大事故发生了几起", found: true, want: []string{"「全年未发生重特大事故。」"}},
		{q: "How many sections did not meet the standard last year?", found: true, want: []string{"None, as the report says", "水质全部达标"}},
		{q: "去年抗洪有多少人伤亡", found: true, want: []string{"人员不伤亡"}},
		{q: "去年零就业家庭还剩几户", found: true, want: []string{"动态为零"}, not: []string{"2.04万人"}},
		{q: "国家海洋督察反馈了几个问题", found: true, want: []string{"零反馈"}},
		{q: "去年城镇新增就业多少人", found: true, figures: []string{"2.04万人"}, not: []string{"没有。"}},
		// A complement asked, or another base: the report's figure is the
		// opposite or another measure, shown labelled, never the answer.
		{q: "去年空气质量不达标天数比例", grounding: rag.GroundNoSuchFigure, figures: []string{"88.3%"}, want: []string{"没有给出“不达标”"}, not: []string{"根据报告"}},
		{q: "去年空气不好的天数比例", grounding: rag.GroundNoSuchFigure, figures: []string{"88.3%"}},
		{q: "去年门诊个人自付比例多少", grounding: rag.GroundNoSuchFigure, want: []string{"统筹支付比例提高至55%"}},
		{q: "今年非普惠幼儿园比例", grounding: rag.GroundNoSuchFigure, figures: []string{"91%"}},
		{q: "What share of days had poor air quality last year?", grounding: rag.GroundNoSuchFigure, want: []string{"“poor air”"}},
		{q: "今年每万人托位数多少", grounding: rag.GroundNoSuchFigure, figures: []string{"4.5个"}, want: []string{"“每万人”"}},
		{q: "今年托位总数多少个", grounding: rag.GroundNoSuchFigure, want: []string{"每千人托位数达到4.5个"}},
		{q: "今年每千人托位数多少", found: true, figures: []string{"4.5个"}},
		{q: "去年空气质量优良天数比例", found: true, figures: []string{"88.3%"}},
		{q: "去年消化批而未供土地多少公顷", found: true, figures: []string{"344.7公顷"}},
		// A negation that asks no complement: an aside, a modal, a spoken "…不".
		{q: "不好意思，请问今年GDP目标多少", found: true, figures: []string{"5.5%左右"}},
		{q: "娃太小没人带，去年托育的学位加了多少个呀", found: true, want: []string{"托育学位640个"}},
		{q: "电梯里不让电瓶车上楼那玩意装了多少部", found: true, figures: []string{"4166部"}},
		// Numbers as keyboards and locales write them.
		{q: "去年新增就业2。04万人吧", found: true, not: []string{"更正"}},
		{q: "今年GDP目标5,5%吧", found: true, figures: []string{"5.5%左右"}, not: []string{"更正"}},
		{q: "抗洪出动了14，114名党员干部对吗", found: true, not: []string{"更正"}},
		// A span of past years is no year of the report's.
		{q: "近三年GDP年均增长", grounding: rag.GroundOtherPeriod, not: []string{"3.5%"}},
		{q: "全国今年GDP增长目标是多少？", grounding: rag.GroundOtherPlace, want: []string{"全国"}, not: []string{"5.5%"}},
		{q: "全省去年进出口总额增长多少？", grounding: rag.GroundOtherPlace, not: []string{"39.7%"}},
		{q: "营口港去年集装箱吞吐量增长多少？", grounding: rag.GroundOtherPlace, not: []string{"1.9%"}},
		{q: "大洼区去年地区生产总值增长多少？", grounding: rag.GroundOtherPlace, want: []string{"大洼区"}, not: []string{"3.5%"}},
		{q: "兴隆台区去年GDP增长多少", grounding: rag.GroundOtherPlace, want: []string{"兴隆台区"}, not: []string{"3.5%"}},
		{q: "Grain output of Panshan county in 2024?", grounding: rag.GroundOtherPlace, want: []string{"Panshan County"}, not: []string{"110万吨"}},
		{q: "How did Liaoning province's fixed asset investment grow in 2024?", grounding: rag.GroundOtherPlace, not: []string{"20%以上"}},
		// A zone inside the city its metadata names: the city's figures
		// are not the zone's, but what the report says of the zone is.
		{q: "辽滨经开区去年实际利用外资多少", grounding: rag.GroundOtherPlace, want: []string{"辽滨经开区"}, not: []string{"7.5亿美元"}},
		{q: "How much foreign investment did the Liaobin zone attract in 2024?", grounding: rag.GroundOtherPlace, want: []string{"Liaobin"}, not: []string{"7.5亿美元"}},
		{q: "辽滨经开区在全国化工园区排第几", found: true, figures: []string{"升至第21位"}},
		// A rank among others is no answer: second in the province is not
		// a place in the country.
		{q: "实际利用外资在全国排第几", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "实际利用外资在全省排第几", found: true, figures: []string{"全省第二"}},
		// By how many places a rank moved is not where it stands.
		{q: "辽滨经开区在全国化工园区排名比上一年上升了几位", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A place the report mentions without the figure asked: what it
		// says of the place is related text, not "nothing about it".
		{q: "无锡的物联网产业规模有多大？", grounding: rag.GroundOtherPlace, want: []string{"没有给出无锡市的这项数字", "无锡两市物联网"}},
		// ...even when the quotes kept are of the other year (签了: done).
		{q: "无锡跟盘锦物联网合作签了多少个项目", grounding: rag.GroundOtherPlace, want: []string{"没有给出无锡市的这项数字", "无锡两市物联网"}, not: []string{"没有无锡市的内容"}},
		// A place the report names only elsewhere is not "nothing about" it.
		{q: "大连去年GDP增长多少", grounding: rag.GroundOtherPlace, want: []string{"没有给出大连市"}, not: []string{"3.5%", "没有大连市的内容"}},
		// The result asked in its unit, named without the report's verb
		// (维修新建): not "no 2024 figure" beside the 2025 plan's 100公里.
		{q: "去年农村公路修了多少公里", found: true, figures: []string{"182.3公里"}},
		{q: "路修了多少公里", found: true, figures: []string{"182.3公里"}}, // 修了: what was done
		{q: "去年栽了多少树", found: true, figures: []string{"17.4万株"}},
		// Roads and bridges asked with the object parted from its verb by
		// the question word: the plan's, not "the report does not say".
		{q: "今年要修多少路啊", found: true, figures: []string{"100公里"}},
		{q: "今年修哪座桥", found: true, want: []string{"绕阳河大桥"}, paragraph: 52},
		{q: "今年要建什么桥", found: true, want: []string{"绕阳河大桥"}, paragraph: 52},
		// Only the plan's figure named strongly, the year asked has one in
		// its unit: not "2024's is not given"; the answer when the question
		// writes nothing of the plan's the year's lacks.
		{q: "去年修了多少路", found: true, figures: []string{"182.3公里"}, not: []string{"没有给出2024年"}},
		{q: "去年央地合作项目实施多少个", grounding: rag.GroundNoSuchFigure, figures: []string{"87个"}, not: []string{"没有给出2024年", "根据报告"}},
		// The year asked speaks of it in the report's other words (涉恶 for
		// 扫黑除恶): not "nothing of that year"; one word short is no answer.
		{q: "去年扫黑除恶成果", found: true, want: []string{"打掉涉恶组织6个"}},
		// 科技创新 asked as one thing: the review's 创新 run answers it, the
		// heading with the sentences it heads, not the plan's 科技创新.
		{q: "去年科技创新做了什么", found: true, want: []string{"创新支撑力日益展现", "发明专利授权量增长74.1%"}, not: []string{"2025年目标"}},
		{q: "去年每千人托位数", grounding: rag.GroundOtherPeriod, not: []string{"640个"}},
		// An attribute the report never gives of a thing it names.
		{q: "华锦阿美项目在哪", grounding: rag.GroundNotAnswered, want: []string{"没有说在哪里"}},
		// A place of the city's named right before the thing says where it is.
		{q: "今年农村供水保障工程在哪", found: true, want: []string{"盘山、大洼农村供水保障工程"}},
		{q: "30万吨级原油码头在哪", found: true, want: []string{"盘锦港30万吨级原油码头"}},
		{q: "西沙河在哪个县", found: true, want: []string{"盘山县西沙河"}},
		// Where a thing is, goes or comes from, in other words (是哪里,
		// 通向哪里, 从哪里, where is the): a sentence only naming it does not
		// say; a place named with it (锦州义县对口帮扶) does.
		{q: "Where is the Huajin Aramco project being built?", grounding: rag.GroundNotAnswered, want: []string{"does not say where"}},
		{q: "阜盘铁路通向哪里", grounding: rag.GroundNotAnswered, want: []string{"没有说在哪里"}},
		{q: "辽西北供水工程从哪里引水", grounding: rag.GroundNotAnswered, want: []string{"没有说在哪里"}},
		{q: "副城区指的是哪里", grounding: rag.GroundNotAnswered, want: []string{"没有说在哪里"}},
		{q: "盘锦对口帮扶的是哪里", found: true, want: []string{"锦州义县对口帮扶"}},
		{q: "盘锦对口援助的地方是哪里", found: true, want: []string{"新疆和布克赛尔县对口援助"}},
		{q: "曙光大桥多长", grounding: rag.GroundNotAnswered, want: []string{"没有给出长度"}},
		// A make asked (电动, 新能源, 车型) of things the report only counts;
		// a thing named by such a word still answers its own question.
		{q: "今年买的公交车是新能源的吗", grounding: rag.GroundNotAnswered, want: []string{"没有说明这方面"}},
		// …or asked as a choice of two makes, neither of which it writes.
		{q: "今年那132台公交车烧油还是用电？", found: false, grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "去年添的公交车辆是电动车还是燃油车", found: false, grounding: rag.GroundNotAnswered, want: []string{"没有说明这方面"}},
		{q: "去年公交车新买了几台", found: true, figures: []string{"85台"}},
		// "add" is how a count added is asked in English, no topic of its
		// own; a thing the report lacks is still missing beside it.
		{q: "how many bus routes will the city be adding this year", found: true, want: []string{"公交线路10条"}},
		{q: "how many new above-scale firms will Panjin add in 2025", found: true, want: []string{"15户以上"}},
		{q: "how many casinos will Panjin add this year", found: false, want: []string{"casinos"}},
		// Who builds a thing, asked with words between: a sentence
		// pushing the works on names no builder.
		{q: "配套产业园基础设施由哪家公司负责建设", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "Are the new buses electric?", grounding: rag.GroundNotAnswered, want: []string{"does not say this"}},
		{q: "电动车充电桩建了多少", found: true, want: []string{"电动自行车公共集中充电装置点276个"}},
		// A gathering the plan names is held this year, with no place or
		// day given: where and when it is held are not answered; which
		// gatherings there are, and which level a thing is at, are.
		{q: "今年全国冰钓赛在哪办", grounding: rag.GroundNotAnswered, want: []string{"没有说在哪里"}},
		{q: "万人徒步大会什么时候", grounding: rag.GroundNotAnswered, want: []string{"没有给出时间"}},
		{q: "全民健身节啥时候", grounding: rag.GroundNotAnswered, want: []string{"没有给出时间"}},
		{q: "今年举办哪些赛事", found: true, want: []string{"全国冰钓赛"}},
		{q: "汇福粮油被认定为哪一级龙头企业", found: true, want: []string{"国家重点龙头企业"}},
		// What the review says was held was held here, or its name says
		// where; a contest a plan runs (擂台赛) is no gathering; 在哪办理 asks
		// a procedure.
		{q: "巴黎残奥会在哪举行", found: true, want: []string{"巴黎残奥会"}},
		{q: "红马赛在哪里举行", found: true, want: []string{"高质量举办红马赛"}},
		{q: "中国女篮职业赛事在哪里举办", found: true, want: []string{"圆满承办"}},
		{q: "擂台赛什么时候实行", found: true, want: []string{"擂台赛"}},
		{q: "初心如磐征程似锦高质量发展大会是什么时候", found: true, want: []string{"高质量发展大会"}},
		{q: "蓝碳生态产品价格实现机制", found: true, want: []string{"价值实现机制"}},
		// A price, and a works' own cost, the report does not give.
		{q: "今年河蟹价格", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "西沙河防洪治理投资", grounding: rag.GroundNotAnswered, want: []string{"没有给出这项数字"}},
		// A figure clause measuring a thing of its own (引进人才1.15万人) is not
		// described by the clause before it in its sentence (吸引高校毕业生来盘
		// 就业创业), nor one lacking the head asked (投入总量, not 强度).
		{q: "今年来盘创业的大学毕业生目标多少人", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年研发投入强度多少", grounding: rag.GroundNoSuchFigure, not: []string{"74.1%〔"}},
		{q: "今年引进人才目标多少", found: true, figures: []string{"1.15万人"}},
		{q: "今年创新团队引进几个", found: true, figures: []string{"7个"}},
		{q: "去年发明专利授权量增长多少", found: true, figures: []string{"74.1%"}},
		{q: "光学电子供应链产业园今年新进驻项目几个", found: true, figures: []string{"6个"}},
		// A money threshold asked (亿元以上) sets which things are counted:
		// a count of them all is no answer, nor an amount in 亿元 beside it.
		{q: "2024年新签约亿元以上的项目几个", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年新签约5000万元以上项目多少个", grounding: rag.GroundNoSuchFigure},
		{q: "今年亿元以上项目实施多少个", found: true, figures: []string{"125个"}},
		// 过亿, 上亿, 超亿元 are speech for the report's 亿元以上.
		{q: "今年投资过亿的项目有多少个", found: true, figures: []string{"125个"}},
		{q: "今年上亿的项目有多少个", found: true, figures: []string{"125个"}},
		{q: "今年要干多少个500万元以上的项目", found: true, figures: []string{"600个"}},
		{q: "去年实施的亿元以上产业链项目多少个", found: true, figures: []string{"39个"}},
		{q: "去年招商签约多少项目，亿元以上的多少", found: true, figures: []string{"260个"}}, // answered in part
		// A count stated and which ones asked: a sentence that only counts
		// them names none; one that names them before its count does.
		{q: "打通的7条断头路是哪几条", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		{q: "去年获评的6个土特产有哪些", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		{q: "Which two shipping routes will be opened this year?", grounding: rag.GroundNotAnswered, want: []string{"not the names"}},
		{q: "今年366个开工项目有哪些", found: true, want: []string{"北方沥青燃料"}},
		{q: "报告是在哪次会议上作的", found: true, want: []string{"第四次会议"}}, // which, not where
		{q: "现在办房本得等多长时间啊", found: true, not: []string{"没有给出长度"}},
		// A fact of the city itself, which the report does not state, is
		// not answered from a sentence sharing its word (各区县…扛主责,
		// 3.57平方公里配套产业园, 铁路专用线); one it states is.
		{q: "盘锦有几个区县", grounding: rag.GroundNotAnswered, want: []string{"区县设置"}, not: []string{"各区县"}},
		{q: "盤錦有幾個區縣", grounding: rag.GroundNotAnswered, not: []string{"各区县"}},
		{q: "盘锦面积多少平方公里", grounding: rag.GroundNotAnswered, not: []string{"3.57平方公里"}},
		{q: "盘锦是几线城市", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "盘锦有几个港口", grounding: rag.GroundNotAnswered, not: []string{"30万吨级原油码头"}},
		{q: "盘锦有高铁站吗", grounding: rag.GroundNotAnswered, not: []string{"铁路专用线"}},
		{q: "How many districts does Panjin have?", grounding: rag.GroundNotAnswered, want: []string{"background facts"}},
		{q: "盘锦有机场吗", found: true, want: []string{"盘锦民用运输机场"}},
		{q: "盘锦是哪年建市的", found: true, want: []string{"建市40周年"}},
		// A superlative is answered only by the same 最 said of the thing
		// asked: 最大涉海走私案件 is no 最大 of 困难, 挑战赛 no 挑战.
		{q: "去年最大的困难是什么", grounding: rag.GroundNotAnswered, want: []string{"没有作这样的比较"}},
		{q: "今年最大的挑战是什么", grounding: rag.GroundNotAnswered, want: []string{"没有作这样的比较"}},
		{q: "去年哪个县GDP最高", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "去年哪个指标增长最快", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "Which is Panjin's biggest project?", grounding: rag.GroundNotAnswered, want: []string{"does not rank"}},
		{q: "去年最大的案件是什么", found: true, want: []string{"最大涉海走私案件"}},
		{q: "盘锦什么时候走出最低谷", found: true, want: []string{"走出最低谷"}},
		// A judgement the report does not make (好吃, 工资高, 值得去) is
		// declined; one it makes of the thing asked (空气质量优良) answers.
		{q: "盘锦的螃蟹好吃吗", grounding: rag.GroundNotAnswered, want: []string{"没有作这样的评价"}},
		{q: "盘锦工资高吗", grounding: rag.GroundNotAnswered, want: []string{"没有作这样的评价"}},
		{q: "盘锦医院水平高吗", grounding: rag.GroundNotAnswered, want: []string{"没有作这样的评价"}}, // 健康素养水平全省第一 is not the hospitals'
		{q: "盘锦的学校好不好", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "盘锦经济是不是不行了", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "盘锦空气好吗", found: true, want: []string{"88.3%"}},
		{q: "去年一般公共预算收入比全省高吗", found: true, want: []string{"高于全省2.8个百分点"}},
		{q: "去年有几个土特产纳入全国名特优新农产品名录", found: true, figures: []string{"6个"}}, // the city's in a national list
		{q: "What share of kindergartens is supposed to be affordable by the end of the year?", found: true, want: []string{"91%"}},
		// A share: a percentage after its ratio word gives it; a growth
		// rate does not, nor the report's sentences naming the thing.
		{q: "海洋经济占GDP比重", grounding: rag.GroundNotAnswered, want: []string{"没有给出所占的比例"}},
		{q: "民营经济占比", grounding: rag.GroundNotAnswered, want: []string{"没有给出所占的比例"}},
		{q: "What share of days had good air quality in 2024?", found: true, want: []string{"88.3%"}},
		{q: "中蓝电子手机马达全球市场占比多少", found: true, figures: []string{"15.7%"}},
		// The seats of a kindergarten are no count of kindergartens; asked
		// as places or spaces, they are what was asked.
		{q: "How many new kindergartens were built in 2024?", grounding: rag.GroundNoSuchFigure, want: []string{"520个"}},
		// Counted in 所, the seats' 个 count is shown as what the report
		// gives, labelled, not as the answer.
		{q: "去年新建了多少所幼儿园", grounding: rag.GroundOtherUnit, figures: []string{"520个"}, not: []string{"根据报告"}},
		{q: "去年新增了多少个幼儿园学位", found: true, figures: []string{"520个"}},
		{q: "How many parking spaces were added last year?", found: true, figures: []string{"1.1万个"}},
		// Everyday English verbs carry no topic: their object does.
		{q: "How much money did the government save last year?", found: true, want: []string{"2.63亿元"}},
		// A word naming the figure's area — its section's title, the short
		// sentence heading its run — is met there, not in its sentence.
		{q: "去年防汛应急专项演练多少次", found: true, want: []string{"18次"}},
		{q: "去年外资外贸跨境电商企业多少家", found: true, figures: []string{"70家"}},
		{q: "今年开放带动新增航线几条", found: true, figures: []string{"2条"}},
		// ...but another area's word is no scope of it.
		{q: "今年民生改善方面新增航线几条", grounding: rag.GroundNoSuchFigure},
		// Everyday words for the report's: 找到工作, 河堤, 天蓝的日子, 谈成, 建好.
		{q: "去年多少人找到工作", found: true, figures: []string{"2.04万人"}},
		{q: "修了多少公里河堤", found: true, want: []string{"39公里"}},
		{q: "去年天蓝的日子多少", found: true, want: []string{"88.3%"}},
		{q: "去年谈成多少个项目", found: true, figures: []string{"260个"}},
		{q: "去年建好的项目多少个", found: true, figures: []string{"175个"}},
		{q: "去年经济涨了多少", found: true, figures: []string{"3.5%左右"}},
		{q: "今年要干哪几件大事", found: true, want: []string{"八个方面"}},
		// The year's work asked with no topic of its own (哪些事, 工作重点,
		// 八件大事) is its areas of work; with one, that topic's.
		{q: "今年政府要干哪些事", found: true, want: []string{"八个方面", "狠抓清险除患"}},
		{q: "今年工作重点是啥", found: true, want: []string{"八个方面", "狠抓有效需求"}},
		{q: "今年政府工作重點是什麼", found: true, want: []string{"八个方面"}},
		{q: "今年盘锦要干的八件大事", found: true, want: []string{"八个方面", "狠抓民生改善"}},
		{q: "今年就业有哪些工作", found: true, not: []string{"八个方面"}},
		{q: "今年就业要做哪些事", found: true, not: []string{"八个方面"}},
		// How the areas changed the list does not say.
		{q: "今年工作重点有变化吗", not: []string{"「今年要重点做好"}},
		// A rank in words (位居全省前列, 包揽冠亚军) answers 第几.
		{q: "去年企业活跃度全省排第几", found: true, want: []string{"前列"}},
		{q: "盘锦河蟹品牌全省第几", found: true, want: []string{"冠亚军"}},
		// Asked of 2024 what only the 2025 plan names: a 2024 sentence that
		// shares nothing asked is no answer of that year.
		{q: "去年盘锦机场开建了吗", grounding: rag.GroundOtherPeriod, want: []string{"民用运输机场"}, not: []string{"京哈高速"}},
		// The review shares a word (地理标志, 华锦阿美) but names the thing
		// asked only in the plan: the plan's clause, labelled, not a 2024 yes.
		{q: "去年水飞蓟申报地理标志了吗", grounding: rag.GroundOtherPeriod, want: []string{"水飞蓟"}, not: []string{"盘锦大米"}},
		{q: "去年华锦阿美铁路专用线建成了吗", grounding: rag.GroundOtherPeriod, want: []string{"铁路专用线"}, not: []string{"地下工程"}},
		// Whether a thing was done that year: the plan's clause naming it,
		// in whatever words of doing (提速建设), shows where the report has
		// it; the review's works done (建成使用, 竣工投产) are of other things.
		{q: "2024年极兔速递产业园落地了吗", grounding: rag.GroundOtherPeriod, want: []string{"【2025年目标】", "极兔速递产业园"}, not: []string{"赛尔山"}},
		{q: "去年申通二期投产了吗", grounding: rag.GroundOtherPeriod, want: []string{"申通二期"}, not: []string{"175个项目"}},
		// A kin the plan lists beside the thing asked (冰凌穿越挑战赛 beside
		// 全国冰钓赛) is another thing in the review; the kin itself is there.
		{q: "去年冰钓赛办了没有", grounding: rag.GroundOtherPeriod, want: []string{"全国冰钓赛"}, not: []string{"市九运会"}},
		{q: "去年冰凌穿越挑战赛举办了吗", found: true, want: []string{"【2024年结果】", "冰凌穿越挑战赛"}},
		// A field the plan names (文体事业) that the review tells by its
		// events: those answer, not "nothing of 2024". The plan heads its
		// paragraph with the field and lists 赛事 sentences after: a part
		// of it, not a kin beside it.
		{q: "去年文体事业", found: true, want: []string{"【2024年结果】", "文化惠民演出等活动300余场次"}},
		{q: "去年文体活动怎么样", found: true, want: []string{"【2024年结果】", "赛事"}},
		// A topic asked as one compound of two words (防灾减灾, 体育赛事) is
		// told by the year's clause writing one of them (防灾救灾, 等赛事);
		// three words name a thing that one of them is not (引进创新团队,
		// 供水管网改造).
		{q: "去年防灾减灾", found: true, want: []string{"【2024年结果】", "防灾救灾应急专项演练"}, not: []string{"报告没有给出"}},
		{q: "去年体育赛事", found: true, want: []string{"【2024年结果】", "红马赛"}, not: []string{"报告没有给出"}},
		{q: "今年文化惠民演出场次", found: true, want: []string{"【2025年目标】", "不少于100场"}, not: []string{"报告没有给出"}},
		{q: "去年新增北斗应用终端", grounding: rag.GroundOtherPeriod, want: []string{"报告没有给出2024年的这方面内容"}},
		// A how or a list is answered by what the year asked did of it.
		{q: "今年防汛排涝准备怎么弄", found: true, want: []string{"螃蟹沟"}},
		// Speech's 上一年 is 2024: its result alone, not 2025's target too.
		{q: "上一年GDP增长多少", found: true, figures: []string{"3.5%左右"}},
		// The report's own words quoted back to confirm them.
		{q: "2024年创建省级美丽宜居（示范）村20个、总量占比全省第一，是否属实？", found: true, want: []string{"全省第一"}},
		// A summary's words about one topic ask about the topic.
		{q: "去年教育取得了哪些成绩", found: true, want: []string{"520个"}, not: []string{"地区生产总值"}},
		{q: "今年教育主要任务", found: true, want: []string{"91%"}, not: []string{"八个方面"}},
		// 认定为什么 asks what, not why.
		{q: "汇福粮油被认定为什么", found: true, want: []string{"农业产业化国家重点龙头企业"}},
		// ...but the report's own port, and its own rank in the province.
		{q: "今年盘锦港新增几条航线", found: true, figures: []string{"2条"}},
		{q: "盘锦港今年有啥建设计划", found: true, paragraph: 46},
		{q: "去年一般公共预算收入比全省高多少？", found: true, figures: []string{"2.8个百分点"}},
		{q: "Foreign trade grew 39.7% in 2024, the fastest in Liaoning, is that right?", found: true, figures: []string{"39.7%"}},
		{q: "Did imports and exports grow fastest in Liaoning last year?", found: true, want: []string{"全省第一"}},
		// An indicator named by its figure noun asks that figure: text
		// about the company or the trade is no answer.
		{q: "益海嘉里营业收入", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "盘锦银行不良贷款率", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A why question is not answered by the fact it asks about: the
		// report's reason, where it gives one, or "no reason given".
		{q: "住宅小区物业投诉量下降18.6%主要是什么原因？", grounding: rag.GroundNotAnswered, want: []string{"报告没有说明原因", "下降18.6%"}},
		{q: "Why is Panjin's 2025 target for actually utilized foreign capital lower than what it achieved in 2024?", grounding: rag.GroundNotAnswered, want: []string{"does not give the reason"}},
		{q: "为什么今年GDP目标定在5.5%左右？", found: true, want: []string{"5.5%左右", "上述目标，是立足"}},
		// A verdict ("意义重大") is explained by the sentence before it that
		// says what the year is.
		{q: "为什么说今年的政府工作意义特别重大", found: true, want: []string{"收官之年"}},
		{q: "去年盘锦固定资产投资下降了，是什么原因？", found: true, want: []string{"增长20%以上"}},
		// How many a year added is not how many there are.
		{q: "2024年新增了多少家跨境电商企业？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年新增外贸型企业多少家", found: true, figures: []string{"18家"}},
		// A sum over years is not one year's figure; a year named bounds
		// the sum to that year's own.
		{q: "累计新签约项目多少个", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "How many projects were signed in total over the three years of the action plan?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "去年累计新增就业多少人", found: true, figures: []string{"2.04万人"}},
		{q: "2024年累计新签约项目多少个", found: true, figures: []string{"260个"}},
		// A ranking clause with a subject of its own ranks that, not the
		// indicator before it.
		{q: "新登记经营主体增速全省排第几", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "企业活跃度全省排第几", found: true, want: []string{"位居全省前列"}},
		// A count in all, asked by its noun alone, is not what a year adds.
		{q: "全市省级企业技术中心总数", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A count is no amount of money, in another year either.
		{q: "跨境电商成交额 25目标", grounding: rag.GroundNoSuchFigure, want: []string{"跨境电商企业达到70家"}},
		{q: "今年电子信息产业营业收入目标", grounding: rag.GroundOtherPeriod, figures: []string{"40%"}, want: []string{"2024年结果"}},
		// Another period.
		{q: "十五五期间GDP年均增长目标是多少", grounding: rag.GroundOtherPeriod, want: []string{"十五五"}, not: []string{"5.5%"}},
		// A figure claimed of a five-year plan's span is no annual figure's
		// to correct: the report sets none for the span.
		{q: "十五五期间高标准农田要建到30万亩", grounding: rag.GroundOtherPeriod, want: []string{"十五五"}, not: []string{"更正"}},
		{q: "未来五年每年新增就业3万人", grounding: rag.GroundOtherPeriod, not: []string{"更正"}},
		{q: "Over the 15th Five-Year Plan exports will reach 50 billion yuan", grounding: rag.GroundOtherPeriod, not: []string{"Note:"}},
		// This year's figure, the plan named only as what the year's work
		// serves: the plan year's target answers it.
		{q: "为“十五五”开好局，今年粮食产量要到110万吨左右吗", found: true, paragraph: 23, not: []string{"没有“十五五”的数字"}},
		{q: "迎接十五五，2025年城镇新增就业1.9万人对不对", found: true, paragraph: 23, not: []string{"没有“十五五”的数字"}},
		{q: "明年GDP增长目标是多少", grounding: rag.GroundOtherPeriod, want: []string{"2026"}},
		{q: "前年进出口增长了多少", grounding: rag.GroundOtherPeriod, want: []string{"2023"}},
		{q: "2024年技术合同成交额是多少", grounding: rag.GroundOtherPeriod, want: []string{"2025年目标"}},
		// The indicator asked, not its neighbour.
		{q: "今年新增停车泊位多少个？", grounding: rag.GroundOtherPeriod, figures: []string{"1.1万个"}, want: []string{"【2024年结果】增划停车泊位"}, not: []string{"航线"}},
		{q: "去年旅游收入增长了多少？", found: true, figures: []string{"29.9％"}},
		// A rate as it stands is no change of it: 提高至55% says where it got,
		// not by how much.
		{q: "去年城乡居民医保门诊统筹支付比例提高了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年空气优良天数比例提高了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A count asked: a percentage counts nothing (64% is the city's
		// growth in visitors, not how many came).
		{q: "How many tourists visited the Red Beach scenic corridor in 2024?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "今年单位GDP能耗下降目标是多少？", grounding: rag.GroundNoSuchFigure},
		{q: "盘锦有多少常住人口", grounding: rag.GroundNoSuchFigure},
		// A figure in the unit asked counts only if its words are of what
		// was asked: 95万亩 is 稻蟹共生's area, not soybeans'.
		{q: "盘锦大豆种了多少万亩", grounding: rag.GroundOtherUnit, not: []string{"根据报告"}},
		// Staff shorthand: an indicator named by a figure noun and a year
		// asks that figure, which a neighbouring one does not give.
		{q: "渔业产值 2024", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "粮食产量 2024", found: true, figures: []string{"110万吨左右"}},
		// A breakdown by company is not the companies' total.
		{q: "市属国企营业收入增长多少，分企业列一下", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// From the review of this round: what must still be answered.
		{q: "Does bus 66 go to the high-speed rail station?", not: []string{"Note:"}, found: true},
		{q: "兴隆台区", found: true, want: []string{"兴隆台区"}},
		{q: "普惠率现在有多少", found: true, figures: []string{"90.6%"}},
		{q: "盘锦河蟹电商平台现在有多少家商户", found: true, figures: []string{"85家"}},
		{q: "全省制造业区域品牌排第一的是哪个", found: true, want: []string{"榜首"}},
		{q: "去年增加了多少个停车位", found: true, figures: []string{"1.1万个"}},
		{q: "7个项目纳入省数字化转型项目库，都是哪几个", found: true, want: []string{"海兴科技等7个项目"}},
		// 不让电瓶车上楼的那个 is the report's 电梯智能阻车系统.
		{q: "防止电动车上楼的装置装了多少部", found: true, figures: []string{"4166部"}},
		// Everyday words: 看小病 is the report's 普通门诊; 很火 asks nothing.
		{q: "去门诊看小病医保能报多少", found: true, want: []string{"55%"}},
		{q: "红海滩在抖音上很火，排第几了", found: true, figures: []string{"全国景点排行榜第7名"}, want: []string{"第7名"}},
		// Who is first is not answered by the report's own place.
		{q: "全国化工园区里排第一的是哪个园区", grounding: rag.GroundNotAnswered, want: []string{"没有说谁排第一"}},
		{q: "居民健康素养水平全省排第一的是哪个城市", found: true, want: []string{"全省第一"}},
		// Asked after the place (第一的是哪个城市), who is first is no claim
		// that the city is: the report's 全省第二 is not a correction of it.
		{q: "去年实际利用外资全省第一的是哪个城市？", grounding: rag.GroundNotAnswered, want: []string{"没有说谁排第一"}, not: []string{"更正"}},
		{q: "实际利用外资排第一的城市是哪个", grounding: rag.GroundNotAnswered, want: []string{"没有说谁排第一"}, not: []string{"更正"}},
		{q: "去年实际利用外资是全省第一吗", found: true, figures: []string{"全省第二"}, want: []string{"全省第二"}},
		// Everyday words: 外地资金 is the report's 内资, 多出来 asks nothing.
		{q: "外地资金去年到位了多少，涨了多少", found: true, figures: []string{"20.2%"}},
		{q: "托育学位去年多出来多少个", found: true, want: []string{"640个"}},
		// 全世界 is the report's 全球.
		{q: "手机高端马达在全世界的份额是多少", found: true, figures: []string{"15.7%"}},
		// Trees asked in 棵 are counted in 株.
		{q: "去年全市种了多少棵树", found: true, figures: []string{"17.4万株"}},
		// Talent in general is not its high-level part (高层次人才31人).
		{q: "去年引进人才多少", found: true, figures: []string{"超万人"}},
		// By how much something grew is not how many there are.
		{q: "How much did cross-border e-commerce sales grow in 2024?", found: true, want: []string{"成交额增长24.7%"}, not: []string{"跨境电商企业：70家"}},
		// How much there is in all is not what a year added.
		{q: "盘锦一共有多少个公园", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "How many parks does Panjin have?", grounding: rag.GroundNoSuchFigure},
		{q: "去年一共新增了多少停车泊位", found: true, figures: []string{"1.1万个"}},
		// How large a thing is (面积) is not what a year added to it
		// (新增耕地4400亩), nor a figure of the sentence after that addition;
		// the addition asked, or a level of its own, still answers.
		{q: "盘锦现在耕地面积是多少亩", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年新增耕地面积多少", found: true, want: []string{"新增耕地4400亩"}},
		{q: "今年改善农业灌溉面积多少", found: true, figures: []string{"46.6万亩"}},
		// The asked year's clause that holds only part of what was asked is
		// no figure of it when the other year's holds all of it.
		// A head the question qualifies, which the report says so qualified
		// elsewhere (央地合作…新签约19个), is not answered by the head's wider
		// figure (新签约注册项目); the wider one asked still is.
		{q: "今年央地合作签约多少个", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告", "新签约注册项目：300个"}},
		{q: "去年央地合作新签了几个项目", found: true, want: []string{"新签约19个"}, not: []string{"新签约注册项目：260个"}},
		{q: "去年新签约注册项目多少个", found: true, figures: []string{"260个"}},
		{q: "今年城镇新增就业目标多少人", found: true, figures: []string{"1.9万人"}},
		{q: "今年整治恢复耕地多少亩", grounding: rag.GroundOtherPeriod, want: []string{"【2024年结果】", "恢复耕地1.2万亩"}, not: []string{"183万亩"}},
		// Which ones of a counted number: a clause that only counts them
		// names none, a list of another length neither.
		// A unit asked picks, among the figures of what is named, the one
		// in that unit: 粮食 reads as 粮食产量 (万吨), yet 多少亩 asks its area.
		{q: "去年粮食种了多少亩", found: true, figures: []string{"183万亩"}},
		{q: "老旧小区改造惠及多少户", found: true, figures: []string{"2万余户"}},
		{q: "去年海洋牧场多少吨", grounding: rag.GroundOtherUnit, figures: []string{"48万亩"}},
		{q: "去年旅游收入多少亩", grounding: rag.GroundOtherUnit, figures: []string{"29.9％"}},
		// A figure of the year asked named loosely is no part of a whole
		// the question states (亿元以上产业链项目 is not of the 260).
		{q: "去年新签的260个项目里亿元以上的有几个", grounding: rag.GroundNoSuchFigure, figures: []string{"39个"}},
		// Everyday words for the report's things: the government's debt
		// (政府欠的债, 饥荒), not a company's (国企欠的债 is 负债总额); a
		// canteen (饭堂); old blocks (老房子).
		{q: "政府欠的债降了多少", found: true, want: []string{"100个百分点以上"}},
		{q: "政府欠的那些饥荒，去年还得咋样了？", found: true, want: []string{"100个百分点以上"}},
		{q: "市里国企去年欠的债降了多少", found: true, want: []string{"11.1%"}, not: []string{"100个百分点以上"}},
		{q: "去年饭堂开了几个", found: true, want: []string{"10家社区便民食堂"}},
		{q: "去年老房子改造了多少", found: true, figures: []string{"11个"}},
		// 一直 (all along) says how, not what: a home never handed over is 保交楼.
		{q: "交了钱房子一直交不了，今年这事咋弄", found: true, want: []string{"保交楼项目收尾"}},
		{q: "去年续建的那11个老旧小区叫什么名字", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		// One thing's name, given by its sentence: titled, quoted or in
		// apposition; not a count's (省级 11家), nor another level's.
		{q: "小巨人企业叫啥", found: true, want: []string{"华孚环境"}},
		{q: "援疆项目叫什么", found: true, want: []string{"赛尔山现代畜牧科技养殖孵化园"}},
		{q: "去年的招商主题活动叫什么", found: true, want: []string{"山海关不住 兴业辽东湾"}},
		{q: "新增的省级龙头企业叫什么", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		{q: "今年优化的10条城乡公交线路是哪几条", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		{q: "去年竣工投产的175个项目都是哪些", found: true, want: []string{"伊科思碳五低碳综合利用"}},
		// An English count is not answered by an area or a share.
		{q: "How many oil wells were shut down last year?", found: true, want: []string{"退出油井301口"}},
		{q: "How many supporting berths will the Huajin Aramco project get?", found: true, want: []string{"8个配套泊位"}},
		// A figure the question states is not the answer to what it asks next.
		{q: "Which industries did the 45.15 billion yuan of domestic capital go to?", grounding: rag.GroundNoSuchFigure, want: []string{"beyond the question's own 45.15 billion yuan"}},
		{q: "Panjin brought in 45.15 billion yuan of domestic capital in 2024, right?", found: true, want: []string{"451.5亿元"}},
		{q: "整体债务率下降了100个百分点以上，现在的债务率是多少？", grounding: rag.GroundNoSuchFigure, want: []string{"100个百分点以上"}},
		{q: "今年要让18万农村居民喝上同网的水，大洼区占多少？", grounding: rag.GroundNoSuchFigure},
		// An amount asked where the report gives only a rate, and a count
		// in a unit it never counts in.
		{q: "去年盘锦GDP总量是多少亿", grounding: rag.GroundOtherUnit, figures: []string{"3.5%左右"}, want: []string{"亿元"}},
		{q: "保交楼一共涉及多少户", grounding: rag.GroundOtherUnit, figures: []string{"3个"}, want: []string{"户"}},
		{q: "盘锦港去年货柜一共装卸了多少万标箱", grounding: rag.GroundOtherUnit, figures: []string{"1.9%"}, want: []string{"万标箱", "报告给出的是"}},
		// Whether such an amount passed a level, asked yes or no: as
		// unanswered; an amount the report gives still answers it.
		{q: "去年盘锦GDP过千亿了吗", grounding: rag.GroundOtherUnit, want: []string{"报告没有给出这项总量", "千亿"}, not: []string{"根据报告"}},
		{q: "去年旅客接待量破千万人次了吗", grounding: rag.GroundOtherUnit, not: []string{"根据报告"}},
		{q: "盘锦人口过百万了吗", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "Did tourism revenue top 10 billion yuan last year?", grounding: rag.GroundOtherUnit, want: []string{"no total"}},
		{q: "进出口总额过百亿了吗", found: true, want: []string{"147亿元"}},
		{q: "今年石化产业营收能过2000亿吗", found: true, want: []string{"超过2000亿元"}},
		// The level is a bound: 403亿元 is past 400亿, 310亿元 not past 500亿.
		{q: "去年海洋经济生产总值过400亿了吗", found: true, want: []string{"403亿元"}, not: []string{"更正"}},
		{q: "去年粮油加工产业营收过500亿了吗", found: true, figures: []string{"310亿元"}, want: []string{"更正：报告写的是310亿元"}},
		{q: "Did imports and exports top 10 billion yuan last year?", found: true, want: []string{"147亿元"}, not: []string{"Note:"}},
		// A noun the report never writes is what is asked: 住院 is not
		// 普通门诊, 水稻 is not 粮食, 床位 is not 养老服务.
		{q: "城乡居民医保住院能报多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年水稻产量多少万吨", grounding: rag.GroundNoSuchFigure},
		{q: "全市养老床位有多少张", grounding: rag.GroundOtherUnit},
		// The question qualifies a word with one noun, the report with
		// another: 河蟹 is not 大豆, 职工医保 is not 城乡居民医保, pm10 is
		// not PM2.5, 暖气管网 is not 燃气管道.
		{q: "职工医保看门诊能报百分之多少", grounding: rag.GroundNoSuchFigure},
		{q: "去年咱这pm10平均浓度多少", grounding: rag.GroundNoSuchFigure},
		{q: "今年暖气管网要改造多少公里", grounding: rag.GroundNoSuchFigure},
		// 供暖 is 供热 in other words: still not the 燃气管道 of ¶52.
		{q: "今年供暖管网改造多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "粳稻全产业链产值达到多少", found: true, figures: []string{"105亿元"}, want: []string{"105亿元"}, not: []string{"：145亿元"}},
		{q: "去年PM2.5平均浓度多少", found: true, figures: []string{"29微克/立方米"}},
		// Last year's target is in last year's report.
		{q: "去年城镇新增就业的目标定的是多少", grounding: rag.GroundOtherPeriod, want: []string{"2024年的目标"}, not: []string{"根据报告"}},
		{q: "去年城镇新增就业实际完成多少", found: true, figures: []string{"2.04万人"}},
		// A rank is an ordinal, not a duration beside it.
		{q: "辽滨那个化工园区在全国排第几", found: true, figures: []string{"升至第21位"}, want: []string{"第21位"}, not: []string{"：6年"}},
		// An English unit asked.
		{q: "What was Panjin port's total container throughput in TEU last year?", grounding: rag.GroundOtherUnit, figures: []string{"1.9%"}},
		// A ranking stated wrongly is corrected, and a rank question is
		// answered with the ranking.
		{q: "去年盘锦居民健康素养水平全省第二？", found: true, figures: []string{"全省第一"}, want: []string{"更正：报告写的是全省第一，不是第二"}},
		{q: "实际利用外资全省第一吗", found: true, figures: []string{"全省第二"}, want: []string{"更正"}},
		// A place claimed in another field than the report ranks it in is
		// corrected with the report's field, not declined; the quoted
		// sentence, not a headline growth figure, answers the place asked.
		{q: "进出口总额增速是全国第一吧", found: true, want: []string{"更正：报告写的是全省第一，不是全国第一", "增速均全省第一"}},
		{q: "盘锦居民健康素养水平在全国排第一吧", found: true, want: []string{"更正：报告写的是全省第一"}},
		{q: "进出口总额增速是全省第一吧", found: true, not: []string{"更正"}},
		// A place claimed before a question, of a thing another sentence
		// than those retrieved ranks, is corrected from that sentence; a
		// place the report gives is not corrected.
		{q: "居民健康素养水平全省第五，今年如何提升", found: true, want: []string{"更正：报告写的是全省第一，不是全省第五"}},
		{q: "辽滨经开区在全国化工园区30强里排第9位，今年还能前进吗", found: true, want: []string{"更正：报告写的是第21位，不是第9位"}},
		{q: "辽滨经开区在全国化工园区30强里排第21位，今年能进前十吗", grounding: rag.GroundNotAnswered, not: []string{"更正"}},
		// A place the sentence gives a later clause's own subject is that
		// subject's: 命案积案下降率全省第一 ranks no 刑事警情.
		{q: "刑事警情下降幅度全省第二，今年怎么巩固", grounding: rag.GroundNotAnswered, not: []string{"更正"}},
		{q: "辽油宝石花医院康复中心全省第二，今年怎么发展", grounding: rag.GroundNotAnswered, not: []string{"更正"}},
		// A thing named at another level or scope than the report's is
		// another thing: 省级 where it says 国家, 全国 where it says 全省.
		{q: "汇福粮油被认定为省级重点龙头企业对吗", found: true, want: []string{"更正：报告写的是国家重点，不是省级"}},
		{q: "盘锦大米和河蟹包揽全国农业区域品牌冠亚军？", found: true, want: []string{"更正：报告写的是全省，不是全国"}},
		{q: "我市文明乡风建设工程入选全国经典案例对吗", found: true, not: []string{"更正"}},
		{q: "新增省级农业产业化重点龙头企业11家对吗", found: true, not: []string{"更正"}},
		// The claimed level given the claim's subject in its own clause
		// is said, though another clause gives the claim's words another.
		{q: "汇福粮油算国家级农业产业化龙头企业吧", found: true, not: []string{"更正"}},
		// The subject's own level decides, not another clause of the
		// sentence giving the claimed level to other things (新增省级…11家).
		{q: "汇福粮油是省级农业产业化重点龙头企业吧", found: true, want: []string{"更正：报告写的是国家重点，不是省级"}},
		// A national list's batch is the national level.
		{q: "辽河口湿地北部区域生态恢复项目被列入省级山水工程典型案例了吧", found: true, want: []string{"更正：报告写的是全国第二批，不是省级"}},
		{q: "辽河口湿地北部区域生态恢复项目被列入国家级山水工程典型案例吧", found: true, not: []string{"更正"}},
		// A count claimed of one level is not corrected by another
		// level's count: the level is what is wrong.
		{q: "今年要建设1个国家级产教联合体吗", found: true, want: []string{"更正：报告写的是"}, not: []string{"不是1个"}},
		{q: "今年要建设2个省级产教联合体吗", found: true, figures: []string{"1个"}, want: []string{"更正：报告写的是1个，不是2个"}},
		// A total claimed (累计, 总人数, 共有) in a number the report does
		// not give beside the thing: one year's addition neither confirms
		// nor corrects it.
		{q: "盘锦累计建成高标准农田50万亩，对吧？", found: false, grounding: "no_such_figure", want: []string{"12.45万亩"}, not: []string{"更正"}},
		{q: "盘锦这些年累计改造了50个老旧小区吧？", found: false, grounding: "no_such_figure", not: []string{"更正"}},
		{q: "盘锦就业总人数是10万人吧", found: false, grounding: "no_such_figure", not: []string{"更正"}},
		// A sum of years asked with no year named: the past tense alone
		// (累计改造了) names none, and one year's figure is no answer.
		{q: "盘锦这些年累计改造了多少个老旧小区？", found: false, grounding: "no_such_figure"},
		{q: "去年盘锦一共新增就业10万人吧？", found: true, figures: []string{"2.04万人"}, want: []string{"更正：报告写的是2.04万人，不是10万人"}},
		{q: "盘锦累计建成高标准农田12.45万亩，对吧？", found: true, figures: []string{"12.45万亩"}, want: []string{"更正：报告写的是建成高标准农田12.45万亩"}},
		// A bad-loan figure is no loan book's.
		{q: "去年不良贷款余额增长了4.7%吧", found: false, grounding: "no_such_figure", not: []string{"更正", "根据报告"}},
		{q: "汇福粮油是不是被认定为国家级重点龙头企业", found: true, not: []string{"更正"}},
		{q: "辽滨经开区去年是全国化工园区第10名吧", found: true, figures: []string{"升至第21位"}, want: []string{"不是第10名"}},
		{q: "研发投入在全省排第几", found: true, figures: []string{"全省第三"}},
		// A word inside a longer one is another word: 出口 in 进出口.
		{q: "去年盘锦光出口就有多少亿", not: []string{"根据报告"}, grounding: rag.GroundNoSuchFigure},
		{q: "去年进出口总额是多少", found: true, figures: []string{"147亿元"}},
		// Names asked where the report only counts.
		{q: "纳入全国名特优新农产品名录的6个土特产都是哪6个", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		// Which indicators rank first: the rankings themselves.
		{q: "2024年盘锦有哪些指标在全省排第一？", found: true, figures: []string{"全省第一", "全省第一", "全省第一", "全省第一"}},
		// A rate as it stands is not answered by how something moved.
		{q: "去年刑事案件破案率多少", grounding: rag.GroundNoSuchFigure},
		{q: "盘锦银行不良贷款率多少", grounding: rag.GroundNoSuchFigure},
		{q: "城乡居民医保普通门诊统筹支付比例是多少", found: true, figures: []string{"55%"}},
		// A figure given only as the other period's, found by the
		// grounding rather than retrieval.
		{q: "去年技术合同成交额是多少？", grounding: rag.GroundOtherPeriod, want: []string{"2025年目标", "13亿元以上"}},
		// A figure the report gives, not denied.
		{q: "去年普惠性幼儿园覆盖率是多少？", found: true, figures: []string{"90.6%"}},
		{q: "2024年修复湿地面积是多少公顷？", found: true, figures: []string{"150.2公顷"}},
		{q: "2024年跨境电商成交额增长幅度是多少？", found: true, figures: []string{"24.7%"}},
		{q: "本年度打算吸引多少人才、多少个创新团队落户盘锦？", found: true, figures: []string{"7个"}, want: []string{"1.15万人"}},
		{q: "今年老旧小区改造多少个？", grounding: rag.GroundOtherPeriod, figures: []string{"11个"}, want: []string{"【2024年结果】"}},
		// A wrong figure stated as 是吧/对吗 is corrected.
		{q: "今年GDP目标是6%，是吧？", found: true, figures: []string{"5.5%左右"}, want: []string{"更正：报告写的是5.5%左右，不是6%"}},
		{q: "今年GDP目标是6%对吗", found: true, figures: []string{"5.5%左右"}, want: []string{"更正"}},
		// 高出全省 sets the city beside the province, as 高于全省 does: a
		// margin of the city's to check, not the province's figure.
		{q: "去年一般公共预算收入增速高出全省1.8个百分点吧", found: true, figures: []string{"2.8个百分点"}, want: []string{"更正：报告写的是2.8个百分点，不是1.8个百分点"}},
		// A stated figure of the neighbouring indicator is no confirmation
		// (24.3% is 治安警情's), and a right rank beside a wrong amount
		// leaves the amount wrong.
		{q: "去年刑事警情下降了24.3%是吧", found: true, figures: []string{"26.1%"}, want: []string{"更正：报告写的是26.1%，不是24.3%"}},
		{q: "听说去年实际利用外资4亿美元，排全省第二？", found: true, figures: []string{"7.5亿美元"}, want: []string{"更正：报告写的是7.5亿美元，不是4亿美元"}},
		// The report's number moved the other way: the premise is wrong.
		{q: "信访总量去年上升了25.8%？咋这么多", found: true, figures: []string{"25.8%"}, want: []string{"更正：报告写的是下降25.8%，不是上升了25.8%"}},
		{q: "I read that Panjin Port container throughput fell 1.9% last year, why did it drop?", found: true, figures: []string{"1.9%"}, want: []string{"the report says a rise of 1.9%, not fell 1.9%"}},
		{q: "信访总量去年下降了25.8%？", found: true, figures: []string{"25.8%"}, not: []string{"更正"}},
		{q: "去年物业投诉量上升18.6%吧", found: true, figures: []string{"18.6%"}, want: []string{"更正：报告写的是下降18.6%，不是上升18.6%"}},
		// So did a way claimed with no number, of a strongly named
		// indicator or of the one quoted figure that names it.
		{q: "去年旅游收入下降了吧", found: true, figures: []string{"29.9％"}, want: []string{"更正：报告写的是增长29.9％，不是下降"}},
		{q: "去年GDP负增长了吧", found: true, figures: []string{"3.5%左右"}, want: []string{"更正：报告写的是增长3.5%左右，不是负增长"}},
		{q: "今年GDP目标是下降吧", found: true, figures: []string{"5.5%左右"}, want: []string{"更正：报告写的是增长5.5%左右，不是下降"}},
		{q: "去年信访量上升了吧", found: true, figures: []string{"25.8%"}, want: []string{"更正：报告写的是下降25.8%，不是上升"}},
		{q: "去年物业投诉增加了吗", found: true, figures: []string{"18.6%"}, want: []string{"更正：报告写的是下降18.6%，不是增加"}},
		{q: "去年信访量下降了吧", found: true, not: []string{"更正"}},
		{q: "去年旅游收入是增长还是下降", found: true, not: []string{"更正"}},
		{q: "去年GDP增速下降了吧", found: true, figures: []string{"3.5%左右"}, not: []string{"更正"}},
		{q: "今年GDP目标下降了吧", found: true, not: []string{"更正"}},
		{q: "去年外资下降了吧", found: true, not: []string{"更正"}}, // 7.5亿美元 moved no way
		// The report's number in another kind of unit: a rate stated as
		// an amount or a count, an amount or a count as a rate.
		{q: "去年社零4亿元吧", found: true, figures: []string{"4%"}, want: []string{"更正：报告写的是增长4%，不是4亿元"}},
		{q: "去年社零才4个亿？", found: true, figures: []string{"4%"}, want: []string{"更正：报告写的是增长4%"}},
		{q: "去年游客来了64万人次吧", found: true, figures: []string{"64％"}, want: []string{"更正：报告写的是增长64％，不是64万人次"}},
		{q: "去年旅客接待量64万吧", found: true, figures: []string{"64％"}, want: []string{"更正：报告写的是增长64％，不是64万"}},
		{q: "去年刑事警情下降了26.1起吧", found: true, figures: []string{"26.1%"}, want: []string{"更正：报告写的是下降26.1%，不是26.1起"}},
		{q: "去年技改资金70.1%吧", found: true, figures: []string{"70.1亿元"}, want: []string{"更正：报告写的是70.1亿元，不是70.1%"}},
		{q: "今年新签约项目300亿对吧", found: true, figures: []string{"300个"}, want: []string{"更正：报告写的是300个，不是300亿"}},
		{q: "Panjin's retail sales were 4 billion yuan last year, right?", found: true, figures: []string{"4%"}, want: []string{"the report says a rise of 4%, not 4 billion yuan"}},
		// ...unless a figure in the unit stated is named as well.
		{q: "去年进出口总额39.7亿吧", found: true, figures: []string{"147亿元"}, want: []string{"更正：报告写的是147亿元，不是39.7亿"}, not: []string{"增长39.7%，不是"}},
		// A figure named first and given another indicator's name: the
		// correction names the indicator the report gives it for.
		{q: "147亿是进口额吧", found: true, figures: []string{"147亿元"}, want: []string{"更正：报告写的是进出口总额达到147亿元，不是进口额"}},
		{q: "39.7%是出口增速吧", found: true, figures: []string{"39.7%"}, want: []string{"更正：报告写的是进出口总额增长39.7%，不是出口增速"}},
		{q: "4.7%是存款增速吧", found: true, figures: []string{"4.7％"}, want: []string{"更正：报告写的是金融机构本外币贷款余额增长4.7％，不是存款增速"}},
		{q: "451.5亿是外资吧", found: true, figures: []string{"451.5亿元"}, want: []string{"更正：报告写的是实际到位内资451.5亿元，不是外资"}},
		// ...and not when the name is the report's, in its words or not.
		{q: "147亿是进出口总额吧", found: true, not: []string{"更正"}},
		{q: "360公里是老旧管网吧", found: true, not: []string{"更正"}},
		{q: "17.4万株是去年种的树吧", found: true, not: []string{"更正"}},
		{q: "403亿是海洋GDP吧", found: true, not: []string{"更正"}},
		{q: "403亿是海洋产业GDP吧", found: true, not: []string{"更正"}},
		{q: "70.1亿是工业技改投入吧", found: true, not: []string{"更正"}},
		{q: "403亿是GDP吧", found: true, figures: []string{"403亿元"}, want: []string{"更正：报告写的是海洋经济生产总值403亿元，不是GDP"}},
		{q: "39.7%是对的吧", found: true, not: []string{"更正"}},
		// The same unit kind, and a personal amount, are no swap.
		{q: "去年社零增长4%吧", found: true, figures: []string{"4%"}, not: []string{"更正"}},
		{q: "今年外资4亿吧", found: true, not: []string{"更正"}},
		{q: "我家存款4.7万，去年贷款余额增长多少", found: true, figures: []string{"4.7％"}, not: []string{"更正"}},
		// A figure without the report's suffix of size or rate (30万吨
		// for 30万吨级, 40年 for 40周年) is the report's.
		{q: "盘锦建市40年了吧", found: true, not: []string{"更正"}},
		{q: "盘锦港30万吨原油码头", found: true, want: []string{"30万吨级原油码头"}, not: []string{"更正"}},
		{q: "臻德化工20万吨润滑油今年投产吗", found: true, want: []string{"20万吨/年"}, not: []string{"更正"}},
		{q: "盘锦港20万吨原油码头", found: true, figures: []string{"30万吨级"}, want: []string{"更正：报告写的是30万吨级，不是20万吨"}},
		// A count asked in another everyday word for the same things is
		// answered; a measure of size is not another word for one.
		{q: "去年适老化改造了多少家", found: true, want: []string{"504户"}},
		{q: "去年市属国企有几家", found: true, figures: []string{"8户"}},
		{q: "去年跨境电商企业多少户", found: true, figures: []string{"70家"}},
		{q: "去年盘政讲堂办了几次", found: true, figures: []string{"6期"}},
		{q: "去年盘政讲堂办了多少场", found: true, figures: []string{"6期"}},
		{q: "去年新建了多少座公园", found: true, want: []string{"20处"}},
		{q: "去年安装电梯阻车系统多少套", found: true, figures: []string{"4166部"}},
		{q: "去年中央媒体发了多少条报道", found: true, want: []string{"400余篇"}},
		{q: "去年新建了多少亩公园", grounding: rag.GroundOtherUnit, want: []string{"以“亩”计"}},
		// A question naming its period is not answered by the other
		// period's text: that text is shown, labelled, as what the report
		// gives; a plan asked is read from the plan.
		{q: "今年植树造林", grounding: rag.GroundOtherPeriod, want: []string{"报告没有给出2025年的这方面内容", "【2024年结果】", "17.4万株"}},
		{q: "去年引进创新团队", grounding: rag.GroundOtherPeriod, want: []string{"报告没有给出2024年的这方面内容", "【2025年目标】"}},
		// A stage claimed of last year is checked against the review's
		// clause naming the thing: the plan's 竣工验收 was not reached.
		{q: "30万吨原油码头去年已经竣工验收了对吧", found: true, want: []string{"更正", "主体工程完工", "〔¶10〕"}, not: []string{"报告没有给出2024年"}},
		{q: "辽西北供水工程去年已经竣工通水了是吧", found: true, want: []string{"更正", "主体完工", "〔¶11〕"}},
		{q: "辽西北供水工程去年已经通水了吧", found: true, want: []string{"更正", "主体完工", "〔¶11〕"}},
		{q: "30万吨级原油码头去年已经竣工验收了，今年港口还干啥", found: true, want: []string{"更正", "主体工程完工"}},
		// This year's plan is not corrected by where last year left it.
		{q: "盘锦港30万吨级原油码头今年要竣工验收，是这样吗", found: true, want: []string{"竣工验收"}, not: []string{"更正"}},
		{q: "京哈高速今年竣工吗", found: true, want: []string{"竣工通车", "〔¶52〕"}, not: []string{"更正"}},
		// Unless the plan does not name the thing: then last year's stage
		// is the report's word on it.
		{q: "辽河干流防洪工程今年竣工吗", found: true, want: []string{"更正", "辽河干流防洪提升工程主体完工", "〔¶14〕"}},
		{q: "今年文旅有什么打算", found: true, want: []string{"【2025年目标】", "文体旅融合发展总体规划"}, not: []string{"【2024年结果】"}},
		{q: "去年办了哪些体育赛事", found: true, want: []string{"红马赛"}, not: []string{"【2025年目标】"}},
		// A class the question names — a level, a size of project — is
		// not answered by another class's figure beside the same words.
		{q: "今年5000万元以上项目多少个", grounding: rag.GroundNoSuchFigure, not: []string{"更正", "项目：600个"}},
		{q: "今年国家级企业技术中心几家", grounding: rag.GroundNoSuchFigure, not: []string{"企业技术中心：2家"}},
		{q: "今年新增省级企业技术中心几家", found: true, figures: []string{"2家"}},
		{q: "今年投资超亿元的项目有多少", found: true, want: []string{"亿元以上项目125个"}, not: []string{"更正"}, figures: []string{"125个"}},
		{q: "今年建设几个省级产教联合体", found: true, want: []string{"1个省级"}, not: []string{"产教联合体：2个"}},
		// Whether the report mentions something is answered by the thing
		// itself, not by text that shares part of its name.
		{q: "有没有提到消费券", grounding: rag.GroundNotAnswered, want: []string{"报告没有提到“消费券”"}},
		{q: "有没有提到田长制", grounding: rag.GroundNotAnswered, want: []string{"报告没有提到“田长制”"}},
		{q: "报告是否提到城中村改造", grounding: rag.GroundNotAnswered},
		{q: "有没有提到林长制", found: true, want: []string{"林长制"}},
		// Mentioned where no quote was: the clause that mentions it answers;
		// its words in another order mention it too.
		{q: "有没有提到健康消费", found: true, want: []string{"健康消费"}},
		{q: "是否提到老旧小区改造", found: true, want: []string{"改造老旧小区"}},
		{q: "报告提到长护险了吗", found: true, want: []string{"长护险"}},
		// A claim wrong in a detail that is no figure — a level, an
		// ordinal, a grade, a count of rounds — is corrected beside the
		// same words; a right one is left alone.
		{q: "华孚环境是省级专精特新企业吧", found: true, want: []string{"更正：报告写的是国家级，不是省级"}},
		{q: "盘锦是第三批一刻钟便民生活圈试点城市吧", found: true, want: []string{"更正：报告写的是第四批，不是第三批"}},
		{q: "去年金帛滩海洋乐园晋升5A级景区吧", found: true, want: []string{"更正：报告写的是4A级，不是5A级"}},
		{q: "金帛滩海洋乐园晋升5A景区了吧", found: true, want: []string{"更正：报告写的是4A级，不是5A景区"}}, // 5A景区, spoken without 级
		{q: "金帛滩海洋乐园晋升4A景区了吧", found: true, not: []string{"更正"}},
		{q: "今年重点做好十个方面工作吧", found: true, want: []string{"更正：报告写的是八个方面，不是10个方面"}}, // 十 before a measure word read as the 7 of 七个 is
		{q: "华孚环境是国家级专精特新企业吧", found: true, not: []string{"更正"}},
		// A short name beside the value (人大) anchors as the report's full
		// one (人民代表大会).
		{q: "这是第十届人大第四次会议吧", found: true, want: []string{"更正：报告写的是第九届，不是第十届"}},
		{q: "这是第九届人大第四次会议吧", found: true, not: []string{"更正"}},
		{q: "盘锦是第四批一刻钟便民生活圈试点城市吧", found: true, not: []string{"更正"}},
		{q: "华孚环境获评什么级别的专精特新企业", found: true, not: []string{"更正"}},
		{q: "华孚环境是不是省级专精特新企业", found: true, want: []string{"更正：报告写的是国家级，不是省级"}},
		{q: "今年要争创国家级文体旅品牌吧", found: true, not: []string{"更正"}}, // 国家级、省级文体旅品牌
		// A listed ordinal with words of its own (第三次土壤普查) is another
		// thing's; a grade spoken bare (评上5A) is anchored by the spot.
		{q: "去年在搞第三次文物普查吧", found: true, want: []string{"更正：报告写的是第四次，不是第三次"}},
		{q: "去年在搞第四次文物普查吧", found: true, not: []string{"更正"}},
		{q: "去年在搞第三次土壤普查吧", found: true, not: []string{"更正"}},
		{q: "金帛滩海洋乐园去年评上5A了对吧", found: true, want: []string{"更正：报告写的是4A级，不是5A"}},
		{q: "金帛滩海洋乐园去年评上4A了对吧", found: true, not: []string{"更正"}},
		// A star rating and a practice's reach are one to a thing, read by
		// the thing named before them; a short name that is all the claim
		// names anchors a grade as well.
		{q: "智慧城市五星级？", found: true, want: []string{"更正：报告写的是四星级，不是五星级"}},
		{q: "智慧城市四星级对吧", found: true, not: []string{"更正"}},
		{q: "综合窗口改革去年在全国推广了吧", found: true, want: []string{"更正：报告写的是在全省推广，不是在全国推广"}},
		{q: "综合窗口改革经验在全省推广了吧", found: true, not: []string{"更正"}},
		// Where a thing is the first is as much a claim as a reach.
		{q: "兴隆台区今年要创建全国首个全域国家生态文明建设示范区对吧", found: true, want: []string{"更正：报告写的是全省首个，不是全国首个"}},
		{q: "兴隆台区今年要创建全省首个全域国家生态文明建设示范区对吧", found: true, not: []string{"更正"}},
		{q: "金帛滩是5A景区？", found: true, want: []string{"更正：报告写的是4A级，不是5A景区"}},
		{q: "金帛滩是4A景区吧", found: true, not: []string{"更正"}},
		{q: "红海滩上抖音景点榜第3名了是不", found: true, want: []string{"更正：报告写的是第7名，不是第3名"}},
		// A short name in another clause, or part of a longer one, is not
		// the thing graded.
		{q: "金帛滩旁边，红海滩是5A景区吗", found: true, not: []string{"更正"}},
		{q: "智慧城管是五星级吗", found: true, not: []string{"更正"}},
		// What the report finished last year may have begun that year: no
		// start of it is corrected.
		{q: "赛尔山现代畜牧科技养殖孵化园去年开工的吗", found: true, not: []string{"更正"}},
		{q: "广田清洁智慧供热项目去年开工吗", found: true, not: []string{"更正"}},
		{q: "辽油宝石花医院康复中心项目去年开工的吧", found: true, not: []string{"更正"}},
		// A right figure whose subject the sentence names before its clause
		// (华锦阿美项目…，工程总体进度超过55%) swaps no words.
		{q: "华锦阿美进度超过55%吧", found: true, figures: []string{"超过55%"}, not: []string{"更正"}},
		{q: "国企营收增长8.7%？", found: true, figures: []string{"8.7%"}, not: []string{"更正"}},
		{q: "华锦阿美进度超过75%吧", found: true, figures: []string{"超过55%"}, want: []string{"更正：报告写的是超过55%，不是超过75%"}},
		// Of two siblings of one sentence claimed to have moved the other
		// way (刑事、治安警情分别下降), the one the claim names is corrected.
		{q: "治安类的警情去年上升了吧", found: true, figures: []string{"24.3%"}, want: []string{"更正：报告写的是下降24.3%"}, not: []string{"26.1%〔"}},
		{q: "去年治安方面的警情上升了吧", found: true, figures: []string{"24.3%"}, want: []string{"不是上升"}},
		// Where in the report a thing is, asked with the report named (在报告
		// 里第几段), asks a paragraph, not a figure.
		{q: "稻蟹共生面积在报告里第几段", found: true, paragraph: 11},
		{q: "红海滩风景廊道在原文第几段", found: true},
		// A sum asked of two things the report counts each on its own
		// (272个新建项目, 230个续建项目) headlines neither count as the sum.
		{q: "新建项目与续建项目加在一起多少个", found: true, want: []string{"230个续建项目"}, paragraph: 8},
		// A share (化工精细化率48%) is no sum of money asked of its sentence
		// (营业收入, revenue): it is not headlined as one.
		{q: "What's this year's target for fine chemical and petrochemical revenue?", found: true, not: []string{"：48%"}, paragraph: 35},
		{q: "化工精细化收入今年目标多少", found: true, not: []string{"：48%"}},
		// A rate of money spent (研发经费投入总量增长7%) is how the spending
		// asked moves: a target for that spending is it.
		{q: "What's Panjin's target for R&D spending?", found: true, figures: []string{"7%"}, paragraph: 34},
		{q: "Panjin R&D spending target 2025", found: true, figures: []string{"7%"}, paragraph: 34},
		// Whether a thing rose or fell is not told by one year's level
		// (PM2.5平均浓度29微克/立方米); a clause saying it moved tells it.
		{q: "去年PM2.5浓度下降了吗", found: false, grounding: "no_such_figure", want: []string{"没有说它比上年是升是降"}},
		{q: "空气优良天数比例去年提高了没有", found: false, grounding: "no_such_figure", not: []string{"：88.3%"}},
		{q: "信访总量去年下降了吗", found: true, want: []string{"信访总量下降25.8%"}},
		{q: "今年对企业的执法检查会减少吗", found: true, want: []string{"综合查一次"}},
		// 万 before another unit (多少万亩) asks that unit, no money: the
		// money-growth check leaves the count of mu be.
		{q: "今年灌溉面积打算提高多少万亩啊", found: true, figures: []string{"46.6万亩"}, paragraph: 53},
		{q: "高标准农田去年增加了多少万亩", found: true, figures: []string{"12.45万亩"}, paragraph: 11},
		// 份额 asks a share, though its 额 reads as money.
		{q: "中蓝电子马达全球市场份额多少", found: true, figures: []string{"15.7%"}},
		// A total named before its noun asks the amount: the growth the
		// report gives of it (增长64%, 下降100个百分点) is no answer.
		{q: "What's the city's total visitor count for 2024?", found: false, grounding: rag.GroundNoSuchFigure, want: []string{"not the figure itself"}},
		{q: "How large is the total government debt?", found: false, grounding: rag.GroundNoSuchFigure, want: []string{"not the figure itself"}},
		// A sum of money asked of one item of a list that gives it only a
		// count (河蟹电商平台入驻商户85家) is not told by the sum of the
		// item beside it (供应链中心交易额145亿元).
		{q: "盘锦河蟹电商平台去年成交金额是多少", found: false, grounding: rag.GroundNoSuchFigure, not: []string{"145亿元〔"}},
		{q: "东北新发地供应链中心交易额去年多少", found: true, figures: []string{"145亿元"}, want: []string{"145亿元"}},
		// A rank moves one way to its place: 下降到 where the report says 升至.
		{q: "辽滨经开区化工园区排名去年下降到第21位了？", found: true, want: []string{"更正：报告写的是升至第21位，不是下降到第21位"}},
		{q: "辽滨经开区化工园区排名去年上升到第21位了吧", found: true, not: []string{"更正"}},
		// A scope may stand between the verb and the place (下降到全国第21位).
		{q: "辽滨经开区下降到全国第21位了吗", found: true, want: []string{"更正：报告写的是升至第21位，不是下降到全国第21位"}},
		{q: "遼濱經開區下降到全國第21位了嗎", found: true, want: []string{"更正：报告写的是升至第21位"}},
		{q: "辽滨经开区上升到全国第21位了吗", found: true, not: []string{"更正"}},
		{q: "辽滨经开区提升到全国第21位了吧", found: true, not: []string{"更正"}},
		// A start dated in the year the report finishes the thing was made
		// before it; one the report starts that year too (当年开工、当年竣工)
		// holds.
		{q: "京哈高速盘锦段扩容改造今年开工对吗", found: true, want: []string{"更正：报告写的是京哈高速盘锦段扩容改造竣工通车"}},
		{q: "华锦阿美铁路专用线今年开工是吧", found: true, want: []string{"更正：报告写的是华锦阿美铁路专用线建成投用"}},
		// A start dated this year where the plan carries the thing on (加快
		// 建设) with the year's new starts counted apart: begun before.
		{q: "中储粮油脂直属库粮食仓储物流今年才开工吧", found: true, want: []string{"更正：报告写的是中储粮油脂直属库粮食仓储物流等项目加快建设"}},
		// A thing pointed at by its kind (那个工程) is the clause's name
		// closed by that kind; the stage after the name is its.
		{q: "盘锦应急支线那个工程去年就通水了", found: true, want: []string{"更正：报告写的是盘锦应急支线输水工程主体完工"}},
		// The first item of a list closed by 等 takes the list's stage.
		{q: "辽宁襄平新材料那个项目去年已经竣工了", found: true, want: []string{"更正：报告写的是开工建设"}},
		// A pilot (试点) is not rolled out everywhere; a plan to make (打造)
		// or speed up (加快建设) a thing is not its having been won or built.
		{q: "无废城市试点今年全市全面推开吧", found: true, want: []string{"更正：报告写的是“无废城市”试点"}},
		{q: "盘锦是不是早就评上国家级健康城市样板市了", found: true, want: []string{"更正", "加快建设国家级健康城市样板市"}, not: []string{"是不是"}},
		{q: "非遗特色村镇和街区早就建成了吧", found: true, want: []string{"更正：报告写的是打造具有非遗项目的特色村镇和街区"}},
		{q: "京哈高速盘锦段扩容改造今年竣工通车吧", found: true, not: []string{"更正"}},
		// A stage claimed reached that the report only plans: said to be the
		// plan's (its value alone reads as agreeing), and answered, no
		// refusal's reason left behind.
		{q: "京哈高速盘锦段扩容已经通车了吧", found: true, want: []string{"更正：报告把“京哈高速盘锦段扩容改造竣工通车”列为2025年目标"}},
		// 通过…验收 split by the thing accepted is that stage: planned only.
		{q: "兴隆台区已通过国家生态文明建设示范区验收了吗", found: true, want: []string{"更正：报告把“兴隆台区通过国家生态文明建设示范区验收”列为2025年目标"}},
		{q: "兴隆台区今年要通过国家生态文明建设示范区验收吧", found: true, not: []string{"更正"}},
		// Another place's, or another year's, is refused as before: the
		// report's own stage overrules neither.
		{q: "大连京哈高速扩容已经通车了吧", grounding: rag.GroundOtherPlace, not: []string{"更正"}},
		{q: "2023年京哈高速盘锦段扩容已经通车了吧", grounding: rag.GroundOtherPeriod, not: []string{"更正"}},
		// A claim of one thing's two years with a bare 要 or 将 before the
		// second: still one thing, its 2025 figure corrected.
		{q: "海洋牧场去年48万亩，今年要60万亩？", found: true, figures: []string{"50万亩"}, want: []string{"更正：报告写的是50万亩，不是60万亩"}},
		{q: "海洋牧场去年48万亩，今年将突破60万亩吧", found: true, figures: []string{"50万亩"}, want: []string{"更正：报告写的是50万亩"}},
		// 全国 inside the report's phrase names no country (全国文明城市),
		// but a count asked of the phrase is the country's.
		{q: "全国化工园区有多少个", grounding: rag.GroundOtherPlace, not: []string{"30强"}},
		{q: "全国名特优新农产品有多少个", grounding: rag.GroundOtherPlace},
		// A qualified count the report gives after 其中 is answered; the
		// city's total does not answer a qualified count it lacks.
		{q: "亿元以上项目今年签约多少个", found: true, figures: []string{"80个"}},
		{q: "央地合作项目新签约几个", found: true, figures: []string{"19个"}, not: []string{"300个"}},
		// 这些年 is a time, not a list's example mark.
		{q: "供热这些年改了多少公里管网", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起"}},
		// A halving a word follows is a policy, no fall to correct.
		{q: "住宅小区物业费减半征收了吧", grounding: rag.GroundNotAnswered, not: []string{"更正"}},
		// A claim of the whole a family's members share (吞吐量) is not
		// corrected with one member's figure (集装箱吞吐量), as it is not
		// answered with it.
		{q: "盘锦港吞吐量增长5%吧", grounding: rag.GroundNoSuchFigure, want: []string{"只给出了“集装箱吞吐量”"}, not: []string{"更正"}},
		{q: "盘锦港集装箱吞吐量增长5%吧", found: true, figures: []string{"1.9%"}, want: []string{"更正：报告写的是1.9%，不是5%"}},
		{q: "京抚线国省干道修复养护工程今年开工吧", found: true, not: []string{"更正"}},
		// A name with a number in it, said with another number.
		{q: "今年要建强三级综治中心一站式阵地？", found: true, want: []string{"更正：报告写的是四级综治中心，不是三级综治中心"}},
		// The words before the number say whose: 华锦三期项目 is no
		// 东北新发地二期项目, 东北新发地三期项目 is.
		{q: "报告说要提速建设华锦三期项目，对吗？", found: true, not: []string{"更正"}},
		{q: "报告说要提速建设东北新发地三期项目，对吗？", found: true, want: []string{"更正：报告写的是二期项目，不是三期项目"}},
		// A two-year question whose second year the report does not give
		// says so plainly beside the year it does.
		{q: "去年全市海洋经济生产总值多少，今年目标多少", found: true, want: []string{"403亿元", "报告没有给出2025年的这项数字"}, figures: []string{"403亿元"}, not: []string{"5.5%左右"}},
		// A quality or a place before the head is no wrong name.
		{q: "报告说要提速建设大型速递产业园，对吗？", found: true, not: []string{"更正"}},
		{q: "报告说大洼海洋牧场入选国家级海洋牧场示范区，对吗？", found: true, not: []string{"更正"}},
		// 提高出口 holds 高出 but compares nothing.
		{q: "辽宁省进出口总额提高出了多少", grounding: rag.GroundOtherPlace, not: []string{"39.7%"}},
		{q: "今年要建强四级综治中心一站式阵地？", found: true, not: []string{"更正"}},
		{q: "今年要建几级综治中心", found: true, not: []string{"更正"}},
		{q: "听说今年推的是“4432”现代化产业体系？", found: true, want: []string{"更正：报告写的是“3442”现代化产业体系，不是“4432”现代化产业体系"}},
		{q: "听说今年推的是“3442”现代化产业体系？", found: true, not: []string{"更正"}},
		{q: "去年完成了3个保交楼 5个保交房吧", found: true, want: []string{"更正：报告写的是2个保交房，不是5个保交房"}},
		{q: "去年完成了3个保交楼 2个保交房吧", found: true, not: []string{"更正"}},
		// A right amount written another way is confirmed: in mixed scales
		// (2亿6300万, 1万1500人), in another unit (12.2万公顷 = 183万亩), as
		// the second of a list's counted items, or as a part (其中) of a total.
		{q: "去年公共采购交易节支2亿6300万对不对", found: true, not: []string{"更正"}, paragraph: 15},
		{q: "今年要引进人才1万1500人吧", found: true, not: []string{"更正"}, paragraph: 34},
		{q: "今年引进人才1万2千人吧", found: true, figures: []string{"1.15万人"}, want: []string{"更正：报告写的是1.15万人，不是1万2千人"}},
		{q: "去年粮食播种面积12.2万公顷对吗", found: true, not: []string{"更正"}, paragraph: 11},
		{q: "去年2个保交房任务按时完成了吧", found: true, not: []string{"更正"}, paragraph: 14},
		{q: "今年计划实施500万元以上项目600个，亿元以上125个吗", found: true, not: []string{"更正"}, paragraph: 27},
		{q: "报告说修复湿地150.2万平方米？", found: true, not: []string{"更正"}, paragraph: 12},
		// Mixed scales led by 亿 are money, its 万 no count of people.
		{q: "去年实际到位内资是451亿5000万吧", found: true, not: []string{"更正"}, paragraph: 8},
		{q: "去年实际到位内资有415亿5000万吗", found: true, figures: []string{"451.5亿元"}, want: []string{"更正：报告写的是451.5亿元，不是415亿5000万"}},
		{q: "坚持“两个毫不动摇”吧", found: true, not: []string{"更正"}},
		// Read past a closing quote (“五好”农村路, “八五”普法); a name the
		// report quotes from its number is one with two words after it
		// (“三大储库”); and a plain question naming it with another number
		// is corrected too.
		{q: "盘锦推进“五好”农村路建设吧", found: true, want: []string{"更正：报告写的是“四好农村路”，不是“五好”农村路"}},
		{q: "推进“四好”农村路建设吧", found: true, not: []string{"更正"}},
		{q: "推进七五普法吧", found: true, want: []string{"更正：报告写的是“八五”普法，不是七五普法"}},
		{q: "推进“八五”普法吧", found: true, not: []string{"更正"}},
		{q: "建设四大储库吧", found: true, want: []string{"更正：报告写的是“三大储库”，不是四大储库"}},
		{q: "建设三大储库吧", found: true, not: []string{"更正"}},
		{q: "六项警务", found: true, want: []string{"更正：报告写的是“五项警务”，不是六项警务"}},
		{q: "深化五项警务吧", found: true, not: []string{"更正"}},
		{q: "“4432”现代化产业体系是什么", found: true, want: []string{"更正：报告写的是“3442”现代化产业体系"}},
		{q: "三大储库是什么", found: true, not: []string{"更正"}},
		// A place that begins an organisation's name (浙江 of 浙江大学) is
		// no place to swap; where a thing goes (落户盘锦) and half a quoted
		// name (小巨人”企业) are no names to swap.
		{q: "浙江大学国家技术转移中心落户盘锦了吗", grounding: rag.GroundOtherPlace, not: []string{"更正"}},
		{q: "江南大学国家技术转移中心落户盘锦了吗", found: true, not: []string{"更正"}},
		{q: "盘锦有企业纳入国家专精特新名录吗", found: true, not: []string{"更正"}},
		// How far a practice reached is such a detail: 全省 is no 全国.
		{q: "市本级综合窗口改革经验在全国推广了吗", found: true, want: []string{"更正：报告写的是在全省推广"}},
		{q: "综合窗口改革经验全国推广了吧", found: true, want: []string{"更正：报告写的是在全省推广"}},
		{q: "综合窗口改革经验在全省推广了吗", found: true, not: []string{"更正"}},
		{q: "盘锦在全省率先实现全域快递进村吗", found: true, want: []string{"更正：报告写的是在全国率先"}},
		// A reach that opens the report's clause is of the thing named after
		// it (在全国推广建设盘锦河蟹平台体验店).
		{q: "盘锦河蟹平台体验店在全省推广吧", found: true, want: []string{"更正：报告写的是在全国推广，不是在全省推广"}},
		{q: "河蟹平台体验店全省推广了吗", found: true, want: []string{"更正：报告写的是在全国推广"}},
		{q: "盘锦河蟹平台体验店在全国推广吧", found: true, not: []string{"更正"}},
		// A class dropped from an answer takes its citation with it.
		{q: "省级绿色工厂有哪些", found: true},
		// A spoken share is as near as it is said: 四成 holds 39.7%; a
		// decimal said in words is one number.
		{q: "去年进出口增长四成吧", found: true, figures: []string{"39.7%"}, not: []string{"更正"}},
		{q: "去年旅游收入增长三成左右吧", found: true, figures: []string{"29.9％"}, not: []string{"更正"}},
		{q: "去年技改资金七十点一亿元吧", found: true, not: []string{"更正"}},
		{q: "去年技改资金八十点一亿元吧", found: true, figures: []string{"70.1亿元"}, want: []string{"更正：报告写的是70.1亿元，不是80.1亿元"}},
		{q: "今年石化营收超3000亿目标吧", found: true, figures: []string{"超过2000亿元"}, want: []string{"更正：报告写的是超过2000亿元，不是超3000亿"}},
		// A wrong figure said in words is corrected like one in digits.
		{q: "去年新购公交八十台吧", found: true, figures: []string{"85台"}, want: []string{"更正：报告写的是85台，不是80台"}},
		{q: "去年信访量下降三成吧", found: true, figures: []string{"25.8%"}, want: []string{"更正：报告写的是25.8%，不是约30%"}},
		// …and one closing a claim with no unit, as its digits would be.
		{q: "信访总量下降三十八点五吗", found: true, figures: []string{"25.8%"}, want: []string{"更正：报告写的是25.8%，不是38.5"}},
		{q: "今年化工精细化率五十对吗", found: true, figures: []string{"48%"}, want: []string{"更正：报告写的是48%，不是50"}},
		{q: "去年化工精细化率四十五吗", found: true, not: []string{"更正"}},
		{q: "去年PM2.5是三十九微克吗", found: true, figures: []string{"29微克/立方米"}, want: []string{"更正：报告写的是29微克/立方米，不是39微克"}},
		{q: "盘锦建市五十周年对吗", found: true, figures: []string{"40周年"}, want: []string{"更正：报告写的是40周年，不是50周年"}},
		{q: "盘锦建市四十周年对吧", found: true, not: []string{"更正"}},
		// One tolerance for a stated 约 (ShareSlack): right when it rounds
		// to the report's figure, corrected when not; an exact claim is exact.
		{q: "信访总量两成半吗", found: true, figures: []string{"25.8%"}, not: []string{"更正"}},
		{q: "信访下降约26%吗", found: true, figures: []string{"25.8%"}, not: []string{"更正"}},
		{q: "刑事警情下降约26%吗", found: true, figures: []string{"26.1%"}, not: []string{"更正"}},
		{q: "信访下降25%吗", found: true, figures: []string{"25.8%"}, want: []string{"更正：报告写的是25.8%，不是25%"}},
		{q: "信访下降近25%吗", found: true, figures: []string{"25.8%"}, want: []string{"更正：报告写的是25.8%，不是近25%"}},
		// A doubling (翻番) of an indicator the report gives as two years'
		// amounts is held to their ratio.
		{q: "今年外资目标比去年翻番？", found: true, figures: []string{"7.5亿美元", "4亿美元"}, want: []string{"更正：报告写的是2024年结果7.5亿美元、2025年目标4亿美元，少3.5亿美元，后者约为前者的0.5倍"}},
		{q: "今年公交车比去年翻番了吧", found: true, figures: []string{"85台", "132台"}, want: []string{"后者约为前者的1.6倍，不是增长100%"}},
		// Said of the plan's year alone, a doubling is against the year
		// before all the same.
		{q: "今年粮食产量目标要翻一番吧", found: true, figures: []string{"110万吨左右", "110万吨左右"}, want: []string{"2025年目标110万吨左右，持平", "不是增长100%"}},
		// A fall said as a share of the year before's amount (一半以上) is
		// held to the two amounts, the fall said as a share.
		{q: "实际利用外资今年目标比去年少了一半以上吧", found: true, figures: []string{"7.5亿美元", "4亿美元"}, want: []string{"少3.5亿美元，降幅约46.7%，不是少了一半以上"}},
		// A bare 亿 names no currency: 外资's target is 4亿美元.
		{q: "今年实际利用外资目标还是七亿五吧", found: true, figures: []string{"4亿美元"}, want: []string{"更正：报告写的是4亿美元，不是7.5亿"}},
		// A fraction is a share as near as its step: a quarter holds 25.8%,
		// a third is not 18.6%.
		{q: "物业投诉量下降了三分之一吗", found: true, figures: []string{"18.6%"}, want: []string{"更正：报告写的是18.6%，不是约33.3%"}},
		{q: "信访总量降了四分之一左右是吧", found: true, figures: []string{"25.8%"}, not: []string{"更正"}},
		{q: "信访下降四分之一对吗", found: true, figures: []string{"25.8%"}, not: []string{"更正"}},
		// A claim's 左右 and English about/nearly are approximate as 约 and
		// 近 are: right when the report's figure rounds to them, never
		// "corrected" (26%左右 and nearly 40% still fall to no figure: a
		// refusal, not yet the confirmation they deserve).
		{q: "信访总量下降了26%左右吧", grounding: rag.GroundNoSuchFigure, not: []string{"更正"}},
		{q: "信访总量下降了30%左右吧", found: true, figures: []string{"25.8%"}, want: []string{"更正：报告写的是25.8%，不是30%左右"}},
		{q: "Did petition cases fall by about 25% in 2024?", found: true, not: []string{"Note: the report says"}},
		{q: "Did total imports and exports grow nearly 40%?", grounding: rag.GroundNoSuchFigure, not: []string{"Note: the report says"}},
		{q: "Did petition cases fall by nearly 25% in 2024?", found: true, figures: []string{"25.8%"}, want: []string{"Note: the report says 25.8%"}},
		{q: "今年新增就业一万五吧", found: true, figures: []string{"1.9万人"}, want: []string{"更正：报告写的是1.9万人，不是1.5万"}},
		{q: "去年新增就业两万多人吧", found: true, not: []string{"更正"}},
		// A bound that holds is no wrong premise; one the report's figure
		// lies beyond is corrected, bound word and all.
		{q: "今年GDP目标不到6%吧", found: true, figures: []string{"5.5%左右"}, not: []string{"更正"}},
		{q: "去年新购公交车不到100台吧", found: true, not: []string{"更正"}},
		{q: "今年外资目标小于5亿美元吧", found: true, not: []string{"更正"}},
		{q: "去年外资不少于7亿美元吧", found: true, not: []string{"更正"}},
		{q: "今年GDP目标不到5%吧", found: true, figures: []string{"5.5%左右"}, want: []string{"更正：报告写的是5.5%左右，不是不到5%"}},
		{q: "去年外资至少8亿美元吧", found: true, figures: []string{"7.5亿美元"}, want: []string{"更正：报告写的是7.5亿美元，不是至少8亿美元"}},
		// Another qualifier of the word asked: 地区生产总值 is not 海洋经济生产总值.
		{q: "全市海洋经济生产总值是多少", found: true, figures: []string{"403亿元"}, not: []string{"5.5%左右"}},
		// Parts of a year: the report gives whole years.
		{q: "今年上半年盘锦GDP增速是多少？", grounding: rag.GroundOtherPeriod, want: []string{"上半年"}, not: []string{"根据报告"}},
		// How far a part of the year's figure was met asks that part's figure too.
		{q: "今年一季度固定资产投资完成得怎么样", grounding: rag.GroundOtherPeriod, want: []string{"一季度"}, not: []string{"根据报告"}},
		// Spans of years and five-year plans: a target word or 指标 asks
		// the span's figures, which no annual report gives.
		{q: "三年行动期间规上工业增加值目标", grounding: rag.GroundOtherPeriod, want: []string{"没有“三年行动期间”的数字"}, not: []string{"根据报告"}},
		{q: "三年行动以来GDP目标", grounding: rag.GroundOtherPeriod, want: []string{"没有“三年行动以来”的数字"}, not: []string{"根据报告"}},
		{q: "十五五有哪些主要指标", grounding: rag.GroundOtherPeriod, want: []string{"没有“十五五”的数字"}, not: []string{"根据报告"}},
		{q: "What was GDP growth in the first quarter of 2025?", grounding: rag.GroundOtherPeriod, want: []string{"no figures for the first quarter."}, not: []string{"From the report"}},
		{q: "What was last year's target for GDP growth?", grounding: rag.GroundOtherPeriod, want: []string{"no figures for the 2024 targets."}},
		// Which year: a sentence of the year's review holding all that is
		// asked dates it to that year; a plan's sentence, or a review's
		// with other words (争创 for 获评), does not.
		{q: "快递进村是在哪一年实现的", found: true, paragraph: 11},
		{q: "赛尔山孵化园哪一年建成的", found: true, paragraph: 10},
		{q: "盘锦哪一年获评全国文明城市", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "华锦阿美项目哪一年投产", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		// Holidays, seasons and recurring periods are parts of a year too...
		{q: "去年国庆旅游收入增长多少", grounding: rag.GroundOtherPeriod, want: []string{"没有“国庆”的数字"}, not: []string{"29.9"}},
		// A season in a clause that only tells why one asks, beside a
		// clause asking the year's figure, is no part of the year asked.
		{q: "娃今年秋天該上幼兒園了，今年普惠園覆蓋率能到多少呀", found: true, figures: []string{"91%"}},
		{q: "今年秋天普惠园覆盖率能到多少", grounding: rag.GroundOtherPeriod, want: []string{"没有“秋天”的数字"}},
		{q: "去年国庆期间，旅游收入增长多少", grounding: rag.GroundOtherPeriod, not: []string{"29.9"}},
		{q: "去年前11个月进出口增长多少", grounding: rag.GroundOtherPeriod, want: []string{"前11个月"}, not: []string{"39.7%"}},
		{q: "今年每季度开工多少个项目", grounding: rag.GroundOtherPeriod, not: []string{"366"}},
		{q: "去年汛期新增就业多少", grounding: rag.GroundOtherPeriod, not: []string{"2.04万人"}},
		{q: "去年暑假旅遊收入增長多少", grounding: rag.GroundOtherPeriod, not: []string{"29.9"}},
		{q: "What was the retail sales growth during Spring Festival 2024?", grounding: rag.GroundOtherPeriod, want: []string{"no figures for the Spring Festival."}},
		{q: "What is the quarterly target for new projects?", grounding: rag.GroundOtherPeriod, want: []string{"no figures per quarter."}},
		// ...unless the report speaks of the window about what is asked
		// (¶17: 仲夏时节…汛情告急。…5214名受灾群众…及时转移).
		{q: "去年汛期转移了多少群众", found: true, figures: []string{"5214名"}},
		{q: "How many people were evacuated during the summer floods last year?", found: true, figures: []string{"5214名"}},
		// Heavy rain is the report's 强降雨: its eight rounds, not "the
		// report does not mention rain".
		{q: "How many rounds of heavy rain hit Panjin?", found: true, want: []string{"八轮强降雨"}},
		{q: "Was Panjin hit by heavy rainfall in 2024?", found: true, want: []string{"强降雨"}},
		// A figure counts what comes before it, not the next figure's
		// indicator in its clause (学位520个、普惠率达到90.6%).
		{q: "普惠性幼儿园普惠率去年多少，今年要达到多少", found: true, figures: []string{"90.6%"}, not: []string{"：520个"}},
		// Everyday words for the report's terms (rag/lexicon.txt).
		{q: "盘锦港去年货柜量涨了多少", found: true, figures: []string{"1.9%"}},
		{q: "去年种粮的地一共多少亩", found: true, figures: []string{"183万亩"}},
		{q: "去年建成投产的项目有几个", found: true, figures: []string{"175个"}},
		// 招上来的人材 is the talent the report 引进; 该交的房子 is its
		// 保交楼 and 保交房; 做生意的环境 its 营商环境.
		{q: "去年一共招上来多少人材", found: true, want: []string{"超万人"}},
		{q: "该交的房子去年交了吗", found: true, want: []string{"3个保交楼和2个保交房"}},
		{q: "做生意的环境今年要怎么弄", found: true, want: []string{"营商环境质量提升行动"}},
		// 新注册 and 新开的公司 are the report's 新登记 (经营主体), not its
		// 新签约注册项目; 到底 between 经济 and 涨 asks nothing.
		{q: "去年新注册企业增长多少", found: true, want: []string{"21.7%"}},
		{q: "去年新开的公司、个体户多了多少", found: true, figures: []string{"21.7%"}},
		{q: "去年盘锦经济到底涨了多少啊", found: true, figures: []string{"3.5%左右"}},
		{q: "在盘锦注册个公司现在要几天啊", found: true, want: []string{"1天以内"}},
		{q: "How many disabled children received rehabilitation assistance in 2024?", found: true, figures: []string{"223名"}},
		// Wages owed to the asker are the report's 欠薪, not its 居民收入.
		{q: "老板欠我工资好几个月了，政府管不管", found: true, want: []string{"根治欠薪"}, not: []string{"居民收入"}},
		{q: "My boss owes me wages. Does the government plan anything about unpaid wages?", found: true, want: []string{"根治欠薪"}, not: []string{"居民收入"}},
		// A numeral before the word asked counts it: 四星级 holds 星级.
		{q: "盘锦智慧城市水平上升到了几星级？", found: true, want: []string{"四星级"}},
		// One thing's own figure is not a total of several (合计).
		{q: "盘锦大米品牌价值单独是多少亿", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A kind is not its whole: 引进人才 counts all talent, not the
		// 高层次人才 asked.
		{q: "今年计划引进高层次人才多少人", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A qualifier that opens the question narrows its head across a
		// period and words the report never writes (留盘): the graduates'
		// jobs are not all new urban jobs.
		{q: "高校毕业生今年留盘就业多少人", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "今年城镇新增就业多少人", found: true, figures: []string{"1.9万人"}},
		// The kind asked first, before the verb, is still the kind asked.
		{q: "高层次人才今年计划引进多少人？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "人才今年计划引进多少人", found: true, figures: []string{"1.15万人"}},
		{q: "去年引进了多少高层次人才", found: true, figures: []string{"31人"}},
		// 停车场 is a word of its own, not 停车 and 场.
		{q: "2024年新建了多少个停车场", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// Traditional characters and staff shorthand.
		{q: "今年GDP目標是多少", found: true, figures: []string{"5.5%左右"}},
		{q: "固投增速 24实际/25目标", found: true, figures: []string{"20%以上", "10%以上"}},
		// 实绩 is staff shorthand for 实际; 今年 beside a named year names
		// the other year as surely as its number.
		{q: "社零增速 24实绩/25目标", found: true, figures: []string{"4%", "5%"}},
		// Amounts of money listed on in one sentence are one answer to how
		// much: the window of three clauses runs on over the fourth.
		{q: "过紧日子去年到底省下来多少钱", found: true, want: []string{"2.63亿元", "6.7亿元", "0.8亿元"}},
		// 几项, 几家, 几条 ask how many or which, as 几个 does: no word the
		// report lacks.
		{q: "哪几项普查是2024年推进的", found: true, want: []string{"第五次经济普查", "第三次土壤普查", "第四次文物普查"}},
		// 总规 is staff shorthand for 总体规划.
		{q: "文体旅 总规 25年编不编", found: true, paragraph: 38, want: []string{"文体旅融合发展总体规划"}},
		{q: "稻蟹共生面积，2024年有多少，今年打算扩到多少", found: true, figures: []string{"95万亩", "97万亩"}},
		{q: "2025年GDP目标多少，去年实际多少", found: true, figures: []string{"3.5%左右", "5.5%左右"}},
		// Topic before wording: the elderly-care and health plans, not the
		// targets paragraph or a sentence sharing 问题.
		{q: "看病难的问题怎么解决", found: true, paragraph: 63},
		{q: "养老方面今年有什么打算", found: true, want: []string{"养老"}, not: []string{"地区生产总值"}},
		// A quoted heading-like sentence goes on to what it heads.
		{q: "去年防汛抗洪这块咋样", found: true, want: []string{"防汛抗洪能力增强。落实“四预”措施"}},
		// Asked how, a quoted lead sentence goes on to the measures after it.
		{q: "营商环境今年要咋优化", found: true, want: []string{"实施营商环境质量提升行动。优化政务服务"}},
		// English how/plan questions, "what are the … plans" among them,
		// answer from the paragraph the report opens with the topic.
		{q: "How does the city plan to boost consumer spending?", found: true, paragraph: 30, want: []string{"以旧换新"}},
		{q: "What are the plans for schools and education this year?", found: true, paragraph: 62, want: []string{"大连理工大学盘锦校区"}},
		// A detail the report does not give — a fee, how to apply, an
		// amount per head — is not answered by the sentence naming the topic.
		{q: "增划的那1.1万个停车泊位怎么收费", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出这方面的具体内容"}},
		{q: "适老化改造要啥条件才能申请", grounding: rag.GroundNotAnswered, want: []string{"困难家庭适老化改造504户"}},
		{q: "家电以旧换新每台能补贴多少", grounding: rag.GroundNoSuchFigure},
		{q: "汽车以旧换新一辆最多补多少", grounding: rag.GroundNoSuchFigure},
		// A citizen's procedure, a benefit's amount or standard, the
		// department in charge: the sentence naming the policy tells none.
		{q: "以旧换新补贴在哪领", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出办理条件或办理方式", "以旧换新"}},
		{q: "以旧换新的补贴咋领啊", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		// 兑现 is the government keeping a promise, no citizen's procedure;
		// the plan names no 民生实事 (only 2024's 15件 are), so it is
		// not answered, with 民生 nearest.
		{q: "今年的惠企政策如何兑现", found: true, not: []string{"没有给出这方面"}},
		{q: "今年的民生实事如何兑现", grounding: rag.GroundNotAnswered, want: []string{"民生"}, not: []string{"没有给出这方面"}},
		{q: "怎么申报专精特新", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "线上响应式公交怎么约", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "零就业家庭怎么认定", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "买家电以旧换新能补多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "家电以旧换新补贴标准", grounding: rag.GroundNotAnswered, want: []string{"没有给出具体标准"}},
		{q: "在盘锦投资建厂有什么补贴", grounding: rag.GroundNotAnswered, want: []string{"没有说有哪些补贴"}},
		{q: "哪个部门负责以旧换新", grounding: rag.GroundNotAnswered, want: []string{"没有说由哪个部门负责"}},
		// …where the report tells it, it answers; a plan is no procedure.
		{q: "残疾儿童有什么补助", found: true, want: []string{"康复救助"}},
		{q: "机关单位餐饮服务接待规范成为什么标准", found: true, want: []string{"全国团体标准"}},
		// Who leads it, in the clause after the one naming the work (¶27).
		{q: "谁负责项目攻坚", found: true, want: []string{"市发展改革委总牵头"}},
		{q: "哪些部门负责招商", found: true, want: []string{"压实部门"}},
		{q: "今年就业怎么搞", found: true, not: []string{"没有给出"}},
		{q: "What's the price of Panjin river crabs per jin this year?", grounding: rag.GroundNotAnswered, want: []string{"does not give this detail"}},
		{q: "盘锦人均可支配收入去年是多少", grounding: rag.GroundNoSuchFigure},
		{q: "去医院看专家门诊得等多久", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出所需时间"}},
		{q: "What is the average monthly salary here?", grounding: rag.GroundNotAnswered, want: []string{"does not give this detail"}},
		{q: "每千人托位数今年要到多少", found: true, figures: []string{"4.5个"}},
		// Exports alone are not 进出口, the trade total; imports and
		// exports together are.
		{q: "What was the value of exports on their own last year?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "How much did imports and exports grow last year?", found: true, want: []string{"39.7%"}},
		{q: "foreign trade (imports+exports) growth in 2024?", found: true, figures: []string{"39.7%"}},
		// English amounts of yuan read as the report writes them.
		{q: "How many projects worth more than 5 million yuan are planned this year?", found: true, figures: []string{"600个"}},
		// English words for the report's terms: 竣工投产, 稳增长奖励资金.
		// "Which" asks the projects, which ¶8 names with their count.
		{q: "Which projects went into operation last year?", found: true, paragraph: 8, want: []string{"175个项目竣工投产"}},
		{q: "How big was the provincial reward money for stable growth in 2024?", found: true, want: []string{"五倍"}},
		// The report's own weaknesses: 正视问题 (¶19), not a generic 问题.
		{q: "What weaknesses does the government acknowledge?", found: true, paragraph: 19},
		// Words of asking carry no topic; governance is 社会治理.
		{q: "What are the plans for social governance this year?", found: true, want: []string{"社会治理"}},
		// Staff shorthand asks a figure: a growth rate is not a count of cases.
		{q: "治安警情 2024 起数", grounding: rag.GroundOtherUnit, figures: []string{"24.3%"}},
		// Chat shorthand: "last yr" is last year.
		{q: "gdp growth last yr?", found: true, figures: []string{"3.5%左右"}, not: []string{"5.5%"}},
		// "What is the total …", "the value of …" ask a figure in English.
		{q: "What was the total investment in the Huajin Aramco project?", grounding: rag.GroundOtherUnit, figures: []string{"20%以上"}, want: []string{"The report does not give this figure"}},
		{q: "西沙河防洪治理工程 总投资", grounding: rag.GroundOtherUnit},
		// Where a resident stands (家里, 门口, 社区里) is not what is counted.
		{q: "俺们社区里那种便民食堂开了几家", found: true, figures: []string{"10家"}},
		{q: "家门口的停车位去年增划了多少个", found: true, figures: []string{"1.1万个"}},
		// 车位 and parking spaces are the report's 停车泊位, not a port's berths.
		{q: "How many parking spaces were added last year?", found: true, figures: []string{"1.1万个"}},
		{q: "去年新增了多少个车位", found: true, figures: []string{"1.1万个"}},
		// When an event happens, where a thing goes: a quote that only names
		// the project tells neither; one that names the event tells when.
		{q: "盘锦机场哪年能通航", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间", "盘锦民用运输机场"}},
		{q: "When will the new airport open?", grounding: rag.GroundNotAnswered, want: []string{"gives no date"}},
		{q: "华锦阿美啥时候投产", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "华锦阿美什么时候机械竣工", found: true, paragraph: 35},
		// Which paragraph says a thing asks where, not how many: 第几段 and
		// ¶几 hold 几, no count.
		{q: "¶几说了省级美丽宜居村全覆盖", found: true, paragraph: 53, not: []string{"20个"}},
		{q: "第几段提到省级美丽宜居村全覆盖", found: true, paragraph: 53, not: []string{"20个"}},
		{q: "省级美丽宜居村全覆盖在第几段", found: true, paragraph: 53, not: []string{"20个"}},
		{q: "25年GDP目标 ¶几", found: true, figures: []string{"5.5%左右"}},
		// A month or a day asked is finer than the plan's year: the
		// report names the stage this year, and no month.
		{q: "华锦阿美项目哪个月正式投产", grounding: rag.GroundNotAnswered, want: []string{"没有给出具体月份"}, not: []string{"根据报告"}},
		{q: "华锦阿美哪个月机械竣工", grounding: rag.GroundNotAnswered, want: []string{"没有给出具体月份"}, not: []string{"根据报告"}},
		// Another thing's event in the same quote tells nothing of the one
		// asked (京哈高速…竣工通车 beside 曙光大桥…加快建设), nor does backing
		// or preparing it; a clause naming it with a time or its stage does.
		{q: "曙光大桥哪年通车", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间", "曙光大桥"}},
		{q: "辽河口国家公园什么时候建成", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "锦城石化什么时候能进口原油", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间", "锦城石化"}},
		{q: "盘锦机场哪年建", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "延迟退休哪年开始", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "京哈高速盘锦段什么时候通车", found: true, want: []string{"竣工通车"}},
		{q: "市政绿色生态改造项目什么时候启动", found: true, want: []string{"年底前启动实施"}},
		{q: "京抚线、大养线修复养护工程什么时候开工、啥时候完工", found: true, want: []string{"当年开工、当年竣工"}},
		{q: "盘锦港30万吨原油码头什么时候验收", found: true, want: []string{"竣工验收"}},
		{q: "俺家老小区啥时候能轮上改造啊，去年改了几个小区", found: true, want: []string{"老旧小区11个"}},
		// 什么时间 and 多久能 ask a time too; a span answers how soon.
		{q: "延迟退休什么时间开始", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "辽河口国家公园多久能建好", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "开办企业多长时间能办完", found: true, want: []string{"1天以内"}},
		// Which cities, a kind no quote lists, is declined as a list first.
		{q: "新增的航线飞往哪些城市", grounding: rag.GroundNotAnswered, want: []string{"报告没有列出所问的是哪些"}},
		{q: "那10家便民食堂都在哪个社区啊", grounding: rag.GroundNotAnswered, want: []string{"报告没有说在哪里"}},
		{q: "今年新开的航线通到哪里", grounding: rag.GroundNotAnswered, want: []string{"报告没有说在哪里"}},
		// Where a thing is set, opened or done (设在哪, 开在哪些, 在哪里办, 在哪个
		// <place>): a sentence only naming it says no place; a place named
		// before it does.
		{q: "产教融合实训基地设在哪所学校", grounding: rag.GroundNotAnswered, want: []string{"报告没有说在哪里"}},
		{q: "一刻钟便民生活圈开在哪些小区", grounding: rag.GroundNotAnswered, want: []string{"报告没有说在哪里"}},
		{q: "企业开办在哪里办", grounding: rag.GroundNotAnswered, want: []string{"报告没有说在哪里"}},
		{q: "农村供水保障工程建在哪个县", found: true, want: []string{"盘山、大洼农村供水保障工程"}},
		// Which city: an institution named after the report's city is in it;
		// one not so named says no city.
		{q: "大连理工大学盘锦校区坐落在哪个城市", found: true, want: []string{"大连理工大学盘锦校区"}},
		{q: "河蟹平台体验店开在哪个城市", grounding: rag.GroundNotAnswered, want: []string{"报告没有说在哪里"}},
		// The signature has no year to lend as a plan's or a review's
		// paragraph does; getting ready for an inspection sets no time for it.
		{q: "邢鹏什么时候当的市长", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "中央生态环保督察组哪年来盘锦", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "报告是几月几号作的", found: true, want: []string{"2025年1月8日"}},
		// Drafting a plan (编制) is not issuing it, a year named as what it
		// is (今年是…谋篇布局之年) is no time of the plan, and what is only
		// about to happen (即将走出) has no year; a stage reached does.
		{q: "十五五规划哪年印发", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "“十五五”规划什么时间出台啊", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "最困难的时期什么时候能过去", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "京哈高速盘锦段哪一年通车", found: true, want: []string{"竣工通车"}},
		// Which district a tier of the city's layout means is where it is;
		// the layout's sentence names none.
		{q: "新区具体指哪个区", grounding: rag.GroundNotAnswered, want: []string{"报告没有说在哪里"}},
		// A yield or a cost per mu is no area: 97万亩 gives neither.
		{q: "海洋牧场每亩投资多少", grounding: rag.GroundNoSuchFigure, want: []string{"报告没有给出这项数字"}},
		{q: "苇田养殖一亩能收多少鱼", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// Asked by how much it moved, and the report gives only the amount.
		{q: "2024年实际利用外资比上年增长了多少", grounding: rag.GroundNoSuchFigure, want: []string{"增减幅度", "7.5亿美元"}},
		{q: "What was the growth of cross-border e-commerce turnover in 2024?", found: true, want: []string{"24.7%"}},
		// Words around a question (now, how long does it take, 同比, 地儿)
		// and everyday words for the report's (节约 for 节支, pass for 达标).
		{q: "How long does it take to set up a company in Panjin now?", found: true, want: []string{"1天以内"}},
		{q: "去年公共采购节约了多少钱", found: true, figures: []string{"2.63亿元"}},
		{q: "Did the monitored river sections all pass last year?", found: true, want: []string{"全部达标"}},
		{q: "去年金融机构贷款余额同比增长多少", found: true, figures: []string{"4.7％"}},
		// A count stated, its contents asked: the names or nothing.
		{q: "去年办好的15件民生实事都有哪些", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		{q: "5个省考断面具体包括哪些", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		{q: "海兴科技以外，那7个项目还有哪些", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		{q: "12项重点水利工程具体包括哪些", found: true, want: []string{"西沙河防洪治理"}},
		// A quoted slogan or formula asked what it is: the sentence that only
		// names it is no answer; items next to it are.
		{q: "五篇大文章是哪五篇", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称", "“五篇大文章”"}},
		{q: "322体系包括哪些", grounding: rag.GroundNotAnswered, want: []string{"报告只提到“322”，没有列出具体是哪些"}},
		{q: "五大安全是哪五个", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		{q: "3442是指什么", grounding: rag.GroundNotAnswered, want: []string{"没有说明具体指什么"}},
		{q: "三保底线是什么", grounding: rag.GroundNotAnswered, want: []string{"报告只提到“三保”"}},
		{q: "兩個確立是什麼", grounding: rag.GroundNotAnswered, want: []string{"报告只提到“两个确立”"}},
		{q: "两个维护是什么", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}}, // the 、 before it lists another slogan
		{q: "什么是枫桥经验", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "三大储库是哪三个", found: true, want: []string{"储气储碳储能"}},
		{q: "三个下降指哪三个", found: true, want: []string{"事故起数、死亡人数和较大事故起数"}},
		{q: "四级物流配送体系是哪四级", found: true, want: []string{"市、县（区）、镇、村"}},
		{q: "两大支柱产业是哪两个", found: true, want: []string{"绿色石化集群"}},
		// 指哪些 asks the items too; a group named by a count the report
		// writes unquoted (辽西五市) is read as a quoted one.
		{q: "“四类”人群指哪些群体", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		{q: "辽西五市具体指哪些", grounding: rag.GroundNotAnswered, want: []string{"报告只提到“辽西五市”，没有列出具体是哪些"}},
		{q: "辽西五市是什么意思", grounding: rag.GroundNotAnswered, want: []string{"报告只提到“辽西五市”"}},
		// 一 names no group: 进一步 is an everyday word, not a count.
		{q: "进一步全面深化改革具体指什么", found: true, want: []string{"12个实施方案"}, not: []string{"报告只提到"}},
		// 总数 asks the count; 新修/翻新 are 新建/改造.
		{q: "去年开复工项目总数有多少", found: true, figures: []string{"502个"}},
		{q: "去年新修和翻新的城市公园有几处", found: true, figures: []string{"20处"}},
		// Which of a number written in Chinese; a bill asked by its name.
		{q: "湿地三宝都是哪三样", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		{q: "今年水费涨不涨", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "去年社会消费品零售总额增长多少", found: true, figures: []string{"4%"}},
		// A place the report names after the city's own figure, in a clause
		// with no figure, has no figure there.
		{q: "大连的化工精细化率是多少", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		// A cut is answered by its amount; a year-on-year change of a count
		// added is not the count; a target met or not by the result.
		{q: "压减支出减了多少", found: true, want: []string{"6.7亿元"}},
		{q: "去年减少了多少油井", found: true, want: []string{"301口"}},
		{q: "城镇新增就业同比增加多少", grounding: rag.GroundNoSuchFigure, want: []string{"增减幅度"}},
		{q: "去年粮食产量目标110万吨完成没", found: true, want: []string{"110万吨左右"}},
		// A figure of a sibling kind is no headline where a quote names the
		// kind asked; a quote of the kind without a number gives none of it.
		{q: "How many new bus routes are planned?", found: true, want: []string{"10条"}},
		{q: "Ozone concentration last year?", grounding: rag.GroundNoSuchFigure, want: []string{"not for ozone"}},
		{q: "那32套主装置都有哪些", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		// A stated figure is not "corrected" with a sibling kind's figure.
		{q: "去年工业投资增长了25%吧", grounding: rag.GroundNoSuchFigure, not: []string{"更正", "5.4%"}},
		{q: "Was industrial investment up 30% in 2024?", grounding: rag.GroundNoSuchFigure, want: []string{"not for industrial investment"}},
		// A town the register does not list and the report does not name.
		{q: "唐家镇去年新增就业多少", grounding: rag.GroundOtherPlace, want: []string{"没有单列唐家镇的"}},
		{q: "How about 胡家镇's rice-crab area?", grounding: rag.GroundOtherPlace},
		{q: "去年城镇新增就业多少", found: true, figures: []string{"2.04万人"}},
		// The city's own figure claimed of a district: the report gives none
		// of the district's, so the answer declines, correcting the place
		// beside the quote; asked, not claimed, the district's figure is
		// still not the city's.
		{q: "大洼区去年城镇新增就业2.04万人，是吧？", grounding: rag.GroundOtherPlace, want: []string{"更正", "盘锦市全市的2.04万人", "不是大洼区的", "报告没有给出大洼区的这项数字"}},
		{q: "盘山县粮食产量去年110万吨左右对吧", grounding: rag.GroundOtherPlace, want: []string{"盘锦市全市的110万吨左右", "不是盘山县的"}},
		{q: "双台子去年新增就业2.04万人吗", grounding: rag.GroundOtherPlace, want: []string{"盘锦市全市的2.04万人", "不是双台子区的"}, not: []string{"根据报告"}},
		{q: "大洼区去年城镇新增就业多少", grounding: rag.GroundOtherPlace, want: []string{"没有单列大洼区的"}, not: []string{"更正"}},
		{q: "大洼区去年城镇新增就业3万人，是吧？", grounding: rag.GroundOtherPlace, not: []string{"更正"}},
		// A company's, a project's or the port's figure is no figure of
		// the city: the claim names its subject, which the report does not
		// put in the district either.
		{q: "大洼区中蓝电子市场占有率15.7%吧", grounding: rag.GroundOtherPlace, not: []string{"更正"}},
		{q: "大洼区有32套主装置吧", grounding: rag.GroundOtherPlace, not: []string{"更正"}},
		{q: "大洼区盘锦港集装箱吞吐量增长1.9%吧", grounding: rag.GroundOtherPlace, not: []string{"更正"}},
		{q: "大洼区去年新增就业2.04万人吧", grounding: rag.GroundOtherPlace, want: []string{"盘锦市全市的2.04万人", "不是大洼区的"}},
		// A thing the sentence names apart from the whole city's figure
		// (红海滩…，全市旅客接待量…增长64%; 盛源海洋牧场…，全市海洋经济生产总值
		// 403亿元): the figure is the city's, none is the thing's. Asked of
		// the city, or with the thing as the scene, the figure answers.
		{q: "红海滩游客增长了多少？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "盛源海洋牧场海洋经济生产总值多少？", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年来咱盘锦旅游的人多了多少啊，红海滩是不是老火了", found: true, figures: []string{"64％"}},
		{q: "红海滩火爆出圈后旅客接待量增长多少", found: true, figures: []string{"64％"}},
		{q: "去年全市海洋经济生产总值多少", found: true, figures: []string{"403亿元"}},
		// English words for the report's own indicators (信访总量, 普通门诊
		// 统筹支付比例, 受污染耕地/建设用地安全利用率) reach their figures.
		{q: "How much did letters and visits fall in 2024?", found: true, figures: []string{"25.8%"}},
		{q: "What share of outpatient costs does resident medical insurance pay?", found: true, paragraph: 13, want: []string{"55%"}},
		{q: "How much polluted farmland was safely used?", found: true, figures: []string{"100%"}},
		{q: "What share of construction land was safely used?", found: true, paragraph: 12, want: []string{"100%"}},
		// "decline" is the report's 下降/降低: a claimed fall is corrected by the growth.
		{q: "Did Panjin's general public budget revenue decline?", found: true, figures: []string{"8.3%"}, want: []string{"the report says a rise of 8.3%, not decline"}},
		// A balance or total asked as it stands is not its growth.
		{q: "去年年底贷款余额有多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年进出口总额有多少", found: true, figures: []string{"147亿元"}},
		// Who stood first, in English; who may apply; when it is approved;
		// spending is not revenue.
		{q: "Which city in Liaoning was first for foreign investment last year?", grounding: rag.GroundNotAnswered, want: []string{"does not say who is first"}},
		{q: "以旧换新补贴谁能申请", grounding: rag.GroundNotAnswered},
		{q: "水飞蓟地理标志啥时候获批", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "How much did fiscal spending grow last year?", grounding: rag.GroundNoSuchFigure, want: []string{"for revenue, not for expenditure"}},
		// "增加了多少" of a count is answered by the count added.
		{q: "去年托育学位增加了多少", found: true, want: []string{"640个"}},
		// Another kind of the same family (siblings.txt) is no answer.
		{q: "去年二氧化硫平均浓度多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "How many parking lots were built last year?", grounding: rag.GroundNoSuchFigure, want: []string{"for parking space, not for parking lot"}},
		{q: "2024年民间投资增长了多少", grounding: rag.GroundNoSuchFigure},
		{q: "去年PM2.5平均浓度是多少", found: true, figures: []string{"29微克/立方米"}},
		// Primary school places are not nursery or kindergarten places; a
		// crop's output is not its chain's output value.
		{q: "去年新增小学学位多少个", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年大豆产量多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// An amount asked is not told by its growth.
		{q: "What was the total retail sales of consumer goods in Panjin in 2024?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "集装箱吞吐量 绝对值(万标箱) 2024", grounding: rag.GroundOtherUnit, figures: []string{"1.9%"}, want: []string{"没有给出以“万标箱”计"}},
		{q: "今年粮食产量目标", found: true, figures: []string{"110万吨左右"}},
		// R&D intensity is not R&D spending's total: 总量's growth is no
		// figure of 强度.
		{q: "研发投入强度 数值 2024", grounding: rag.GroundNoSuchFigure, not: []string{"7%"}},
		// Now is not the plan year: a target is no figure of now.
		{q: "现在每千人托位数是多少", grounding: rag.GroundOtherPeriod, want: []string{"只给出了目标", "4.5个"}, not: []string{"根据报告"}},
		{q: "每千人托位数是多少", found: true, figures: []string{"4.5个"}},
		// 海兴科技等7个项目纳入… counts no project of the year's plan.
		{q: "今年要开工多少个项目", found: true, want: []string{"366个项目"}},
		// The marine economy's output is not the city's GDP.
		{q: "今年海洋经济总量要达到多少", grounding: rag.GroundOtherPeriod, figures: []string{"403亿元"}, not: []string{"5.5%左右"}},
		// Who backs a project, and what a thing costs, are details the
		// report does not give.
		{q: "30万吨级原油码头是谁投资建的", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "Who is the investor behind the 300,000-ton crude oil terminal at Panjin Port?", grounding: rag.GroundNotAnswered, not: []string{"From the report"}},
		{q: "How much does a ticket to Jinbotan Ocean Park cost?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "What's the average housing price in Panjin?", want: []string{"does not mention price"}, not: []string{"From the report"}},
		// A figure per day, in a season, is a detail the year's figures do not give.
		{q: "红海滩旺季每天能接待多少游客啊", grounding: rag.GroundOtherPeriod, not: []string{"根据报告"}},
		// Two figures the lexicon ties: the question's own words pick one.
		{q: "去年保交房任务几个", found: true, figures: []string{"2个"}},
		{q: "去年保交楼任务几个", found: true, figures: []string{"3个"}},
		// Graduates are a part of new urban jobs, not the whole; nor are the
		// talents brought in (引进人才1.15万人) after 吸引高校毕业生来盘就业.
		{q: "去年有多少高校毕业生留在盘锦就业", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告", "报告给出的是"}},
		// One member of a listed total is not the total.
		{q: "去年排水管网改了多少公里", grounding: rag.GroundNoSuchFigure, want: []string{"合在一起", "360公里"}},
		{q: "去年老旧管网更新改造了多少公里", found: true, figures: []string{"360公里"}},
		// A whole written only for another period (老旧管网360公里 is last
		// year's) is no total for the period asked: this year's member alone
		// (燃气管道20公里) is declined, and asked of itself still answers.
		{q: "今年全市管网计划改造几公里", grounding: rag.GroundNoSuchFigure, want: []string{"燃气"}, not: []string{"根据报告"}},
		{q: "2025年燃气管道要改造几公里", found: true, figures: []string{"20公里"}, paragraph: 52},
		// A count claimed of a thing no report names is of nothing quoted.
		{q: "去年新建了5个图书馆吧", grounding: rag.GroundNotAnswered},
		{q: "今年新增2个5A景区吗", grounding: rag.GroundNotAnswered},
		{q: "去年新建了272个项目吧", found: true},
		// A figure claimed of one member is no claim about the total.
		{q: "去年燃气管道更新改造了360公里是吧？", grounding: rag.GroundNoSuchFigure, not: []string{"更正"}},
		{q: "去年供热管网改造300公里对吗", grounding: rag.GroundNoSuchFigure, not: []string{"更正"}},
		{q: "去年老旧管网改造300公里对吗", found: true, want: []string{"更正", "360公里"}, figures: []string{"360公里"}},
		{q: "供水管网等老旧管网改造300公里对吗", found: true, want: []string{"更正", "360公里"}, figures: []string{"360公里"}},
		{q: "2024年燃气管道更新改造了吗", found: true}, // a year is no figure claimed
		{q: "去年供热管网改造300公里，农村公路修了200公里，对吗", found: true, want: []string{"更正", "182.3公里"}, figures: []string{"182.3公里"}, not: []string{"不是300公里"}},
		{q: "重点建设用地安全利用率100%是吧", found: true, figures: []string{"100%"}, not: []string{"合在一起"}}, // 均达到100%: each item's
		// A wrong rate claimed of one member of "A、B均达到100%" is
		// corrected: the figure is each member's, not a total.
		{q: "受污染耕地安全利用率是90%吧？", found: true, want: []string{"更正", "不是90%"}, figures: []string{"100%"}},
		{q: "重点建设用地安全利用率是98%吗？", found: true, want: []string{"更正", "不是98%"}, figures: []string{"100%"}},
		// A count of a named kind (5G) is of quotes that name it.
		{q: "５Ｇ工厂3个对吗", found: true, not: []string{"更正"}},
		{q: "5G工厂1个对吗", grounding: rag.GroundNotAnswered},
		{q: "PM2.5浓度35μg／m³对吗", found: true, want: []string{"更正", "29微克/立方米"}, figures: []string{"29微克/立方米"}},
		// Flights are the airport's opening; holding an event this year is
		// no day for it.
		{q: "When does the airport start flights?", grounding: rag.GroundNotAnswered, want: []string{"gives no date"}},
		// A claim of no period corrected with one period's figure headlines
		// no figure of the other period beside the correction; a period
		// asked beside it keeps its own.
		{q: "固投增长不到一成？", found: true, want: []string{"更正", "20%以上"}},
		{q: "去年固投增长不到10%，今年目标呢", found: true, want: []string{"更正", "20%以上"}, figures: []string{"10%以上"}},
		// Flight routes are the airport's; 新增航线 are the port's shipping
		// routes.
		{q: "How many new flight routes will Panjin open in 2025?", grounding: rag.GroundNoSuchFigure, not: []string{"2条"}},
		{q: "红马赛今年什么时候举行", grounding: rag.GroundNotAnswered, want: []string{"报告没有给出时间"}},
		{q: "When will the ice fishing contest be held?", grounding: rag.GroundNotAnswered},
		// A time of day or a date the report does not give.
		{q: "金帛滩海洋乐园几点开门", grounding: rag.GroundNotAnswered},
		// An indicator named by its quantity (销量, 加工量, 降雨量) asks its
		// figure: a quote that merely names the thing gives none.
		{q: "锦城石化原油加工量", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "新能源汽车销量", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年汛期降雨量", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年集装箱吞吐量", found: true, figures: []string{"1.9%"}},
		// A rate asked as it stands is not told by a count in the same
		// sentence (15项举措) nor by how the rate moved.
		{q: "债务率是多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "普惠率是多少", found: true, figures: []string{"90.6%"}},
		// What was added is told by an added item (新增…学位520个) though its
		// clause also gives a rate reached; how the rate moved is still not.
		{q: "幼儿园学位增加了多少", found: true, want: []string{"520个"}},
		{q: "普惠率提高了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "普惠率增加了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "What are the opening hours of the community canteens?", grounding: rag.GroundNotAnswered},
		// A target and whether it was met, for a year whose target or
		// result the report does not hold.
		{q: "去年的GDP目标定的多少，完成没", grounding: rag.GroundOtherPeriod},
		{q: "2025年进出口实际增长多少，目标完成了吗", grounding: rag.GroundOtherPeriod},
		// Whether last year's target was met needs the target, which last
		// year's report set; 实际 in an indicator's name asks no result.
		// A target or task the review itself says was met answers.
		{q: "去年GDP目标完成了吗", grounding: rag.GroundOtherPeriod, want: []string{"2024年的目标"}, not: []string{"5.5%左右"}},
		// The same check worded with the target after the verb, or a
		// whether-word before it: this year's target is not last year's.
		{q: "去年GDP完成目标了吗", grounding: rag.GroundOtherPeriod, want: []string{"2024年的目标"}, not: []string{"5.5%左右"}},
		{q: "去年有没有完成GDP目标", grounding: rag.GroundOtherPeriod, want: []string{"2024年的目标"}, not: []string{"5.5%左右"}},
		{q: "去年GDP目标有没有完成", grounding: rag.GroundOtherPeriod, not: []string{"5.5%左右"}},
		// Last year's targets asked as a whole are answered in words by the
		// review (个别经济指标完成情况不及预期), not declined.
		{q: "去年的增长目标完成了吗", found: true, want: []string{"个别经济指标完成情况不及预期"}},
		{q: "去年的目标都完成了吗", found: true, not: []string{"2024年的目标"}},
		{q: "去年城镇新增就业目标完成了吗", grounding: rag.GroundOtherPeriod, not: []string{"1.9万人"}},
		{q: "去年实际利用外资目标是多少", grounding: rag.GroundOtherPeriod, not: []string{"4亿美元"}},
		{q: "去年实际到位内资目标增长多少", grounding: rag.GroundOtherPeriod},
		{q: "去年中小银行现金清收目标完成了吗", found: true, want: []string{"超额完成年度现金清收任务"}},
		// How a target is met (超额) is no topic: the review's 超额完成…现金
		// 清收任务 does not tell jobs' target met; asked of 现金清收, it does.
		{q: "去年新增就业超额完成目标了吗？", grounding: rag.GroundOtherPeriod, not: []string{"根据报告", "1.9万人"}},
		{q: "去年现金清收超额完成任务了吗？", found: true, want: []string{"超额完成年度现金清收任务"}},
		{q: "去年保交楼目标完成了吗", found: true, want: []string{"任务按时完成"}},
		// ...but 都在哪些方面 asks which areas, and a duration given answers
		// how long: 不动产登记…50分钟内“立等可取”.
		{q: "今年重点工作都在哪些方面", found: true, want: []string{"八个方面"}},
		{q: "不动产登记要等多久", found: true, want: []string{"50分钟"}},
		// "Where does it rank" asks a rank, not a place.
		{q: "Where does the Liaobin zone rank among chemical parks?", found: true, want: []string{"第21位"}},
		{q: "Of the 85 buses bought last year, how many run on electricity?", grounding: rag.GroundNoSuchFigure},
		// Pairs of characters across a filler word ("目标又是": 标又) are no
		// word asked: they do not make a plain question unanswered.
		{q: "GDP去年实际增长多少，今年目标又是多少", found: true, figures: []string{"3.5%左右", "5.5%左右"}},
		{q: "GDP去年和今年分别是多少", found: true, figures: []string{"3.5%左右", "5.5%左右"}},
		// A part of a whole the question names: the whole's figure is no answer.
		{q: "去年城镇新增就业2.04万人里高校毕业生有多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "Of the new urban jobs last year, how many went to university graduates?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "Of the 260 newly signed projects, how many are worth over 100 million yuan?", grounding: rag.GroundNoSuchFigure},
		{q: "Of the 300 projects to be signed this year, how many are worth over 100 million yuan?", found: true, figures: []string{"80个"}},
		{q: "How many signed projects worth over 100 million yuan does Panjin aim for in 2025?", found: true, figures: []string{"80个"}},
		{q: "去年新买的公交里有几台是电动的", grounding: rag.GroundNoSuchFigure},
		{q: "老旧管网改造那360公里里，光暖气管子占了多少公里", grounding: rag.GroundNoSuchFigure, not: []string{"更正"}},
		{q: "粮食产量110万吨当中玉米占多少", grounding: rag.GroundNoSuchFigure, not: []string{"更正"}},
		// A whole the question gives by its figure and noun, which the report
		// writes: its part is counted after it, not after another whole; a
		// whole whose part only repeats its words (新增 of 新增及替代) is no
		// answer to that part.
		{q: "今年那366个如期开工项目里，亿元以上的有几个", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告", "亿元以上项目：125个"}},
		{q: "今年600个项目里亿元以上的有几个", found: true, figures: []string{"125个"}},
		{q: "今年新增及替代北斗应用终端3万个，其中新增的有多少个", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "今年建设数字化车间、智能工厂15个，其中智能工厂几个", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年引进各类人才超万人，其中高层次人才多少", found: true, figures: []string{"31人"}},
		// Which ones by name: a list quote's other sentences list other things.
		{q: "社区便民食堂都开在哪几个社区", grounding: rag.GroundNotAnswered, want: []string{"报告只给出数量，没有列出名称"}},
		// The count asked is quoted (8户市属国企) without its members; a 、
		// in another quote (市国投集团、水务集团等市属国企) lists others.
		{q: "八户市属国企是哪八户", grounding: rag.GroundNotAnswered, want: []string{"报告只给出数量，没有列出名称"}},
		// The 、 of the sentence (依法处理、多元化解) is not in 四级's clause.
		{q: "四级综治中心是哪四级", grounding: rag.GroundNotAnswered, want: []string{"报告只给出数量，没有列出名称"}},
		{q: "6个土特产到底是哪6个啊", grounding: rag.GroundNotAnswered, want: []string{"没有列出名称"}},
		// One thing's own figure is not a total it shares (合计突破千亿元).
		{q: "盘锦大米自己的品牌价值是多少", grounding: rag.GroundNoSuchFigure},
		// What a question turns to ("…，那Y…") is what it asks.
		{q: "刑事警情下降了，那电信诈骗案件下降了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "刑事警情下降了26.1%，那治安警情呢，下降了多少", found: true, figures: []string{"24.3%"}},
		// How a resident describes a thing is not what its figure measures.
		{q: "去年发大水那阵儿，出动了多少党员干部啊", found: true, figures: []string{"14114名"}},
		// Why a resident asks, after the question, is not what is counted.
		{q: "去年到底多整了多少个停车位啊 俺们小区门口还是没地儿停", found: true, figures: []string{"1.1万个"}},
		// Topic before wording: what is planned about a topic is the paragraph
		// the report opens with it, not sentences that happen to say it.
		// With the year's figure of that topic from the overview, where one
		// clause of it holds the topic's word (城镇新增就业1.9万人).
		{q: "今年就业工作怎么抓", found: true, paragraph: 60, want: []string{"促进高质量充分就业。", "根治欠薪", "城镇新增就业1.9万人"}},
		{q: "教育方面今年有啥计划", found: true, paragraph: 62, want: []string{"推进教育强市建设。"}},
		// 大家 ("everyone") asks nothing: the topic is 消费, led by ¶30.
		{q: "今年咋拉动大家花钱消费", found: true, paragraph: 30, want: []string{"释放消费潜力。", "社会消费品零售总额增长5%"}},
		// 准备 asks nothing, and of two things asked the paragraph opened
		// with the first and holding both is the plan.
		{q: "今年就业这块政府准备咋整", found: true, paragraph: 60, want: []string{"促进高质量充分就业。"}},
		{q: "就业方面今年怎么稳？拖欠工资的问题有说法吗", found: true, paragraph: 60, want: []string{"促进高质量充分就业。", "根治欠薪"}},
		// A concept the report never writes, asked in English, is asked as a
		// missing noun: 城镇新增就业 does not answer the unemployment rate.
		{q: "What's Panjin's urban surveyed unemployment rate?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "What is the CPI target for 2025?", not: []string{"From the report"}},
		{q: "How much economic loss did the 2024 floods in Panjin cause?", grounding: rag.GroundNoSuchFigure},
		// A stated figure the quotes contradict is corrected, even where the
		// figures index holds no indicator to compare it with.
		{q: "红海滩在抖音全国景点排行榜排第3名，是吗", found: true, figures: []string{"全国景点排行榜第7名"}, want: []string{"不是第3名"}},
		{q: "红海滩在抖音全国景点排行榜排第7名，是吗", found: true, not: []string{"更正"}},
		// A paragraph named beside a topic confines the answer to it.
		{q: "¶23 GDP", found: true, figures: []string{"5.5%左右"}, not: []string{"¶6"}},
		{q: "第6段 GDP增速", found: true, figures: []string{"3.5%左右"}, not: []string{"¶23"}},
		// A month is part of a year, as a quarter is; the end of December is not.
		{q: "去年12月份空气优良天数有多少天", grounding: rag.GroundOtherPeriod, want: []string{"没有“12月份”的数字"}, not: []string{"88.3%"}},
		{q: "What was the GDP growth in December 2024?", grounding: rag.GroundOtherPeriod, want: []string{"no figures for December"}},
		{q: "截至12月底去年城镇新增就业多少人", found: true, figures: []string{"2.04万人"}},
		// An aspect (policy, conditions) of a topic the report never names
		// is not answered by its text on the aspect; a topic it names is.
		// Beside a topic, the aspect weighs as a generic word: what the
		// report lacks is the topic.
		{q: "中考政策今年有什么变化", want: []string{"报告未提及“中考”"}, not: []string{"政策梳理"}},
		{q: "来盘锦落户需要啥条件", grounding: rag.GroundNotAnswered},
		{q: "生孩子养孩子有啥支持政策", found: true, paragraph: 63},
		// The plan year's actual results are in the next year's report; an
		// indicator named 实际… is no outcome asked.
		{q: "2025年进出口总额最终实际增长了多少", grounding: rag.GroundOtherPeriod, want: []string{"2025年的实际结果"}, not: []string{"39.7%"}},
		// A period the report lacks: another period's figure neither confirms
		// nor corrects what the question states of it.
		{q: "去年GDP目标5.5%左右对吧", grounding: rag.GroundOtherPeriod, want: []string{"2024年的目标"}, not: []string{"更正"}},
		{q: "前年进出口增长了50%吗", grounding: rag.GroundOtherPeriod, not: []string{"更正", "39.7%"}},
		{q: "Total imports and exports reached 20 billion yuan last year, right?", found: true, figures: []string{"147亿元"}, want: []string{"not 20 billion yuan"}},
		// 今年 names the plan year as 2025 does: what it came to is no target.
		{q: "今年GDP实际增长多少", grounding: rag.GroundOtherPeriod, want: []string{"2025年的实际结果"}, not: []string{"5.5%左右"}},
		{q: "今年城镇新增就业完成了多少", grounding: rag.GroundOtherPeriod, not: []string{"1.9万人"}},
		{q: "今年已经购置了多少台公交车", grounding: rag.GroundOtherPeriod, not: []string{"132台"}},
		// 完成 after the topic asks what it came to; 要完成, or a thing named
		// after the amount (the plan's 完成12项…), asks the plan.
		{q: "今年城镇新增就业完成多少", grounding: rag.GroundOtherPeriod, not: []string{"1.9万人"}},
		{q: "今年实际利用外资完成多少", grounding: rag.GroundOtherPeriod, not: []string{"4亿美元"}},
		{q: "今年固定资产投资完成额", grounding: rag.GroundOtherPeriod, not: []string{"10%以上"}},
		// A year's addition does not tell by how much it exceeds the year
		// before's, which the report does not give; how many were added it does.
		{q: "去年城镇新增就业比前年多了多少人", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "2024年新增就业比2023年多多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年城镇新增就业多少人", found: true, figures: []string{"2.04万人"}},
		// A span up to now asks what has been done so far, not the target.
		{q: "今年以来城镇新增就业多少人", grounding: rag.GroundOtherPeriod, not: []string{"1.9万人"}},
		{q: "今年年初至今购置了几台公交车", grounding: rag.GroundOtherPeriod, not: []string{"132台"}},
		{q: "今年截至目前实际到位内资增长多少", grounding: rag.GroundOtherPeriod, not: []string{"10%"}},
		{q: "今年城镇新增就业目标多少人", found: true, figures: []string{"1.9万人"}},
		{q: "今年技术合同成交额要完成多少", found: true, figures: []string{"13亿元以上"}},
		{q: "今年完成多少项重点水利工程", found: true, figures: []string{"12项"}},
		// A stock asked ("盘锦有多少公交车") is not what a year bought, retired
		// or reached, nor a later item sharing that doing's verb; the flow
		// asked keeps its figure.
		{q: "盘锦有多少公交车", grounding: rag.GroundNoSuchFigure},
		{q: "How many buses does Panjin have?", grounding: rag.GroundNoSuchFigure},
		{q: "盘锦有多少口油井", grounding: rag.GroundNoSuchFigure},
		{q: "盘锦有多少高层次人才", grounding: rag.GroundNoSuchFigure},
		{q: "盘锦有多少农村居民", grounding: rag.GroundNoSuchFigure},
		{q: "今年买多少公交车", found: true, figures: []string{"132台"}},
		{q: "去年引进多少高层次人才", found: true, figures: []string{"31人"}},
		{q: "今年实际利用外资目标多少", found: true, figures: []string{"4亿美元"}},
		{q: "How much did GDP actually grow in 2025?", grounding: rag.GroundOtherPeriod, want: []string{"2025 results"}},
		{q: "2025年实际到位内资要增长多少", found: true, figures: []string{"10%"}},
		// A how-to word alone reads the plan first; when the plan says
		// nothing of it, what was done answers, labelled.
		{q: "停车难怎么解决", found: true, want: []string{"【2024年结果】", "增划停车泊位1.1万个"}},
		{q: "今年停车难怎么解决", found: false, not: []string{"1.1万个"}},
		// The review's problems paragraph says what went wrong, not what
		// was done about it.
		{q: "外需不确定怎么办", grounding: rag.GroundOtherPeriod},
		// A verdict answers why only of what it judges: 做好今年的政府工作，
		// 意义重大 says nothing of why the three-year action matters.
		{q: "为什么说三年行动意义重大", grounding: rag.GroundNotAnswered},
		{q: "为什么说今年的政府工作意义特别重大", found: true, want: []string{"收官之年"}},
		{q: "新旧动能转换阵痛怎么解决", found: false, not: []string{"阵痛明显」"}},
		// 去年实际 sets last year's result beside this year's: a pair, no
		// outcome of the plan year.
		{q: "今年新增就业岗位多少个，去年实际2.04万对吧", found: true, figures: []string{"2.04万人", "1.9万人"}},
		// Aiming or planning to use, actually: the plan's target, not its outcome.
		{q: "How much foreign capital does Panjin aim to actually use in 2025?", found: true, want: []string{"4亿美元"}, figures: []string{"4亿美元"}},
		{q: "How much domestic capital does Panjin expect to actually attract this year?", found: true, want: []string{"10%"}},
		{q: "I want to know how much GDP actually grew in 2025", grounding: rag.GroundOtherPeriod, not: []string{"5.5%"}},
		{q: "Was 2025 actual GDP growth higher than expected?", grounding: rag.GroundOtherPeriod, not: []string{"5.5%"}},
		// An English word whose report term stands only inside a longer
		// word: exports (出口) inside 进出口.
		{q: "How much did exports grow in 2024, not counting imports?", grounding: rag.GroundNoSuchFigure},
		// An English head whose concept names its own kind by a longer term
		// (income: 居民收入, 收入): 收入 only inside another kind's name
		// (一般公共预算收入, 营业收入) is no figure of it.
		{q: "How much did residents' income grow last year?", grounding: rag.GroundNoSuchFigure},
		// A Chinese head standing for that concept (工资, 兜里的钱) is read
		// alike; the kind asked written right before 收入 (旅游) is that kind.
		{q: "去年工资涨了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "老百姓兜里的钱涨了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "旅游挣的钱去年涨了多少", found: true, figures: []string{"29.9％"}},
		// A project's investment asked is no figure of the city's fixed
		// asset investment growth; that growth's target still answers.
		{q: "What is Huajin Aramco's investment?", grounding: rag.GroundNoSuchFigure},
		// The investment the report gives as an amount, asked so, is answered.
		{q: "What was the domestic investment in 2024?", found: true, want: []string{"451.5亿元"}},
		{q: "What is the fixed asset investment target?", found: true, figures: []string{"10%以上"}},
		// A rate named by its head and "rate" must be in the figure's
		// clause: forest (退化林) alone is no forest coverage rate.
		{q: "What is Panjin's forest coverage rate?", grounding: rag.GroundNoSuchFigure},
		// A rate asked where the clause gives a count and no rate.
		{q: "What is the employment rate?", grounding: rag.GroundNoSuchFigure, not: []string{"2.04万人〔"}},
		{q: "What was the GDP growth rate in 2024?", found: true, figures: []string{"3.5%左右"}},
		{q: "What is the water quality compliance rate?", found: true, want: []string{"全部达标"}}, // all of them: a rate
		// A formula is no abbreviation with a figure: NO2 states no 2.
		{q: "NO2年均浓度多少", grounding: rag.GroundNoSuchFigure, not: []string{"PM2.5平均浓度："}},
		{q: "What is the inclusive kindergarten coverage rate target?", found: true, figures: []string{"91%"}},
		// A concept the lexicon knows and the report never writes. The
		// phrase "minimum wage" is that concept alone (wage names no
		// income there), so no passage covers the question at all.
		{q: "Tell me about the minimum wage in Panjin", not: []string{"From the report", "居民收入"}},
		{q: "盘锦的最低工资标准是什么", grounding: rag.GroundNotAnswered},
		{q: "垃圾分类今年怎么搞", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "旧楼加装电梯有补贴吗", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "安装电梯智能阻车系统多少部", found: true, figures: []string{"4166部"}},
		// 税收 is a part of 一般公共预算收入, which the report gives whole.
		{q: "去年税收增长了多少", found: false, not: []string{"根据报告", "8.3%"}},
		{q: "去年财政收入增长多少", found: true, figures: []string{"8.3%"}},
		// 农村公路 and the plan's 四好农村路 are one road network.
		{q: "今年农村公路计划修多少公里", found: true, figures: []string{"100公里"}},
		// 耕地 is not 高标准农田: restored farmland is not high-standard farmland built.
		{q: "去年恢复了多少耕地", found: true, want: []string{"恢复耕地1.2万亩"}, not: []string{"12.45万亩"}},
		// How a topic is taken on, asked in words beyond the cue list: the
		// paragraph the report opens with it, past its lead sentence.
		{q: "新兴产业今年打算咋发展", found: true, paragraph: 36, want: []string{"光学电子供应链产业园"}},
		{q: "营商环境今年有什么新举措", found: true, paragraph: 40, want: []string{"综合窗口改革"}},
		// An English amount or count asked where the report gives a rate.
		{q: "How big was Panjin's economy in 2024, in billions of yuan?", grounding: rag.GroundOtherUnit, figures: []string{"3.5%左右"}},
		{q: "How many containers did Panjin port move in 2024?", grounding: rag.GroundOtherUnit, figures: []string{"1.9%"}},
		// The report names one person, its speaker (¶2): who holds another
		// office, or the speaker's life, it does not tell; a claim giving
		// the speaker another office or name is corrected.
		{q: "市长是谁", found: true, paragraph: 2, want: []string{"邢"}},
		{q: "盘锦市长是谁", found: true, paragraph: 2, want: []string{"邢"}},
		{q: "报告是谁做的", found: true, paragraph: 2, want: []string{"邢"}},
		{q: "盘锦市委书记是谁", grounding: rag.GroundNotAnswered, want: []string{"没有提到市委书记"}, not: []string{"根据报告", "习近平"}},
		{q: "盘锦常务副市长是谁", grounding: rag.GroundNotAnswered, want: []string{"没有提到常务副市长"}, not: []string{"根据报告"}},
		// The holders of an office asked as a list: the signature names
		// only the speaker; an office's own work is no holder asked.
		{q: "盘锦的副市长都有哪些", grounding: rag.GroundNotAnswered, want: []string{"没有提到副市长"}, not: []string{"根据报告"}},
		{q: "副市长是哪几位？", grounding: rag.GroundNotAnswered, want: []string{"没有提到副市长"}, not: []string{"根据报告"}},
		{q: "Who is the party secretary of Panjin?", grounding: rag.GroundNotAnswered, not: []string{"From the report"}},
		{q: "邢鹏是哪里人", grounding: rag.GroundNotAnswered, want: []string{"没有介绍"}, not: []string{"根据报告"}},
		{q: "市长多大岁数", grounding: rag.GroundNotAnswered, want: []string{"没有介绍"}, not: []string{"根据报告"}},
		{q: "邢鹏是市委书记吧", found: true, paragraph: 2, want: []string{"更正", "不是市委书记"}},
		{q: "报告是人大主任作的吗", found: true, paragraph: 2, want: []string{"更正", "不是人大主任"}},
		{q: "市长是王鹏吧", found: true, paragraph: 2, want: []string{"更正", "不是王鹏"}},
		{q: "王鹏市长做的这个报告吗", found: true, paragraph: 2, want: []string{"更正", "不是王鹏"}},
		{q: "王市长做的报告吗", found: true, paragraph: 2, want: []string{"更正", "不是王市长"}},
		// The speaker's name with a character more is another name.
		{q: "市长邢鹏飞作的报告对吗", found: true, paragraph: 2, want: []string{"更正", "不是邢鹏飞"}},
		{q: "邢市长做的报告吗", found: true, paragraph: 2, not: []string{"更正"}},
		{q: "邢鹏是市长吧", found: true, paragraph: 2, not: []string{"更正"}},
		// Its offices in other words are no person asked about.
		{q: "一把手工程是什么", grounding: rag.GroundNotAnswered, not: []string{"没有提到一把手"}},
		// The signature is the mayor of the report's place, now: not of
		// another city, nor the holder before or after.
		{q: "大连市长是谁", grounding: rag.GroundOtherPlace, not: []string{"根据报告", "邢"}},
		{q: "Who is the mayor of Dalian?", grounding: rag.GroundOtherPlace, not: []string{"From the report", "邢"}},
		{q: "营口市长是邢鹏吗", grounding: rag.GroundOtherPlace, not: []string{"根据报告"}},
		{q: "辽宁省长是谁", grounding: rag.GroundNotAnswered, want: []string{"没有提到省长"}, not: []string{"根据报告"}},
		{q: "前任市长是谁", grounding: rag.GroundNotAnswered, want: []string{"没有提到前任市长"}, not: []string{"根据报告"}},
		{q: "下一任市长是谁", grounding: rag.GroundNotAnswered, want: []string{"没有提到下一任市长"}, not: []string{"根据报告"}},
		{q: "Who was the previous mayor?", grounding: rag.GroundNotAnswered, not: []string{"From the report"}},
		{q: "驻村第一书记是谁", grounding: rag.GroundNotAnswered, want: []string{"没有提到驻村第一书记"}, not: []string{"根据报告", "习近平"}},
		// Who does a piece of work the report names is not who delivered it.
		{q: "报告提到的老旧小区改造谁来做", found: true, not: []string{"邢"}},
		{q: "报告里的民生实事谁来做", found: true, not: []string{"邢"}},
		{q: "谁作的这份报告", found: true, paragraph: 2, want: []string{"邢"}},
		{q: "Who delivered the report?", found: true, paragraph: 2, want: []string{"邢"}},
		// What the mayor plans for people's families or schooling is policy,
		// not the mayor's life; the signature, sharing 市长, tells none of it.
		{q: "市长对困难家庭有什么安排", found: true, not: []string{"个人情况"}},
		{q: "市长对高校毕业生有什么政策", found: true, not: []string{"个人情况"}},
		{q: "市长对孩子上学有什么打算", found: true, not: []string{"个人情况", "邢"}},
		{q: "What did the mayor say about education?", found: true, not: []string{"background", "邢"}},
		{q: "市长的家庭情况", grounding: rag.GroundNotAnswered, want: []string{"没有介绍"}, not: []string{"根据报告"}},
		{q: "What is the mayor's educational background?", grounding: rag.GroundNotAnswered, not: []string{"From the report"}},
		// Which of several things a stated figure is of: each is looked
		// up, the one that has it answers, and nothing is "corrected" to
		// another's figure; when none has it, each one's own corrects it,
		// and a figure of another thing is claimed for neither.
		{q: "85台说的是公交车还是出租车", found: true, figures: []string{"85台"}, not: []string{"更正"}},
		{q: "去年增长64%的是旅游收入还是旅客接待量", found: true, figures: []string{"64％"}, not: []string{"更正"}},
		{q: "哪个增长了8.3%，一般公共预算收入还是社零", found: true, figures: []string{"8.3%"}, not: []string{"更正"}},
		{q: "雏鹰瞪羚企业和高新技术企业哪个增长了10.6%", found: true, figures: []string{"10.6%"}, not: []string{"更正"}},
		{q: "7.5亿美元是内资还是外资", found: true, figures: []string{"7.5亿美元"}, not: []string{"更正"}},
		{q: "2.04万人是新增就业还是引进人才", found: true, figures: []string{"2.04万人"}, not: []string{"更正"}},
		{q: "Did tourist arrivals or tourism revenue grow by 29.9%?", found: true, figures: []string{"29.9％"}, not: []string{"Note"}},
		{q: "去年增长4%的是GDP还是固投", found: true, figures: []string{"3.5%左右", "20%以上"},
			want: []string{"更正：报告写的是3.5%左右，不是4%", "更正：报告写的是20%以上，不是4%"}, not: []string{"社会消费品零售总额增长："}},
		{q: "39.7%是进口还是出口", grounding: rag.GroundNoSuchFigure, not: []string{"更正", "进出口总额增长："}},
		// Two figures, each of its own thing: each is held to its own, so a
		// swapped pair is corrected twice and a right pair is confirmed.
		{q: "去年旅游收入增长64%、旅客接待量增长29.9%吧", found: true, figures: []string{"29.9％", "64％"},
			want: []string{"更正：报告写的是29.9％，不是64%", "更正：报告写的是64％，不是29.9%"}},
		{q: "去年科技型中小企业、高新技术企业分别增长10.6%、35.8%吧", found: true, figures: []string{"35.8%", "10.6%"}, want: []string{"更正"}},
		{q: "今年GDP目标5%、社零目标5.5%左右吧", found: true, figures: []string{"5.5%左右", "5%"}, want: []string{"更正"}},
		{q: "听说政协提案126件，人大代表建议198件", found: true, figures: []string{"198件", "126件"}, want: []string{"更正：报告写的是198件，不是126件", "更正：报告写的是126件，不是198件"}},
		{q: "去年GDP增长3.5%左右、社零增长4%对吧", found: true, figures: []string{"3.5%左右", "4%"}, not: []string{"更正"}},
		{q: "去年科技型中小企业、高新技术企业分别增长35.8%、10.6%吧", found: true, figures: []string{"35.8%", "10.6%"}, not: []string{"更正"}},
		{q: "今年新签约注册项目300个，其中亿元以上80个对吗", found: true, not: []string{"更正"}},
		// A stage the report does not reach for that thing is corrected with
		// the stage it says; a stage it reaches is confirmed.
		{q: "听说锦盘输油管线今年就建成了吧", found: true, want: []string{"更正：报告写的是锦盘输油管线项目实施"}},
		{q: "秦沈二通道今年要开工了是不是", found: true, want: []string{"更正：报告写的是秦沈二通道纳规"}},
		{q: "汇福粮油饲料蛋白项目今年投产吧", found: true, want: []string{"更正：报告写的是汇福粮油开工建设饲料蛋白项目"}},
		{q: "去年曙光大桥建成通车了吧", found: true, want: []string{"更正：报告写的是加快建设，不是建成"}},
		// The quoted clause's stage (¶8, 2024) comes before a clause elsewhere
		// (¶36 plans the same project among others).
		{q: "金发生物基材料一体化项目已经投产了吧", found: true, want: []string{"更正：报告写的是加快实施，不是投产"}},
		{q: "华锦阿美铁路专用线今年要建成投用吧", found: true, not: []string{"更正"}},
		{q: "广田清洁智慧供热项目去年建成投运了吧", found: true, not: []string{"更正"}},
		{q: "汇福粮油饲料蛋白项目今年开工吧", found: true, not: []string{"更正"}},
		// A claimed stage the report has gone past holds (竣工投产, 建成投运
		// for 开工): no other reading of the stage word corrects it.
		{q: "伊科思碳五低碳综合利用项目去年动工了没", found: true, not: []string{"更正"}},
		{q: "广田清洁智慧供热项目去年是不是已经开工了", found: true, not: []string{"更正"}},
		// A thing the report has under construction (续建, 加快实施, 加快建设)
		// has begun: that it started holds; that it is finished does not.
		{q: "辽滨500千伏输变电工程已经动工了吧", found: true, not: []string{"更正"}},
		{q: "金发生物基一期开工了没有", found: true, not: []string{"更正"}},
		{q: "金发生物基一期去年竣工了吧", found: true, want: []string{"更正：报告写的是加快实施"}},
		// A stated figure then a bare 呢 asks the same of another thing or
		// another period; the stated figure is no claim about what is asked.
		{q: "去年GDP增长3.5%左右，社零呢", found: true, figures: []string{"4%"}, not: []string{"更正"}},
		{q: "去年科技型中小企业增长35.8%，高新技术企业呢", found: true, figures: []string{"10.6%"}, not: []string{"更正"}},
		{q: "去年买了85台公交车，今年呢", found: true, figures: []string{"132台"}, not: []string{"更正"}},
		{q: "去年GDP增长3.5%左右、社零增长4%，今年呢", found: true, figures: []string{"5%"}, want: []string{"「全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右」"}, not: []string{"更正"}},
		{q: "今年GDP目标5.5%左右，那去年呢？", found: true, figures: []string{"3.5%左右"}, want: []string{"「地区生产总值增长5.5%左右」"}, not: []string{"更正"}},
		{q: "去年城镇新增就业3万人，今年呢", found: true, figures: []string{"1.9万人"}, want: []string{"更正：报告写的是2.04万人"}},
		// Several things asked of each (分别, 各): each one's own figure, in
		// the period asked; a thing the report gives no figure of, or a
		// modifier list sharing a head it lacks, answers none.
		{q: "今年GDP和进出口目标分别多少", found: true, figures: []string{"5.5%左右", "6%"}},
		{q: "去年旅客接待量和旅游收入分别增长多少", found: true, figures: []string{"64％", "29.9％"}},
		{q: "去年刑事和治安警情分别下降多少", found: true, figures: []string{"26.1%", "24.3%"}},
		{q: "去年进出口总额和实际利用外资分别多少", found: true, figures: []string{"147亿元", "7.5亿美元"}},
		{q: "今年城镇和农村居民收入分别增长多少", grounding: "no_such_figure", not: []string{"城镇新增就业：", "农村居民："}},
		{q: "去年新增就业和失业率分别多少", grounding: "no_such_figure", not: []string{"城镇新增就业："}},
		// What last year was meant to do is a target the report does not
		// give (it reviews 2024's results), however speech says it.
		{q: "去年原本打算新增多少就业", grounding: "figure_of_other_period", not: []string{"城镇新增就业："}},
		{q: "去年原定建成多少高标准农田", grounding: "figure_of_other_period", not: []string{"建成高标准农田："}},
		// (review) A list asked of another place is declined for every thing;
		// a thing the report names no figure of answers none; a measure the
		// figures are not (比全省高) is no list of each.
		{q: "去年辽宁GDP和社零分别增长多少", grounding: "other_place", not: []string{"3.5%左右", "4%"}},
		{q: "去年电子信息产业和石化产业营业收入分别增长多少", grounding: "no_such_figure", not: []string{"营业收入增长："}},
		{q: "去年PM2.5和优良天数比例分别是多少", found: true, figures: []string{"29微克/立方米", "88.3%"}},
		// (review) A wrong stated figure before "…呢" is corrected; the own
		// place's figure before "，辽宁呢" answers nothing of 辽宁.
		{q: "去年旅客接待量增长29.9%，旅游收入呢", found: true, want: []string{"更正：报告写的是64％"}, figures: []string{"29.9％"}},
		{q: "去年盘锦社零增长4%，全省呢", grounding: "other_place", not: []string{"：4%"}},
		// (review) That it started holds against done; when it started is
		// corrected by 续建 (begun before the year).
		{q: "辽河双台子储气库群一期开工了吗", found: true, not: []string{"更正"}},
		{q: "辽滨500千伏输变电工程是去年新开工的吧", found: true, want: []string{"更正：报告写的是加快实施"}},
		// 去年新开工 puts a thing among the year's new starts: one the
		// review lists as finished (竣工投产) is corrected.
		{q: "伊科思碳五低碳综合利用项目是去年新开工的吧", found: true, want: []string{"更正：报告写的是", "竣工投产"}},
		// Each one's figure asked of a figure the report gives for several
		// together: declined, the total shown as such; a split the report
		// gives (分别达到…) answers.
		{q: "盘锦大米、盘锦河蟹品牌价值各有多少", grounding: rag.GroundNoSuchFigure, want: []string{"只给出合在一起的总数", "突破千亿元"}},
		{q: "供水、供热各改造了多少公里", grounding: rag.GroundNoSuchFigure, want: []string{"只给出合在一起的总数", "360公里"}},
		{q: "12.45万亩高标准农田每个县各建了多少亩", grounding: rag.GroundNoSuchFigure, want: []string{"只给出合在一起的总数", "12.45万亩"}},
		{q: "粳稻、大豆全产业链产值分别是多少", found: true, figures: []string{"105亿元", "145亿元"}},
		{q: "8户市属国企负债总额和营业收入分别变了多少", found: true, want: []string{"11.1%", "8.7%"}},
		// The level before a change the report gives only the new level of.
		{q: "门诊统筹支付比例提高到55%以前是多少", grounding: rag.GroundNoSuchFigure, want: []string{"只写了调整后的水平", "提高至55%"}},
		{q: "What was the outpatient reimbursement rate before it was raised to 55%?", grounding: rag.GroundNoSuchFigure, want: []string{"only the new level"}},
		{q: "城乡居民医保普通门诊统筹支付比例提高到多少", found: true, figures: []string{"55%"}},
		// (review) The things added may follow the word of the sum.
		{q: "去年和今年一共新签约注册项目560个对吗", found: true, want: []string{"相加为560个", "一致"}, not: []string{"更正"}},
		{q: "一共要完成改造老旧小区11个吧", found: true, not: []string{"不是一共"}},
		// Cantonese 旧年 is last year, 几多 how many.
		{q: "舊年城镇新增就业有幾多", found: true, figures: []string{"2.04万人"}, not: []string{"1.9万人"}},
		// The words between a sum's cue and its total name what is added.
		{q: "两年一共新购公交车辆217台对吗", found: true, want: []string{"相加为217台", "一致"}, not: []string{"更正"}},
		{q: "两年一共购置公交车210台吧", found: true, want: []string{"更正", "相加为217台"}},
		// A stage of two words is claimed whole: 建成投产, not its 建成.
		{q: "辽河综研化学高端精细化学品项目去年建成投产了吧", found: true, want: []string{"不是辽河综研化学高端精细化学品项目建成投产"}},
		// An order, a tense or a rank the report states otherwise of the same
		// thing; a vaguer rank (前列) confirms no precise one (第一).
		{q: "辽滨经开区去年第一次跻身全国化工园区30强吧", found: true, want: []string{"更正：报告写的是连续6年，不是第一次"}},
		{q: "去年再次实现国家海洋督察零反馈吧", found: true, want: []string{"更正：报告写的是首次，不是再次"}},
		{q: "辽滨经开区连续六年跻身全国化工园区30强吧", found: true, not: []string{"更正"}},
		{q: "盘锦即将走出最低谷了吧", found: true, want: []string{"更正：报告写的是已经，不是即将"}},
		{q: "辽滨经开区全省制造业区域品牌排第三吧", found: true, want: []string{"更正：报告写的是榜首，不是第三"}},
		{q: "企业活跃度排全省第一吧", found: true, want: []string{"更正：报告写的是全省前列，不是全省第一"}},
		{q: "辽滨经开区全省制造业区域品牌第一吧", found: true, not: []string{"更正"}},
		{q: "企业活跃度全省前列吧", found: true, not: []string{"更正"}},
		{q: "辽滨经开区去年在全国化工园区30强里升到第15位吧", found: true, want: []string{"更正：报告写的是升至第21位，不是第15位"}, figures: []string{"升至第21位"}},
		// A top N (前十, 十强) is a range of places: refuted by a place or a
		// band outside it, corrected with the place; held by one inside it.
		// Quotation marks round a word (“圈”) do not part what is ranked.
		{q: "辽滨经开区是全国化工园区十强吧", found: true, want: []string{"更正：报告写的是第21位，不是十强"}},
		{q: "辽滨经开区化工园区排前十？", found: true, want: []string{"更正：报告写的是第21位"}},
		{q: "辽滨经开区进了全国化工园区50强吧", found: true, not: []string{"更正"}},
		{q: "红海滩在抖音景点榜排前三吧", found: true, want: []string{"更正：报告写的是第7名"}},
		// A half after a bound word is the share 50% bounded: 超过55% refutes
		// 不到一半 and holds 超过一半; a half after 过 is left in words.
		{q: "华锦阿美工程进度还不到一半吧", found: true, want: []string{"更正：报告写的是超过55%，不是不到50%"}, figures: []string{"超过55%"}},
		{q: "华锦阿美工程进度超过一半了吧", found: true, not: []string{"更正"}, figures: []string{"超过55%"}},
		{q: "华锦阿美工程进度过一半了吧", found: true, not: []string{"更正"}},
		{q: "红海滩在抖音排名前十对吧", found: true, not: []string{"更正"}},
		// Measures asked (政策, 措施, 扶持): the plan's list of target figures
		// names the thing only as what a figure measures.
		{q: "今年就业有什么措施", found: true, want: []string{"拓展高校毕业生"}, not: []string{"主要预期目标"}},
		{q: "今年促进消费有哪些扶持政策", found: true, want: []string{"扩大传统消费"}, not: []string{"主要预期目标"}},
		// A move to a place is a ranking whatever its verb (升至, 升到, 上升到).
		{q: "辽滨经开区在化工园区30强里已经上升到第12位了？", found: true, want: []string{"更正", "不是第12位"}, figures: []string{"升至第21位"}},
		{q: "辽滨经开区去年在全国化工园区30强里升到第21位吧", found: true, not: []string{"更正"}},
		// A day the report gives otherwise: the report's own is its dateline's.
		{q: "报告是2025年1月18日作的吧", found: true, want: []string{"更正：报告写的是2025年1月8日"}},
		{q: "报告是1月8号做的吧", found: true, not: []string{"更正"}},
		// A name the report says word for word, said with a word changed.
		{q: "今年是十三五规划收官之年吧", found: true, want: []string{"更正：报告写的是“十四五”规划收官之年"}},
		{q: "今年是全面振兴新突破三年行动攻坚之年吧", found: true, want: []string{"决胜之年，不是"}},
		{q: "去年主题招商活动叫山海关不住 创新辽东湾吧", found: true, want: []string{"更正：报告写的是山海关不住 兴业辽东湾"}},
		{q: "今年是十四五规划收官之年吧", found: true, not: []string{"更正"}},
		{q: "听说去年办了山海关不住兴业辽东湾招商活动", found: true, not: []string{"更正"}},
		// An estimate claimed final: the estimate, figure and all, corrects it.
		{q: "去年地区生产总值增长3.5%左右是最终数吧", found: true, want: []string{"更正：报告写的是预计全市地区生产总值增长3.5%左右"}},
		{q: "去年GDP增长3.5%是预计数吧", found: true, figures: []string{"3.5%左右"}, not: []string{"更正"}},
		// An order claimed between two indicators of one period: both
		// figures, the subject's first; corrected only when no reading of
		// them lets it hold, undecided where a floor or a missing side
		// leaves it open.
		{q: "去年刑事警情比治安警情降得少吧", found: true, figures: []string{"26.1%", "24.3%"}, want: []string{"更正", "降幅大1.8个百分点"}},
		{q: "去年大豆产值比粳稻高吧", found: true, figures: []string{"145亿元", "105亿元"}, not: []string{"更正"}},
		{q: "去年人大建议比政协提案多吧", found: true, figures: []string{"126件", "198件"}, want: []string{"更正", "前者少72件"}},
		{q: "今年进出口目标和社零目标一样吗", found: true, figures: []string{"6%", "5%"}, want: []string{"更正", "前者高1个百分点"}},
		{q: "今年开工项目比竣工投产项目多吧", found: true, figures: []string{"366个", "200个"}, not: []string{"更正"}},
		{q: "Did tourist arrivals grow slower than tourism revenue in 2024?", found: true, figures: []string{"64％", "29.9％"}, want: []string{"Note:"}},
		{q: "去年社零增速比GDP慢吧", found: true, figures: []string{"4%", "3.5%左右"}, want: []string{"更正", "约高0.5个百分点"}},
		{q: "去年固投增速比进出口慢吧", found: true, figures: []string{"20%以上", "39.7%"}, want: []string{"无法判断"}, not: []string{"更正"}},
		// A side the figures index has no comparable figure of (海洋经济's
		// growth), or one it does not split (imports of 进出口): nothing
		// is decided.
		{q: "去年GDP增速比海洋经济快吗", found: true, not: []string{"更正", "无法判断"}},
		{q: "Did imports grow faster than exports in 2024?", found: true, not: []string{"Note:"}},
		{q: "去年GDP增速比目标低吧", grounding: rag.GroundOtherPeriod, not: []string{"更正"}},
		// The same indicator in the year compared with and the plan year.
		{q: "今年海洋牧场面积比去年少吗", found: true, figures: []string{"48万亩", "50万亩"}, want: []string{"更正", "多2万亩"}},
		{q: "今年化工精细化率目标比去年高吗", found: true, figures: []string{"45%", "48%"}, not: []string{"更正"}},
		{q: "今年实际利用外资目标是去年的两倍吧", found: true, figures: []string{"7.5亿美元", "4亿美元"}, want: []string{"更正", "0.5倍"}},
		{q: "今年固投增速目标和去年一样吗", found: true, figures: []string{"20%以上", "10%以上"}, want: []string{"更正", "下限低10个百分点"}},
		{q: "今年外资目标比去年少一半多吧", found: true, not: []string{"更正"}},
		// A rank claimed for an indicator only a sentence ranking that
		// indicator answers; another's ranking is related text.
		{q: "去年社零增速位居全省前列吧", grounding: rag.GroundNotAnswered, want: []string{"没有给出这项指标的排名"}},
		{q: "去年社零总额全省排第一吧", grounding: rag.GroundNotAnswered},
		{q: "Was tourism revenue growth first in the province last year?", grounding: rag.GroundNotAnswered},
		{q: "去年进出口增速是全省第一吧", found: true, not: []string{"排名"}},
		{q: "去年实际利用外资排全省第一吧", found: true, figures: []string{"全省第二"}, want: []string{"更正"}},
		{q: "盘锦是全国第三批一刻钟便民生活圈试点城市吗", found: true, want: []string{"第四批"}},
		{q: "去年进出口增速比全省快多少", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		// The report before this one is not this one.
		{q: "上一份政府工作报告提出新增就业多少", grounding: rag.GroundOtherPeriod, not: []string{"1.9万人", "2.04万人"}},
		{q: "上届政府定的进出口目标是多少", grounding: rag.GroundOtherPeriod, not: []string{"6%"}},
		{q: "What did last year's government work report target for GDP?", grounding: rag.GroundOtherPeriod, not: []string{"5.5%"}},
		{q: "去年政府做了哪些工作", found: true},
		// A gap over the province claimed in % is in percentage points.
		{q: "去年一般公共预算收入增速比全省高2.8%对吧", found: true, want: []string{"2.8个百分点", "不是“%”"}, not: []string{"更正"}},
		{q: "去年一般公共预算收入比全省快2.8个点吗", found: true, want: []string{"2.8个百分点"}, not: []string{"更正"}},
		{q: "去年一般公共预算收入比全省高3个点吧", found: true, figures: []string{"2.8个百分点"}, want: []string{"更正"}},
		// Everyday talk around what is asked names no topic (自个儿觉得,
		// 来玩的, 扶持, 哪几件事); a lexicon word for a generic concept (毛病
		// for 问题) is no topic either. Words the report lacks still refuse,
		// and the same characters inside a report word (新招商) still count.
		{q: "报告承认了哪些毛病", found: true, paragraph: 19},
		{q: "自个儿觉得今年消费能好起来不？社零目标多少", found: true, figures: []string{"5%"}},
		{q: "去年来玩的外地人多了多少", found: true, figures: []string{"64％"}},
		{q: "今年对小买卖有啥扶持", found: true, want: []string{"个体工商户"}},
		{q: "今年在教育上重点抓哪几件事", found: true, want: []string{"教育强市"}, not: []string{"一件事"}},
		{q: "自个儿觉得房价今年还会涨不", grounding: rag.GroundNotAnswered},
		{q: "家里老人去年领了多少养老金", grounding: rag.GroundNoSuchFigure},
		{q: "今年新招商引资签约项目多少个", found: true, figures: []string{"300个"}},
		// How a hard time was got through (咋挺过来的) asks what was done,
		// not which sentence says 出来的; the report's own word for a flood
		// (洪水) and its rescue teams (抢险) answer an everyday one.
		{q: "去年闹洪水那阵儿咋挺过来的", found: true, want: []string{"洪水来袭"}},
		{q: "去年发大水那会儿是咋熬过来的", found: true, want: []string{"防汛抗洪能力增强"}},
		{q: "今年GDP目标定的依据是什么", found: true, want: []string{"已经走出最低谷"}},
		// Words of how much or why still refuse beside a thing the report
		// lacks: 范围 and 不旺 are kept as asked.
		{q: "今年要让居民在多大的范围内就能买到日常用品"},
		{q: "消费不旺是不是因为房价太高"},
		// A 其中 part is counted in its whole: whole and part add to the
		// total of nothing, which is never borne out.
		{q: "新签约注册项目300个，其中亿元以上项目80个，合计380个", found: true, not: []string{"一致", "相加"}},
		{q: "全年实施500万元以上项目600个、其中亿元以上项目125个，一共725个", found: true, not: []string{"一致", "相加"}},
		{q: "今年招商新签约300个项目，其中亿元以上80个，加起来380个对吧", found: true, not: []string{"一致", "相加"}},
		// A right total said with a bare 亿 is the sum's, not a figure to correct.
		{q: "去年公共采购节支和压减支出加起来9.33亿", found: true, want: []string{"相加为9.33亿元", "一致"}, not: []string{"更正"}},
		{q: "去年采购节支和压减支出一共9.33亿吧", found: true, want: []string{"相加为9.33亿元", "一致"}, not: []string{"更正"}},
		// A range said high end first is the same range.
		{q: "今年GDP目标在6%到5%之间吗", found: true, figures: []string{"5.5%左右"}, not: []string{"更正"}},
		{q: "今年规上工业增加值目标介于6%和5%之间吧", found: true, figures: []string{"5.4%"}, not: []string{"更正"}},
		// 两年 counts years: no slip for 辆 (公交车辆年).
		{q: "公交车两年一共217台", found: true, want: []string{"相加为217台", "一致"}, not: []string{"更正"}},
		{q: "这两年公交车一共买了217台吗", found: true, want: []string{"相加为217台", "一致"}, not: []string{"更正"}},
		// Another place's figure is no claim about the report: the own
		// claim after it is checked alone.
		{q: "辽宁去年进出口增长10%，咱们进出口增长39.7%吧", found: true, figures: []string{"39.7%"}, not: []string{"更正"}},
		{q: "全国去年GDP增长5%，咱们GDP增长5%对吧", found: true, figures: []string{"3.5%左右"}, want: []string{"更正：报告写的是3.5%左右，不是5%"}, not: []string{"更正：报告写的是3.5%左右，不是5%〔¶6〕。\n更正"}},
		{q: "营口今年规上工业增加值目标6%，咱们规上工业增加值目标5.4%对吧", found: true, figures: []string{"5.4%"}, not: []string{"更正"}},
		{q: "大连去年GDP增长6%，我们GDP增长3.5%左右吧", found: true, figures: []string{"3.5%左右"}, not: []string{"更正"}},
		// A list in one breath is one list of the report: the item's figure
		// is the one beside the others, not another paragraph's.
		{q: "央地合作项目谋划梳理19个、新签约87个、推进实施6个", found: true, figures: []string{"87个", "19个"}, want: []string{"更正：报告写的是87个，不是19个", "更正：报告写的是19个，不是87个"}, not: []string{"260个"}},
		{q: "去年央地合作项目梳理了87个，新签约6个吧", found: true, figures: []string{"19个"}, want: []string{"更正：报告写的是19个，不是6个"}, not: []string{"260个"}},
		// A sum answer quotes each part's own clause, one mark a paragraph.
		{q: "今年开工项目和竣工项目一共566个", found: true, want: []string{"一致〔¶27〕。", "366个项目如期开工」〔¶27〕", "200个项目竣工投产。」〔¶27〕"}, not: []string{"〔¶27〕〔¶27〕", "〔¶52〕"}},
		{q: "今年项目开工和竣工投产加起来600个吧", found: true, want: []string{"更正", "相加为566个", "366个项目如期开工」〔¶27〕"}, not: []string{"〔¶27〕〔¶27〕"}},
		// A which-question with its things in the clause before.
		{q: "进出口和固投，哪个增长了39.7%", found: true, figures: []string{"39.7%"}, not: []string{"更正"}},
		{q: "旅游收入和旅客接待量，哪一个增长64%", found: true, figures: []string{"64％"}, not: []string{"更正"}},
		// Which period a figure is of: claimed of neither, both shown.
		{q: "1.9万人是去年还是今年的城镇新增就业", found: true, want: []string{"【2025年目标】「城镇新增就业1.9万人」", "【2024年结果】"}, not: []string{"更正"}},
		{q: "5.5%是去年还是今年的GDP增速", found: true, figures: []string{"3.5%左右", "5.5%左右"}, not: []string{"更正"}},
		{q: "3.5%是今年还是去年的GDP增速", found: true, figures: []string{"3.5%左右", "5.5%左右"}, not: []string{"更正"}},
		{q: "增长39.7%的是今年的还是去年的进出口", found: true, figures: []string{"39.7%", "6%"}, not: []string{"更正"}},
		// A swapped pair or list: every wrong figure is corrected, also one
		// whose words name only part of its indicator (大豆 of 大豆全产业链产值).
		{q: "人大代表建议198件、政协提案126件全部办复", found: true, figures: []string{"126件", "198件"}, want: []string{"更正：报告写的是126件，不是198件", "更正：报告写的是198件，不是126件"}},
		{q: "粳稻全产业链产值145亿元，大豆105亿元", found: true, figures: []string{"105亿元", "145亿元"}, want: []string{"更正：报告写的是105亿元，不是145亿元", "更正：报告写的是145亿元，不是105亿元"}},
		{q: "去年新建项目开工230个，续建项目272个", found: true, figures: []string{"272个", "230个"}, want: []string{"更正：报告写的是272个，不是230个", "更正：报告写的是230个，不是272个"}},
		{q: "去年续建项目272个、新建项目开工230个吧", found: true, figures: []string{"230个", "272个"}, want: []string{"更正：报告写的是230个，不是272个", "更正：报告写的是272个，不是230个"}},
		{q: "去年稻蟹共生、苇田鱼虾蟹立体生态养殖、海洋牧场面积分别达到95万亩、48万亩、70万亩", found: true, figures: []string{"70万亩", "48万亩"}, want: []string{"更正：报告写的是70万亩，不是48万亩", "更正：报告写的是48万亩，不是70万亩"}, not: []string{"不是95万亩"}},
		// Each figure of a pair is held to its own thing's kind: 苇田's
		// 75万亩 corrects 50万亩, though 稻蟹共生 is named first.
		{q: "今年稻蟹共生97万亩、苇田50万亩吗", found: true, figures: []string{"75万亩"}, want: []string{"更正：报告写的是75万亩，不是50万亩"}},
		{q: "今年稻蟹共生97万亩、苇田75万亩吗", found: true, figures: []string{"97万亩", "75万亩"}, not: []string{"更正"}},
		// One thing's two years, each held to its own year's figure.
		{q: "苇田去年70万亩今年80万亩对吗", found: true, figures: []string{"75万亩"}, want: []string{"更正：报告写的是75万亩，不是80万亩"}},
		{q: "海洋牧场去年48万亩，今年要到60万亩？", found: true, figures: []string{"50万亩"}, want: []string{"更正：报告写的是50万亩，不是60万亩"}},
		{q: "海洋牧场去年48万亩，今年要到50万亩？", found: true, figures: []string{"48万亩", "50万亩"}, not: []string{"更正"}},
		{q: "去年海洋牧场、稻蟹共生、苇田鱼虾蟹养殖面积分别是95万亩、70万亩、48万亩吧", found: true, figures: []string{"48万亩", "95万亩", "70万亩"}, want: []string{"不是95万亩", "不是70万亩", "不是48万亩"}},
		{q: "粳稻全产业链产值105亿元，大豆145亿元", found: true, want: []string{"105亿元、145亿元"}, not: []string{"更正"}, figures: []string{"105亿元", "145亿元"}},
		// A claim the index names too loosely is held to the answer's own
		// quote: a bare number said to be the thing, a measure word
		// among quoted counts, a part of a whole named by its whole's verb,
		// a pair's second thing written whole in its indicator.
		{q: "去年空气质量优良天数比例是85吧", found: true, want: []string{"更正"}, figures: []string{"88.3%"}},
		{q: "去年PM2.5浓度是32对吗", found: true, want: []string{"更正"}, figures: []string{"29微克/立方米"}},
		{q: "今年买公交车一百五十台对吗", found: true, want: []string{"更正"}, figures: []string{"132台"}},
		{q: "今年实施的亿元以上项目有80个吗", found: true, want: []string{"更正", "其中亿元以上项目125个"}, figures: []string{"125个"}},
		{q: "今年新签约亿元以上项目125个吧", found: true, want: []string{"更正"}, figures: []string{"80个"}},
		{q: "今年实施亿元以上项目125个吧", found: true, not: []string{"更正"}},
		{q: "今年新签约注册项目300个，其中亿元以上项目90个吧", found: true, want: []string{"更正", "不是90个"}, figures: []string{"80个"}, not: []string{"不是300个"}},
		{q: "去年引进人才超万人，其中高层次人才50人吧", found: true, want: []string{"更正"}, figures: []string{"31人"}},
		{q: "今年体验店开40个、新增航线2条吧", found: true, want: []string{"更正", "不是40个", "体验店30个"}, figures: []string{"30个"}},
		{q: "今年公交车买132台，公交线路新增15条吧", found: true, want: []string{"更正", "不是15条"}, figures: []string{"10条"}},
		{q: "今年新增航线2条，河蟹体验店建30个对吗", found: true, not: []string{"更正"}, figures: []string{"2条", "30个"}},
		// A sibling figure is no answer: the measure word asked (几类, 几个)
		// must be the figure's kind; a qualifier the question writes
		// (央地合作, 重点行业领域) must be in the figure's own words, and one
		// whose own words hold it wins; when none may be named, the quotes
		// answer without a figure line.
		{q: "首批无废细胞示范单位分了几类", found: true, figures: []string{"8类"}, not: []string{"：84家"}},
		{q: "首批无废细胞示范单位多少家", found: true, figures: []string{"84家"}},
		{q: "今年华锦阿美项目要配套几个泊位", found: true, want: []string{"8个配套泊位"}, not: []string{"：3.57平方公里"}},
		{q: "华锦阿美配套产业园多少平方公里", found: true, want: []string{"3.57平方公里配套产业园"}, not: []string{"华锦阿美项目：3.57平方公里"}},
		{q: "去年央地合作项目谋划梳理了几个", found: true, figures: []string{"87个"}},
		{q: "去年央地合作项目新签约的有多少个", found: true, figures: []string{"19个"}, not: []string{"260个"}},
		{q: "去年签约的央地合作项目多少个", found: true, not: []string{"260个"}},
		{q: "去年多少个新兴领域提升了本质安全水平", found: true, figures: []string{"17个"}},
		{q: "去年重点行业领域提升本质安全水平的有几个", found: true, figures: []string{"11个"}},
		{q: "去年央地合作新签约项目有25个吧", found: true, want: []string{"更正", "不是25个"}, figures: []string{"19个"}, not: []string{"260个"}},
		{q: "去年新兴领域本质安全水平提升了11个吧", found: true, want: []string{"更正"}, figures: []string{"17个"}},
		// Two asks, each answered alone: 223名 heads the clause that asks
		// it, not the count of 学位.
		{q: "2024年增加普惠性托育学位多少个？为多少名残疾儿童提供康复救助？", found: true, figures: []string{"640个", "223名"}},
		// A count names what it counts after it (办好15件民生实事): a claim
		// of it is held to that count.
		{q: "去年民生实事办了12件吧", found: true, want: []string{"更正", "不是12件"}, figures: []string{"15件"}},
		{q: "今年要培育3个百亿级产业集群吧", found: true, want: []string{"更正", "不是3个"}, figures: []string{"2个"}},
		{q: "去年制定了几个全面深化改革实施方案", found: true, figures: []string{"12个"}},
		// What is done about a topic is the run of its paragraph's
		// sentences, not the best one alone; a paragraph that names the
		// topic once among others gives only that sentence.
		{q: "污染治理今年有啥硬招", found: true, paragraph: 56, want: []string{"黑臭水体", "无废矿区"}},
		{q: "海洋今年有啥保护措施", found: true, paragraph: 57, want: []string{"辽河口国家公园", "修复退化林3000亩"}},
		{q: "食品安全今年咋管", found: true, paragraph: 63, not: []string{"托位数", "养老服务"}},
		// A topic beside an aspect word (政策): the topic's paragraph, not
		// the report's text on policy in general.
		{q: "孩子读书今年有啥新政策", found: true, paragraph: 62, want: []string{"县域普通高中振兴计划"}, not: []string{"政策梳理"}},
		{q: "中考政策今年有变化吗", want: []string{"中考"}, not: []string{"政策梳理", "根据报告"}},
		// The rules of a thing the report never writes (养狗), asked where
		// the asker lives (城区): the plans of the city districts are none.
		{q: "城区养狗今年有啥新管理规定", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		// A report term found where another of its concept is written (住房,
		// 房地产); not when the question asks something the report lacks.
		{q: "今年住房有啥打算", found: true, paragraph: 67, want: []string{"房地产市场"}},
		{q: "住房公积金今年有啥变化", want: []string{"公积金"}, not: []string{"根据报告"}},
		// Where it stands now in one clause, its target in another: the
		// result beside the target.
		{q: "稻蟹共生面积现在多大，今年要到多少", found: true, figures: []string{"95万亩", "97万亩"}},
		{q: "What is the rice-crab co-farming area now, and what is the target?", found: true, figures: []string{"95万亩", "97万亩"}},
		{q: "今年GDP目标现在定了没", found: true, want: []string{"5.5%左右"}, not: []string{"3.5%"}},
		// What the city is doing, no year named: what was done beside what
		// is planned.
		{q: "What is the city doing about kindergartens?", found: true, want: []string{"520个", "91%"}},
		// What problems, shortcomings: the problems listed, not two of them.
		{q: "政府工作还有啥不足", found: true, paragraph: 19, want: []string{"居民消费意愿不强", "执行力较弱"}},
		// How far a project has got, in everyday words: its progress.
		{q: "阿美那个项目眼下干到啥程度了", found: true, want: []string{"超过55%"}},
		{q: "阿美项目完工百分之几了", found: true, want: []string{"超过55%"}},
		// Several things asked of one sentence: the quote runs over every
		// clause holding one, not the best three; not for another place.
		{q: "去年开复工项目和竣工项目各多少", found: true, figures: []string{"502个", "175个"}, paragraph: 8, want: []string{"502个", "175个"}},
		{q: "大洼区去年开复工和竣工项目各多少", grounding: rag.GroundOtherPlace, not: []string{"175个"}},
		// A word inside a longer everyday word (工资 of 拖欠工资) weighs
		// less than the longer word's concept (欠薪).
		{q: "老板拖欠工资咋办", found: true, paragraph: 60, want: []string{"根治欠薪"}, not: []string{"居民收入"}},
		// A narrower thing than a broad concept's terms is not mentioned by
		// them (新能源 for 碳排放, 养老服务 for 敬老院); an everyday word for
		// a term is, and so is a member the report writes.
		{q: "有没有提到碳排放", grounding: rag.GroundNotAnswered, want: []string{"报告没有提到“碳排放”"}},
		{q: "报告提到敬老院了吗", grounding: rag.GroundNotAnswered, want: []string{"报告没有提到“敬老院”"}},
		{q: "报告里说没说碳达峰", found: true, want: []string{"碳达峰实施方案"}},
		{q: "有没有提到看病", found: true, want: []string{"医疗"}},
		// Asked whether there is a thing the reports do not name, the
		// thing alone: its other words (改造) do not make it there.
		{q: "今年有危房改造吗", grounding: rag.GroundNotAnswered, want: []string{"报告没有提到“危房改造”"}},
		{q: "今年还有敬老院吗", grounding: rag.GroundNotAnswered},
		{q: "去年新建公园了吗", found: true, want: []string{"城市公园20处"}},
		// Asked whether or when of a thing no report writes, the quotes
		// its other word found (开工; 收入 for 工资) answer something else;
		// a quote writing another noun asked (企业) is about it.
		{q: "咱盘锦的地铁啥时候开工", grounding: rag.GroundNotAnswered, want: []string{"报告没有提到“地铁”"}},
		{q: "今年公务员工资涨不", grounding: rag.GroundNotAnswered, want: []string{"报告没有提到“公务员”"}},
		{q: "今年政府检查企业会少吗", found: true},
		// The measure asked must be the figure's: a count of a change is
		// not its rate, a change in points or of a rate's level is not the
		// level reached, and a figure later in the sentence that measured
		// the rate is another thing's.
		{q: "去年治安警情减少了几起", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年发明专利授权量增长了多少件", grounding: rag.GroundOtherUnit, figures: []string{"74.1%"}, not: []string{"根据报告"}},
		{q: "去年空气质量优良天数比例提高了几个百分点", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年化工精细化率提高了几个百分点", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "中蓝电子马达市场份额涨了多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告", "40%〔"}},
		{q: "去年一般公共预算收入高于全省多少个百分点", found: true, figures: []string{"2.8个百分点"}},
		{q: "去年停车泊位增加了多少个", found: true, figures: []string{"1.1万个"}},
		{q: "去年GDP增长了多少", found: true, figures: []string{"3.5%左右"}},
		// A whole year's outcome asked of the plan year is not its target;
		// an addition asked of the plan year is not a level it aims at.
		{q: "2025年全年社零增长了多少", grounding: rag.GroundOtherPeriod, not: []string{"根据报告"}},
		{q: "今年新增普惠性托育学位多少个", grounding: rag.GroundOtherPeriod, figures: []string{"640个"}, want: []string{"【2024年结果】"}, not: []string{"4.5个"}},
		{q: "今年全年GDP增长目标是多少", found: true, figures: []string{"5.5%左右"}},
		// A total of two things joined is neither's own figure, unless
		// both are asked; a size is an area's, of the noun it measures;
		// how many in all is no addition.
		{q: "What is the brand value of Panjin rice?", grounding: rag.GroundNoSuchFigure},
		{q: "盘锦河蟹品牌值多少钱", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "盘锦大米和河蟹品牌价值合计多少", found: true, want: []string{"合计突破千亿元"}, figures: []string{"突破千亿元"}},
		{q: "华锦阿美项目面积多大", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告", "3.57平方公里〔"}},
		{q: "华锦阿美配套产业园多大", found: true, want: []string{"3.57平方公里配套产业园"}},
		{q: "全市一共多少个停车泊位", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年一共新增了多少停车泊位", found: true, figures: []string{"1.1万个"}},
		// How large a thing is (面积) is not what a year added to it
		// (新增耕地4400亩), nor a figure of the sentence after that addition;
		// the addition asked, or a level of its own, still answers.
		{q: "盘锦现在耕地面积是多少亩", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年新增耕地面积多少", found: true, want: []string{"新增耕地4400亩"}},
		{q: "今年改善农业灌溉面积多少", found: true, figures: []string{"46.6万亩"}},
		// The government's spending is no consumption (政府花钱, a spending
		// cut in English); a livelihood project is a 民生实事, not any
		// project.
		{q: "去年财政花钱砍了多少", found: true, want: []string{"6.7亿元"}, not: []string{"社会消费品零售总额"}},
		{q: "How much did the government cut spending by in 2024?", found: true, figures: []string{"6.7亿元"}},
		{q: "How much did consumer spending grow last year?", found: true, figures: []string{"4%"}},
		{q: "How many livelihood programs did the city deliver in 2024?", found: true, want: []string{"15件民生实事"}, not: []string{"175个"}},
		// An area asked takes a figure of area (亩), not the tonnes of
		// the same crop; none in area, none given.
		{q: "How big is the area sown with grain this year?", found: true, figures: []string{"183万亩以上"}, not: []string{"110万吨"}},
		{q: "What acreage of rice-and-crab farming is planned this year?", found: true, want: []string{"97万亩"}, not: []string{"110万吨"}},
		{q: "What is the target for grain cultivated area?", grounding: rag.GroundOtherUnit, want: []string{"does not give"}, figures: []string{"110万吨左右"}},
		// A claim is of the quoted figure whose own words name the claimed
		// thing most (272个新建项目开工建设 for 新开工项目), not of a number
		// in a neighbouring clause of the same sentence (230个续建项目).
		{q: "2024年新开工的项目有230个对吧", found: true, want: []string{"更正", "不是230个"}, figures: []string{"272个"}},
		{q: "去年续建项目有230个吧", found: true, not: []string{"更正"}},
		{q: "去年开复工项目502个吗", found: true, not: []string{"更正"}},
		// 新增 and 增加 count what was added alike: the report's 增加普惠性
		// 托育学位640个 answers, corrects or is the other year's figure.
		{q: "去年普惠性托育学位新增了700个吧", found: true, want: []string{"更正", "不是700个"}, figures: []string{"640个"}},
		{q: "2024年托育学位新增了几个", found: true, figures: []string{"640个"}},
		{q: "今年新增托育学位多少个", grounding: rag.GroundOtherPeriod, figures: []string{"640个"}},
		// A slip of one character in a lexicon word (禁度) reads as the
		// word: not the project's area.
		{q: "华锦阿美项目工程禁度到多少了", found: true, figures: []string{"超过55%"}, not: []string{"：3.57平方公里"}},
		// How many there are in all is no growth rate: "enterprises" holds
		// no "rise", so the question asks a stock.
		{q: "How many high-tech enterprises are there in total?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		{q: "How many high-tech enterprises does the city have altogether?", grounding: rag.GroundNoSuchFigure, not: []string{"From the report"}},
		// The right paragraph's sentences that answer, not the ones that
		// share the most words: a topic paragraph whose lead names one of
		// two topics asked, a basis asked by the whole sentence that gives
		// it, a numbered part's title with what follows it.
		{q: "今年社会治理、信访工作怎么搞", found: true, want: []string{"枫桥经验"}},
		{q: "今年的预期目标依据什么确定的", found: true, want: []string{"已经走出最低谷"}},
		{q: "On what basis were this year's targets set?", found: true, want: []string{"已经走出最低谷"}},
		{q: "今年民生方面要让群众得到什么", found: true, want: []string{"最关心、最担心"}},
		{q: "去年防风险这块做得咋样", found: true, want: []string{"防汛抗洪能力增强"}},
		// English words for the report's terms: a partner city (合作), asking
		// higher levels for funds (向上争取), freight (货运); a company named
		// after a place is no place, the place itself still is.
		{q: "Which city is Panjin's partner in artificial intelligence?", found: true, want: []string{"无锡"}},
		{q: "Which city does Panjin partner with on the Internet of Things?", found: true, want: []string{"无锡"}},
		{q: "Does the city lobby higher levels of government for funding?", found: true, want: []string{"争取更多资金额度"}},
		{q: "Is there a green freight demonstration project?", found: true, want: []string{"绿色货运配送"}},
		{q: "Will Jincheng Petrochemical be allowed to import crude?", found: true, want: []string{"锦城石化"}},
		{q: "What is Jincheng's GDP growth target?", grounding: rag.GroundOtherPlace, not: []string{"5.5%"}},
		// A route named for its two ends ("Beijing-Harbin", the report's
		// 京哈高速) names neither end, read from either side; a route the
		// lexicon does not know still names its places.
		{q: "What does the report say about the Beijing-Harbin Expressway Panjin section?", found: true, want: []string{"京哈高速"}},
		{q: "Is the Beijing-Harbin highway being expanded?", found: true, want: []string{"京哈高速"}, not: []string{"nothing about"}},
		{q: "Beijing-Shanghai railway", grounding: rag.GroundOtherPlace},
		// The five-year plan's work this year is this year's plan; its
		// targets are not given. A slip in a word the report writes after a
		// quoted name (“十五五”规划) reads as that word.
		{q: "今年十五五规划怎么编", found: true, want: []string{"高质量编制“十五五”规划"}},
		{q: "十五五规化的目标是多少", grounding: rag.GroundOtherPeriod},
		{q: "今年十四五规化能收官吗", found: true, want: []string{"收官之年"}, not: []string{"更正"}},
		// In English the plan's own name holds "plan": what the report says
		// of the plan is answered; its targets, of either plan, are not
		// given; the plan year's work asked and not found is declined for
		// the plan's period.
		{q: "What does the report say about the 15th Five-Year Plan?", found: true, want: []string{"十五五"}},
		{q: "What are the targets of the 15th Five-Year Plan?", grounding: rag.GroundOtherPeriod},
		{q: "What is the 14th five-year plan target?", grounding: rag.GroundOtherPeriod, not: []string{"From the report"}},
		// The plan's last year named beside this year is this year.
		{q: "What is the GDP growth target this year, the last year of the 14th Five-Year Plan?", found: true, want: []string{"5.5%左右"}},
		// Whether the plan's aims will be met is answered in words (¶21, ¶22);
		// a figure over the plan's years is still not given.
		{q: "Will the 14th Five-Year Plan targets be met?", found: true, want: []string{"“十四五”规划收官之年"}, not: []string{"地区生产总值增长："}},
		// The 15th plan has not begun: its targets, met or asked by its first
		// year (2026), are not this year's.
		{q: "Has Panjin achieved the 15th Five-Year Plan GDP target?", grounding: rag.GroundOtherPeriod},
		{q: "What is the GDP growth target for the first year of the 15th Five-Year Plan?", grounding: rag.GroundOtherPeriod},
		// Two figures each held to its own stage: no stage word corrected.
		{q: "今年开工366个竣工200个？", found: true, figures: []string{"366个", "200个"}, not: []string{"更正"}},
		{q: "今年开工200个竣工366个？", found: true, figures: []string{"366个", "200个"}, want: []string{"更正：报告写的是366个"}},
		{q: "How much GDP growth did Panjin achieve during the 14th five-year plan period?", grounding: rag.GroundOtherPeriod},
		{q: "Did Panjin achieve 6% annual growth over the 14th five-year plan?", grounding: rag.GroundOtherPeriod},
		{q: "What are the targets for 2025, the final year of the 14th Five-Year Plan?", found: true, not: []string{"no figures for the 14th"}},
		{q: "Did Panjin complete the 14th Five-Year Plan?", found: true, want: []string{"十四五"}},
		// Drawing the plan up is this year's work (高质量编制“十五五”规划).
		{q: "When will the city draw up its 15th Five-Year Plan?", found: true, want: []string{"编制“十五五”规划"}},
		// The own place's figure or rank stated, the province's or the
		// country's asked: a rank or the own figure does not give it.
		{q: "盘锦进出口增速全省第一，那全省进出口平均增长多少", grounding: rag.GroundOtherPlace, want: []string{"辽宁省"}},
		{q: "我市一般公共预算收入增长8.3%，全国平均呢", grounding: rag.GroundOtherPlace, want: []string{"全国"}},
		{q: "盘锦进出口增速39.7%，全省排第几", found: true, figures: []string{"全省第一"}},
		// An amount asked is not the amount cut off it (压减支出6.7亿元,
		// 审减财政投资项目资金0.8亿元); a cut asked is answered by it.
		{q: "2024年全市财政支出是多少亿元", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年财政投资项目资金一共多少亿", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "去年压减了多少支出", found: true, figures: []string{"6.7亿元"}, want: []string{"6.7亿元"}},
		{q: "Last year, by how much was spending cut?", found: true, want: []string{"6.7亿元"}},
		{q: "2024年审减了多少财政投资项目资金", found: true, figures: []string{"0.8亿元"}, want: []string{"0.8亿元"}},
		// A verb before the things a total adds leaves the total theirs.
		{q: "2024年总共修复了湿地和处置了闲置土地348.2公顷吗", found: true, want: []string{"核对", "相加为348.2公顷"}, not: []string{"更正"}},
		{q: "去年总共办结人大代表建议与政协提案324件是吧", found: true, want: []string{"核对", "相加为324件"}, not: []string{"更正"}},
		// An English "what about X?" after a stated figure asks X's figure
		// of the same kind and year: no claim that X's is the stated one.
		{q: "In 2024 the economy grew 3.5%; and retail sales?", found: true, figures: []string{"4%"}, not: []string{"Note", "not 3.5%"}},
		{q: "The GDP target for 2025 is 5.5%, how about fixed asset investment?", found: true, figures: []string{"10%以上"}, not: []string{"Note"}},
		{q: "Retail sales rose 6% last year, what about GDP?", found: true, want: []string{"not 6%"}, figures: []string{"3.5%左右"}},
		// An administrative level asked holds the figure to it: 省级's
		// figure is no 市级's or 国家级's, in the year asked or another.
		{q: "今年认定市级产教融合型企业多少家", grounding: rag.GroundNoSuchFigure, not: []string{"：10家", "根据报告"}},
		{q: "去年创建了多少个市级美丽宜居村", grounding: rag.GroundNoSuchFigure, not: []string{"：20个"}},
		{q: "去年新增国家级企业技术中心几家", grounding: rag.GroundNoSuchFigure, not: []string{"：2家"}},
		{q: "今年要建多少个市级产教联合体", found: true, figures: []string{"2个"}},
		{q: "2025年培育省级产教融合型企业多少家", found: true, figures: []string{"10家以上"}},
		// A topic's lead phrase asked alone, or with what it holds asked,
		// is answered from the paragraph it opens: not figures sharing a
		// word with it (市场主体's counts), not the lead sentence alone.
		{q: "壮大市场主体", found: true, want: []string{"「壮大市场主体。落实国家及省各项稳经济政策"}},
		{q: "优化城乡发展格局都包括哪些", found: true, want: []string{"以市国土空间总体规划为统领"}},
		{q: "今年繁荣发展文体事业要怎么做", found: true, want: []string{"完善提升公共文化服务设施"}},
		{q: "深化大合作有哪些", found: true, want: []string{"积极参与辽宁沿海经济带建设"}},
		// How a topic went (进展, 成绩) asks about the topic: not the
		// sentence that says 新进展, nor another project's 进度.
		{q: "去年治安方面有啥进展", found: true, paragraph: 13, not: []string{"新进展"}},
		{q: "去年托育有什么进展", found: true, paragraph: 13, want: []string{"托育学位640个"}},
		{q: "医共体进展咋样", found: true, paragraph: 13, not: []string{"55%"}},
		{q: "去年盘锦干得咋样", found: true, paragraph: 6, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}},
		// A word of a section's title asks that section's items, though
		// one item's lead holds it too; an item named asks its own text.
		{q: "今年改革要推哪些行动", found: true, paragraph: 39, want: []string{"营商环境质量提升行动", "标准质量品牌建设行动"}},
		{q: "民营经济发展行动有哪些内容", found: true, paragraph: 41, not: []string{"标准质量品牌建设行动"}},
		// A list question is answered by the sentence listing what it
		// asks ("红马赛、…、全国冰钓赛等高水平赛事"), not only by one
		// naming it (统筹…体育赛事).
		{q: "今年有哪些文体赛事要办", found: true, want: []string{"全国冰钓赛", "〔¶64〕"}},
		// The problems the report owns up to, asked in English or in
		// everyday words (自己, 概括一下, 没弄明白 are how, not what).
		{q: "What problems does the city face?", found: true, paragraph: 19, want: []string{"居民消费意愿不强"}},
		{q: "What problems did the government identify?", found: true, paragraph: 19},
		{q: "政府自己觉得哪些事还没弄明白", found: true, paragraph: 19},
		{q: "What problems does Dalian face?", grounding: rag.GroundOtherPlace},
		// What a topic achieved (养老取得了哪些成就) is asked of the topic:
		// 取得 is how, like the cue, not ¶13's 取得阶段性成果; and 就业 is
		// a topic though 就 alone is a function character.
		{q: "去年养老方面取得了哪些成就", found: true, want: []string{"504户"}},
		{q: "去年就业取得了哪些成就", found: true, want: []string{"2.04万人"}, not: []string{"3.5%左右"}},
		{q: "2026年对盘锦来说是怎样的一年", grounding: rag.GroundOtherPeriod},
		// Two things asked, one quoted: each clause is answered on its own
		// ("去年新增停车泊位多少个？打通断头路几条" lost the 泊位).
		{q: "去年新增停车泊位多少个？打通断头路几条", found: true, figures: []string{"1.1万个", "7条"}},
		// 最多/最少 before a figure bound it, no superlative to decline:
		// a cap said of a floor is corrected, a floor said of it confirmed.
		{q: "今年文化惠民演出最多100场对吗？", found: true, want: []string{"更正"}, figures: []string{"不少于100场"}},
		{q: "今年技术合同成交额最少13亿元对吗？", found: true, want: []string{"13亿元以上"}, not: []string{"更正", "比较"}},
		// 超万人 is a bound said by magnitude: it asks this year's 1.15万人,
		// not the review's paragraph that writes 超万人 too.
		{q: "今年引进人才超万人对吧？", found: true, want: []string{"1.15万人"}, not: []string{"更正", "2024年"}},
		// Power words other than 新能源 pick one sort of bus too.
		{q: "去年新购氢能公交车多少台", grounding: rag.GroundNoSuchFigure, not: []string{"新购公交车辆：85台"}},
		// Plain English nouns for the report's own words (reform, supervision,
		// upgrades, wraps up, soul) are no words it lacks: answered.
		{q: "Which plan wraps up in 2025?", found: true, want: []string{"收官之年"}},
		{q: "What does the government system take as its soul?", found: true, want: []string{"忠诚为魂"}},
		{q: "What supervision will the government accept?", found: true, want: []string{"监督"}},
		{q: "What technical upgrades are planned?", found: true, want: []string{"技改"}},
		{q: "How many volunteers served the marathon?", grounding: rag.GroundNoSuchFigure, want: []string{"志愿者"}},
		// A place name cut across two words (东西 and 安全: 西安) is no place
		// asked; a place standing as its own word still is.
		{q: "孩子吃的东西安全吗", grounding: rag.GroundNotAnswered, not: []string{"西安"}},
		{q: "西安今年GDP目标多少", grounding: rag.GroundOtherPlace, want: []string{"没有西安市的内容"}},
		// A wider name the report never writes (亿元以上项目 for 2024, whose
		// figure is of 亿元以上产业链项目) gets no figure of the narrower one.
		{q: "亿元以上项目2024年有几个", grounding: rag.GroundNoSuchFigure, figures: []string{"39个"}, not: []string{"根据报告"}},
		// Two leading digits before a count word are a count, not a year.
		{q: "25位高层次人才引进了吗", found: true, want: []string{"31人"}, not: []string{"2025年目标"}},
		// A figure the report writes with 余 (400余篇) is written.
		{q: "400篇是什么", found: true, want: []string{"400余篇"}},
		// A thing asked after an A型B (旅游型城市的旅游收入) is what the
		// figure measures.
		{q: "盘锦作为旅游型城市旅游收入增长多少", found: true, figures: []string{"29.9％"}},
		// A listed thing the report writes whole keeps its two-character
		// reading (科技成果转化 of 转化科技成果).
		{q: "科技成果转化、创新团队今年目标各多少", found: true, figures: []string{"90项以上", "7个"}},
		// A comparison denied or asked either way claims no side; one said
		// of another indicator (地区生产总值) is not ¶6's 高于全省.
		{q: "一般公共预算收入增速并非低于全省吧", found: true, not: []string{"更正"}},
		{q: "一般公共预算收入增速会不会低于全省", found: true, not: []string{"更正"}},
		{q: "一般公共预算收入增长8.3%，但地区生产总值增速低于全省，对吗", found: true, not: []string{"更正"}},
		// A trend asked (下降趋势) is the figure's direction, which the
		// report answers; a grade asked (5A级) is for the grade checks.
		{q: "去年刑事警情是下降趋势吗", found: true, not: []string{"没有直接回答"}},
		{q: "金帛滩海洋乐园是5A级旅游区吗", found: true, want: []string{"4A级，不是5A级"}},
		// A how-question's quote opens at its sentence's start, not
		// before a long preamble (¶22's guiding thought).
		{q: "“3442”现代化产业体系今年怎么推进？", found: true, not: []string{"以习近平新时代中国特色社会主义思想为指导"}},
		// A count both write (三大) anchors no swap.
		{q: "辽河油田是全国第三大油田吧", grounding: rag.GroundNotAnswered, not: []string{"更正"}},
		// A district's short name going on a name begun by a river's (辽河
		// 双台子储气库群) names a gas store, not the district's own work; a
		// verb before it (完成盘山县…) leaves it the district.
		{q: "双台子区都在忙什么", grounding: rag.GroundOtherPlace, not: []string{"根据报告", "储气库"}},
		{q: "双台子区有哪些重点项目", grounding: rag.GroundOtherPlace, not: []string{"根据报告", "储气库"}},
		{q: "盘山县今年有哪些水利工程", found: true, want: []string{"盘山县西沙河"}},
		// Things listed that the report writes whole as indicators name
		// their own figures: a topic word linked to part of one (科技 →
		// 研发) names no other-year figure of it (研发经费投入7%).
		{q: "科技型中小企业和高新技术企业各增长多少", found: true, figures: []string{"35.8%", "10.6%"}},
		{q: "高新技术企业、科技型中小企业增速分别是多少", found: true, figures: []string{"10.6%", "35.8%"}},
		// Two digits of the report's year opening a question ask that year.
		{q: "24社零增幅多少", found: true, figures: []string{"4%"}},
		// A short name one year (普惠率) and its long form the other
		// (普惠性幼儿园覆盖率): the plan's figure answers the plan year.
		{q: "今年普惠率打算提到多少", found: true, figures: []string{"91%"}},
		{q: "2025年普惠率定的多少", found: true, figures: []string{"91%"}},
		// A thing of a kind (外贸型企业, 科技型中小企业) is measured by its
		// head noun: a figure of its modifier (进出口总额增长 for 外贸) or
		// of the other year is no answer.
		{q: "今年要新增多少家外贸型企业", grounding: rag.GroundOtherUnit, figures: []string{"6%"}, not: []string{"根据报告"}},
		{q: "科技型中小企业今年增长多少", grounding: rag.GroundOtherPeriod, figures: []string{"35.8%"}, not: []string{"根据报告"}},
		{q: "去年和今年的普惠率", found: true, figures: []string{"90.6%", "91%"}, want: []string{"覆盖率达到91%。」"}},
		// A rate asked of a thing (天然气普及率) is not another thing's rate
		// that the report writes by the rate's other name (普惠性幼儿园覆盖率);
		// asked of that thing, it is.
		{q: "天然气普及率", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "学前教育普及率今年目标", found: true, figures: []string{"91%"}},
		// Whether a thing is of a kind no report writes (是X吗), or makes a
		// tonnage of a product it never names: quotes sharing the subject
		// cannot say yes; a place named so is a premise to correct.
		{q: "红海滩是世界自然遗产吗", grounding: rag.GroundNotAnswered, not: []string{"根据报告", "更正"}},
		{q: "盘锦是国家历史文化名城吗", grounding: rag.GroundNotAnswered, not: []string{"根据报告", "更正"}},
		{q: "今年要生产30万吨化肥对吗", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "盘锦对口帮扶的是朝阳吧", found: true, want: []string{"更正：报告写的是锦州义县"}},
		{q: "盘锦大米品牌价值是全省冠军吗", grounding: rag.GroundNoSuchFigure, want: []string{"合起来的名次"}},
		// A sum of money asked of projects the report only counts: the
		// count (87个) is no amount.
		{q: "谋划梳理的87个央地合作项目金额多少", grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// A topic's run of sentences opens where its first sentence does:
		// the clauses before the best one (坚持和发展新时代“枫桥经验”, 编制
		// 文体旅融合发展总体规划) are the measure itself.
		{q: "基层矛盾和上访问题今年准备如何处理", found: true, want: []string{"枫桥经验"}},
		{q: "社会矛盾今年咋化解", found: true, want: []string{"枫桥经验"}},
		{q: "What will the city do about tourism this year?", found: true, want: []string{"编制文体旅融合发展总体规划"}},
		// A verb and object put back together must not break the word
		// before them: 公交车买几辆 keeps 公交车, no 买车.
		{q: "今年公交车买几辆", found: true, figures: []string{"132台"}, paragraph: 54},
		// Speech's ways of saying a firm is set up ask the report's
		// 企业开办 (一般性企业开办时间压缩至1天以内).
		{q: "开个小公司手续多久能办完", found: true, want: []string{"1天以内"}, paragraph: 10},
		{q: "在盘锦办个企业得花几天", found: true, figures: []string{"1天以内"}, paragraph: 10},
		// A sum of money asked alone by its noun (金额, 工程投资) where no
		// quote writes a sum: a rank, a multiple or the work is no amount.
		{q: "稳增长奖励资金的金额", grounding: rag.GroundNoSuchFigure, want: []string{"没有给出这笔钱的数额"}, not: []string{"根据报告"}},
		{q: "华锦阿美配套产业园工程投资", grounding: rag.GroundNoSuchFigure, want: []string{"没有给出这笔钱的数额"}, not: []string{"根据报告"}},
		{q: "实际到位内资的金额", found: true, figures: []string{"451.5亿元"}},
		// What is asked of a thing the report writes is a noun it never
		// writes (报名费 of 红马赛): its quotes on the thing do not tell it.
		{q: "红马赛收不收报名费", grounding: rag.GroundNotAnswered, want: []string{"报名费"}, not: []string{"根据报告"}},
		// A firm's complaint of being inspected over and over asks the
		// report's 综合查一次; 好几个 there is many, not a count asked.
		{q: "厂子被好几个单位来回查，今年能不能少折腾点", found: true, want: []string{"综合查一次"}, paragraph: 40},
		{q: "检查太频繁了，今年政府怎么管", found: true, want: []string{"综合查一次"}, paragraph: 40},
		// A firm named in English by its pinyin and a kind word is the
		// report's name for it (华锦集团, 辽河油田), not the pinyin's
		// other thing (华锦阿美) nor a word the report lacks (group).
		{q: "Tell me what Huajin Group is planning this year", found: true, want: []string{"支持华锦集团改革创新发展"}, paragraph: 31},
		{q: "What breakthrough did Huajin Group make last year?", found: true, want: []string{"华锦集团成功研发"}, paragraph: 9},
		{q: "What support will Liaohe Oilfield get?", found: true, want: []string{"支持辽河油田千万吨规模稳产"}, paragraph: 31},
		// Cropland restored is the report's 恢复耕地, not land added (新增耕地).
		{q: "How much cropland did the city restore?", found: true, want: []string{"恢复耕地1.2万亩"}, not: []string{"新增耕地4400亩"}},
		// Food safety is 食品药品 oversight, not 安全生产.
		{q: "How will the city keep food safe and ensure food safety this year?", found: true, want: []string{"食品药品全链条闭环监管"}, paragraph: 63},
		// An institution or area named by words the report writes only
		// apart (中心医院, 辽东湾新区) is none it mentions; a name it writes
		// with words between (华锦阿美项目3.57平方公里配套产业园) is.
		{q: "中心医院今年要新建什么", grounding: rag.GroundNotAnswered, want: []string{"报告没有提到“中心医院”"}, not: []string{"根据报告"}},
		{q: "辽东湾新区今年重点抓什么", grounding: rag.GroundNotAnswered, want: []string{"报告没有提到“辽东湾新区”"}, not: []string{"根据报告"}},
		{q: "华锦阿美配套产业园占地多大", found: true, want: []string{"3.57平方公里配套产业园"}},
		{q: "宝石花医院康复中心投用了没", found: true, paragraph: 13},
		// A year's doing put to a bare part head (修复湿地) names the work
		// the report counts, no wetland of the city's: its figure answers.
		{q: "修复湿地大概有多少公顷", found: true, figures: []string{"150.2公顷"}, want: []string{"修复湿地150.2公顷"}, paragraph: 12},
		// 数字 closing a question is the figure asked for, no topic.
		{q: "去年城镇新增就业的数字是多少", found: true, figures: []string{"2.04万人"}, paragraph: 13},
		{q: "第10段里利用外资的数字", found: true, figures: []string{"7.5亿美元"}, paragraph: 10},
		// A change asked between the years of a level the report gives for
		// each, in any unit, is answered by both levels, labelled.
		{q: "海洋牧场面积今年比去年增加多少", found: true, figures: []string{"48万亩", "50万亩"}},
		// A name whose first character the dictionary reads as a verb (盛
		// of 盛源) is named whole; one sharing its head (科技) with the
		// claimed one is too.
		{q: "红海滩入选国家级海洋牧场示范区了吧", found: true, want: []string{"更正：报告写的是盛源海洋牧场，不是红海滩"}},
		{q: "海兴科技获评5G工厂了吧", found: true, want: []string{"更正：报告写的是多屏科技，不是海兴科技"}},
		{q: "多屏科技获评了省级5G工厂？", found: true, want: []string{"多屏科技获评省级5G工厂"}, not: []string{"更正"}},
		// A stage claimed of a thing the report puts short of it: a listed
		// part's stage amid the thing is not the thing's (地下工程全部完工、
		// 32套主装置陆续拔地而起); 建好 is 建成; a thing joined by 及 shares
		// the stage after both; 今年 opening a claim dates its start;
		// 布局 lays an industry out, nothing built.
		{q: "华锦阿美的32套主装置都已经建成了吗", found: true, want: []string{"更正", "拔地而起"}},
		{q: "15万吨级航道去年就建好了对吧", found: true, want: []string{"更正", "启动论证"}},
		{q: "今年10万吨级通用泊位要完工了吧", found: true, want: []string{"更正", "通用泊位及华锦阿美项目8个配套泊位建设"}},
		{q: "今年华锦阿美的铁路专用线才开工对吗", found: true, want: []string{"更正", "建成投用"}},
		{q: "生物制药产业今年就能投产了吧", found: true, want: []string{"更正", "布局生物制药"}},
		// A change asked of one year only: the other year's level answers
		// its half, not that year's growth rate.
		{q: "去年实际到位内资有多少，今年要增长多少", found: true, figures: []string{"451.5亿元", "10%"}},
		// A grade claimed before the thing it rates (五星级智慧城市) is read
		// by that thing as one after it is; the report's own grade holds.
		{q: "盘锦已经建成五星级智慧城市了吧", found: true, want: []string{"更正：报告写的是四星级，不是五星级"}},
		{q: "咱们是四星级的智慧城市对吗", found: true, want: []string{"四星级"}, not: []string{"更正"}},
		// A yes-or-no about a thing only the other period names is told
		// that period's words, labelled, not declined as never mentioned;
		// still not found, since what was asked of the year it asked of
		// is not there.
		{q: "锦盘输油管线项目去年建成了没有", found: false, grounding: rag.GroundOtherPeriod, want: []string{"报告没有给出2024年", "【2025年目标】", "锦盘输油管线"}, paragraph: 46},
		{q: "不动产登记50分钟立等可取是今年要做的吗", found: false, grounding: rag.GroundOtherPeriod, want: []string{"报告没有给出2025年", "【2024年结果】", "立等可取"}, paragraph: 10},
		// One character off near a claim's end, with one shared after it
		// (聚乙烯 for 聚丙烯), is a wrong name as one mid-claim is.
		{q: "华锦集团搞出了抗应力发白聚乙烯是吧", found: true, want: []string{"更正：报告写的是聚丙烯"}, paragraph: 9},
		{q: "华锦集团研发出抗应力发白聚丙烯了吧", found: true, want: []string{"聚丙烯"}, not: []string{"更正"}, paragraph: 9},
		// A bare claim whose verb the dictionary calls a verbal noun after
		// an adverb (成功生产) is a claim: its wrong doer is corrected, the
		// right one is not.
		{q: "华锦集团成功生产了异戊胶乳？", found: true, want: []string{"更正：报告写的是鲁华泓锦，不是华锦集团"}, paragraph: 9},
		{q: "华锦集团成功研发了抗应力发白聚丙烯？", found: true, not: []string{"更正"}, paragraph: 9},
		// The wrong doer of what a clause the quotes left out says, where
		// the quotes name the claimed doer for something else, is
		// corrected from that clause; the right doer, or a clause sharing
		// only the verb (被评为), corrects nothing.
		{q: "中蓝电子获批专精特新小巨人吧", found: true, want: []string{"更正：报告写的是华孚环境，不是中蓝电子"}, paragraph: 9},
		{q: "华孚环境获批国家级小巨人了吧", found: true, not: []string{"更正"}, paragraph: 9},
		{q: "红海滩被评上国家4A景区了吧", found: true, not: []string{"益海嘉里"}, paragraph: 8},
		// A scenic grade claimed of a spot named short, with a time before
		// its link (去年升成, 已经升为), is held to the spot's own grade; an
		// opening clause read apart as context still states it.
		{q: "金帛滩已经升为5A级景区了对吗", found: true, want: []string{"更正：报告写的是4A级"}, paragraph: 8},
		{q: "金帛滩去年升为4A了吧", found: true, want: []string{"4A级"}, not: []string{"更正"}, paragraph: 8},
		{q: "金帛滩晋升5A后，旅游收入涨了多少", found: true, figures: []string{"29.9％"}, want: []string{"更正：报告写的是4A级"}, paragraph: 8},
		// A stage claimed by a bare question mark is a claim, whatever part
		// of speech the dictionary gives the stage (投产 a verbal noun, 升级
		// 为 a title reached); 申建 only applies to build; 改扩建完工 is
		// 改扩建 + 完工, not its 建完.
		{q: "华锦阿美项目今年投产？", found: true, want: []string{"更正", "机械竣工"}},
		{q: "辽河石化制氢装置今年就投产？", found: true, want: []string{"更正", "加快建设"}},
		{q: "盘锦高新区今年升级为国家高新区了？", found: true, want: []string{"更正", "争创国家高新区"}},
		{q: "中储粮等企业海关监管场所建成了？", found: true, want: []string{"更正", "申建"}},
		{q: "京哈高速改扩建完工了吧", found: true, want: []string{"更正", "顺利实施"}},
		// Funds asked as they stand (经费是多少) are an amount: the growth
		// the report plans for them does not tell it; an amount written does.
		{q: "全社会研发经费是多少", found: false, grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		{q: "技改资金是多少", found: true, figures: []string{"70.1亿元"}, paragraph: 9},
		{q: "今年全市研发经费有多少", found: false, grounding: rag.GroundNoSuchFigure, not: []string{"根据报告"}},
		// Asked in points or tenths (几个点, 几成) it is the rate of change,
		// which the growth the report gives answers.
		{q: "今年研发经费几个点", found: true, figures: []string{"7%"}, paragraph: 34},
		{q: "去年一般公共预算收入几成", found: true, figures: []string{"8.3%"}, paragraph: 6},
		// A law the report only submits (提请…审议) was not passed; the
		// submission claimed holds.
		{q: "机动车停放管理条例去年就通过了吧", found: true, want: []string{"更正", "审议《盘锦市机动车停放管理条例（修订）》"}, paragraph: 15},
		{q: "盘锦市机动车停放管理条例提请审议了吧", found: true, not: []string{"更正"}, paragraph: 15},
		// A stage is corrected only from a clause naming the thing whole:
		// 北方沥青…项目 shares 北方 and 项目, not 北方冬季清洁取暖项目.
		{q: "北方冬季清洁取暖项目算是通过了吧", found: true, not: []string{"北方沥青"}, paragraph: 52},
		// A stage after the work named on a thing (维修改造工程加快建设)
		// is the thing's.
		{q: "向海大道今年就维修完成了吧", found: true, want: []string{"更正", "向海大道维修改造工程加快建设"}},
		{q: "曙光大桥项目今年加快建设吧", found: true, not: []string{"更正"}},
		// A stage stated before a comma is the premise of what follows.
		{q: "华锦阿美的32套主装置已经全部竣工，工程总体进度多少", found: true, figures: []string{"超过55%"}, want: []string{"更正", "32套主装置陆续拔地而起"}},
		{q: "华锦阿美地下工程已经全部完工，进度多少", found: true, figures: []string{"超过55%"}, not: []string{"更正"}},
		// An English claim of a thing done is read on the same ladder, the
		// thing found by its asked terms: a line the report has 建成投用
		// holds.
		{q: "Has the Huajin Aramco project been completed?", found: true, want: []string{"Note: the report lists 华锦阿美项目机械竣工 as a 2025 target/plan", "〔¶35〕"}},
		{q: "Is the Huajin Aramco railway line finished?", found: true, not: []string{"Note:"}},
		// How many are added is a count, which a rate per thousand people
		// (每千人托位数) is not; a count added answers it.
		{q: "How many new childcare places will be added in 2025?", grounding: rag.GroundNoSuchFigure, want: []string{"how many are added"}},
		{q: "How many new kindergarten places were added in 2024?", found: true, want: []string{"640个"}},
		// A claim of the main structure done is what 主体工程完工 says.
		{q: "Is it true the main structure of the 300,000-ton crude oil terminal at Panjin Port was completed in 2024?", found: true, want: []string{"主体工程完工"}, not: []string{"Note:"}},
		// …but a plan's 机械竣工 is yet to come: no main structure is done.
		{q: "Has the main structure of the Huajin Aramco project been completed?", found: true, want: []string{"Note: the report lists 华锦阿美项目机械竣工 as a 2025 target/plan"}},
		{q: "Has the Huajin Aramco project been mechanically completed?", found: true, want: []string{"Note: the report lists 华锦阿美项目机械竣工 as a 2025 target/plan"}},
		{q: "Will the Huajin Aramco project be finished this year?", found: true, want: []string{"Note: the report says 华锦阿美项目机械竣工"}},
		// Claimed done last year of a thing only the plan names: the plan's
		// stage (机械竣工, 申报) says it was not done then.
		{q: "Was the Huajin Aramco project put into production in 2024?", found: true, want: []string{"Note: the report lists 华锦阿美项目机械竣工 as a 2025 target/plan"}, paragraph: 35},
		{q: "Was the Shuifeiji geographical indication approved in 2024?", found: true, want: []string{"Note: the report lists 申报盘锦水飞蓟地理标志"}, paragraph: 44},
		{q: "Was the Huajin Aramco railway line finished last year?", grounding: rag.GroundOtherPeriod, not: []string{"Note:"}},
		// A phase asked of a thing the report writes with no phase, or
		// only with another (申通二期), is not told; the phase written still
		// is, asked with or without a question word.
		{q: "金发生物基二期项目今年建不建", grounding: rag.GroundNotAnswered, want: []string{"这一期"}, not: []string{"根据报告"}},
		{q: "申通四期快递项目", found: true, want: []string{"更正：报告写的是申通二期"}, paragraph: 38},
		{q: "申通二期快递项目", found: true, want: []string{"申通二期"}, paragraph: 38},
		// Asked of a year, a phase the other year writes is shown, labelled.
		{q: "东北新发地二期项目去年建完了吗", grounding: rag.GroundOtherPeriod, want: []string{"2025年目标", "新发地二期"}, paragraph: 53},
		{q: "大金重工二期项目", grounding: rag.GroundNotAnswered, want: []string{"这一期"}, not: []string{"根据报告"}},
		{q: "申通快递三期啥时候建", grounding: rag.GroundNotAnswered, want: []string{"这一期"}, not: []string{"根据报告"}},
		{q: "双台子储气库群一期去年投产了吗", found: true, not: []string{"更正"}, paragraph: 8},
		// Asked whether another phase did something, the phase the report
		// writes tells nothing of it: declined, not corrected; asked which
		// phase it is (是三期吗), the written one corrects it.
		{q: "储气库群三期去年竣工投产了吗", grounding: rag.GroundNotAnswered, want: []string{"这一期"}, not: []string{"更正"}},
		{q: "申通四期今年要提速建设吗", grounding: rag.GroundNotAnswered, want: []string{"这一期"}, not: []string{"更正"}},
		{q: "金发生物基三期投产了吗", grounding: rag.GroundNotAnswered, want: []string{"这一期"}, not: []string{"更正"}},
		{q: "东北新发地是四期项目吗", found: true, want: []string{"更正：报告写的是", "二期"}},
		// 启动 a work claims its start: a plan that only prepares it (前期
		// 工作) or a study begun (启动论证) corrects it; 启动论证 claimed holds.
		{q: "阜盘铁路今年就要启动建设了是吧", found: true, want: []string{"更正", "前期工作"}, paragraph: 46},
		{q: "15万吨级航道去年已经启动建设了吧", found: true, want: []string{"更正", "启动论证"}, paragraph: 10},
		{q: "15万吨级航道项目去年启动论证了吧", found: true, not: []string{"更正"}, paragraph: 10},
		// An act claimed done alone or stopped where the clause naming the
		// thing has it done jointly (联合大连申报) or resumed (恢复招生).
		{q: "盘锦是自己单独申报下来的绿色石化集群吧", found: true, want: []string{"联合大连申报，不是单独申报"}, paragraph: 9},
		{q: "听说辽河石油职院暂停招生了", found: true, want: []string{"恢复招生，不是暂停招生"}, paragraph: 13},
		{q: "辽河口国家公园盘锦独自创建的？", found: true, want: []string{"协同创建，不是独自创建"}, paragraph: 12},
		// A claim that reorders the sentence names the place between the
		// words the report frames its own place with (联合大连申报).
		{q: "绿色石化集群是盘锦联合营口申报的国家级先进制造业集群吧", found: true, want: []string{"报告写的是大连，不是营口"}, paragraph: 9},
		{q: "辽河石油职业技术学院恢复招生了没有", found: true, not: []string{"更正"}, paragraph: 13},
		{q: "绿色石化集群是跟大连联合申报的吧", found: true, not: []string{"更正"}, paragraph: 9},
		// Asked whether an event no report writes was held or attended,
		// a sentence holding only the verb and sibling events (进博会,
		// 市九运会) does not say yes; an event it writes does.
		{q: "盘锦去年参加了广交会没有", grounding: rag.GroundNotAnswered, want: []string{"没有提到“广交会”"}, not: []string{"根据报告"}},
		{q: "去年承办过亚运会吗", grounding: rag.GroundNotAnswered, want: []string{"没有提到“亚运会”"}, not: []string{"根据报告"}},
		{q: "去年承办了全国男排联赛吗", grounding: rag.GroundNotAnswered, not: []string{"根据报告"}},
		{q: "去年参加辽洽会了吗", found: true, want: []string{"辽洽会"}, paragraph: 8},
		// The verb's object is the thing even when the dictionary does not
		// know its word as a noun (服贸, 达沃斯); 了 before 没有 is no part of it.
		{q: "咱们市去年参加服贸会了没有", grounding: rag.GroundNotAnswered, want: []string{"没有提到“服贸会”"}, not: []string{"根据报告"}},
		{q: "去年有没有去参加达沃斯论坛吗", grounding: rag.GroundNotAnswered, want: []string{"没有提到“达沃斯论坛”"}, not: []string{"根据报告"}},
		// A gap between this year's target rate and last year's result,
		// in points (spoken 个点 too, or with both rates written), is held
		// to the difference of the two rates, not to either rate nor to a
		// gap over a wider place.
		{q: "社零增速今年的目标比去年快了1个点吧", found: true, figures: []string{"4%", "5%"}, not: []string{"更正"}},
		{q: "GDP目标增速今年较上年高出两个点吗", found: true, figures: []string{"3.5%左右", "5.5%左右"}, not: []string{"更正"}},
		{q: "进出口今年目标增速比去年慢了30个点吧", found: true, figures: []string{"39.7%", "6%"}, want: []string{"低33.7个百分点"}},
		{q: "今年进出口目标6%，比去年的39.7%少33.7个百分点对不对", found: true, figures: []string{"39.7%", "6%"}, not: []string{"更正"}},
		{q: "去年公共预算收入涨8.3%，今年目标6%，少了2.3个百分点吧", found: true, figures: []string{"8.3%", "6%"}, not: []string{"更正"}},
		{q: "去年公共预算收入涨8.3%，今年目标6%，少了3个百分点吧", found: true, figures: []string{"8.3%", "6%"}, want: []string{"低2.3个百分点"}},
		// A named group's members asked with 有哪些 or 包括哪些+a noun are
		// not given by the sentence that only names it; a list before an
		// earlier count (A、B等11个…和17个…) is that count's, not the
		// later one's.
		{q: "辽河口湿地三宝都有哪些", grounding: rag.GroundNotAnswered, want: []string{"没有列出"}, not: []string{"根据报告"}},
		{q: "辽西五市包括哪些地方", grounding: rag.GroundNotAnswered, want: []string{"没有列出"}, not: []string{"根据报告"}},
		{q: "那17个新兴领域分别是哪些", grounding: rag.GroundNotAnswered, want: []string{"只给出数量"}, not: []string{"根据报告"}},
		{q: "三大储库有哪些", found: true, want: []string{"储气储碳储能"}, paragraph: 31},
		// A count of times or a games' number claimed otherwise than the
		// cited clause writes it (首次实现…, 市九运会) is corrected with it;
		// the same count stands.
		{q: "海洋督察零反馈已经是第三次实现了吧", found: true, want: []string{"首次实现国家海洋督察零反馈，不是第三次"}, paragraph: 10},
		{q: "国家海洋督察零反馈头一回实现吗", found: true, not: []string{"更正"}, paragraph: 10},
		{q: "市九运会办的是第八届吗", found: true, want: []string{"市九运会，不是第八届"}, paragraph: 13},
		// A problem claimed solved in part where the clause says 彻底解决
		// it, the verb before the thing.
		{q: "围填海遗留问题只解决了一部分吧", found: true, want: []string{"彻底解决，不是解决了一部分"}, paragraph: 10},
		{q: "围填海历史遗留问题彻底解决了吗", found: true, not: []string{"更正"}, paragraph: 10},
		// A count before the name (四项分流措施) names a group as 辽西五市
		// does; a list the report gives elsewhere still answers.
		{q: "防汛那四项分流措施都有哪些", grounding: rag.GroundNotAnswered, want: []string{"只给出数量"}, not: []string{"根据报告"}},
		{q: "八个方面工作都有哪些", found: true, want: []string{"八个方面工作"}, paragraph: 25},
	})
}

// Summary questions get the period's headline figures, each cited, and a
// year's record its areas of work.
func TestSummaries(t *testing.T) {
	eng := fullEngine(t)
	checkGrounding(t, eng, []groundingCase{
		{q: "盘锦去年经济咋样", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}, not: []string{"经济发展持续承压"}},
		{q: "2024年盘锦经济总体咋样", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}},
		{q: "How did the economy do last year?", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}},
		// How the year went asked as a judgement, or as read after spelling
		// (发展得 → 发展的): the year's summary, not a sentence sharing 整体.
		{q: "报告如何评价2024年的工作", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}, want: []string{"稳中有进、稳中提质"}},
		{q: "去年咱们市发展得咋样", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}},
		{q: "盘锦去年整体混得怎么样", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}},
		// The review's opening judges the year besides counting it: how the
		// year went is both.
		{q: "盘锦去年总体干得怎么样", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}, want: []string{"稳中有进、稳中提质", "开创了盘锦振兴发展新局面"}},
		{q: "今年的主要目标", found: true, figures: []string{"5.5%左右", "5.4%", "6%", "10%以上", "5%", "6%", "1.9万人", "110万吨左右"}},
		{q: "去年取得了哪些成绩", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"},
			want: []string{"1. 「（一）精准施策稳增长", "8. 「（八）实干实为提效能"}, not: []string{"成绩的取得"}},
		// The year's record asked as a whole, in everyday words (干了啥,
		// 成绩单, 一览, achieve): the headline figures; with a topic, a
		// district or another city beside the city's own, that one's.
		{q: "去年都干了啥", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}, want: []string{"8. 「（八）实干实为提效能"}},
		// A year the report neither reviews nor plans has no record here.
		{q: "2023年都干了啥", grounding: rag.GroundOtherPeriod, not: []string{"根据报告"}},
		{q: "前年的成绩单", grounding: rag.GroundOtherPeriod, not: []string{"根据报告"}},
		{q: "What did Panjin achieve in 2023?", grounding: rag.GroundOtherPeriod, not: []string{"From the report"}},
		{q: "去年的成绩单", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}},
		{q: "去年经济社会发展主要成绩", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}, not: []string{"正视问题"}},
		{q: "2025年目标一览", found: true, figures: []string{"5.5%左右", "5.4%", "6%", "10%以上", "5%", "6%", "1.9万人", "110万吨左右"}},
		{q: "What did the government achieve last year?", found: true, figures: []string{"3.5%左右", "8.3%", "2.8个百分点", "20%以上", "39.7%", "全省第一"}, want: []string{"8. 「（八）实干实为提效能"}},
		{q: "今年工作重点有哪些", found: true, want: []string{"1. 「（一）狠抓有效需求", "8. 「（八）"}},
		{q: "去年教育干了啥", found: true, not: []string{"3.5%左右"}},
		{q: "What did Panjin achieve together with Dalian in 2024?", found: true, paragraph: 9, want: []string{"联合大连"}},
		{q: "辽滨经开区去年取得了哪些成绩", found: true, want: []string{"辽滨经开区连续6年"}, not: []string{"3.5%左右"}},
		{q: "大连去年经济咋样", grounding: rag.GroundOtherPlace},
		// A topic alone: its figures of both years, or what the report says.
		{q: "就业", found: true, figures: []string{"2.04万人", "1.9万人"}},
		{q: "公交车", found: true, figures: []string{"85台", "132台"}},
		{q: "乡村振兴", found: true},
		{q: "房价", want: []string{"报告未提及“房价”"}},
		// A lead-in ("…的总体要求是：") is quoted with what it announces.
		{q: "今年政府工作的总体要求是什么", found: true, paragraph: 22, want: []string{"总体要求是：以习近平", "稳中求进工作总基调"}},
		// A span of time asked is answered in the report's unit of time,
		// and not by a sentence that gives none.
		{q: "不动产登记要几个小时", found: true, figures: []string{"50分钟内"}},
		{q: "企业开办要几个小时", found: true, want: []string{"1天以内"}},
		{q: "120急救平均多少分钟能到", grounding: rag.GroundOtherUnit, want: []string{"分钟"}},
		// How one of the review's areas of work went: that area's digest —
		// its opening, and each run-in heading with what follows up to its
		// first figure and its whole-year figure — not the year's overview
		// nor the first 300 characters of the area.
		{q: "去年改革开放这一块有啥看点", found: true, paragraph: 10, want: []string{"1天以内", "7.5亿美元", "147亿元"}, not: []string{"3.5%左右"}},
		{q: "产业升级那块去年成效怎么样", found: true, paragraph: 9, want: []string{"74.1%", "403亿元", "45%"}},
		{q: "防风险这部分去年干得咋样，概括几句", found: true, paragraph: 14, want: []string{"全年未发生重特大事故", "100个百分点以上"}, not: []string{"这项数字"}},
		{q: "政府建设方面去年有哪些亮点", found: true, paragraph: 15, want: []string{"126件", "2.63亿元"}, not: []string{"3.5%左右"}},
		// 我市 states a whole-city figure as 全市 does: the topic's last
		// such sentence closes its digest (刊播6次 after 2.63亿元).
		{q: "政府建设那块去年干得咋样，总结一下", found: true, paragraph: 15, want: []string{"2.63亿元", "刊播6次"}},
		// What was done in an area (干了啥, 做了哪些) is asked of the area.
		{q: "去年产业升级这块都干了啥", found: true, paragraph: 9, want: []string{"提升至45%", "增长40%"}},
		// Achievements asked with no period are the review's.
		{q: "改革开放方面有哪些亮点", found: true, paragraph: 10, want: []string{"1天以内", "7.5亿美元"}, not: []string{"3.5%左右"}},
		{q: "产业升级这块有啥看点", found: true, paragraph: 9, want: []string{"74.1%", "403亿元"}},
		// An area named by its title's own words, a generic measure among
		// them (增长 of 稳增长), is that area; its breakthroughs (突破) are
		// what it achieved.
		{q: "去年稳增长方面成效如何？", found: true, paragraph: 8, want: []string{"502个", "451.5亿元"}},
		{q: "去年产业升级有哪些突破？", found: true, paragraph: 9, want: []string{"45%", "40%", "403亿元"}},
		// 突破口 is the report's word asked, not what an area achieved.
		{q: "改革的突破口是什么", found: true, want: []string{"突破口"}, not: []string{"营商环境持续优化"}},
		// How one of the plan's areas is to be done: the area's aims, then
		// each topic's lead with what follows, and its first figure; the
		// area's overall requirement or line of thought: its aims alone,
		// not the whole year's 总体要求.
		{q: "今年民生改善这块有哪些重点", found: true, paragraph: 59, want: []string{"可感可及", "91%", "4.5个", "不少于100场"}},
		// Its big things (大事) are what it stresses too; with no area named
		// they are the eight areas of work.
		{q: "今年民生方面有哪些大事", found: true, paragraph: 59, want: []string{"可感可及", "91%", "4.5个", "不少于100场"}},
		{q: "今年有哪些大事", found: true, want: []string{"1. 「（一）狠抓有效需求", "8. 「（八）"}},
		{q: "平安盘锦今年怎么建", found: true, paragraph: 65, want: []string{"总体国家安全观", "一揽子化债方案"}},
		{q: "民生那一部分总的要求是啥", found: true, paragraph: 59, want: []string{"可感可及"}, not: []string{"总体要求是：以习近平"}},
		{q: "开放带动这一块整体思路是什么", found: true, paragraph: 45, want: []string{"以港兴市"}, not: []string{"没有直接回答"}},
		// What an area says, asked for its gist (讲了啥, 说说, 总结一下),
		// is its digest too; a word of the area's title (改革 of 狠抓改革破
		// 题) or one its aims cover more of than a topic's lead (安全稳定)
		// asks the area, not the topic that also leads with it.
		{q: "今年稳增长、扩需求这部分讲了啥", found: true, paragraph: 26, want: []string{"强化项目支撑", "释放消费潜力"}},
		{q: "今年改革方面重点说说", found: true, paragraph: 39, want: []string{"实施营商环境质量提升行动", "实施标准质量品牌建设行动"}},
		// What is to be done in an area (要做哪些事) is its digest too.
		{q: "今年改革方面要做哪些事？", found: true, paragraph: 39, want: []string{"实施营商环境质量提升行动", "“标准地”"}},
		{q: "今年安全稳定方面说说", found: true, paragraph: 65, want: []string{"全面加强城市公共安全", "防范化解债务金融风险"}},
		// An area named by its short form (稳增长 for the title's 稳定增长),
		// and what is to be done in it asked as 要做什么.
		{q: "今年稳增长要做哪些事", found: true, paragraph: 26, want: []string{"强化项目支撑", "释放消费潜力"}},
		{q: "今年扩内需、稳增长有哪些举措", found: true, paragraph: 26, want: []string{"强化项目支撑"}, not: []string{"总体要求是：以习近平"}},
		{q: "今年安全稳定方面要做什么", found: true, paragraph: 65, want: []string{"全面加强城市公共安全"}, not: []string{"2024年结果"}},
		{q: "沈阳今年稳增长要做哪些事", found: false, grounding: "other_place"},
		// 大方向 asks its line of thought: the aims alone.
		{q: "城乡融合今年的大方向讲讲", found: true, paragraph: 50, want: []string{"以城带乡、以乡润城"}, not: []string{"优化城乡发展格局"}},
		// How a topic of the review went: the area's sentence, and the
		// review's story of it told elsewhere with its figures (¶17).
		{q: "去年抗洪抢险情况怎么样", found: true, paragraph: 14, want: []string{"防汛抗洪能力增强", "14114名", "人员不伤亡"}},
		{q: "去年防汛工作咋样", found: true, paragraph: 14, want: []string{"14114名", "5214名"}},
		// Two things joined: the paragraph telling the first tells the
		// second too, and its sentence answers it beside the first's.
		{q: "去年消费和旅游咋样", found: true, paragraph: 8, want: []string{"社会消费品零售总额增长4%", "64％"}},
		{q: "今年信访和扫黑除恶方面有啥打算", found: true, paragraph: 68, want: []string{"信访工作法治化", "扫黑除恶长效常治"}},
		// Things enumerated with 、 are joined as with 和: each one's
		// sentence of the paragraph answers beside the best one's.
		{q: "港口、铁路今年有哪些项目要推进", found: true, paragraph: 46, want: []string{"10万吨级通用泊位", "阜盘铁路"}},
		{q: "今年港口、机场要建啥", found: true, paragraph: 46, want: []string{"10万吨级通用泊位", "民用运输机场"}},
		// A comma after the kind asked (什么产品、) ends the ask: what
		// follows says more of it and is no second thing.
		{q: "去年研发了啥产品、打破国外垄断", found: true, paragraph: 9, want: []string{"抗应力发白聚丙烯"}, not: []string{"地方标准"}},
		// A run-in heading quoted alone (有效投资夯实支撑。) says nothing:
		// though the other quotes fill the budget, it takes the sentence
		// that opens its topic.
		{q: "去年投资和招商两块情况怎么样", found: true, want: []string{"开复工项目502个", "451.5亿元"}},
		// A topic of an area (释放消费潜力 of 狠抓有效需求) is asked of itself.
		{q: "今年打算怎么促消费", found: true, not: []string{"强化项目支撑"}},
		// One thing an area did is asked of itself, not of the area.
		{q: "去年国企改革有什么进展", found: true, want: []string{"8户市属国企"}, not: []string{"外资外贸能级扩大"}},
		// A word asked that ends in an area's title word after other words,
		// and is written whole in another area (社会治理 in ¶13, beside
		// 系统治理优生态), is not that area.
		{q: "社会治理去年怎么样", found: true, paragraph: 13, want: []string{"社会治理不断完善"}, not: []string{"系统治理优生态"}},
		{q: "社会治理方面去年干得咋样", found: true, not: []string{"系统治理优生态", "PM2.5"}},
		// Where the title modifies the word itself (系统治理), a modifier
		// asked that another area speaks of (治安 in ¶13, 基层 in ¶15) and
		// this one does not names another thing.
		{q: "去年治安治理取得了哪些成效", found: true, not: []string{"系统治理优生态", "PM2.5"}},
		{q: "去年基层治理干得怎么样", found: true, not: []string{"系统治理优生态", "PM2.5"}},
		// Paragraphs opening alike (我们要始终保持…) are a list no heading
		// announces: a question naming their shared opening asks for them
		// all, one naming an item (依法办事) for that paragraph.
		{q: "五个始终保持是什么", found: true, want: []string{"1. 「我们要始终保持绝对忠诚的政治品格。」", "5. 「我们要始终保持廉洁自律的从政操守。」"}},
		{q: "政府系统自身建设要“始终保持”哪几个方面？", found: true, want: []string{"1. 「我们要始终保持绝对忠诚的政治品格。」", "5. 「我们要始终保持廉洁自律的从政操守。」"}, not: []string{"狠抓有效需求"}},
		{q: "始终保持依法办事的思维理念具体要做什么", found: true, paragraph: 72, not: []string{"1. 「"}},
		// The opening's start (我们要…) is how any sentence may begin: no list.
		{q: "我们要始终坚持什么", found: true, not: []string{"1. 「我们要始终保持绝对忠诚的政治品格。」"}},
		// "八个方面…分别是什么" asks for the eight areas.
		{q: "今年重点要做的八个方面工作分别是什么？", found: true, want: []string{"1. 「（一）狠抓有效需求", "8. 「（八）狠抓清险除患"}},
	})
	a, err := eng.Ask(context.Background(), rag.Query{Text: "盘锦去年经济咋样"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Understood.Intent != "summary" {
		t.Errorf("intent %q, want summary", a.Understood.Intent)
	}
}

// Search results carry a relevance comparable across queries, so a list
// can stop where results stop being relevant: 房价 (not in the report)
// has none, 公交车 has its two paragraphs.
func TestSearchRelevance(t *testing.T) {
	eng := fullEngine(t)
	for _, tc := range []struct {
		q        string
		relevant int // hits with relevance >= 0.5
	}{{"房价", 0}, {"公交车", 2}, {"今年GDP目标", 1}} {
		hits, err := eng.Search(context.Background(), rag.Query{Text: tc.q}, 5)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, h := range hits {
			if h.Relevance < 0 || h.Relevance > 1 {
				t.Errorf("%q: relevance %v outside [0,1]", tc.q, h.Relevance)
			}
			if h.Relevance >= 0.5 {
				n++
			}
		}
		if n < tc.relevant || tc.relevant == 0 && n > 0 {
			t.Errorf("%q: %d relevant hits, want %d", tc.q, n, tc.relevant)
		}
	}
}

// The period and the indicator an answer was read for are in its
// understood slots, so integrators can see why it was given or declined.
func TestUnderstoodPeriodAndIndicator(t *testing.T) {
	eng := fullEngine(t)
	for _, c := range []struct{ q, period, indicator string }{
		{"去年GDP增长多少", "2024-result", "地区生产总值增长"},
		{"今年城镇新增就业目标是多少", "2025-plan", "城镇新增就业"},
		{"GDP去年和今年分别是多少", "both", "地区生产总值增长"},
		{"2023年GDP增长多少", "2023", ""},
		{"十五五期间GDP年均增长目标是多少", "十五五", ""},
		{"养老方面有什么打算", "2025-plan", ""}, // 打算: a plan
	} {
		a, err := eng.Ask(context.Background(), rag.Query{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Understood.Period != c.period || a.Understood.Indicator != c.indicator {
			t.Errorf("%s: period %q indicator %q, want %q %q", c.q, a.Understood.Period, a.Understood.Indicator, c.period, c.indicator)
		}
	}
}
