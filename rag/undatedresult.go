package rag

import (
	"regexp"
	"strings"
)

// undatedPlanCues make a question that names no year still ask of the
// plan, or of both years: what is aimed at, what will be, or the two
// set side by side.
//
// The plan asked in other words is one too (预计, 争取, 指标, 拟, 以后),
// and so are the two years asked together (两年各是, 变化): without a
// year they ask the target as a figure, not only quoted.
var undatedPlanCues = []string{"将", "准备", "明年", "未来", "下一步", "will", "going to", "next", "future",
	"预计", "预测", "争取", "指标", "任务", "规划", "拟", "期望", "希望", "以后", "往后", "今后",
	"两年", "各是", "各为", "各有", "变化", "前后"}

// planHui is 会 of what will be ("会提到多少", "会有多少"), not of 社会,
// 大会 nor 机会.
var planHui = regexp.MustCompile(`(?:^|[^社大机议协学全工体盟])会(?:有|是|达|提|增|到|涨|降|超|变)`)

// planYao is 要 of what is to be done ("面积要达到多少", "还要建几个"), not
// of 主要, 重要, 需要, 想要, 只要 nor 要求.
var planYao = regexp.MustCompile(`(?:^|[^主重需想只])要[^求]`)

// groundUndatedResult keeps, for a question that names no period and asks
// how much of a thing there is or was ("稻田里养螃蟹的地有多少亩",
// "进出口总额增长多少"), the review's result as the headline: a plan's
// target is not how much there is. When the report gives the indicator
// for both years, the target's figure part goes; its quote stays,
// labelled as the year's target, so the asker still sees it for what it
// is. Only when that quote shows the target's value, and not when the
// question states a figure (its claim is checked against either year),
// nor when it asks of the plan or of both years in words.
func (e *Engine) groundUndatedResult(d *Draft) {
	ans := d.Answer
	in := d.Intent
	eachNamed := eachOfNamedThings(d.norm)
	if !ans.Found || !in.Figure || in.Both && !eachNamed || in.Summary || in.Period != PeriodNone || len(in.Years) > 0 || in.Halves != nil ||
		hasCorrection(ans) || hasDigit(d.norm) || asksPlanInWords(strings.ReplaceAll(d.norm, "分别", " ")) {
		return
	}
	withResult := map[string]bool{}
	for _, p := range ans.Parts {
		if p.Type == PartFigure && p.Figure != nil && p.Figure.Period.Kind == PeriodResult {
			withResult[p.Figure.Indicator] = true
		}
	}
	if len(withResult) == 0 {
		return
	}
	var targets []AnswerFigure // plan figures the answer goes on to quote
	ans.keepParts(func(p Part) bool {
		f := p.Figure
		if p.Type != PartFigure || f == nil || f.Period.Kind != PeriodPlan || !withResult[f.Indicator] {
			return true
		}
		targets = append(targets, *f)
		return false
	})
	if len(targets) == 0 {
		return
	}
	for _, f := range targets {
		if !quotedValue(ans, f) {
			e.quoteFigureClauses(ans, f)
		}
	}
	ans.figuresFromParts()
}

// eachNamedJoiner joins the things a question names before its 分别
// ("海洋经济生产总值和海洋牧场面积分别是多少").
var eachNamedJoiner = regexp.MustCompile(`[和与及、].*分别`)

// eachOfNamedThings reports whether a question's 分别 goes over the
// things it joins (A和B分别是多少), not over two years: it names no year,
// no result nor plan, and sets nothing side by side but with 分别. The
// analyser reads any 分别 as both years, so such a question would
// otherwise headline the plan's target beside each result.
func eachOfNamedThings(norm string) bool {
	if !eachNamedJoiner.MatchString(norm) {
		return false
	}
	rest := strings.ReplaceAll(norm, "分别", " ")
	return !containsAny(rest, bothCues) && !containsAny(rest, resultCues) && !containsAny(rest, planCues)
}

// quoteFigureClauses quotes the clauses of f's sentence that hold
// numbers, labelled with its paragraph's period, as the answer's next
// part: a figure shown in its own words rather than as the headline.
func (e *Engine) quoteFigureClauses(ans *Answer, f AnswerFigure) {
	r, err := e.ix.Report(f.Report)
	if err != nil {
		return
	}
	p, err := r.Paragraph(f.Paragraph)
	if err != nil {
		return
	}
	runes := []rune(p.Text)
	if f.Start < 0 || f.End > len(runes) || f.Start >= f.End {
		return
	}
	sp := Span{Start: f.Start, End: f.End, byteStart: len(string(runes[:f.Start]))}
	sp.byteEnd = sp.byteStart + len(string(runes[f.Start:f.End]))
	ans.addQuote(citationFor(p, e.figureClauses(p, sp)))
}

// asksPlanInWords reports whether a question with no year asks of the
// plan or sets the years side by side in words: 目标, 计划, 要, 对比.
func asksPlanInWords(norm string) bool {
	return containsAny(norm, planIntentCues) || containsAny(norm, bothCues) || containsAny(norm, undatedPlanCues) || planYao.MatchString(norm) || planHui.MatchString(norm) ||
		containsAny(norm, reviewTargetWords) || planIntentVerb.MatchString(norm)
}

// quotedValue reports whether a quote part of ans, from f's paragraph,
// shows f's value as written.
func quotedValue(ans *Answer, f AnswerFigure) bool {
	for _, p := range ans.Parts {
		if p.Type != PartQuote || len(p.Citations) == 0 {
			continue
		}
		c := ans.Citations[p.Citations[0]]
		if c.Paragraph == f.Paragraph && c.Report == f.Report && strings.Contains(c.Quote, f.Value) {
			return true
		}
	}
	return false
}
