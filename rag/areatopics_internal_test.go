package rag

import (
	"strings"
	"testing"
)

// An area of the plan, asked what it plans or holds, is answered with its
// aims whole and, under each topic, what the topic sets out to do with
// its figures — not its title and its topics' leads alone.
func TestPlanAreaGivesTopicsSubstance(t *testing.T) {
	checkAnswers(t, []answerCase{
		// listAnswer on the area's section.
		{q: "今年城乡融合方面有什么计划？", want: []string{"以城带乡、以乡润城", "1. 「优化城乡发展格局」", "46.6万亩", "购置公交车辆132台", "18万农村居民"}},
		{q: "今年改革方面要实施哪些行动", want: []string{"12个实施方案", "1. 「实施营商环境质量提升行动」"}},
		// planDigest: the figures the topic's opening does not reach.
		{q: "今年城乡融合发展有哪些重点", want: []string{"购置公交车辆132台", "18万农村居民"}},
		{q: "现代化产业体系今年要怎么建，主要点有哪些", want: []string{"2000亿元", "48%", "870万吨"}},
		// The area named by its title, asked what it holds.
		{q: "狠抓统筹协调讲了什么", want: []string{"以城带乡、以乡润城", "购置公交车辆132台"}},
		// The part's areas stay a list of titles; an ordinal asks a title.
		{q: "今年政府重点抓哪几个方面的工作", want: []string{"狠抓统筹协调"}, notWant: []string{"购置公交车辆"}},
		{q: "今年工作安排第五个方面是什么", want: []string{"狠抓统筹协调"}, notWant: []string{"购置公交车辆"}},
	})
}

func TestFiguresAfter(t *testing.T) {
	ix := seedIndex(t)
	e := NewEngine(ix, nil)
	rep := ix.Latest()
	for _, tc := range []struct {
		para int
		from int // sentence index the figures are looked for from
		want []string
	}{
		{54, 1, []string{"购置公交车辆132台，新增优化城乡公交线路10条", "让18万农村居民饮用水与城市同源同网同质。"}},
		{54, 3, []string{"让18万农村居民饮用水与城市同源同网同质。"}},
		{51, 1, nil}, // no figure
	} {
		p := &rep.Paragraphs[tc.para-1]
		sents := FullSentences(p.Text)
		var got []string
		for _, sp := range e.figuresAfter(p, sents, sents[tc.from].Start) {
			got = append(got, p.Text[sp.byteStart:sp.byteEnd])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("figuresAfter(¶%d, from sentence %d) = %q, want %q", tc.para, tc.from, got, tc.want)
		}
	}
}

// A review area's digest gives, under each run-in heading, the figures
// its sentences state, not only its opening and last whole-year figure.
func TestReviewDigestGivesHeadingsFigures(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "民生方面2024年交了一份什么样的答卷", want: []string{"15件民生实事", "城镇新增就业2.04万人", "提高至55%", "信访总量下降25.8%"}},
		{q: "去年民生福祉方面交出了什么答卷？", want: []string{"2.04万人", "55%", "90.6%"}},
	})
}

// Figure sentences that follow one another whole are one quote.
func TestFiguresAfterJoinsAdjacent(t *testing.T) {
	ix := seedIndex(t)
	e := NewEngine(ix, nil)
	p := &ix.Latest().Paragraphs[10] // ¶11
	sents := FullSentences(p.Text)
	from := strings.Index(p.Text, "10家社区便民食堂")
	var got []string
	for _, sp := range e.figuresAfter(p, sents, len([]rune(p.Text[:from]))) {
		got = append(got, p.Text[sp.byteStart:sp.byteEnd])
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], "10家社区便民食堂投入使用。住宅小区物业投诉量下降18.6%。") || got[1] != "植树造林17.4万株。" {
		t.Errorf("figuresAfter(¶11, from 10家社区便民食堂) = %q", got)
	}
}

// A topic asked how, which one area's aims say in passing and a topic of
// another area leads with, is answered by that topic, not the area's
// digest.
func TestTopicLeadBeforeAreaAims(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "今年项目建设这一块打算怎么抓", want: []string{"强化项目支撑", "600个"}, notWant: []string{"3442"}},
		{q: "今年项目建设怎么搞", want: []string{"月月评"}, notWant: []string{"3442"}},
		// The area named by its title keeps its digest.
		{q: "现代化产业体系今年要怎么建", want: []string{"3442", "870万吨"}},
	})
}

// Everyday words for drawing investors in (拉投资, 吸引外地老板) name the
// work on it (提高招商质效。), and fewer trips to offices (少跑, 跑几趟)
// the one-window service; how much outside money came stays 实际到位内资.
func TestEverydayWordsReachTopicLead(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "今年市里准备怎么拉投资", want: []string{"提高招商质效", "红黑榜"}},
		{q: "政府打算咋吸引外地老板过来", want: []string{"一把手"}},
		{q: "外地老板去年投了多少钱", want: []string{"451.5亿元"}, notWant: []string{"提高招商质效"}},
		{q: "今年办手续能少跑点不", want: []string{"一窗通办"}},
	})
}

// A target asked of drawing investment is the count the plan gives right
// after setting its goal (推动招商引资实现新突破，全年新签约注册项目…个);
// how much money comes in is not that count.
func TestInvestmentGoalYardstick(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "招商引资今年定的目标是多少", want: []string{"300个"}},
		{q: "引资方面今年的指标是多少", want: []string{"300个"}},
		{q: "今年引来投资能有多少", notWant: []string{"根据报告：\n【2025年目标】「奋力推动招商引资实现新突破，全年新签约注册项目300个」"}},
	})
}

// Everyday words for unpaid wages (欠工钱), an underground car park
// (地下停车场) and private bosses (私企老板) reach the report's 欠薪,
// 地下车库 and 民营企业 rather than "not mentioned".
func TestEverydayWagesGarageBossWords(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "欠工钱的事政府管不管", want: []string{"根治欠薪"}},
		{q: "小区地下停车场怕淹，有啥办法", want: []string{"地下车库防淹"}},
		{q: "私企老板今年能得到啥支持", want: []string{"民营企业"}, notWant: []string{"报告未提及"}},
	})
}

// A match or race (比赛) is a sports event, not culture: asked which
// ones are held, the answer is the sentence naming the events, not one
// that mentions culture and sports events in passing.
func TestMatchesAreSportsEvents(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "今年市里准备举办什么比赛", want: []string{"全国冰钓赛"}},
		{q: "今年有啥体育比赛能看", want: []string{"全国冰钓赛"}},
		{q: "去年都举办过啥比赛", want: []string{"市九运会"}},
	})
}
