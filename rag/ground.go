package rag

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// figureGrounding is the share of what a figure question asks about that
// the sentence holding a figure (with its paragraph's lead phrase, which
// often names the topic) must hold for that figure to answer it. Tuned on
// the tuning sets, counting a confidently wrong answer as three false
// refusals (docs/eval.md): 0.3 let through eight more wrong answers than
// 0.5 to save five refusals.
const figureGrounding = 0.5

// indicatorGrounding is the share of what was asked that a headline
// figure's own indicator must hold: far lower than figureGrounding, since
// indicators are short ("争取航道") and a question may ask two figures
// ("托育学位多少个？残疾儿童多少名？"); it stops a figure whose indicator
// shares nothing with the question (旅客接待量 for 旅游收入).
const indicatorGrounding = 0.15

// englishIndicatorGrounding is indicatorGrounding for English questions.
const englishIndicatorGrounding = 0.6

// groundFigures keeps a figure question from being answered with a figure
// of something else: unless some quoted or stated figure's clause holds
// what was asked (常住人口 is not 低收入人口; 住院报销 is not 门诊统筹),
// the answer becomes "the report gives no such figure", with the quotes
// kept as related text, labelled so.
func (e *Engine) groundFigures(d *Draft, figure bool) {
	ans := d.Answer
	if figure && !d.Lookup && ans.Understood.Grounding == GroundOtherPeriod {
		e.groundOtherPeriod(d)
		return
	}
	if !figure || !ans.Found || d.Lookup || hasCorrection(ans) || d.Derived || d.Matched || d.yesNoChangeQuoted() {
		return
	}
	// A headline figure must be one of what was asked, not its neighbour
	// in the sentence (旅客接待量 beside 旅游收入).
	var dropped []Citation
	ans.keepParts(func(p Part) bool {
		keep := p.Type != PartFigure || e.groundedPart(d, p)
		if !keep && len(p.Citations) > 0 {
			dropped = append(dropped, ans.Citations[p.Citations[0]])
		}
		return keep
	})
	e.dropOutcoveredFigures(d)
	e.dropOtherStageFigures(d)
	ans.figuresFromParts()
	support, same, otherBest := 0.0, -1.0, 0.0
	var other []Part // supported, but of the period not asked
	for _, p := range ans.Parts {
		if p.Type != PartQuote && p.Type != PartFigure {
			continue
		}
		ok, share := e.partSupport(d, p)
		support = max(support, share)
		switch {
		case !ok:
		case d.ofOtherPeriod(p):
			other = append(other, p)
			otherBest = max(otherBest, share)
		default:
			same = max(same, share)
		}
	}
	if same >= 0 && !otherHoldsMore(same, otherBest) {
		return
	}
	if len(other) > 0 {
		e.otherPeriodParts(d, other, "这项数字")
		return
	}
	ans.Understood.Support = support
	zh, en := "报告没有给出这项数字。相关内容：", "The report gives no figure for this. Related text:"
	if d.onlyChangeOfLevel() {
		zh, en = onlyChangeZh, onlyChangeEn
		d.onlyChange = true
	} else if d.Intent.CountNamed && !d.countOnlyMoved() {
		return
	}
	ans.relatedOnly(GroundNoSuchFigure, zh, en)
	kept := len(ans.Parts)
	if e.addRelated(ans, dropped) {
		// Beside a figure's clause, a quote kept before that shares nothing
		// of what was asked (the report's date line, for "2025年") is no
		// related text. The clauses just added stay whatever they share.
		i := -1
		ans.keepParts(func(p Part) bool {
			i++
			return i >= kept || p.Type != PartQuote || coveredShare(d.asked, Normalize(p.Text)) > 0
		})
	}
}

// onlyChangeZh and onlyChangeEn tell a level asked (营业收入是多少) that
// the report gives only how it moved (营业收入增长40%).
const (
	onlyChangeZh = "报告只给出这项的增减幅度，没有给出数值本身。相关内容："
	onlyChangeEn = "The report gives only how much this changed (a growth or decline rate), not the figure itself. Related text:"
)

// onlyChangeOfLevel reports whether a question asking a level or an
// amount (Intent.Level, Intent.Amount) is answered by a quote with a
// clause that names all that was asked and gives a change: "去年GDP是多少"
// beside 地区生产总值增长3.5%左右. The notice then says
// so, rather than that the report says nothing of it.
func (d *Draft) onlyChangeOfLevel() bool {
	if !d.Intent.Level && !d.Intent.Amount || containsCue(d.norm, changeCues) || moneyAddedAsked.MatchString(d.norm) {
		// "下降了多少起" asks a change, which the notice would deny; so
		// does "增加了多少亿", whose level (451.5亿元) the report gives.
		return false
	}
	for _, p := range d.Answer.Parts {
		if p.Type != PartQuote {
			continue
		}
		for _, sp := range Clauses(p.Text) {
			c := Normalize(p.Text[sp.byteStart:sp.byteEnd])
			if changeClause(c) && coveredShare(d.asked, c) == 1 {
				return true
			}
		}
	}
	return false
}

// countOnlyMoved reports whether a count asked by its noun alone (红海滩
// 游客人数) has its thing written in the answer's quotes only in clauses
// giving how it moved (旅客接待量…增长64％): what else those quotes say (the
// scenic road's rank) is of other things, so no quote tells the count.
func (d *Draft) countOnlyMoved() bool {
	if len(d.asked) == 0 {
		return false
	}
	head := d.asked[len(d.asked)-1:]
	moved := false
	for _, p := range d.Answer.Parts {
		if p.Type != PartQuote {
			continue
		}
		for _, sp := range Clauses(p.Text) {
			c := Normalize(p.Text[sp.byteStart:sp.byteEnd])
			if coveredShare(head, c) < 1 {
				continue
			}
			if !changeClause(c) {
				return false
			}
			moved = true
		}
	}
	return moved
}

// yesNoChangeAsked is a question asking only whether a thing rose or
// fell ("社会救助标准涨了吗"), not by how much; its groups are the verb
// rising and the verb falling.
var yesNoChangeAsked = regexp.MustCompile(movedVerbs + `了?(?:吗|嘛|么|没有|没)$`)

// movedVerbs groups a rising verb and a falling one, for the questions
// that ask or claim a move.
const movedVerbs = `(?:(涨|增长|增加|提高|提升|上调|上涨|上升)|(下降|降低|减少|下调|下滑|降))`

// Words saying a thing rose or fell, in the report's own terms.
var (
	risingWords  = []string{"增长", "增加", "提高", "提升", "上调", "上涨", "上升", "增至", "提至"}
	fallingWords = []string{"下降", "降低", "减少", "下调", "下滑", "压减", "降至"}
)

// yesNoChangeQuoted reports whether a question asking only whether a thing
// rose (or fell) is answered by a quoted clause naming all that was asked
// and saying it moved that way (社会救助标准同步增长): that is the answer,
// though it gives no figure. A clause saying the other way is no answer.
func (d *Draft) yesNoChangeQuoted() bool {
	m := yesNoChangeAsked.FindStringSubmatch(trimQuestionMarks(d.norm))
	if m == nil || strings.Contains(d.norm, "多少") || strings.Contains(d.norm, "几") {
		return false
	}
	words := fallingWords
	if m[1] != "" {
		words = risingWords
	}
	for _, p := range d.Answer.Parts {
		if p.Type != PartQuote {
			continue
		}
		for _, sp := range Clauses(p.Text) {
			c := Normalize(p.Text[sp.byteStart:sp.byteEnd])
			if containsAny(c, words) && coveredShare(d.asked, c) == 1 {
				return true
			}
		}
	}
	return false
}

// otherHoldsMore reports whether the other period's best part holds all
// that was asked where the asked period's holds only part of it: "今年恢复
// 耕地多少亩" is answered by 2024's 恢复耕地1.2万亩 alone, and 2025's 耕地保护
// clause (粮食播种面积183万亩) gives no such figure for 2025.
func otherHoldsMore(same, other float64) bool {
	return other >= 0.999 && same < other-0.2
}

// groundOtherPeriod keeps a count from being shown as "what the report
// gives for the other year" of an amount of money: 跨境电商企业70家 is not
// the 2024 成交额. The answer is then "no such figure", with the count's
// clause as related text. (The other year's figure is otherwise chosen
// by a looser reading than groundFigures': "今年PM2.5浓度要控制在多少以下"
// is rightly shown 2024's 29微克/立方米.)
func (e *Engine) groundOtherPeriod(d *Draft) {
	ans := d.Answer
	var dropped []Citation
	for _, p := range ans.Parts {
		if p.Type == PartFigure && len(p.Citations) > 0 && (d.countForMoney(p) || d.otherLevelFigure(p)) {
			dropped = append(dropped, ans.Citations[p.Citations[0]])
		}
	}
	if len(dropped) == 0 {
		return
	}
	ans.relatedOnly(GroundNoSuchFigure, "报告没有给出这项数字。相关内容：", "The report gives no figure for this. Related text:")
	e.addRelated(ans, dropped)
}

// addRelated shows, as related text after the quotes kept, the clauses of
// the figures taken off the answer, where no quote already cites their
// paragraph: "how much exports 2025年" is shown 进出口总额增长6%, under "the
// report gives no figure for this", rather than nothing of it.
func (e *Engine) addRelated(ans *Answer, figs []Citation) (added bool) {
	for _, c := range figs {
		p := e.ix.citedParagraph(c)
		if p == nil || slices.ContainsFunc(ans.Citations, func(o Citation) bool { return o.Report == c.Report && o.Paragraph == c.Paragraph }) {
			continue
		}
		for _, sp := range Clauses(p.Text) {
			if sp.Start <= c.Start && c.End <= sp.End {
				ans.addQuote(citationFor(p, trimSpan(p.Text, sp)))
				added = true
				break
			}
		}
	}
	return added
}

// ofOtherPeriod reports whether part p cites a paragraph of the period a
// question does not ask: a 2025 target for "去年新开了几条航线".
func (d *Draft) ofOtherPeriod(p Part) bool {
	if len(p.Citations) == 0 {
		return false
	}
	return d.otherPeriodThan(d.Answer.Citations[p.Citations[0]].Period)
}

// otherPeriodThan reports whether per is a period the question does not ask.
func (d *Draft) otherPeriodThan(per Period) bool {
	in := d.Intent
	if in.Both && in.Asks != PeriodNone {
		// "今年托位数4.5，去年多少": the year stated is not the year asked.
		return per.Kind != PeriodNone && per.Kind != in.Asks
	}
	if in.Both || in.Period == PeriodNone && len(in.Years) == 0 {
		return false
	}
	if len(in.Years) > 0 {
		// A named year selects by itself: with several reports, 2024 is
		// one report's result and another's plan ("技术合同成交额 2024实际"
		// is not answered by the 2025 target).
		return per.Kind != PeriodNone && !slices.Contains(in.Years, per.Year)
	}
	return per.Kind != PeriodNone && per.Kind != in.Period
}

// otherPeriodParts makes a figure question whose only supported parts are
// of the other period a "not given for that year" answer showing them,
// labelled, as what the report does give.
func (e *Engine) otherPeriodParts(d *Draft, parts []Part, what string) {
	ans := d.Answer
	// Another kind of what was asked is no figure of it in another year.
	parts = slices.DeleteFunc(parts, func(p Part) bool {
		return p.Type == PartFigure && p.Figure != nil && d.OtherKind(p.Figure.Indicator)
	})
	if len(parts) == 0 {
		ans.relatedOnly(GroundNoSuchFigure, "报告没有给出这项数字。相关内容：", "The report gives no figure for this. Related text:")
		return
	}
	rv, pl := e.ix.years(d.Scope)
	asked := pl
	if d.askedKind() == PeriodResult {
		asked = rv
	}
	given := ans.Citations[parts[0].Citations[0]].Period
	notice := fmt.Sprintf("报告没有给出%d年的%s。报告给出的是%s：", asked, what, given.Label())
	if ans.Lang == "en" {
		notice = fmt.Sprintf("The report does not give this for %d. The nearest it gives is the %s:", asked, given.EnglishLabel())
	}
	keep := map[int]bool{}
	for _, p := range parts {
		keep[p.Citations[0]] = true
	}
	ans.Found = false
	ans.Understood.Grounding = GroundOtherPeriod
	ans.keepParts(func(p Part) bool { return (p.Type == PartQuote || p.Type == PartFigure) && keep[p.Citations[0]] })
	ans.figuresFromParts()
	ans.Parts = append([]Part{TextPart(RoleNotice, notice)}, ans.Parts...)
}

// askedKind is the period a question asks of: the one its interrogative
// belongs to when it names both.
func (d *Draft) askedKind() PeriodKind {
	if d.Intent.Both && d.Intent.Asks != PeriodNone {
		return d.Intent.Asks
	}
	return d.Intent.Period
}

// foundOpen reports whether the draft's answer is found and still open to
// a grounding check: no lookup answered it, no why-question's reason
// settled it, and no step corrected it (a correction stands as given).
func (d *Draft) foundOpen() bool {
	ans := d.Answer
	return ans.Found && !d.Lookup && !ans.reasoned && !hasCorrection(ans)
}

func hasCorrection(ans *Answer) bool {
	for _, p := range ans.Parts {
		if p.Type == PartCorrection {
			return true
		}
	}
	return false
}

// groundedPart reports whether a quote or figure part holds a figure
// whose clause covers what was asked.
func (e *Engine) groundedPart(d *Draft, p Part) bool {
	ok, _ := e.partSupport(d, p)
	return ok
}

// partSupport is groundedPart with the best share of what was asked that a
// figure clause of the part holds.
func (e *Engine) partSupport(d *Draft, p Part) (bool, float64) {
	if len(p.Citations) == 0 {
		return false, 0
	}
	c := d.Answer.Citations[p.Citations[0]]
	start, end := c.Start, c.End
	if p.Type == PartFigure {
		// The figure's own clause, and its indicator: a list of figures
		// in one clause ("旅客接待量、旅游收入分别增长64％、29.9％")
		// names each by its indicator.
		start, end = p.Figure.Start, p.Figure.End
		if ok, share := e.indicatorFits(d, p); !ok {
			return false, share
		}
	}
	para := e.ix.citedParagraph(c)
	if para == nil {
		return false, 0
	}
	itemEnd, ok := figureItemEnd(d, p, para)
	if !ok {
		return false, 0
	}
	cl := e.ix.para(para).clauses
	ca := e.readClauseAsk(d)
	best := 0.0
	for i, k := range cl {
		if k.span.End <= start || k.span.Start >= end || !(k.digit || d.rank && holdsOrdinal(k.norm)) || d.unfitClause(k.norm) ||
			d.Intent.Lang != "en" && sizesOtherNoun(d.asked, k.norm) || d.Intent.Lang == "en" && lacksAskedScale(d.asked, k.norm) {
			continue
		}
		// The sentence up to the figure's clause: in Chinese a number's
		// subject comes before it, so what the sentence says after it
		// (…增长4%，盘锦获评…生活圈试点城市) is not what the number counts.
		// Every clause lies in a sentence, so there is no other window.
		window := Normalize(para.Lead + para.Text[sentenceStart(cl, i):min(k.span.byteEnd, itemEnd)])
		// Words naming the figure's area — its section's title or the short
		// sentence heading its run (防汛抗洪能力增强。) — are met there: they
		// count for the share, neither for the head nor as a qualifier the
		// clause contrasts ("去年防汛应急专项演练多少次" asks 演练, and 防灾救灾
		// 应急 is no other 应急). An English question's head is no noun it
		// ends with: not there.
		asked, scoped := d.asked, window
		if d.Intent.Lang != "en" {
			scope := scopeOf(para, cl, i)
			asked, scoped = outsideScope(d.asked, scope, window), scope+window
		}
		if !e.clauseCounts(d, ca, cl, i, asked, window, scoped) || d.Intent.Lang != "en" && cityTotalOmits(k.norm, window, asked) {
			continue
		}
		share := max(coveredShare(ca.described, scoped), turnedShare(d.focus, scoped))
		best = max(best, share)
		if share >= figureGrounding && (e.ix.coversAsked(d, window) || measuresUnwrittenHead(d, k.norm)) && !e.ix.heldOnlyByRateTerm(asked, scoped) {
			return true, share
		}
	}
	return false, best
}

// figureItemEnd is where a figure part's clause window may end in para, and
// false when the noun the figure measures is not the one asked.
func figureItemEnd(d *Draft, p Part, para *Paragraph) (int, bool) {
	// A figure that ends its list item counts what comes before it, not
	// the next item ("学位520个、普惠率达到…"); one followed by its noun
	// ("10家社区便民食堂") counts that: its window may end at itemEnd.
	if p.Type != PartFigure {
		return len(para.Text), true
	}
	itemEnd := len(para.Text)
	at := byteAt(para.Text, p.Figure.End)
	if endsItem(para.Text[at:]) {
		itemEnd = at
	}
	if n := measuredNoun(p.Figure.Unit, para.Text[at:]); n != "" && !coversHead(d.asked, Normalize(n)) {
		return 0, false // 华锦阿美项目3.57平方公里配套产业园: the park's area, not the project's
	}
	return itemEnd, true
}

// clauseAsk is what partSupport reads from the question once, before it
// weighs each figure clause.
type clauseAsk struct {
	described  []askedTerm
	pair       []askedTerm // the head and its qualifier, when the report says them together
	thresholds []threshold
	whole      string
	rankMove   bool   // by how many places a rank moved
	rankScope  string // among what a rank is asked
	// wholeTerms and partNames split a part asked of a whole: the whole's
	// words, and the words that tell the part from it (工业 of 工业投资).
	wholeTerms, partNames []askedTerm
}

func (e *Engine) readClauseAsk(d *Draft) clauseAsk {
	ca := clauseAsk{
		described:  describing(withoutAskerClause(withoutAskersOwn(sceneBefore(beforeAside(d.asked, d.norm), d.norm), d.norm), d.norm)),
		thresholds: e.writtenThresholds(d),
		whole:      e.wholeWritten(d),
		rankMove:   asksRankMove(d.norm),
	}
	if d.Intent.Lang != "en" {
		ca.pair = e.qualifiedHead(d)
	}
	if d.Intent.Rank {
		ca.rankScope = rankScope(d.norm)
	}
	if d.partOf && d.Intent.Lang != "en" {
		ca.wholeTerms, ca.partNames = splitWholePart(d.part, d.asked)
	}
	return ca
}

// clauseCounts reports whether the figure clause cl[i], read in window (and
// scoped, with its area's words), counts what was asked rather than a
// neighbour, a part, a whole or another subject.
func (e *Engine) clauseCounts(d *Draft, ca clauseAsk, cl []normClause, i int, asked []askedTerm, window, scoped string) bool {
	k := cl[i]
	zh := d.Intent.Lang != "en"
	switch {
	case e.ix.contrasted(asked, k.norm) && !holdsStatedFigure(d.norm, k.norm):
		return false // 大豆全产业链产值 for 河蟹's; but the figure a claim states is its to correct
	case zh && e.ix.measuresOther(asked, k.norm, d.norm) && !goalYardstick(d.norm, cl, i, asked):
		return false // 引进人才1.15万人 after 吸引高校毕业生来盘就业: the talents', not the graduates'
	case !holdsThresholds(window, ca.thresholds):
		return false // 新签约注册项目260个 is not how many of them are 亿元以上
	case d.partOf && (!coversPart(d.part, d.asked, window) || !coversWhole(d.part, d.asked, scoped) ||
		d.whole != "" && wholeClause(k.norm, d.whole)):
		return false // the whole's figure, or another thing's, where a part of the whole was asked
	case namesWholeNotPart(ca, asked, k.norm):
		return false // 固定资产投资增长20%以上 where 工业投资 is asked of it
	case ca.whole != "" && !holdsWholeFigure(window, ca.whole):
		return false // 其中亿元以上项目125个 counts a part of 600个, not of the 366个 asked
	case d.focus != nil && coveredShare(d.focus, window) < figureGrounding:
		return false // the figure of what the question set out from, not of what it asks
	// A rank asked: an amount, a rank among others or of another subject
	// does not answer; by how many places it moved, 升至第21位 does not.
	case d.Intent.Rank && rankUnfit(k.norm, window, ca.rankScope, asked) || ca.rankMove && !rankMoved.MatchString(k.norm):
		return false
	case zh && d.Intent.Rank && ranksOtherMeasure(d.norm, k.norm, window):
		return false // 增速均全省第一 where the size's rank is asked; 7.5亿美元、全省第二 where the growth's
	case !d.Intent.Rank && containsAny(k.norm, totalCues) && asksOneOfPair(d.asked, window):
		return false // 盘锦大米和盘锦河蟹…合计突破千亿元 is neither's own value
	case ca.pair != nil && !holdsEvery(scoped+meansPurpose(cl, i), ca.pair):
		return false // 城镇新增就业1.9万人 where 高校毕业生就业 is asked, which the report names elsewhere
	case zh && namesWholeOfKind(d.asked, window):
		return false // 引进人才1.15万人 where 高层次人才 is asked before 引进
	case zh && fundsOtherThing(d.asked, scoped):
		return false // 投入技改资金70.1亿元 where 抗洪投入多少资金 is asked
	case zh && lacksQualifier(asked, window) && (d.quotedWhole(k.norm) || namedQualifier(asked)):
		return false // 技术合同成交额13亿元 where 跨境电商成交额 is asked, which ¶10 names; 跨境电商's 成交额 for 东北新发地's
	case zh && e.lacksCountedWord(d, scoped):
		return false // 首批8类84家示范单位 where 绿色工厂示范单位多少家 is asked
	case zh && countsQualifiedHead(d.norm, d.asked, k.norm, e.ix.broadWord):
		return false // 新增外贸型企业18家 where 去年新增企业多少家 is asked: a kind's count, not all firms'
	case zh && countsOtherKind(d.norm, d.asked, k.norm, e.ix.broadWord):
		return false // 新增外贸型企业18家 where 外资企业 is asked: another kind's count
	case zh && countsOnlyYears(d.norm, k.norm):
		return false // 开展…三年行动 where 消防救援队伍成立了几支 is asked
	case zh && countsOtherUnit(d.norm, k.norm):
		return false // 惠及居民2万余户 where 多少人 is asked
	case zh && countedByCounter.MatchString(d.norm) && e.ix.lacksCountedKind(asked, k.norm, scoped):
		return false // 新增省级企业技术中心2家 where 外贸企业新增多少家 is asked
	case zh && e.wholeCityBesideNamed(d, asked, cl, i):
		return false // 全市旅客接待量…增长64% where 红海滩游客 is asked, a thing the sentence names apart
	case zh && qualifierAfterHead(asked, window):
		return false // 农产品交易额145亿元 where 河蟹电商平台交易额 is asked, the platform named after it
	case listedOnly(asked, window) && !countsInAskedMeasure(d.norm, window) && !splitAsked.MatchString(d.norm):
		// 危化品、渔业船舶…等11个重点行业领域 counts the fields, not the fishing
		// boats asked. Each item's figure asked (供水、供热各…) is the split
		// step's to decline, telling the total as such.
		return false
	}
	// 占有率增至15.7%，…营业收入增长40%: the 40% is the revenue's. Where the
	// head's own figure is no answer (压减支出6.7亿元 for 支出多少), the next
	// clause's (审减…资金0.8亿元) is not either.
	j := headFiguredBefore(d.asked, cl, i)
	return !(zh && j >= 0 && (d.Intent.Change || d.unfitClause(cl[j].norm)))
}

// meansPurpose is the clause after cl[i] when cl[i] lies in a sentence
// opening with 通过 (by means of) and that clause states no figure: the
// purpose the means serve. WHY: "通过…等15项举措，有效化解政府债务" counts
// the measures taken to reduce debt, so "化解政府债务用了多少项举措" is asked
// of it though 化解 stands after the figure. "" otherwise.
func meansPurpose(cl []normClause, i int) string {
	j := i
	for j > 0 && !sentenceEndSet.has(cl[j-1].last) {
		j--
	}
	if !strings.HasPrefix(cl[j].norm, "通过") || i+1 >= len(cl) || sentenceEndSet.has(cl[i].last) || cl[i+1].digit {
		return ""
	}
	return cl[i+1].norm
}

// goalLeads are how a clause sets a goal for the thing it names ("推动招
// 商引资实现新突破"): the clause after it says by what the goal is measured.
var goalLeads = []string{"实现新突破", "取得新突破", "实现新跨越", "迈上新台阶", "再上新台阶"}

// goalAsked are the words a question asks a goal with.
var goalAsked = []string{"目标", "指标", "任务"}

// goalYardstick reports whether a question asking a goal (norm holds 目标)
// meets a figure clause cl[i] that opens with 全年 and follows, in its
// sentence, a clause setting a goal for something asked ("奋力推动招商引资
// 实现新突破，全年新签约注册项目300个"). WHY: the report names the year's
// yardstick (项目) of the goal it just set, so the figure is the goal asked
// (招商引资目标) though it names another noun; asked how much money comes
// in, it still counts projects, not money.
func goalYardstick(norm string, cl []normClause, i int, asked []askedTerm) bool {
	if i == 0 || sentenceEndSet.has(cl[i-1].last) || !strings.HasPrefix(cl[i].norm, "全年") || !containsAny(norm, goalAsked) {
		return false
	}
	lead := strings.TrimRightFunc(cl[i-1].norm, unicode.IsPunct)
	if !endsWithAny(lead, goalLeads) {
		return false
	}
	return slices.ContainsFunc(asked, func(t askedTerm) bool { return t.weight >= 1 && t.in(lead) })
}

// kindMeasure is a measure word that names the kind it counts (篇 written
// pieces, 艘 ships, 辆 vehicles, 架 aircraft), asked before the noun.
var kindMeasure = regexp.MustCompile(`(?:多少|几)([篇艘辆架])`)

// measuresUnwrittenHead reports whether the question counts its head, a
// noun no report writes (稿件), in a kindMeasure (多少篇稿件), and clause
// counts in that measure (刊发400余篇). WHY: the report names such a count
// by its measure alone, so the head is never beside the figure, yet the
// measure says the kind counted is the one asked; 个 or 项 would not.
func measuresUnwrittenHead(d *Draft, clause string) bool {
	for _, t := range d.asked {
		if !t.head || !t.missing || len(t.syn) > 0 {
			continue
		}
		for _, m := range kindMeasure.FindAllStringSubmatchIndex(d.norm, -1) {
			if strings.HasPrefix(d.norm[m[1]:], t.term) && countedIn(clause, d.norm[m[2]:m[3]]) {
				return true
			}
		}
	}
	return false
}

// countedIn reports whether clause writes a number right before measure
// (400余篇, 两艘).
func countedIn(clause, measure string) bool {
	for at := range wordPositions(clause, measure) {
		before := strings.TrimRight(clause[:at], "余多")
		if r, _ := utf8.DecodeLastRuneInString(before); unicode.IsDigit(r) || numeralSet.has(r) {
			return true
		}
	}
	return false
}

// withoutAskersOwn is asked without the nouns no report writes that
// stand right after the asker's 我 or 俺 (我奶奶家, 俺孩子): whose the
// thing is that the question is about. WHY: "我奶奶家去年做了适老化改造，全市
// 一共做了多少户" asks the city's count; 奶奶 is no word a figure's clause
// could hold, yet it weighed most and the answer was declined. The head
// asked stays: "我孩子多少" asks of nothing else.
func withoutAskersOwn(asked []askedTerm, norm string) []askedTerm {
	own := func(t askedTerm) bool {
		if !t.missing || !t.noun || t.head || t.at <= 0 {
			return false
		}
		return strings.HasSuffix(norm[:t.at], "我") || strings.HasSuffix(norm[:t.at], "俺")
	}
	if !slices.ContainsFunc(asked, own) {
		return asked
	}
	return slices.DeleteFunc(slices.Clone(asked), own)
}

// exampleList is a run of one clause listing items with 、 up to the 等
// that closes the list (提升危化品、渔业船舶、道路交通、消防等).
var exampleList = regexp.MustCompile(`[^，,；;。：:]*、[^，,；;。：:]*?等`)

// listedOnly reports whether every asked word window holds stands there
// only among the items of a list closed by 等: the report names the thing
// asked as one example of a kind (渔业船舶 among 11个重点行业领域), so a
// figure of the sentence counts the kind or the work, never the thing. A
// word written outside the list too (项目 of 等272个新建项目) is counted.
func listedOnly(asked []askedTerm, window string) bool {
	rest := window
	for _, m := range exampleList.FindAllStringIndex(window, -1) {
		if next, _ := utf8.DecodeRuneInString(window[m[1]:]); strings.ContainsRune("级待同于", next) {
			continue // 等级, 等待: no list closed
		}
		rest = strings.Replace(rest, window[m[0]:m[1]], "\n", 1)
	}
	held := false
	for _, t := range asked {
		if t.in(rest) {
			return false // even a common word (举措 of 等15项举措) is what the figure counts
		}
		held = held || t.weight >= 1 && t.in(window)
	}
	return held
}

// askedMeasure is the measure word a question counts in (多少篇, 几项).
var askedMeasure = regexp.MustCompile(`(?:多少|几)(\p{Han})`)

// countsInAskedMeasure reports whether window counts in the measure word
// the question counts in (多少篇 and 刊发400余篇, 多少项举措 and 等15项举措):
// the asker names a list's examples to ask the count of the whole, which
// the figure gives. 个 counts anything, and tells nothing.
func countsInAskedMeasure(norm, window string) bool {
	for _, m := range askedMeasure.FindAllStringSubmatch(norm, -1) {
		if m[1] == "个" || !measureSet.has([]rune(m[1])[0]) && !strings.Contains("篇艘支辆", m[1]) {
			continue
		}
		for at := range wordPositions(window, m[1]) {
			before := strings.TrimRight(window[:at], "余多")
			if r, _ := utf8.DecodeLastRuneInString(before); unicode.IsDigit(r) || numeralSet.has(r) {
				return true
			}
		}
	}
	return false
}

// qualifierAfterHead reports whether window writes the qualifier asked
// only after the head's own figure (农产品交易额达到145亿元、盘锦河蟹电商平台
// 入驻商户达到85家 where 河蟹电商平台交易额 is asked): a Chinese qualifier
// comes before its head, so this one qualifies a later item, and the head's
// figure is another's, as the qualifier's own figure after it is. A year
// after the qualifier (2025年) is no figure of it.
func qualifierAfterHead(asked []askedTerm, window string) bool {
	h, q := headQualifier(asked)
	if q == nil {
		return false
	}
	figureAt := headFigureAt(window, asked[h])
	qi := termIndex(window, *q)
	if figureAt >= 0 && qi > figureAt && strings.Contains(window[figureAt:qi], "其中") {
		return false // 新签约注册项目300个，其中亿元以上项目80个: a part of the head's whole, the one asked
	}
	return figureAt >= 0 && qi > figureAt && statedNumberAt(window[qi:]) >= 0
}

// headFigureAt is where the figure right after t's last mention in text
// starts (交易额达到145亿元: at 145), -1 when no figure follows it at once.
func headFigureAt(text string, t askedTerm) int {
	at, end := -1, -1
	for _, w := range t.spellings() {
		if i := strings.LastIndex(text, w); i > at {
			at, end = i, i+len(w)
		}
	}
	if at < 0 {
		return -1
	}
	rest := text[end:]
	for _, w := range reachedWords {
		rest = strings.TrimPrefix(rest, w)
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsDigit(r) {
		return -1
	}
	return len(text) - len(rest)
}

// namedQualifier reports whether the word asked right before the head is
// a name of its own: four or more characters the reports write only as
// asked (东北新发地, 京哈高速). A sentence giving the head's figure without
// that name gives another subject's (跨境电商企业…成交额增长24.7%, 华锦阿美
// 项目…工程总体进度超过55%); a short common word (外资, 下乡) or one the
// reports write otherwise (pm2.5, 家门口) a sentence may leave to its
// context, so only a quote naming it all tells there (quotedWhole).
func namedQualifier(asked []askedTerm) bool {
	_, q := headQualifier(asked)
	return q != nil && utf8.RuneCountInString(q.term) >= minNameRunes &&
		!slices.ContainsFunc(q.syn, func(w string) bool { return w != q.term })
}

// minNameRunes is the fewest characters of a qualifier read as a name.
const minNameRunes = 4

// lacksQualifier reports whether window names the head asked but not the
// word asked right before it: 成交额 without 跨境电商.
func lacksQualifier(asked []askedTerm, window string) bool {
	h, q := headQualifier(asked)
	return q != nil && asked[h].in(window) && !q.in(window)
}

// headQualifier is the asked head's index and the full word the question
// writes right before it, one the reports write (跨境电商 of 跨境电商成交额);
// q is nil when there is none.
func headQualifier(asked []askedTerm) (h int, q *askedTerm) {
	h = slices.IndexFunc(asked, func(t askedTerm) bool { return t.head })
	if h < 0 {
		return -1, nil
	}
	if q = tellingQualifier(asked, h); q == nil || q.weight < 1 || q.missing || q.part {
		return h, nil
	}
	return h, q
}

// tellingQualifier is qualifierOf(asked, h), or, where that word is part
// of how the reports may write the head itself (项目 of 注册项目, a
// spelling of 新签约), the one right before it: 央地合作项目新签约 asks the
// 央地合作 projects' signings, and 新签约注册项目300个 holds 项目 only as
// its own head's word.
func tellingQualifier(asked []askedTerm, h int) *askedTerm {
	q := qualifierOf(asked, h)
	if q == nil || !slices.ContainsFunc(asked[h].spellings(), func(w string) bool { return w != q.term && strings.Contains(w, q.term) }) {
		return q
	}
	for i := range asked {
		if &asked[i] == q {
			if qq := qualifierOf(asked, i); qq != nil {
				return qq
			}
		}
	}
	return q
}

// quotedWhole reports whether a quote of the answer has a sentence, other
// than the one of clause, that names all that was asked: the report then
// writes the asked indicator with its qualifiers, and a figure of the head
// without them (技术合同成交额 for 跨境电商成交额) is another kind's.
func (d *Draft) quotedWhole(clause string) bool {
	for _, p := range d.Answer.Parts {
		if p.Type != PartQuote {
			continue
		}
		for _, sp := range Sentences(p.Text) {
			sent := Normalize(p.Text[sp.byteStart:sp.byteEnd])
			if !strings.Contains(sent, clause) && coveredShare(d.asked, sent) == 1 {
				return true
			}
		}
	}
	return false
}

// moneyThreshold is an amount with 以上 or 以下 that sets which things are
// counted ("亿元以上项目", "500万元以上的项目", "一千万元以下"), with the
// rune after it: its number, its scale, 上 or 下, the rune.
var moneyThreshold = regexp.MustCompile(`([0-9.]+|[零一二两三四五六七八九十百千]+)?([万亿]*)元以([上下])(?:的)?(\p{Han})?`)

// threshold is a money threshold in yuan, with its side.
type threshold struct {
	yuan  float64
	above bool
}

// thresholdsIn are the money thresholds norm names. With asked, only those
// that count things by: an amount a claim states ("成交额是13亿元以上吗")
// is a value, not a threshold — it follows a number and no noun follows it.
func thresholdsIn(norm string, asked bool) []threshold {
	var out []threshold
	for _, m := range moneyThreshold.FindAllStringSubmatchIndex(norm, -1) {
		num, scale := 1.0, norm[m[4]:m[5]]
		if m[2] >= 0 {
			var ok bool
			if num, ok = thresholdNumber(norm[m[2]:m[3]]); !ok {
				continue
			}
		}
		if m[2] < 0 && scale == "" {
			continue // 元以上 alone sets no amount
		}
		noun := m[8] >= 0 && !strings.Contains("吗呢吧啊呀了么", norm[m[8]:m[9]])
		if asked && m[2] >= 0 && !noun {
			continue
		}
		for _, r := range scale {
			num *= chinesePlaces[r]
		}
		out = append(out, threshold{yuan: num, above: norm[m[6]:m[7]] == "上"})
	}
	return out
}

// thresholdNumber reads the number of a threshold: 500, 1.5, 五百, 千.
func thresholdNumber(s string) (float64, bool) {
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		return v, true
	}
	return ParseChineseNumber(s)
}

// writtenThresholds are the money thresholds a question counts things by
// that the report counts by too (亿元以上, 500万元以上): a threshold it never
// writes is one it says otherwise (百亿级), which this reading cannot tell.
func (e *Engine) writtenThresholds(d *Draft) []threshold {
	if strings.Count(d.norm, "多少")+strings.Count(d.norm, "几") > 1 {
		// "签约多少项目，亿元以上的多少": two figures asked, and the report
		// giving one answers in part.
		return nil
	}
	asked := thresholdsIn(d.norm, true)
	return slices.DeleteFunc(asked, func(t threshold) bool {
		_, _, ok := e.clauseHolding(d.Scope, func(text string) bool { return hasThreshold(thresholdsIn(text, false), t) }, nil)
		return !ok
	})
}

// hasThreshold reports whether ths holds t.
func hasThreshold(ths []threshold, t threshold) bool {
	return slices.ContainsFunc(ths, func(w threshold) bool { return w.above == t.above && math.Abs(w.yuan-t.yuan) < 1 })
}

// holdsThresholds reports whether a figure's window holds every money
// threshold asked: 新签约注册项目260个 counts every project signed, not those
// of 亿元以上, which the report counts apart (其中亿元以上项目80个). The
// figure's own 451.5亿元 is no threshold.
func holdsThresholds(window string, asked []threshold) bool {
	if len(asked) == 0 {
		return true
	}
	in := thresholdsIn(window, false)
	for _, t := range asked {
		if !hasThreshold(in, t) {
			return false
		}
	}
	return true
}

// sizeUnits measure a thing's size: a figure in one followed right away by
// a noun is that noun's size (3.57平方公里配套产业园).
var sizeUnits = map[string]bool{"平方公里": true, "平方米": true, "万平方米": true, "公顷": true, "亩": true, "万亩": true}

// measuredNoun is the noun a size figure in unit measures when one follows
// it right away in rest (the text after the figure), up to the clause's
// end; "" when none does (修复湿地150.2公顷。) or the unit is no size.
func measuredNoun(unit, rest string) string {
	if !sizeUnits[unit] {
		return ""
	}
	end := strings.IndexAny(rest, "，。；、,;：:（(")
	if end < 0 {
		end = len(rest)
	}
	n := rest[:end]
	r, _ := utf8.DecodeRuneInString(n)
	if !unicode.Is(unicode.Han, r) || strings.HasPrefix(n, "以上") || strings.HasPrefix(n, "左右") || strings.HasPrefix(n, "以内") {
		return ""
	}
	return n
}

// sizesOtherNoun reports whether every size figure a clause writes is
// followed by the noun it measures, naming nothing asked: a quoted clause is
// read as figureItemEnd reads a headline's (华锦阿美项目3.57平方公里配套产业园
// gives the park's area, not the project's). An English question's head
// is not its last word, so only a Chinese one is read so.
func sizesOtherNoun(asked []askedTerm, clause string) bool {
	locs := sizeFigure.FindAllStringIndex(clause, -1)
	for _, l := range locs {
		unit := strings.TrimLeft(clause[l[0]:l[1]], "0123456789 ")
		// Any word asked may name the noun: a question giving the unit
		// (多少平方公里) ends on the unit, not on what it measures.
		n := measuredNoun(strings.TrimPrefix(unit, "千"), clause[l[1]:])
		if n == "" || slices.ContainsFunc(asked, func(t askedTerm) bool { return !t.part && t.in(Normalize(n)) }) {
			return false
		}
	}
	return len(locs) > 0
}

// pairJoin finds two things joined (盘锦大米和盘锦河蟹): the run before the
// joining word, and what follows it.
var pairJoin = regexp.MustCompile(`(\p{Han}{2,8})(?:和|与|及|、)(\p{Han}{2,})`)

// asksOneOfPair reports whether a window that joins two things names what
// was asked in one of them only: some asked term is in the one and none in
// the other (盘锦大米 asked; 盘锦大米和盘锦河蟹). A total of the pair is then no
// figure of the one asked. A question naming both, in any words the
// lexicon knows (rice and river crab, 大米和螃蟹), asks the total.
func asksOneOfPair(asked []askedTerm, window string) bool {
	for _, m := range pairJoin.FindAllStringSubmatch(window, -1) {
		left, right := []rune(m[1]), []rune(m[2])
		if len(right) > len(left) {
			right = right[:len(left)] // the other thing, as long as the first
		}
		l, r := string(left), string(right)
		onlyL, onlyR := 0, 0
		for _, t := range asked {
			switch inL, inR := t.in(l), t.in(r); {
			case t.weight < 1:
			case inL && !inR:
				onlyL++
			case inR && !inL:
				onlyR++
			}
		}
		if (onlyL > 0) != (onlyR > 0) {
			return true
		}
	}
	return false
}

// qualifiedHead is the question's head and the word right before it that
// qualifies it (高校毕业生 of 高校毕业生就业, 央地合作 of 央地合作新签约), when
// one clause of the report holds both (吸引更多高校毕业生来盘就业创业): the
// report names the narrower thing, so a figure whose window lacks the
// qualifier (城镇新增就业1.9万人) is of the wider one. nil otherwise.
func (e *Engine) qualifiedHead(d *Draft) []askedTerm {
	h := slices.IndexFunc(d.asked, func(t askedTerm) bool { return t.head })
	if h < 0 {
		return nil
	}
	q := tellingQualifier(d.asked, h)
	if q == nil {
		q = farQualifier(d.asked) // 高校毕业生今年留盘就业多少人
	}
	if q == nil || q.weight < 1 || q.missing || q.part || d.asked[h].missing || joinedBefore(d.norm, q.at) {
		return nil // "开工和竣工项目各多少": two kinds asked, neither narrows the other
	}
	pair := []askedTerm{*q, d.asked[h]}
	if _, _, ok := e.clauseHolding(d.Scope, func(text string) bool { return holdsEvery(text, pair) }, nil); !ok {
		return nil
	}
	return pair
}

// farQualifier is, for a question asking two terms only, the first when
// it opens the question and is a long noun the lexicon knows (高校毕业生),
// with only periods and words no report writes between it and the head:
// 「高校毕业生今年留盘就业多少人」 asks the graduates' jobs, as 高校毕业生就业
// does. nil otherwise.
func farQualifier(asked []askedTerm) *askedTerm {
	if len(asked) != 2 || !asked[1].head {
		return nil
	}
	q := &asked[0]
	if q.at != 0 || len([]rune(q.term)) < 4 || len(q.syn) == 0 || q.at+len(q.term) > asked[1].at {
		return nil
	}
	return q
}

// joinedBefore reports whether the word at byte at of norm is joined to
// one before it: one of siblingJoins right before it.
func joinedBefore(norm string, at int) bool {
	if at <= 0 || at > len(norm) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(norm[:at])
	return strings.ContainsRune(siblingJoins, r)
}

// holdsEvery reports whether text holds every one of terms.
func holdsEvery(text string, terms []askedTerm) bool {
	for _, t := range terms {
		if !t.in(text) {
			return false
		}
	}
	return true
}

// headFiguredBefore is the earlier clause of clause i's sentence that
// gives a figure of the asked head where clause i does not name the head:
// there the head was measured, and clause i's figure has a subject of its
// own. -1 when there is none. (An English question's head is no noun it
// ends with: the caller asks only of a Chinese one.)
func headFiguredBefore(asked []askedTerm, cl []normClause, i int) int {
	h := slices.IndexFunc(asked, func(t askedTerm) bool { return t.head })
	if h < 0 || asked[h].in(cl[i].norm) {
		return -1
	}
	for j := i - 1; j >= 0 && !sentenceEndSet.has(cl[j].last); j-- {
		if cl[j].digit && asked[h].in(cl[j].norm) {
			return j
		}
	}
	return -1
}

// indicatorFits reports whether figure part p's indicator is of what was
// asked, with the share of it the indicator holds.
func (e *Engine) indicatorFits(d *Draft, p Part) (bool, float64) {
	ind := Normalize(p.Figure.Indicator)
	min := indicatorGrounding
	if d.Intent.Lang == "en" {
		// An English question's asked terms are only the words the
		// lexicon knows, each a concept: the indicator must hold most.
		min = englishIndicatorGrounding
	}
	share := coveredShare(d.asked, ind)
	if share < min || e.ix.contrasted(d.asked, ind) {
		return false, share
	}
	if modifierOnly(d.asked, d.norm, ind) {
		return false, 0 // 进出口总额增长 for 外贸型企业
	}
	if d.focus != nil && coveredShare(d.focus, ind) < figureGrounding {
		return false, 0 // 刑事警情's, where the question turned to 治安警情
	}
	if d.countForMoney(p) {
		return false, 0 // 跨境电商企业70家 is no 成交额
	}
	if d.shareForMoney(p) {
		return false, 0 // 化工精细化率48% is no 营业收入
	}
	if asksCapacity(d.norm) && isCountUnit(p.Figure.Unit) {
		return false, 0 // 200个项目竣工投产 is no plant's size
	}
	if d.partOf && d.Intent.Lang != "en" && !indicatorNamesPart(d, ind) {
		return false, 0 // 科技型中小企业's 35.8% where 高新技术企业 of the two is asked
	}
	return true, share
}

// unfitClause reports whether a figure clause is of another kind than the
// question asks: a change or a count of things where a level is asked, a percentage or a
// thing's seats where a count is, an addition where a stock is, a level
// reached where an addition is, a total where one thing's own figure is,
// a level reached where by how much it moved is, anything but an area
// where a size is, an addition where how many in all or how large is (or
// a clause whose item of the thing asked is a year's doing and none gives
// how much there is: 修复湿地150.2公顷, 退出油井301口 do not say how much
// wetland or how many wells there are, though another item beside them
// reads 达到 or 疏浚), a cut of the
// thing where its amount is, a rank of government other than the one asked,
// a count of things where a sum of money is (跨境电商企业达到70家 for 卖了多少:
// countForMoney's check of a headline figure, made of a quoted clause too).
func (d *Draft) unfitClause(norm string) bool {
	in := d.Intent
	return in.Level && (changeClause(norm) || countOnly(norm)) || in.Change && levelOnly(norm) && !(in.Added && addsItem(norm, d.asked)) || in.Amount && (percentOnly(norm) || slotsOfAsked(d.asked, norm, d.norm)) ||
		in.Stock && !holdsStock(norm, d.asked) || in.Added && reachedOnly(norm) || d.alone && containsAny(norm, totalCues) ||
		containsAny(d.norm, sizeCues) && !sizeFigure.MatchString(norm) || asksCapacity(d.norm) && !capacityFigure.MatchString(norm) || (asksAll(d.norm) || asksExtent(d.norm)) && (additionOnly(norm) || doneOfAsked(norm, d.asked) && !holdsStock(norm, d.asked)) ||
		cutOfAsked(d.asked, norm, d.stated+d.norm) || otherLevel(askedLevel(d.norm), norm, d.asked) ||
		sumOfYears(d.norm, d.Intent.Period) && !containsAny(norm, totalCues) ||
		in.Amount && countOfThingsAsked(d.norm, d.asked) && (countsNothing(norm) || d.Intent.Lang != "en" && countsNamedKindOnly(norm, d.asked)) ||
		in.Added && moneyAddedAsked.MatchString(d.norm) && !addsMoney(norm) ||
		growthInMoneyUnfit(d.norm, norm) ||
		d.money && (countOnly(norm) || moneyOfOtherItem(norm, d.asked)) ||
		in.Change && !in.Amount && !in.Added && !in.Level && statesNoChange(norm, d.asked) ||
		YearTotalForGathering(d.norm, norm) ||
		containsAny(d.norm, claimAllCues) && !containsAny(d.norm, useWords) && !containsAny(d.norm, newWorkWords) && putIntoUseOfAsked(norm, d.asked)
}

// useWords tell that things were put into use: a year's new ones.
var useWords = []string{"投入使用", "投用"}

// newWorkWords ask a year's new ones in all (总共新建了多少个食堂): the
// count a year put into use answers them.
var newWorkWords = []string{"新建", "新增", "建成", "新开"}

// putIntoUseOfAsked reports whether a clause has an item counting things
// of the kind asked that a year put into use (10家社区便民食堂投入使用):
// asked how many there are in all (总共有多少家), it tells only the
// year's new ones.
func putIntoUseOfAsked(norm string, asked []askedTerm) bool {
	for _, item := range strings.Split(norm, "、") {
		if strings.ContainsFunc(item, unicode.IsDigit) && containsAny(item, useWords) && coveredShare(asked, item) > 0 {
			return true
		}
	}
	return false
}

// moveMarks are the words with which a clause tells a figure moved (增长,
// 下降, 翻番, 两倍, 百分点): one without any of them, nor a word of what a
// year added or took away (flowWords: 新建, 退出), gives how much there is,
// not by how much it moved.
var moveMarks = []string{"增", "降", "减", "涨", "跌", "升", "倍", "翻", "百分点", "提高", "扩大", "缩小", "同比", "比上年"}

// statesNoChange reports whether a figure clause gives only how much there
// is (跨境电商企业达到70家) — no move of it — once the head asked is taken
// out of it: a question asking how the new signings grew (新签约注册项目增长
// 多少) names the signing itself, and 全年新签约注册项目260个 is their count,
// not their growth. "增长多少" is then not answered by it.
func statesNoChange(norm string, asked []askedTerm) bool {
	for _, t := range asked {
		if !t.head {
			continue
		}
		for _, s := range t.spellings() {
			if s != "" {
				norm = strings.ReplaceAll(norm, s, "")
			}
		}
	}
	return !containsAny(norm, moveMarks) && !containsAny(norm, flowWords)
}

// yearDoings are the verbs of a year's doing to a thing that leave how
// much of it there is untold: what it added (additionWords), built
// (建成), restored (修复), renovated (续建改造老旧小区11个 says nothing of
// how many old estates were ever renovated), bought (购置), retired (退出)
// or installed (安装电梯智能阻车系统4166部 says nothing of how many lifts
// there are).
var yearDoings = append(slices.Clone(additionWords), "建成", "修复", "改造", "续建", "购置", "购买", "采购", "退出", "关停", "淘汰", "安装")

// YearsDoing reports whether a figure's name (an indicator: 退出油井,
// 新购公交车辆) says what a year did to its thing (yearDoings), which
// leaves how much of the thing there is untold.
func YearsDoing(name string) bool { return containsAny(Normalize(name), yearDoings) }

// doneOfAsked reports whether a clause has an item giving what a year did
// to the thing asked (修复湿地150.2公顷, 退出油井301口): asked how much
// there is in all, that item is no answer.
func doneOfAsked(norm string, asked []askedTerm) bool {
	for _, item := range strings.Split(norm, "、") {
		if strings.ContainsFunc(item, unicode.IsDigit) && containsAny(item, yearDoings) && coveredShare(asked, item) > 0 {
			return true
		}
	}
	return false
}

// addsItem reports whether a clause has an item giving what a year added
// of the thing asked (新增普惠性幼儿园学位520个): it answers "学位增加了多少"
// though another item of it gives a rate reached (普惠率达到90.6%), but
// not "普惠率增加了多少" — places added are no change of the rate.
func addsItem(norm string, asked []askedTerm) bool {
	for _, item := range strings.Split(norm, "、") {
		if strings.ContainsFunc(item, unicode.IsDigit) && containsAny(item, additionWords) && coveredShare(asked, item) == 1 {
			return true
		}
	}
	return false
}

// cumulativeCues ask what several years added up to (累计新签约项目, over
// the three years), which one year's figure (全年新签约注册项目260个) is not;
// a year named (去年累计新增就业) bounds the sum to that year's own figure.
var cumulativeCues = []string{"累计", "历年", "多年来", "这些年", "cumulative", "over the years", "over the three years", "over three years", "over the past"}

func asksCumulative(norm string) bool { return containsAny(norm, cumulativeCues) }

// sizeCues ask a thing's size (占地多少, 面积多大), which only a figure in a
// unit of area gives: not 8个配套泊位 beside the project's name.
var (
	sizeCues   = []string{"占地", "面积"}
	sizeFigure = regexp.MustCompile(`[0-9]\s*(?:万|千)?(?:平方公里|平方千米|平方米|公顷|亩)`)
)

// A plant's size (臻德化工装置是多大规模, 生产线产能多少) is what it turns out
// a year, which only a figure of output gives (20万吨/年): not a count of
// the projects its sentence lists it among, nor a berth's grade (10万吨级
// 通用泊位), which tells what ships it takes.
var (
	plantNouns     = []string{"装置", "生产线", "产线", "工厂", "机组", "炼厂"}
	capacityCues   = []string{"规模", "产能", "多大", "生产能力"}
	capacityFigure = regexp.MustCompile(`[0-9]\s*(?:万|千|百)?(?:吨|千瓦|兆瓦|立方米|标箱|桶)(?:[^级]|$)`)
)

// outputCues ask what a thing turns out a year of whatever they are said
// of — a project's (华锦阿美项目产能多少) as a plant's: no plant noun is needed,
// as 规模 and 多大 need one to ask output rather than extent.
var outputCues = []string{"产能", "生产能力"}

// asksCapacity reports whether a question asks a plant's size.
func asksCapacity(norm string) bool {
	return containsAny(norm, outputCues) || containsAny(norm, plantNouns) && containsAny(norm, capacityCues)
}

// outsideScope is asked without the terms that scope holds and window
// does not: met by the figure's area, not by its sentence.
func outsideScope(asked []askedTerm, scope, window string) []askedTerm {
	outside := func(t askedTerm) bool { return t.in(scope) && !t.in(window) }
	if !slices.ContainsFunc(asked, outside) {
		return asked
	}
	return slices.DeleteFunc(slices.Clone(asked), outside)
}

// maxRunHeading bounds the sentence that heads a run of a review
// paragraph: "有效投资夯实支撑。", "防汛抗洪能力增强。".
const maxRunHeading = 16

// scopeOf is what names the area of clause i of para: its section's title
// and the nearest sentence before clause i's that is one short clause
// with no figure — the heading of its run in a review paragraph. Normalized.
func scopeOf(para *Paragraph, cl []normClause, i int) string {
	scope := Normalize(para.Section) + " "
	s := i
	for s > 0 && !sentenceEndSet.has(cl[s-1].last) {
		s--
	}
	// cl[s] opens clause i's sentence; each earlier sentence ends at cl[s-1].
	for s > 0 {
		h := s - 1
		for h > 0 && !sentenceEndSet.has(cl[h-1].last) {
			h--
		}
		if h == s-1 && !cl[h].digit && utf8.RuneCountInString(cl[h].norm) <= maxRunHeading {
			return scope + cl[h].norm + " "
		}
		s = h
	}
	return scope
}

// moneyNouns end an asked head that is an amount of money: its figure
// is in yuan, never a count of things. 资金 (funds) is a sum of money too.
var moneyNouns = []string{"额", "产值", "收入", "营收", "增加值", "资金"}

// countedQuotas end in 额 as a sum does but count places, people or
// things (托育名额: 新增托位1000个): no amount of money.
var countedQuotas = []string{"名额"}

// asksMoney reports whether the question's head asks an amount of money:
// a Chinese head by its own noun, an English one ("sales", "revenue") by
// the report terms it stands for, when each of them is a sum (营业收入).
func asksMoney(asked []askedTerm) bool {
	return slices.ContainsFunc(asked, func(t askedTerm) bool {
		if !t.head || t.missing {
			return false
		}
		if startsHan(t.term) || len(t.syn) == 0 {
			return namesMoney(t.term)
		}
		return !slices.ContainsFunc(t.syn, func(s string) bool { return !namesMoney(s) })
	})
}

// namesMoney reports whether a term ends on a noun of an amount of money.
func namesMoney(term string) bool {
	return endsWithAny(term, moneyNouns) && !endsWithAny(term, countedQuotas)
}

// soldAsked finds how much was sold asked with no measure word (卖了多少,
// 卖出多少钱): a sales amount, which the count of the sellers (跨境电商企业
// 70家) is not.
var soldAsked = regexp.MustCompile(`卖(?:了|出了?|掉了?)?多少(?:钱|亿元?|万元?)?[?？]?$`)

// asksSold reports whether a normalized question asks how much was sold.
func asksSold(norm string) bool { return soldAsked.MatchString(norm) }

// countForMoney reports whether figure part p counts things where the
// question asks an amount of money.
func (d *Draft) countForMoney(p Part) bool {
	return d.money && p.Figure != nil && isCountUnit(p.Figure.Unit)
}

// countWords are measure words of things counted.
var countWords = map[string]bool{"个": true, "家": true, "人": true, "名": true, "项": true, "所": true, "台": true, "辆": true, "户": true, "座": true, "条": true, "处": true, "件": true, "次": true, "人次": true, "批": true, "套": true}

// isCountUnit reports whether a figure's unit counts things: 家, 万人.
func isCountUnit(unit string) bool {
	return countWords[strings.TrimLeft(unit, "十百千万亿")]
}

// partCues mark a question that names a whole and asks a part of it:
// "新买的公交里有几台是电动的", "360公里里，光暖气管子占了多少"; partAfterFigure
// finds a whole given by its figure: "2.04万人里高校毕业生有多少".
var (
	partCues        = []string{"里有", "里面有", "里头有", "当中有", "之中有", "其中", "里，", "里,", "里光", "中光", "里面光"}
	partAfterFigure = regexp.MustCompile(`(` + wholeFigure + `)(?:里|当中|中[，,有的是哪多几光])`)
	// partAfterNamed finds a whole given by its figure and its noun:
	// "366个新开工项目里亿元以上的有多少". Plain 中 opens too many words
	// (中心, 中小企业) to close a noun.
	partAfterNamed = regexp.MustCompile(`(` + wholeFigure + `)\p{Han}{1,8}?(?:里|当中|之中)`)
	// figureBeforePart is a whole's figure that ends its clause right
	// before a part cue: "城市公园20处，其中新建的几处".
	figureBeforePart = regexp.MustCompile(`(` + wholeFigure + `)[，,]?$`)
	// figureBeforeInner is a whole's figure and its noun right before an
	// inner mark that an asked part follows (partBetweenTerms).
	figureBeforeInner = regexp.MustCompile(`(` + wholeFigure + `)\p{Han}{1,8}?(?:` + strings.Join(innerMarks, "|") + `)[ ，,的]*$`)
)

// wholeFigure is a figure of things counted or measured that a question
// may give as the whole it asks a part of.
const wholeFigure = `[0-9][0-9.]*(?:万|亿)?(?:人次|人|个|台|辆|家|户|公里|亩|所|条|项|元|名|处|部|套|座|吨|公顷|平方米|标箱)`

// englishPartOf opens an English question that names a whole and asks a
// part of it: "Of the 19,000 new jobs targeted for 2025, how many are for
// college graduates?".
var englishPartOf = regexp.MustCompile(`^(?:of|out of|among) (?:the|its|these|those|all|all the) [^?]*?(?:how many|how much|what share|what percentage|what proportion)\b`)

// englishWholeFigure is the figure an English question gives its whole:
// "of the 260 newly signed projects".
var englishWholeFigure = regexp.MustCompile(`[0-9]+(?:\.[0-9]+)?(?:万|亿)?`)

// englishWholeGiven is the first englishWholeFigure of text that is no
// year ("of the 2025 targets" gives none).
func englishWholeGiven(text string) string {
	for _, f := range englishWholeFigure.FindAllString(text, -1) {
		if !yearLike.MatchString(f) {
			return f
		}
	}
	return ""
}

// yearLike is a figure that reads as a year.
var yearLike = regexp.MustCompile(`^(?:19|20)[0-9]{2}$`)

// partAsked is what a question asks of a whole it names: its asked terms
// after the whole, generic ones aside, and the whole's figure when the
// question gives it ("360公里"); ok is false when it names no whole.
func partAsked(norm string, asked []askedTerm) (part []askedTerm, whole string, ok bool) {
	at, cue := -1, -1
	for _, c := range partCues {
		if i := strings.Index(norm, c); i > 0 && (at < 0 || i+len(c) < at) {
			at, cue = i+len(c), i
		}
	}
	// Every partAfterFigure match holds a digit and 里 or 中; every
	// englishPartOf match opens the question.
	if strings.ContainsAny(norm, "里中") && strings.ContainsAny(norm, "0123456789") {
		if m := partAfterFigure.FindStringSubmatchIndex(norm); m != nil && (at < 0 || m[1] < at) {
			at, whole = m[1], norm[m[2]:m[3]]
		} else if m := partAfterNamed.FindStringSubmatchIndex(norm); m != nil && (at < 0 || m[1] <= at) {
			at, whole = m[1], norm[m[2]:m[3]]
		}
	}
	var lead []askedTerm
	if i, l := partBetweenTerms(norm, asked); i >= 0 && (at < 0 || i < at) {
		at, cue, lead = i, -1, l
	}
	if whole == "" && cue > 0 {
		if m := figureBeforePart.FindStringSubmatchIndex(norm[:cue]); m != nil {
			whole = norm[m[2]:m[3]]
		}
	}
	if whole == "" && cue < 0 && at > 0 {
		// "502个开复工项目中竣工投产的有多少": the 中 an asked part follows
		// closes the whole's noun, whose figure is the whole's.
		if m := figureBeforeInner.FindStringSubmatchIndex(norm[:at]); m != nil {
			whole = norm[m[2]:m[3]]
		}
	}
	englishWhole := strings.HasPrefix(norm, "of ") || strings.HasPrefix(norm, "out of ") || strings.HasPrefix(norm, "among ")
	if englishWhole && at < 0 {
		if m := englishPartOf.FindStringIndex(norm); m != nil {
			// "Of the 85 new buses, how many are electric?": a part asked in
			// words the lexicon lacks is still a part, which no figure of the
			// whole answers. The whole's figure (260) keeps out a part of
			// another whole (其中亿元以上项目80个 counts of the 300).
			return termsFrom(asked, m[1]), englishWholeGiven(norm[:m[1]]), true
		}
	}
	if at < 0 {
		return nil, "", false
	}
	part = append(lead, termsFrom(asked, at)...)
	if len(part) == 0 && cue > 0 {
		part = leadAfterCue(norm, cue, at, asked)
	}
	// "城市公园20处，其中新建的几处": the part may repeat the whole's words
	// (新建 of 新建和改造), which leaves no term of its own; the whole's
	// figure given still says a part is asked, which it does not answer.
	return part, whole, len(part) > 0 || whole != ""
}

// statesOnlyWhole reports whether the one number a question states is the
// figure of a whole it asks a part of ("502个开复工项目中竣工投产的有多少"):
// a number it sets out from, not a claim to check against its clause.
func statesOnlyWhole(norm string, asked []askedTerm) bool {
	_, whole, ok := partAsked(norm, asked)
	if !ok || whole == "" {
		return false
	}
	i := strings.Index(norm, whole)
	return i >= 0 && statedNumberAt(norm[:i]) < 0 && statedNumberAt(norm[i+len(whole):]) < 0
}

// innerMarks set a whole before them off from a part after them:
// "新登记经营主体里个体工商户", "经营主体中 个体户".
var innerMarks = []string{"里面", "里头", "当中", "之中", "里", "中"}

// partBetweenTerms is where the part begins when an inner mark stands
// right after an asked term — the whole ending at it — and the part
// starts after it (a space, comma or 的 allowed): "经营主体里 个体工商户增长
// 多少". The part must open with an asked term, so 城里, 家里 or 中小企业
// (whose 中 opens the next term) are no marks; lead is the part's opening
// word when the asked terms, each kept once, do not place it there: a
// term asked again ("科技型中小企业、高新技术企业里高新技术企业"), or a
// qualifier the reports never write before the whole's head asked again
// ("治安警情中盗窃警情": 盗窃). -1 when there is none.
func partBetweenTerms(norm string, asked []askedTerm) (at int, lead []askedTerm) {
	for _, w := range asked {
		if w.at < 0 || w.weight < 1 {
			continue
		}
		end := w.at + len(w.term)
		rest := norm[end:]
		if slices.ContainsFunc(asked, func(t askedTerm) bool { return t.at == end }) {
			continue // 中 opens an asked word: 中青 of 旅游中青旅
		}
		for _, m := range innerMarks {
			if !strings.HasPrefix(rest, m) {
				continue
			}
			next := end + len(m)
			next += len(norm[next:]) - len(strings.TrimLeft(norm[next:], " ，,的"))
			if slices.ContainsFunc(asked, func(t askedTerm) bool { return t.at == next && t.weight >= 1 }) {
				return next, nil
			}
			if lead := leadOfPart(norm[next:], w, asked); lead != nil {
				return next, lead
			}
			break
		}
	}
	return -1, nil
}

// leadAfterCue is the part's lead after a part cue that closes a whole
// asked term, when no asked term follows it: "治安警情里，盗窃类警情" (盗窃类).
func leadAfterCue(norm string, cue, at int, asked []askedTerm) []askedTerm {
	i := slices.IndexFunc(asked, func(t askedTerm) bool { return t.at >= 0 && t.at+len(t.term) == cue })
	if i < 0 {
		return nil
	}
	return leadOfPart(strings.TrimLeft(norm[at:], " ，,的"), asked[i], asked)
}

// maxPartQualifier bounds, in runes, a qualifier the reports never write
// that opens a part before the whole's head asked again.
const maxPartQualifier = 4

// leadOfPart is the word that opens rest, where a part asked of the whole
// w starts: an asked term asked again, or a run of two to four characters
// followed by w's own term (盗窃 of 盗窃警情 after 治安警情中).
func leadOfPart(rest string, w askedTerm, asked []askedTerm) []askedTerm {
	if i := slices.IndexFunc(asked, func(t askedTerm) bool { return t.weight >= 1 && t.at >= 0 && strings.HasPrefix(rest, t.term) }); i >= 0 {
		return []askedTerm{asked[i]}
	}
	rs := []rune(rest)
	for n := 2; n <= maxPartQualifier && n < len(rs); n++ {
		if !isHan(rs[n-1]) || isStopRune(rs[n-1]) {
			return nil
		}
		if strings.HasPrefix(string(rs[n:]), w.term) && !isStopRune(rs[0]) {
			return []askedTerm{{term: string(rs[:n]), weight: 1, missing: true}}
		}
	}
	return nil
}

// holdsWholeFigure reports whether text holds the whole's figure as
// written, never inside another number (20处 is not in 120处).
func holdsWholeFigure(text, whole string) bool {
	for i := range wordPositions(text, whole) {
		if i == 0 || !isNumberByte(text[i-1]) {
			return true
		}
	}
	return false
}

// wholeClause reports whether clause is the whole's own: it holds the
// whole's figure and counts no part after it (…项目600个、其中亿元以上
// 项目125个 does).
func wholeClause(clause, whole string) bool {
	i := strings.Index(clause, whole)
	return i >= 0 && !strings.Contains(clause[i:], "其中")
}

// wholeWritten is the whole's figure the question gives when the report
// writes it: a part of it is then counted after it (366个…项目里亿元以上
// is not 600个、其中亿元以上项目125个). "" otherwise.
func (e *Engine) wholeWritten(d *Draft) string {
	if !d.partOf || d.whole == "" {
		return ""
	}
	if _, _, ok := e.clauseHolding(d.Scope, func(text string) bool { return holdsWholeFigure(text, d.whole) }, nil); !ok {
		return ""
	}
	return d.whole
}

// focusCues turn a question from what it sets out from to what it asks:
// "刑事警情下降了，那电信诈骗案件下降了多少".
var focusCues = []string{"，那", ",那", "那么"}

// focusAsked is what a question asks after a focus cue: its asked terms
// there, generic ones aside; nil when it has no such turn.
func focusAsked(norm string, asked []askedTerm) []askedTerm {
	at := -1
	for _, c := range focusCues {
		if i := strings.Index(norm, c); i > 0 {
			at = i + len(c)
			break
		}
	}
	if at < 0 {
		at = statedThenAsked(norm)
	}
	if at < 0 {
		return nil
	}
	focus := termsFrom(asked, at)
	if len(focus) == len(asked) {
		return nil // nothing before the turn: an ordinary question
	}
	return focus
}

// statedThenAsked is where the clause "X呢" that closes a question
// begins when the clause before it states a figure and asks nothing
// ("今年燃气管道20公里，老旧小区呢"): the statement is what the asker
// already knows, and X the thing asked in its turn; -1 otherwise.
func statedThenAsked(norm string) int {
	head, tail, ok := cutAtLastComma(norm)
	if !ok || head == "" {
		return -1
	}
	if !strings.HasSuffix(strings.TrimRight(tail, "？?。 "), "呢") || asksIn(head) || statedNumberAt(head) < 0 {
		return -1
	}
	return len(norm) - len(tail)
}

// focusThings are the terms a question turned to that name a thing, not
// where in the report to look (问题部分, 这块: digestWords); nil when none.
func focusThings(focus []askedTerm) []askedTerm {
	var out []askedTerm
	for _, t := range focus {
		if !slices.Contains(digestWords, t.term) {
			out = append(out, t)
		}
	}
	return out
}

// termsFrom are the asked terms at or after byte offset at of the
// question, generic ones aside.
func termsFrom(asked []askedTerm, at int) []askedTerm {
	var out []askedTerm
	for _, t := range asked {
		if t.at >= at && t.weight >= 1 {
			out = append(out, t)
		}
	}
	return out
}

// coversPart reports whether text holds one of the part's terms, as
// written or by a report term the whole's terms do not share: 高校毕业生
// stands for 就业 in the lexicon, but so does the whole, 城镇新增就业.
func coversPart(part, asked []askedTerm, text string) bool {
	for _, t := range part {
		if ContainsTerm(text, t.term) {
			return true
		}
		for _, s := range t.syn {
			if ContainsTerm(text, s) && !wholeSays(part, asked, s) {
				return true
			}
		}
	}
	return false
}

// coversWhole reports whether text holds an asked term that is not of
// the part, when there is one: 电动 of 电动自行车 is not 电动 of the buses asked.
func coversWhole(part, asked []askedTerm, text string) bool {
	any := false
	for _, w := range asked {
		if hasTerm(part, w.term) || w.weight < 1 {
			continue
		}
		any = true
		if ContainsTerm(text, w.term) || containsAnyTerm(text, w.syn) {
			return true
		}
	}
	return !any
}

// splitWholePart is the whole's words of a question that asks a part of
// it, and the words that name the part: not those the whole's words hold
// (投资 of 固定资产投资里工业投资), nor the part's head when a qualifier
// is left (投入 of 研发经费里企业研发投入) — what both measure.
func splitWholePart(part, asked []askedTerm) (whole, names []askedTerm) {
	for _, t := range asked {
		if !hasTerm(part, t.term) && t.at >= 0 && t.weight >= 1 && !t.missing {
			whole = append(whole, t)
		}
	}
	for _, t := range part {
		if !slices.ContainsFunc(whole, func(w askedTerm) bool { return strings.Contains(w.term, t.term) }) {
			names = append(names, t)
		}
	}
	if len(names) > 1 {
		names = slices.DeleteFunc(names, func(t askedTerm) bool { return t.head })
	}
	return whole, names
}

// namesWholeNotPart reports whether a figure clause names the whole a
// part was asked of but not the part: 新登记经营主体增长21.7% is the
// whole's growth, not its 企业's.
func namesWholeNotPart(ca clauseAsk, asked []askedTerm, clause string) bool {
	if len(ca.partNames) == 0 || !slices.ContainsFunc(ca.wholeTerms, func(t askedTerm) bool { return t.in(clause) }) {
		return false
	}
	return !coversPart(ca.partNames, asked, clause)
}

// indicatorNamesPart reports whether a figure's indicator names the part
// asked of a whole, when words name it: a list's figure (分别增长35.8%、
// 10.6%) is the item's its indicator names.
func indicatorNamesPart(d *Draft, ind string) bool {
	_, names := splitWholePart(d.part, d.asked)
	return len(names) == 0 || coversPart(names, d.asked, ind)
}

// hasTerm reports whether terms holds the asked term t.
func hasTerm(terms []askedTerm, t string) bool {
	return slices.ContainsFunc(terms, func(a askedTerm) bool { return a.term == t })
}

// wholeSays reports whether an asked term not of the part stands for s.
func wholeSays(part, asked []askedTerm, s string) bool {
	for _, w := range asked {
		if hasTerm(part, w.term) {
			continue
		}
		if w.term == s || slices.Contains(w.syn, s) {
			return true
		}
	}
	return false
}

// describing is asked without the words the reports never write that are
// no nouns: how a resident describes a thing (便宜, 吃口饭, 防滑) is not
// what its figure measures.
func describing(asked []askedTerm) []askedTerm {
	out := make([]askedTerm, 0, len(asked))
	for _, t := range asked {
		if !t.missing || t.noun && !isLocative(t.term) {
			out = append(out, t)
		}
	}
	return out
}

// isLocative reports whether a word names where a resident stands, not
// what is counted: 家里, 门口, 区里 (of 社区里). A closed list: 路口, 码头,
// 人口 end alike and are things a figure counts.
func isLocative(w string) bool { return residentSettings[w] }

var residentSettings = map[string]bool{"家里": true, "门口": true, "家门口": true, "区里": true, "村里": true, "城里": true,
	"楼下": true, "楼里": true, "院里": true, "屋里": true, "身边": true, "附近": true, "跟前": true, "那片": true,
	"城区": true, "市区": true}

// endsItem reports whether rest, the text after a figure, starts with a
// list separator.
func endsItem(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("、，；。,;", r)
}

// aloneCues ask one thing's own figure; totalCues mark a figure that adds
// several up (盘锦大米和盘锦河蟹…合计突破千亿元).
var (
	aloneCues = []string{"单独", "各自", "单个", "单项", "分开", "自己的", "本身的", "光是", "单是", "单单", "分别是多少", "on its own", "alone", "separately"}
	totalCues = []string{"合计", "共计", "总计", "加起来", "累计"}
)

// byteAt is the byte offset of rune offset n in s.
func byteAt(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// coversHeadWord is coversHead where the head word must stand as a word
// of its own: 出口 inside 进出口 is another word (imports and exports), so
// a question about exports alone is not answered by the trade total.
func (ix *Index) coversHeadWord(asked []askedTerm, text string) bool {
	if !coversHead(asked, text) {
		return false
	}
	for _, t := range asked {
		if !t.head || t.missing || t.part {
			continue
		}
		if !ContainsTerm(text, t.term) && holdsOnlyItsHead(text, t) {
			// 高层次人才 is a kind of 人才: the kind's figure is not the
			// whole's (引进人才1.15万人).
			return false
		}
		if containsAnyTerm(text, t.syn) && !slices.Contains(t.syn, t.term) {
			if !startsHan(t.term) && !ix.holdsEnglishWord(asked, t, text) {
				return false // exports: 出口 only inside 进出口
			}
			continue
		}
		return ix.holdsWholeWord(text, t.term) || containsAnyTerm(text, withoutTerm(t.syn, t.term))
	}
	return true
}

// holdsEnglishWord reports whether text holds a report term for English
// term t as a word of its own, or inside a longer one that another asked
// term also makes: "foreign trade (imports+exports)" asks 进出口, and
// "imports and exports" are 进出口 too — a compound of two words written
// as one (进口 + 出口), as Chinese shortens pairs.
func (ix *Index) holdsEnglishWord(asked []askedTerm, t askedTerm, text string) bool {
	for _, s := range t.syn {
		if !ContainsTerm(text, s) {
			continue
		}
		if ix.holdsWholeWord(text, s) {
			return true
		}
		for _, w := range wordsAround(text, s) {
			if slices.ContainsFunc(asked, func(o askedTerm) bool { return o.term != t.term && makesPart(o, w) }) {
				return true
			}
		}
	}
	return false
}

// wordsAround are the runs of text of up to two more runes that hold s: the
// longer words s may be inside (进出口 for 出口).
func wordsAround(text, s string) []string {
	var out []string
	for i := range wordPositions(text, s) {
		from := i
		for k := 0; k < 2 && from > 0; k++ {
			_, size := utf8.DecodeLastRuneInString(text[:from])
			from -= size
		}
		out = append(out, text[from:i+len(s)])
	}
	return out
}

// makesPart reports whether asked term o stands for w or for a word whose
// every rune w holds (进口 in 进出口).
func makesPart(o askedTerm, w string) bool {
	for _, x := range o.syn {
		if strings.Contains(w, x) || startsHan(x) && !strings.ContainsFunc(x, func(r rune) bool { return !strings.ContainsRune(w, r) }) {
			return true
		}
	}
	return false
}

// holdsOnlyItsHead reports whether the only report terms for t that text
// holds are t's own head word: 人才 for 高层次人才 (Chinese compounds put
// the head last, so a term ending t names what t is a kind of).
func holdsOnlyItsHead(text string, t askedTerm) bool {
	head := false
	for _, s := range t.syn {
		switch {
		case s == t.term || !ContainsTerm(text, s):
		case strings.HasSuffix(t.term, s):
			head = true
		default:
			return false
		}
	}
	return head
}

// holdsWholeWord reports whether text holds w other than as the tail of a
// longer dictionary word (进出口 for 出口).
func (ix *Index) holdsWholeWord(text, w string) bool {
	for i := range wordPositions(text, w) {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		// A numeral before it counts it (四星级 is 星级, four of them).
		if size == 0 || !isHan(r) || strings.ContainsRune(chineseNumerals, r) || !ix.dict.IsWord(text[i-size:i+len(w)]) {
			return true
		}
	}
	return false
}

func withoutTerm(terms []string, t string) []string {
	var out []string
	for _, x := range terms {
		if x != t {
			out = append(out, x)
		}
	}
	return out
}

// contrasted reports whether text — a figure's indicator or clause —
// names something else of the kind asked about: the question qualifies a
// word with one noun and text qualifies the same word with another
// (河蟹全产业链产值 against 大豆全产业链产值, 职工医保 against 城乡居民医保,
// pm10 against PM2.5, 暖气管网 against 燃气管道). Both qualifiers must be
// nouns: "新登记经营主体" for 公司个体户 and "普通门诊" for 看病门诊 say
// how, not which.
func (ix *Index) contrasted(asked []askedTerm, text string) bool {
	for i, c := range asked {
		// The word as asked first: a report term for it may hold another
		// qualifier already (地区生产总值 for 生产总值).
		pos := strings.Index(text, c.term)
		if pos < 0 {
			pos = termIndex(text, c)
		}
		if pos <= 0 || c.at < 0 {
			continue // text does not name it, or names nothing before it
		}
		q := qualifierOf(asked, i)
		if q == nil || !ix.isNounTerm(*q) || q.missing && isLocative(q.term) || ContainsTerm(text, q.term) || containsAnyTerm(text, q.syn) {
			continue
		}
		kind := kindUnwritten(*q, c)
		if w := ix.qualifierIn(text, pos, kind); w != "" && !ContainsTerm(strings.Join(termTexts(asked), " "), w) &&
			!(kind && (strings.ContainsAny(w, q.term) || ix.isVerb(w))) {
			return true
		}
		if startsHan(c.term) && q.at+len(q.term) == c.at && ix.ownPlaceBefore(text, pos) {
			return true // 盘锦职业技术学院 where 辽河石油职业技术学院 is asked: the city's own one, not the one named
		}
	}
	return false
}

// kindUnwritten reports whether q, asked right before c, is a noun no
// report writes and the lexicon gives no report term for (公办 of
// 公办幼儿园): a kind the reports never count, so any word other than a
// verb written in its place (普惠性幼儿园) counts another kind, not just
// says how — unless the two share a character: 北头 of 北头应用终端 is a
// misspelt 北斗, the same kind.
func kindUnwritten(q, c askedTerm) bool {
	return q.missing && q.noun && len(q.syn) == 0 && !isLocative(q.term) && q.at+len(q.term) == c.at
}

// writesOnlyOtherKind reports whether text writes the word a question
// asks right after a kind no report writes (革命 of 厕所革命) only with a
// qualifier of its own (自我革命): the kind asked is not the one quoted.
// WHY: the unwritten kind weighs most, yet the word after it matched
// alone, and a quote about another kind was offered as the answer.
func (ix *Index) writesOnlyOtherKind(asked []askedTerm, text string) bool {
	for i, c := range asked {
		q := qualifierOf(asked, i)
		if q == nil || !kindUnwritten(*q, c) {
			continue
		}
		other := false
		for pos := range wordPositions(text, c.term) {
			w := ix.wordBefore(text, pos)
			if w == "" || ix.isVerb(w) || ix.dict.IsNoun(w) || strings.ContainsAny(w, q.term) {
				return false // the word written alone, or after a verb saying how
			}
			other = true
		}
		if other {
			return true
		}
	}
	return false
}

// wordBefore is the dictionary word of two or more characters text writes
// right before pos, "" if a shorter one (的) or none stands there. Unlike
// qualifierIn it reads through stop characters: 我 of 自我 is part of a word.
func (ix *Index) wordBefore(text string, pos int) string {
	rs := []rune(text[:pos])
	n := 0
	for n < 4 && n < len(rs) && isHan(rs[len(rs)-1-n]) {
		n++
	}
	if n < 2 {
		return ""
	}
	ws := ix.dict.Segment(string(rs[len(rs)-n:]), nil)
	if last := ws[len(ws)-1]; utf8.RuneCountInString(last) >= 2 {
		return last
	}
	return ""
}

// ownPlaceBefore reports whether text writes one of the reports' own place
// names right before pos: the city's name makes what follows its own named
// thing (盘锦职业技术学院), another than one asked with a qualifier of its own
// written onto it (石油职业技术学院).
func (ix *Index) ownPlaceBefore(text string, pos int) bool {
	before := text[:pos]
	return slices.ContainsFunc(ix.places, func(p string) bool { return p != "" && strings.HasSuffix(before, p) })
}

// isNounTerm reports whether an asked term is a noun: an identifier or a
// word the dictionary has as a noun.
func (ix *Index) isNounTerm(t askedTerm) bool {
	if t.noun || ix.dict.IsNoun(t.term) || !startsHan(t.term) {
		return true
	}
	if ix.dict.IsWord(t.term) {
		return false
	}
	// A compound the dictionary lacks is a noun when its last word is
	// one: Chinese compounds are head-final (海洋经济 is a kind of 经济).
	ws := ix.dict.Segment(t.term, nil)
	return len(ws) > 1 && utf8.RuneCountInString(ws[len(ws)-1]) > 1 && ix.dict.IsNoun(ws[len(ws)-1])
}

func termTexts(asked []askedTerm) []string {
	var out []string
	for _, t := range asked {
		out = append(out, t.term)
	}
	return out
}

// termIndex is where text first names t (or a report term for it); -1
// when it does not.
func termIndex(text string, t askedTerm) int {
	best := -1
	for _, w := range t.spellings() {
		if i := strings.Index(text, w); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// maxQualifierGap is how far before a word its qualifier may end in the
// question, in bytes: a particle or a lone character between ("河蟹全产业链").
const maxQualifierGap = 2 * 3

// qualifierOf is the asked term right before asked[i] in the question,
// not overlapping it (the bigrams of one word overlap); nil when none, or
// when a conjunction joins the two (joined).
func qualifierOf(asked []askedTerm, i int) *askedTerm {
	c := asked[i]
	if c.joined {
		return nil // pm2.5和优良天数: a sibling, not a qualifier
	}
	for j := i - 1; j >= 0; j-- {
		q := &asked[j]
		end := q.at + len(q.term)
		switch {
		case q.at < 0 || end > c.at:
			continue
		case c.at-end <= maxQualifierGap:
			return q
		}
		return nil
	}
	return nil
}

// qualifierIn is the noun that qualifies the word at pos in text: the
// last word of two or more characters among the four before it, when the
// dictionary has it as a noun ("大豆" of 大豆全产业链产值, "pm2.5" of
// pm2.5平均浓度), or is any word when anyWord; "" when none.
func (ix *Index) qualifierIn(text string, pos int, anyWord bool) string {
	rs := []rune(text[:pos])
	n := 0
	for n < 5 && n < len(rs) {
		r := rs[len(rs)-1-n]
		if isStopRune(r) || strings.ContainsRune("和与及、等，。；：", r) || unicode.IsSpace(r) {
			break
		}
		n++
	}
	run := string(rs[len(rs)-n:])
	if run == "" {
		return ""
	}
	if !isHan(rs[len(rs)-1]) {
		return run // an identifier: PM2.5
	}
	ws := ix.dict.Segment(run, nil)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		if utf8.RuneCountInString(ws[k]) >= 2 {
			if (anyWord || ix.dict.IsNoun(ws[k])) && !genericWordSet[ws[k]] {
				return ws[k]
			}
			return ""
		}
	}
	return ""
}

// namesCues ask which ones by name: 都是哪6个, 叫什么, 几路车 (坐几路公交); and who
// the counted people are (31名高层次人才都是谁), which a count of them
// does not say. Not 几路公交 alone: 新增几路公交线路 counts the routes.
var namesCues = []string{"都是谁", "分别是谁", "都有谁", "是哪些人", "坐几路", "哪路车", "都是哪", "是哪几", "分别是哪", "叫什么", "叫啥", "名字", "几路车", "哪几路", "哪条线", "哪些小区", "哪几个小区", "哪几个社区", "哪些社区", "哪几个村", "哪些村", "哪几个街道", "哪些街道", "在哪几个", "what are their names", "which ones"}

// contentCues ask what the things a question counts are: "15件民生实事的
// 具体内容分别是什么", "7个项目除了海兴科技还有哪些".
var contentCues = []string{"具体内容", "分别是什么", "分别是啥", "包括哪些", "包括什么", "包含哪些", "都有哪些", "都有什么", "都有啥", "还有哪些", "还有哪几", "具体是什么", "具体有哪些", "具体是哪", "都是啥", "都是什么", "具体都是"}

// whichCues ask which ones of the things a question counts ("11家企业有
// 哪些", "30个店开在哪些城市"): with a count stated, the asker knows how
// many and asks which. Where one thing is ("在哪", "哪个社区") is
// groundDetails' to answer.
var whichCues = []string{"哪些", "哪几"}

// englishCountedWhich asks which ones of a number an English question
// states: "which ports will the two new routes connect to", "what were the
// other two projects".
var englishCountedWhich = regexp.MustCompile(`\b(?:which|what (?:are|were|will be))\b.*\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+)\s+(?:[a-z]+\s+){0,2}[a-z]+s\b`)

// namesOfCount reports whether a question gives a count and asks what the
// counted things are.
func namesOfCount(norm string) bool {
	if statedCounts.MatchString(norm) && (containsAny(norm, contentCues) || containsAny(norm, whichCues)) {
		return true
	}
	return englishCountedWhich.MatchString(strings.ToLower(norm))
}

// whichCounted asks which ones of a counted number: 是哪15件, 哪3个, 哪三样,
// 哪八户, 哪四级 — but 哪一级 asks which level, not which ones.
var whichCounted = regexp.MustCompile(`哪[0-9一二三四五六七八九十两]+[个件项家条所座处样种类位名]|哪[0-9二三四五六七八九十两]+[户级路批]`)

// groundNames keeps a question asking which things by name from being
// answered by a sentence that only counts them ("盘锦6个“土特产”纳入…"
// for 都是哪6个): with no item and no enumeration in any quote, the
// report gives the number, not the names.
func (e *Engine) groundNames(d *Draft) {
	ans := d.Answer
	if e.groundEnglishCode(d) || !ans.Found || d.Lookup {
		return
	}
	// Every form formulaAsked reads holds one of these (是什么, 啥意思,
	// 包括, 哪五篇): the quotes are joined only for a question that might.
	if strings.ContainsAny(d.norm, "什啥哪包") {
		given := answerQuotes(ans)
		if term, which := formulaAsked(d.norm, given); term != "" {
			if which || spellsOut(given, term) || !e.answerByAntecedent(ans, term) {
				groundFormula(ans, d.norm, given, term, which)
			}
			return
		}
	}
	if !containsAny(d.norm, namesCues) && !whichCounted.MatchString(d.norm) && !namesOfCount(d.norm) {
		return
	}
	// A quote without the count asked (哪八户: 8户) lists other things
	// when another quote holds it: "市国投集团、水务集团等市属国企" are
	// not the 8户市属国企.
	counts := whichCountForms(d.norm)
	countQuoted := counts != nil && slices.ContainsFunc(ans.Parts, func(p Part) bool {
		return p.Type == PartQuote && holdsAnyCount(Normalize(p.Text), counts)
	})
	items := 0
	for _, p := range ans.Parts {
		switch {
		case p.Type == PartItem:
			items++
		case p.Type == PartQuote && (!countQuoted || holdsAnyCount(Normalize(p.Text), counts)) && e.enumeratesAsked(d, p.Text):
			return
		}
	}
	// A stated count of areas the headings do not bear out is corrected by
	// groundAreaCount; the headings listed are the names asked.
	if items > 0 && (itemsFitCount(d.norm, items) || areaCountStated(d.norm) != "") {
		return
	}
	if asksOneName(d.norm) && slices.ContainsFunc(ans.Parts, func(p Part) bool { return p.Type == PartQuote && namesOne(d, p.Text) }) {
		return
	}
	if fillsSlotAsked(d.norm, Normalize(answerQuotes(ans))) {
		return // 叫什么之年: the name asked by its form, not things counted
	}
	declineNamesOnly(ans)
}

// declineNamesOnly declines an answer that gives how many, not which.
func declineNamesOnly(ans *Answer) {
	ans.relatedOnly(GroundNotAnswered, "报告只给出数量，没有列出名称。相关内容：", "The report gives the number, not the names. Related text:")
}

// oneNameCues ask what one thing is called: "援疆项目叫什么".
var oneNameCues = []string{"叫什么", "叫啥", "名字", "名称"}

// asksOneName reports whether a question asks the name of one thing, not
// which ones of a number ("那11个老旧小区叫什么名字", "都是哪6个").
func asksOneName(norm string) bool {
	// 哪 also covers whichCounted ("都是哪6个"), each of whose matches holds it.
	return containsAny(norm, oneNameCues) && !strings.Contains(norm, "哪") && !statedCounts.MatchString(norm)
}

// namingCues name the thing a clause is about: a name quoted before it
// ("举办“山海关不住 兴业辽东湾”主题招商活动") or a subject given a title
// ("益海嘉里被评为国家级绿色工厂", "华孚环境获批…“小巨人”企业").
var namingCues = []string{"被评为", "被认定为", "评为", "获批", "获评", "入选", "荣获", "晋升"}

// namesOne reports whether a clause of quote that holds most of what was
// asked names one such thing and counts none: no number in it, and a name
// quoted or a subject titled, or the thing asked opening it with its name
// after ("援疆项目赛尔山现代畜牧科技养殖孵化园建成使用"). "盘锦6个“土特产”
// 纳入…" counts them.
func namesOne(d *Draft, quote string) bool {
	// 名字 is how the question asks, not what it asks about.
	asked := slices.DeleteFunc(slices.Clone(d.asked), func(t askedTerm) bool { return slices.Contains(oneNameCues, t.term) })
	for _, sp := range Clauses(quote) {
		cl := Normalize(quote[sp.byteStart:sp.byteEnd])
		if strings.ContainsAny(cl, "0123456789") || coveredShare(asked, cl) < figureGrounding {
			continue
		}
		if containsAny(cl, namingCues) || quotesOtherName(asked, cl) || opensWithAsked(asked, cl) {
			return true
		}
	}
	return false
}

// quotedName finds the runs a text puts in quotation marks.
var quotedName = regexp.MustCompile(`“([^”]+)”`)

// quotesOtherName reports whether clause quotes a name that is not itself
// what was asked: "山海关不住 兴业辽东湾" names the 招商活动, while
// "做好“土特产”文章" only quotes the word asked.
func quotesOtherName(asked []askedTerm, clause string) bool {
	for _, m := range quotedName.FindAllStringSubmatch(clause, -1) {
		if coveredShare(asked, m[1]) == 0 {
			return true
		}
	}
	return false
}

// opensWithAsked reports whether clause opens with every asked term, in a
// row, and goes on: the thing asked, then its name.
func opensWithAsked(asked []askedTerm, clause string) bool {
	rest := clause
	for _, t := range asked {
		if t.missing || !strings.HasPrefix(rest, t.term) {
			return false
		}
		rest = rest[len(t.term):]
	}
	return len(asked) > 0 && utf8.RuneCountInString(rest) >= 4
}

// enumeratesAsked reports whether a sentence of quote that names what was
// asked lists things ("、", "：", "；"): a list quote's other sentences list
// other things (供水、供热… beside "10家社区便民食堂投入使用").
func (e *Engine) enumeratesAsked(d *Draft, quote string) bool {
	if counts := statedCounts.FindAllStringSubmatch(d.norm, -1); counts != nil {
		return enumeratesCount(Normalize(quote), counts, d.norm)
	}
	// "八户市属国企是哪八户": where the quote holds the count asked (8户),
	// only its clause can name them; a 、 elsewhere in the sentence lists
	// other things.
	if counts := whichCountForms(d.norm); counts != nil {
		if norm := Normalize(quote); holdsAnyCount(norm, counts) {
			return enumeratesCount(norm, counts, d.norm)
		}
	}
	for _, sp := range FullSentences(quote) {
		sent := quote[sp.byteStart:sp.byteEnd]
		if strings.ContainsAny(sent, "、：:；") && coveredShare(d.asked, Normalize(sent)) > 0 && !tellsDeedsOf(Normalize(sent), headKind(d.asked)) {
			return true
		}
	}
	return false
}

// whichCountForms are the forms of the count a question asks which of
// (哪八户 → 八户 and 8户), as statedCounts' submatches; nil when it asks
// none.
func whichCountForms(norm string) [][]string {
	m := whichCounted.FindString(norm)
	if m == "" {
		return nil
	}
	count := strings.TrimPrefix(m, "哪")
	classifier := string([]rune(count)[utf8.RuneCountInString(count)-1])
	numeral := strings.TrimSuffix(count, classifier)
	forms := [][]string{{count, numeral}}
	if digit := strings.IndexRune("〇一二三四五六七八九", []rune(numeral)[0]); utf8.RuneCountInString(numeral) == 1 && digit >= 0 {
		n := strconv.Itoa(utf8.RuneCountInString("〇一二三四五六七八九"[:digit]))
		forms = append(forms, []string{n + classifier, n})
	}
	return forms
}

// holdsAnyCount reports whether text holds one of counts' forms, not as
// the tail of a longer number (5户 of 15户以上).
func holdsAnyCount(text string, counts [][]string) bool {
	return slices.ContainsFunc(counts, func(c []string) bool { return countAt(text, c[0]) >= 0 })
}

// countAt is the byte offset of count in text where no digit runs into
// it from before, -1 when there is none.
func countAt(text, count string) int {
	for at := range wordPositions(text, count) {
		if at == 0 || text[at-1] < '0' || text[at-1] > '9' {
			return at
		}
	}
	return -1
}

// itemsFitCount: a list answers which ones unless the question counts
// them and the list has another number of items (the four sub-sections of
// a part for "10条城乡公交线路都是哪几路车").
func itemsFitCount(norm string, items int) bool {
	counts := statedCounts.FindAllStringSubmatch(norm, -1)
	for _, c := range counts {
		if c[1] == strconv.Itoa(items) {
			return true
		}
	}
	return len(counts) == 0
}

// statedCounts are the counts a question gives of what it asks to name:
// "续建改造的11个老旧小区都是哪几个", "新增优化的10条城乡公交线路".
var statedCounts = regexp.MustCompile(`([0-9]+)(?:个|件|项|家|条|所|座|处|路|套|台|部|批|种|类|名)`)

// enumeratesCount reports whether a quote lists the things a question
// counts: in the clause that gives one of its counts, items before the
// number ("A、B、C等3个项目") or after it ("3个项目：A…", "（A、B）"). A
// clause that only counts ("续建改造老旧小区11个、惠及居民2万余户": its 、 comes
// after) or a quote without the count names none of them.
func enumeratesCount(quote string, counts [][]string, norm string) bool {
	for _, clause := range strings.FieldsFunc(quote, func(r rune) bool { return strings.ContainsRune("，,。；;！!？?", r) }) {
		for _, c := range counts {
			i := countAt(clause, c[0])
			if i < 0 {
				continue
			}
			after, before := clause[i+len(c[0]):], clause[:i]
			// "海兴科技等7个项目" names one, which the question may
			// already name ("除了海兴科技还有哪些").
			named := strings.HasSuffix(before, "等") && len(before) > len("等") && !strings.Contains(norm, lastHanRun(strings.TrimSuffix(before, "等")))
			if (listsNames(before) && listCoversCount(before, c[1])) || named || strings.ContainsAny(after, "：:（(") || strings.Contains(after, "包括") || strings.Contains(after, "分别") {
				return true
			}
		}
	}
	return false
}

// listsNames reports whether the text before a count lists names: a 、,
// ： or : not closing a count of its own ("4个国考断面、5个省考断面"), nor
// right before the count.
func listsNames(before string) bool {
	i := strings.LastIndexAny(before, "、：:")
	if i < 0 || strings.HasSuffix(before, "、") {
		return false // "…全部完工、32套主装置…": the count opens an item of its own
	}
	if statedCounts.MatchString(before[i:]) {
		return false // "A、B等11个领域和17个新兴领域": the list is the first count's
	}
	item := before[:i]
	run := lastHanRun(item)
	r, _ := utf8.DecodeLastRuneInString(item[:len(item)-len(run)])
	return !unicode.IsDigit(r)
}

// relatedOnly declines an answer the report does not give: its quotes stay,
// as related text under a notice (zh, or en for an English answer).
func (a *Answer) relatedOnly(grounding, zh, en string) {
	a.relatedKeeping(func(p Part) bool { return p.Type == PartQuote }, grounding, zh, en)
}

// notAnsweredDirectly is relatedOnly with the notice for a question the
// report's quotes touch but do not answer: one wording for every step
// that declines so.
func (a *Answer) notAnsweredDirectly() {
	a.relatedOnly(GroundNotAnswered, "报告没有直接回答这个问题。相关内容：", "The report does not answer this directly. Related text:")
}

// relatedKeeping is relatedOnly keeping the parts keep says.
func (a *Answer) relatedKeeping(keep func(Part) bool, grounding, zh, en string) {
	a.Found = false
	a.Understood.Grounding = grounding
	a.keepParts(keep)
	a.figuresFromParts()
	notice := zh
	if a.Lang == "en" {
		notice = en
	}
	a.Parts = append([]Part{TextPart(RoleNotice, notice)}, a.Parts...)
}

// figuresFromParts makes Figures the figures of the figure parts, in
// order; nil when there are none.
func (a *Answer) figuresFromParts() {
	a.Figures = a.Figures[:0]
	for _, p := range a.Parts {
		if p.Type == PartFigure {
			a.Figures = append(a.Figures, *p.Figure)
		}
	}
	if len(a.Figures) == 0 {
		a.Figures = nil
	}
}

// dropFigure takes f out of Figures once no part shows it: a figure part
// replaced by a correction quoting its sentence.
func (a *Answer) dropFigure(f AnswerFigure) {
	a.Figures = slices.DeleteFunc(a.Figures, func(g AnswerFigure) bool {
		return g.Report == f.Report && g.Paragraph == f.Paragraph && g.Start == f.Start && g.End == f.End
	})
	if len(a.Figures) == 0 {
		a.Figures = nil
	}
}

// keepParts keeps the parts keep accepts and the citations they use,
// renumbered.
func (a *Answer) keepParts(keep func(Part) bool) {
	var parts []Part
	used := map[int]int{}
	cits := []Citation{}
	for k, p := range a.Parts {
		if !keep(p) {
			continue
		}
		if parts == nil {
			// Made at the first part kept (none kept stays nil), for all
			// that may follow, not grown one append at a time.
			parts = make([]Part, 0, len(a.Parts)-k)
			cits = make([]Citation, 0, len(a.Citations))
		}
		for i, c := range p.Citations {
			n, ok := used[c]
			if !ok {
				n = len(cits)
				used[c] = n
				cits = append(cits, a.Citations[c])
			}
			p.Citations[i] = n
		}
		parts = append(parts, p)
	}
	a.Parts, a.Citations = parts, cits
}

// holdsNumber reports whether normalized text holds a number: a digit, or
// a Chinese numeral before a measure word or unit (四星级, 两个, 千亿元).
// One pass over the runes: indexing runs it on every clause of every report.
func holdsNumber(s string) bool {
	before, prev := rune(-1), rune(-1)
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
		if numeralSet.has(prev) && measureSet.has(r) && before != '第' {
			return true // not 第四批: an ordinal names, it does not count
		}
		before, prev = prev, r
	}
	return false
}

const (
	chineseNumerals = "一二两三四五六七八九十百千万亿"
	measureRunes    = "个项家台人所条座户名张套倍岁天年星级成批轮次场件处万亿元"
)

var numeralSet, measureSet = newRuneSet(chineseNumerals), newRuneSet(measureRunes)

// holdsOrdinal: 第一, 第三, 前列 — a rank is a figure too.
func holdsOrdinal(s string) bool {
	if rankWordRe.MatchString(s) {
		return true
	}
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == '第' && strings.ContainsRune(chineseNumerals, rs[i+1]) {
			return true
		}
	}
	return false
}

// groundPlace keeps a question about a part of a report's place (大洼区)
// or a place the report only mentions from being answered with text about
// the whole: only quotes that name the place answer it.
func (e *Engine) groundPlace(d *Draft) {
	s, ans := d.place, d.Answer
	if e.insideUnfound(d) {
		return
	}
	if s == nil || !ans.Found || d.Lookup || s.Relation == PlaceOwn || s.Relation == PlaceWider {
		return
	}
	if s.short && !d.Intent.Figure && !strings.ContainsAny(d.norm, "0123456789") {
		return // a short name before a thing (大洼海洋牧场) says where it is, not whose figure is asked
	}
	short := e.placeShort(s)
	if slices.ContainsFunc(ans.Parts, func(p Part) bool {
		return p.Type == PartCorrection && placeHeld(s, short, Normalize(p.Stated)) && !e.homeThingFor(s, p, d.Scope)
	}) {
		return // the place is corrected: the report names another there
	}
	answered, named := e.placeQuotesRead(d, s, short)
	if answered {
		return
	}
	if !named && e.wholePlaceCorrection(d, s) {
		return
	}
	if named {
		// The report speaks of the place, not of this figure of it: what
		// it says is related text, not "nothing about 无锡".
		name := s.nameIn(ans.Lang)
		ans.relatedOnly(GroundOtherPlace, "报告没有给出"+name+"的这项数字。相关内容：", "The report gives no such figure for "+name+". Related text:")
		ans.keepParts(func(p Part) bool { return p.Type != PartQuote || e.ix.namedIn(s, short, Normalize(p.Text)) })
		return
	}
	ans.Found = false
	ans.Understood.Grounding = GroundOtherPlace
	ans.Figures = nil
	a := analysis{place: s, lang: ans.Lang, rep: d.Scope}
	ans.keepParts(func(Part) bool { return false })
	p, sp, ok := e.placeNamingClause(d, s, short)
	if ok && s.Relation == PlaceInside && !s.part {
		// "盘锦高新区成为国家高新区了吧": the report speaks of the
		// district or zone and of what was asked in a clause no quote
		// held (支持盘锦高新区争创国家高新区): not "nothing for it", but
		// that clause, as related text; what it says of the place is the
		// report's, though the quotes of the whole city were not.
		e.insideClause(ans, d, s, citationFor(p, trimSpan(p.Text, sp)))
		return
	}
	if ok && s.Relation == PlaceOther {
		if aidAnswers(d, short, e.ix.para(p).norm) {
			// "盘锦在新疆援建了什么项目": the report's 援疆项目 is what the
			// city builds there, the answer in the report's own terms.
			ans.Found, ans.Understood.Grounding = true, ""
			ans.Parts = []Part{introPart(ans.Lang)}
			ans.addQuote(citationFor(p, trimSpan(p.Text, sp)))
			return
		}
		// The report speaks of the place and of what was asked elsewhere
		// (无锡's 物联网 cooperation, in the plan): not "nothing about 无锡",
		// but where it does.
		name := s.nameIn(ans.Lang)
		ans.relatedOnly(GroundOtherPlace, "报告没有给出"+name+"的这项数字。报告提到"+name+"的是：", "The report gives no such figure for "+name+". Where it mentions "+name+":")
		ans.addQuote(citationFor(p, trimSpan(p.Text, sp)))
		return
	}
	ans.Parts = []Part{TextPart(RoleNotFound, e.placeSentence(a))}
}

// placeQuotesRead reads the answer's quotes naming place s: answered when
// one gives what was asked of it; named when one names it and holds a word
// of the question without giving that.
func (e *Engine) placeQuotesRead(d *Draft, s *PlaceSlot, short string) (answered, named bool) {
	for _, p := range d.Answer.Parts {
		// A figure question's quote must name the place and give a figure
		// of what was asked: 支持兴隆台区创建义务教育优质均衡发展区 says
		// nothing of its GDP.
		if p.Type != PartQuote {
			continue
		}
		text := e.ix.withoutNamedShort(Normalize(p.Text), short)
		if !placeHeld(s, short, text) {
			continue
		}
		if placeRankAsked(d.norm) && !rankHeld.MatchString(text) {
			// "盘锦高新区排名": a rank asked of the place, which a quote
			// naming it without one (争创国家高新区) does not give.
			named = named || coveredShare(d.asked, text) > 0
			continue
		}
		if !s.part && (!d.Intent.Figure || d.Intent.Topic) || e.placeFigure(d, p, s, short, text) {
			// A bare name (兴隆台区) asks what the report says of it; a
			// part asked a target or a measure (辽河口湿地…PM2.5浓度) asks
			// its figure.
			return true, named
		}
		named = named || coveredShare(d.asked, text) > 0
	}
	return false, named
}

// aidAnswers reports whether a paragraph naming a place only by the
// city's aid to it (援疆) answers a question about it: one asking no
// figure, whose asked words the paragraph all holds. What the city does
// for the place is the report's own work, not the place's own record.
func aidAnswers(d *Draft, short, norm string) bool {
	return !namesPlace(d.place, short, norm) && aidHeld(short, norm) && !d.Intent.Figure && coveredShare(d.asked, norm) == 1
}

// placeFigure reports whether a quote that names a place gives the figure
// a question asks of that place: a figure of what was asked, not any words
// of it (辽滨经开区…升至第21位 is no figure of the zone's foreign investment),
// in a clause that names the place, or one after it in its sentence that
// speaks of no whole city or other place, with what was asked in it or
// before it in its sentence: in "化工精细化率提升至45%，我市联合大连申报的绿色石化集群…"
// the 45% is the city's own, and 大连 is named after it, in a clause with
// no figure.
func (e *Engine) placeFigure(d *Draft, p Part, s *PlaceSlot, short, text string) bool {
	if coveredShare(d.asked, text) == 0 {
		return false
	}
	if ok, _ := e.partSupport(d, p); !ok {
		return false
	}
	// A Chinese question naming the place alone asks its own figure; one
	// naming the others listed too (盘山、大洼) asks the figure they share.
	alone := d.Intent.Lang != "en" && !e.namesOtherPlace(d.norm, s.Name, short)
	for _, sent := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("。；;！!？?\n", r) }) {
		before, named := "", false
		for _, clause := range strings.FieldsFunc(sent, func(r rune) bool { return r == '，' || r == ',' }) {
			before += clause
			held := placeHeld(s, short, clause)
			if !held && (containsAny(clause, wholeCityWords) || e.ix.stripPlaces(clause) != clause) {
				named = false // the clauses after speak of the whole city or another place
			}
			if held && alone && listedWithOthers(clause, s.Name, short) {
				named = false // the figure after counts the place with others
				continue
			}
			named = named || held
			// A rank asked is given in words too (蝉联全省制造业区域品牌榜首),
			// of the kind asked (not 农业区域品牌's).
			ranked := d.rank && holdsOrdinal(clause) && !e.ix.contrasted(d.asked, clause)
			if named && (strings.ContainsAny(clause, "0123456789") || ranked) && coveredShare(d.asked, before) > 0 {
				// A sentence the place opens goes on about it: 盘锦港30万吨级
				// 原油码头主体工程完工，…，集装箱吞吐量增长1.9%.
				return true
			}
		}
	}
	return false
}

// listedWithOthers reports whether clause names the place (name, or its
// short form) as one of several: beside another with 、 (完成盘山、大洼农村
// 供水保障工程，让18万农村居民…) or as an example closed by 等 before the
// figure (盘山县西沙河防洪治理等12项重点水利工程). The figure then counts
// them all; stated as the place's own it would be confidently wrong.
func listedWithOthers(clause, name, short string) bool {
	for _, w := range []string{name, short} {
		i := strings.Index(clause, w)
		if w == "" || i < 0 {
			continue
		}
		after := clause[i+len(w):]
		if strings.HasPrefix(after, "、") || strings.HasSuffix(clause[:i], "、") {
			return true
		}
		if d := strings.IndexAny(after, "0123456789"); d >= 0 && strings.Contains(after[:d], "等") {
			return true
		}
	}
	return false
}

// namesOtherPlace reports whether norm names a place beside the one asked
// (name, or its short form). The report's own city (盘锦大洼区, 全市) is no
// other place: it holds the one asked rather than sharing its figure. Nor
// are 全省, 全国 here: beside a district they name the field it is ranked
// in (大洼区在全省排第几), not a place counted with it.
func (e *Engine) namesOtherPlace(norm, name, short string) bool {
	rest := e.ix.withoutOwnPlace(norm, append([]string{name, short}, wholeCityWords...))
	return e.ix.stripPlaces(rest) != rest
}

// wholeCityWords name the report's whole city as a clause's subject.
var wholeCityWords = []string{"全市", "我市", "全省", "全国"}

// quoteGrounding is the share of what a question that asks no figure asks
// about that one of its quotes must hold. Low on purpose: how and what
// questions are paraphrased more than figure questions, and on the tuning
// sets any higher share refused answerable questions; this one only stops
// quotes that share nothing but the question's generic words.
const quoteGrounding = 0.1

// groundQuotes keeps any other question from being answered with quotes
// that share next to nothing of what it asks: the quotes are then offered
// as related text under "the report does not answer this directly".
func (e *Engine) groundQuotes(d *Draft) {
	ans := d.Answer
	if !d.foundOpen() {
		return
	}
	if len(d.onlyMissing) > 0 {
		// "What was the deposit growth?": any growth quoted would be taken
		// for the deposits'.
		topic := strings.Join(d.onlyMissing, "、")
		ans.relatedKeeping(func(Part) bool { return false }, GroundNotAnswered, "报告未提及“"+topic+"”。", "The report does not mention "+topic+".")
		return
	}
	if asksAspectOfMissing(d.asked) || e.ix.asksPlanOfUnwritten(d.asked) || asksUnwrittenConcept(d.asked) || asksWhetherUnwrittenNoun(d.norm, d.asked) ||
		e.ix.isKindOfUnwritten(d.asked, d.norm, Normalize(d.Query.Text)) || d.ClaimShaped() && claimsCountOfUnwritten(d.norm, d.asked) {
		ans.notAnsweredDirectly()
		return
	}
	if d.Intent.List || d.Intent.Figure && !d.Intent.Topic || ans.digest {
		return
	}
	// A count stated of a named kind (5G工厂1个) is of what the quote
	// names: a grade or a name claimed alone is the claims step's to check.
	countsOf := countFigure.MatchString(d.norm)
	best := 0.0
	for _, p := range ans.Parts {
		if p.Type != PartQuote {
			if p.Type == PartItem || p.Type == PartFigure {
				return // a list of the report's own structure, or a figure
			}
			continue
		}
		c := ans.Citations[p.Citations[0]]
		r := e.ix.byID[c.Report]
		para := &r.Paragraphs[c.Paragraph-1]
		text := Normalize(para.Lead + p.Text)
		share := coveredShare(d.asked, text)
		if e.ix.writesOnlyOtherKind(d.asked, Normalize(p.Text)) {
			share = 0 // 自我革命 is no 厕所革命
		}
		if countsOf && !holdsIdentifiers(d.asked, text) {
			share = 0 // a quote without the 5G of "5G工厂1个" counts other factories
		}
		if f := focusThings(d.focus); f != nil && coveredShare(f, Normalize(p.Text)) < figureGrounding {
			// Of what the question set out from (燃气管道20公里), not of
			// what it turned to (老旧小区呢); the quote itself must say it,
			// not only its section's heading (城市更新).
			share = 0
		}
		best = max(best, share)
		if share >= quoteGrounding {
			return
		}
	}
	ans.Understood.Support = best
	ans.notAnsweredDirectly()
}

// aspectWords name an aspect of a topic — its policy, conditions, rules —
// rather than a topic: in 中考政策 the topic is 中考.
var aspectWords = map[string]bool{"政策": true, "条件": true, "标准": true, "规定": true, "流程": true, "待遇": true, "办法": true, "policy": true, "policies": true, "rules": true, "requirements": true}

// asksAspectOfMissing reports whether a question asks an aspect of a
// topic no report names and nothing else (中考政策, 落户条件, 城里养狗有啥
// 管理规定): the reports' text on the aspect (争取更多政策支持) or on
// where the asker lives (城区) is about something else. A word the
// reports never write counts as that topic, noun or not (养狗); where the
// asker stands and the 管理 of 管理规定 ask nothing besides.
func asksAspectOfMissing(asked []askedTerm) bool {
	aspect, missing := false, false
	for i, t := range asked {
		switch {
		case t.head && aspectWords[t.term]:
			aspect = true
		case t.missing && len(t.syn) == 0 && !t.part:
			missing = true
		case isLocative(t.term) || aspectModifier(asked, i):
		default:
			return false // something the reports write is asked too
		}
	}
	return aspect && missing
}

// planAspects name a plan of a topic: 地铁规划, 高铁计划.
var planAspects = map[string]bool{"规划": true, "计划": true}

// asksPlanOfUnwritten reports whether a question asks the plan of a thing
// the reports never write, not even a part of it (地铁规划, 盘锦有没有地铁
// 规划): the reports' plans (十四五规划, 村庄规划) are of other things. A
// thing with a written part (旅游业 of 旅游) may be the reports' topic
// under another name, so it is not taken as unwritten.
func (ix *Index) asksPlanOfUnwritten(asked []askedTerm) bool {
	plan, missing := false, false
	for _, t := range asked {
		switch {
		case t.head && planAspects[t.term]:
			plan = true
		case t.missing && len(t.syn) == 0 && !t.part && !ix.writesPart(t.term):
			missing = true
		case isLocative(t.term):
		default:
			return false // something the reports write is asked too
		}
	}
	return plan && missing
}

// writesPart reports whether the reports write any two characters of w
// side by side.
func (ix *Index) writesPart(w string) bool {
	rs := []rune(w)
	for i := 0; i+2 <= len(rs); i++ {
		if ix.writesAny(nil, []string{string(rs[i : i+2])}) {
			return true
		}
	}
	return false
}

// aspectModifiers say which aspect is asked, written right before it:
// 管理规定, 管理办法 are the rules asked, of whatever topic precedes them.
var aspectModifiers = map[string]bool{"管理": true}

// aspectModifier reports whether asked[i] is an aspect modifier written
// right before the aspect word that heads the question.
func aspectModifier(asked []askedTerm, i int) bool {
	t := asked[i]
	if !aspectModifiers[t.term] || i+1 >= len(asked) || t.at < 0 {
		return false
	}
	next := asked[i+1]
	return next.head && aspectWords[next.term] && next.at == t.at+len(t.term)
}

// asksUnwrittenConcept reports whether a question asks a concept the
// lexicon knows and no report writes (最低工资, 常住人口): nothing the
// reports say answers it, however many other words a quote shares.
func asksUnwrittenConcept(asked []askedTerm) bool {
	return slices.ContainsFunc(asked, func(t askedTerm) bool { return t.missing && len(t.syn) > 0 })
}

// asksWhetherUnwrittenNoun reports whether a question asks whether
// something is so of a noun no report writes and the lexicon gives no
// report term for — the noun right before 有没有 (房贷利率有没有调整), or
// the X of 是X吗 (红海滩是5A吗): quotes sharing its other words (调整,
// 红海滩) say nothing of that thing, so they cannot say yes or no. Where
// the noun only says where the asker is (城里) it names no thing.
func asksWhetherUnwrittenNoun(norm string, asked []askedTerm) bool {
	q := trimQuestionMarks(norm)
	return slices.ContainsFunc(asked, func(t askedTerm) bool {
		if !unwrittenNoun(t) {
			return false
		}
		at := strings.Index(q, t.term)
		return at >= 0 && asksWhetherOf(q[:at], q[at+len(t.term):])
	})
}

// groundUnwrittenEvent declines a yes-or-no question of an event held, an
// honour won or a thing made that no report names (举办全运会了吗, 评上中国
// 驰名商标没有): quotes of the events, honours and products the report
// does name answer nothing of it. It runs after the claims are checked:
// a misnamed thing the report names otherwise (男篮 for 女篮) is corrected
// there, and a corrected answer stands.
func (e *Engine) groundUnwrittenEvent(d *Draft) {
	ans := d.Answer
	if !d.foundOpen() {
		return
	}
	quoted := e.quotedSentences(ans)
	asked := withoutNationalAgents(d.norm, d.asked, quoted)
	if !asksEventOfUnwritten(d.norm, asked) && !asksPassiveOfUnwritten(d.norm, asked) && !asksEventOfUnquoted(d.norm, asked, quoted) &&
		!asksUnquotedEventObject(d.norm, asked, quoted) {
		return
	}
	ans.notAnsweredDirectly()
}

// asksEventOfUnwritten reports whether a yes-or-no question asks of a
// noun no report writes that an eventVerb before it in its clause takes
// as object.
func asksEventOfUnwritten(norm string, asked []askedTerm) bool {
	q := trimQuestionMarks(norm)
	if !asksYesOrNo(q) {
		return false
	}
	return slices.ContainsFunc(withoutAskersOwn(asked, norm), func(t askedTerm) bool {
		at := strings.Index(q, t.term)
		return unwrittenNoun(t) && at >= 0 && undergoesEvent(q[:at])
	})
}

// groundAlsoOfOther declines a question that asks whether a thing also
// has what the report says of another (中央生态环保督察也是零反馈吗, where
// ¶10 says 国家海洋督察零反馈), rather than correcting the thing as a
// misnamed one: with 也 the asker already knows the report's one and
// asks of a second, which the report does not speak of. So too a thing
// named where the report names another (华锦集团被评为绿色工厂了吗, where
// ¶12 says 益海嘉里): the report says nothing of the thing asked, and a
// found answer reads as the report speaking of it.
func (e *Engine) groundAlsoOfOther(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || ans.reasoned {
		return
	}
	q := trimQuestionMarks(d.norm)
	if !slices.ContainsFunc(ans.Parts, func(p Part) bool {
		if p.Type != PartCorrection {
			return false
		}
		stated := Normalize(p.Stated)
		if p.Figure != nil && nameVariant(stated, Normalize(p.Figure.Value)) {
			return false
		}
		return namedThenAlso(q, stated) || namedInstead(p) && asksWhetherOfNamed(q) || openlyMisnamed(q, p, citedQuote(ans, p))
	}) {
		return
	}
	ans.notAnsweredDirectly()
}

// confirmTags close a statement the asker wants checked ("…申通二期，对吧",
// "…是吧"), as against a question whether something was ("…了吗", "有没有
// …"): a misnamed statement is corrected, a misnamed question declined.
var confirmTags = []string{"吧", "对吗", "是吗", "对不对", "对不", "是不是", "没错", "不是", "right", "correct", "isn't it", "true"}

// asksToConfirm reports whether q, question marks trimmed, closes with one
// of confirmTags.
func asksToConfirm(q string) bool {
	return endsWithAny(strings.ToLower(strings.TrimRight(q, "。.!！～~ ")), confirmTags)
}

// asksWhichOne closes a question whether a thing is or is at a name
// (对口援助的是锦州义县吗, 工程在双台子区吗): it asks which one.
var asksWhichOne = regexp.MustCompile(`(?:是|在)[^，,；;是在]{1,14}吗$`)

// outrightWhetherCues ask outright whether something was or was done (有没有去
// 日本): the plain "…吗" also closes a statement to check (盛源海洋牧场获评
// 5G工厂吗), which a correction answers.
var outrightWhetherCues = []string{"有没有", "是否"}

// asksWhetherOfNamed reports whether q asks whether the thing it names
// did or had something (华锦集团有没有被评为…, 有没有去日本…), not
// which one a thing of the report's is (国家级绿色工厂是汇福粮油吗, 工程在
// 双台子区吗), which the correction answers; nor a statement to confirm.
func asksWhetherOfNamed(q string) bool {
	if asksToConfirm(q) || asksWhichOne.MatchString(q) {
		return false
	}
	return containsAny(q, outrightWhetherCues)
}

// maxSwappedName is the longest name, in runes, a correction may put in
// place of the question's and still be a name: longer, it is the
// report's clause (社会救助标准同步增长 for 下降), the answer to a
// question of how things went.
const maxSwappedName = 12

// namedInstead reports whether correction p puts one name of the
// report's in place of another the question named (兴隆台区 for 大洼区,
// 益海嘉里 for 华锦集团): neither holds a number, a period, a stage or a
// grade, whose corrections answer what was asked.
func namedInstead(p Part) bool {
	if p.Figure == nil || p.PlanOnly || p.ClaimedPeriod != nil || p.Sum != nil || p.WholePlace != "" {
		return false
	}
	stated, value := Normalize(p.Stated), Normalize(p.Figure.Value)
	if stated == "" || holdsNumber(stated) || holdsNumber(value) || strings.ContainsAny(stated+value, chineseNumerals) {
		return false
	}
	if strings.HasSuffix(value, "级") {
		return false // a grade (国家级 for 省级) answers whether it is that grade
	}
	return utf8.RuneCountInString(value) <= maxSwappedName && utf8.RuneCountInString(stated) <= maxSwappedName
}

// spokenClauseEnds end a clause of a question as typed, a space among them.
const spokenClauseEnds = "，,；;。 "

// namedThenAlso reports whether q names stated, a name (no number), and
// then says 也 in the same clause: "X也是…", "X去年也…". A slot read past
// the name takes 也 in (盘锦海参也申报 for "盘锦海参今年也申报…吗", the
// year dropped): its name is what stands before 也.
func namedThenAlso(q, stated string) bool {
	if name, _, ok := strings.Cut(stated, "也"); ok && name != "" {
		stated = name
	}
	at := strings.Index(q, stated)
	if stated == "" || at < 0 || holdsNumber(stated) {
		return false
	}
	return strings.Contains(beforeFirstAny(q[at+len(stated):], spokenClauseEnds), "也")
}

// asksPassiveOfUnwritten reports whether a yes-or-no question asks
// whether something underwent what a word no report writes says, right
// after 被 (被通报了吗, 被点名通报了吗): the report tells nothing of it
// happening, and quotes sharing the question's other words (督察) read
// as yes.
func asksPassiveOfUnwritten(norm string, asked []askedTerm) bool {
	q := trimQuestionMarks(norm)
	if !asksYesOrNo(q) {
		return false
	}
	return slices.ContainsFunc(asked, func(t askedTerm) bool {
		at := strings.Index(q, t.term)
		if at < 0 || !t.missing || len(t.syn) > 0 || t.part {
			return false
		}
		by := strings.LastIndex(q[:at], "被")
		return by >= 0 && utf8.RuneCountInString(q[by:at]) <= 3 // 被, and at most a word between (被点名通报)
	})
}

// shortRise is 晋升 said short (也升4A了吗): 升 right after an adverb, not
// inside a word (防洪提升工程, 上升).
var shortRise = regexp.MustCompile(`(?:^|[也已都又还])升`)

// asksEventOfUnquoted reports whether a yes-or-no question asks of a
// thing named before an event verb or a 也 in its clause — its subject
// (华锦集团评上国家级绿色工厂了吗, 鼎翔也升4A了吗, 中央巡视也是零反馈吗) or the
// thing it is done for (给碱地柿子申报地理标志吗) — that no quoted sentence
// holds. WHY: the quotes then
// tell the event of another thing the report names (益海嘉里被评为…,
// 申报盘锦水飞蓟…), nothing of the one asked; shown as the answer they
// read as yes. A name the report writes elsewhere is no answer either.
func asksEventOfUnquoted(norm string, asked []askedTerm, quoted string) bool {
	q := trimQuestionMarks(norm)
	if quoted == "" || !asksYesOrNo(q) {
		return false
	}
	return slices.ContainsFunc(withoutAskersOwn(asked, norm), func(t askedTerm) bool {
		at := strings.Index(q, t.term)
		if at < 0 || isLocative(t.term) || t.in(quoted) || variantQuoted(q, asked, at, at+len(t.term), quoted) {
			return false
		}
		rest := beforeFirstAny(q[at+len(t.term):], spokenClauseEnds)
		return containsAny(rest, eventVerbs) || shortRise.MatchString(rest) || strings.Contains(rest, "也")
	})
}

// withoutNationalAgents is asked without the national body a passive
// names as its agent where the quotes give a 国家级 honour
// (nationalAgentQuoted).
func withoutNationalAgents(norm string, asked []askedTerm, quoted string) []askedTerm {
	q := trimQuestionMarks(norm)
	return slices.DeleteFunc(slices.Clone(asked), func(t askedTerm) bool {
		at := strings.Index(q, t.term)
		return at >= 0 && nationalAgentQuoted(q, at, at+len(t.term), quoted) &&
			honourQuoted(q[at+len(t.term):], asked, quoted)
	})
}

// honourQuoted reports whether each word asked of the honour, after its
// agent (智能制造, 示范工厂 of 被工信部评为智能制造示范工厂), is quoted: a
// 国家级绿色工厂 quoted meets the ministry only when it is the honour asked.
func honourQuoted(rest string, asked []askedTerm, quoted string) bool {
	return !slices.ContainsFunc(asked, func(t askedTerm) bool {
		return strings.Contains(rest, t.term) && !strings.Contains(quoted, t.term)
	})
}

// nationalBodyEnds end the name of a national body: a ministry (工信部),
// a commission (发改委).
var nationalBodyEnds = []string{"部", "委"}

// nationalAgentQuoted reports whether q[at:end] names a national body as
// the agent of a passive (被工信部评为, 被国家发改委认定为) and the quotes
// give the honour as 国家级. WHY: the report writes who was honoured and at
// what level, not which ministry named it; the ministry is a national body,
// so a quote of a 国家级 honour answers it rather than being another
// thing's event.
func nationalAgentQuoted(q string, at, end int, quoted string) bool {
	if !strings.HasSuffix(q[:at], "被") || !strings.Contains(quoted, "国家级") {
		return false
	}
	agent, rest := q[at:end], q[end:]
	for _, s := range nationalBodyEnds {
		if r, ok := strings.CutPrefix(rest, s); ok {
			agent, rest = agent+s, r // the asked term stopped short of 部 (工信部)
			break
		}
	}
	national := endsWithAny(agent, nationalBodyEnds) || strings.HasPrefix(agent, "国务院")
	// Only an honour conferred (评为国家级绿色工厂); another verb (通报,
	// 处罚) says something else of the thing.
	loc := honourVerbs.FindStringIndex(rest)
	return national && loc != nil && loc[0] == 0
}

// asksUnquotedEventObject reports whether a yes-or-no question asks of an
// event, honour or thing an eventVerb takes as object (今年举办女篮赛事吗,
// 去年办过徒步大会没有) whose weightiest word no quoted sentence holds. WHY:
// the report may name that event only in the other year's part, out of the
// period's reach, and the quotes the period left (其他赛事, 2.04万人 for
// 万人) then tell of other things; shown as the answer they read as yes.
// The weightiest word is the one that tells the event apart (女篮 of 女篮赛
// 事); a broad one beside it (赛事, 比赛) a quote may word otherwise.
func asksUnquotedEventObject(norm string, asked []askedTerm, quoted string) bool {
	q := trimQuestionMarks(norm)
	if quoted == "" || !asksYesOrNo(q) {
		return false
	}
	notOwn := withoutAskersOwn(asked, norm)
	for _, verb := range eventVerbs {
		for at := range wordPositions(q, verb) {
			start := at + len(verb)
			object := beforeFirstAny(q[start:], spokenClauseEnds)
			if t := weightiestIn(notOwn, start, start+len(object)); t != nil &&
				!t.in(quoted) && !variantQuoted(q, asked, t.at, t.at+len(t.term), quoted) {
				return true
			}
		}
	}
	return false
}

// weightiestIn is the asked term of most weight that the question writes
// within [start, end), no place word; nil when there is none.
func weightiestIn(asked []askedTerm, start, end int) *askedTerm {
	var best *askedTerm
	for i, t := range asked {
		if t.at < start || t.at >= end || isLocative(t.term) || t.weight < 1 {
			continue
		}
		if best == nil || t.weight > best.weight {
			best = &asked[i]
		}
	}
	return best
}

// quotedSentences joins, normalized, each quote of ans with its
// paragraph's lead, which may name what the quote's clauses are about.
func (e *Engine) quotedSentences(ans *Answer) string {
	var b strings.Builder
	for _, p := range ans.Parts {
		if p.Type != PartQuote || len(p.Citations) == 0 {
			continue
		}
		para := e.ix.citedParagraph(ans.Citations[p.Citations[0]])
		if para == nil {
			continue
		}
		b.WriteString(Normalize(para.Lead + p.Text))
		b.WriteString("\n")
	}
	return b.String()
}

// yesOrNoEnds close a question asking whether something was done
// (举办过CBA比赛吗, 评上驰名商标没有, 参加广交会了没). 么 is not one:
// 什么 ends questions of what.
var yesOrNoEnds = []string{"吗", "没有", "没", "不"}

// claimCheckEnds close a claim put for checking (…对吗, …是吗), which
// ends in 吗 too but is no yes-or-no question of an unwritten thing.
var claimCheckEnds = []string{"对吗", "是吗"}

// asksYesOrNo reports whether q (normalized, its question mark trimmed)
// asks whether something is so: closed by a yes-or-no ending, or asked
// with a whetherCue; not a claim put for checking (…对吗).
func asksYesOrNo(q string) bool {
	if endsWithAny(q, claimCheckEnds) {
		return false // a claim to check: the claims step corrects a misnamed thing
	}
	return endsWithAny(q, yesOrNoEnds) || containsAny(q, whetherCues)
}

// eventVerbs take as object an event held, an honour won or a thing
// made or joined: 举办全运会, 评上驰名商标, 参加广交会, 研发出聚乙烯.
var eventVerbs = []string{"举办", "办过", "承办", "参加", "入选", "评上", "获评", "评为", "申报", "晋升", "研发"}

// undergoesEvent reports whether the clause ending before a noun holds
// an eventVerb: the noun is the event, honour or thing asked of. WHY: the
// report names the events, honours and products it has; one it never
// names was not held, won or made as far as it says, and quotes of the
// others (市九运会 for 全运会, 4A级 of another site for 5A) answer nothing
// of it. A noun elsewhere in a yes-or-no question (孩子, 老板) is often
// the asker's circumstance, not the thing asked.
func undergoesEvent(before string) bool {
	return containsAny(afterLastAny(before, spokenClauseEnds), eventVerbs)
}

// holdsIdentifiers reports whether text (normalized) holds every Latin
// identifier asked (5g, pm2.5): names, which no other word stands for.
func holdsIdentifiers(asked []askedTerm, text string) bool {
	for _, t := range asked {
		if isIdentifier(t.term) && !strings.Contains(text, t.term) {
			return false
		}
	}
	return true
}

// claimsCountOfUnwritten reports whether a claim states a count of a noun
// no report writes, right after it ("去年新建了5个图书馆吧"): a quote
// sharing its verb or its number (272个新建项目) tells nothing of it.
func claimsCountOfUnwritten(norm string, asked []askedTerm) bool {
	return slices.ContainsFunc(asked, func(t askedTerm) bool {
		at := strings.Index(norm, t.term)
		return at > 0 && unwrittenNoun(t) && countEnds.MatchString(norm[:at])
	})
}

// countEnds is a count ending the text: digits and a measure word.
var countEnds = regexp.MustCompile(`[0-9][万亿]?(?:[个所座家条台处项名户辆艘吨亩块枚]|千瓦|公里)$`)

// unwrittenNoun reports whether t is a noun no report writes and the
// lexicon gives no report term for: a figure claimed of it ("去年新建了5个
// 图书馆吧") is of nothing a quote sharing its verb or number tells.
func unwrittenNoun(t askedTerm) bool {
	return t.missing && t.noun && len(t.syn) == 0 && !t.part && !isLocative(t.term)
}

// whetherCues ask whether what comes before them is so.
var whetherCues = []string{"有没有", "是不是", "是否"}

// asksWhetherOf reports whether a word between before and rest is what a
// yes-or-no question asks of: followed by a cue such as 有没有, or the X
// of 是X吗. An object of a verb (拿了金牌吗) is not: its verb may be
// written of a thing the question misnames, a premise to correct.
func asksWhetherOf(before, rest string) bool {
	if rest == "吗" && strings.HasSuffix(before, "是") {
		return true
	}
	for _, c := range whetherCues {
		if strings.HasPrefix(rest, c) {
			return true
		}
	}
	return false
}

// coversAsked reports whether a figure's window holds what was asked as a
// word: its head word, or in English (whose word order puts no head last)
// each English word it holds by a report term of its own.
func (ix *Index) coversAsked(d *Draft, window string) bool {
	if namesOtherKindOfHead(d.asked, window) {
		return false
	}
	if d.Intent.Lang == "en" && (lacksRateHead(d.norm, d.asked, window) || rateNotIn(d.norm, window)) {
		return false
	}
	return d.Intent.Lang == "en" && ix.englishWholeWords(d.asked, window) || ix.coversHeadWord(d.asked, window)
}

// namesOtherKindOfHead reports whether window holds a head's report term,
// the head itself unwritten there, only as the tail of another kind's
// name, where the head's concept also names its own kind by a longer term
// ending in it: "income" is 居民收入 and 收入, and 一般公共预算收入增长8.3% is
// the budget's revenue, not residents' income (as 营商环境 is no 生态环境 of
// "environment"). A Chinese head is read alike: 工资 and 兜里的钱 stand
// for 居民收入 too, and 营业收入增长40% is no pay rise.
func namesOtherKindOfHead(asked []askedTerm, window string) bool {
	for _, t := range asked {
		if !t.head || ContainsTerm(window, t.term) {
			continue
		}
		for _, long := range t.syn {
			for _, short := range t.syn {
				if long != short && strings.HasSuffix(long, short) && !containsAnyTerm(window, kindsEndingIn(t.syn, short)) &&
					strings.Contains(window, short) && onlyAsTail(window, short) && !kindAskedBefore(asked, t, window, short) {
					return true
				}
			}
		}
	}
	return false
}

// kindAskedBefore reports whether window writes short right after another
// term asked: that kind is the one asked (旅游挣的钱 is 旅游收入), no other.
func kindAskedBefore(asked []askedTerm, head askedTerm, window, short string) bool {
	for i := range wordPositions(window, short) {
		for _, o := range asked {
			if o.term != head.term && slices.ContainsFunc(o.spellings(), func(s string) bool { return strings.HasSuffix(window[:i], s) }) {
				return true
			}
		}
	}
	return false
}

// rateNotIn reports whether an English question asks a rate ("What is the
// employment rate?") and window gives none — no percentage, no 率, no
// points, not all of them (全部达标, 全覆盖): a count (城镇新增就业2.04万人) is
// no rate of anything.
func rateNotIn(norm, window string) bool {
	return englishRate.MatchString(norm) && !strings.ContainsAny(window, "%％率") && !containsAny(window, []string{"百分点", "达标", "全覆盖"})
}

// englishRate is an English question's word for a rate.
var englishRate = regexp.MustCompile(`\brates?\b`)

// lacksRateHead reports whether a rate an English question names by its
// head and "rate" (coverage rate: 覆盖率) is missing from window: what the
// rate is of (forest: 退化林) stands in many a clause, and the rate asked
// is in none of them ("What is Panjin's forest coverage rate?").
func lacksRateHead(norm string, asked []askedTerm, window string) bool {
	for _, t := range asked {
		if t.head && !startsHan(t.term) && strings.Contains(norm, t.term+" rate") &&
			slices.ContainsFunc(t.syn, func(s string) bool { return strings.HasSuffix(s, "率") }) {
			return !t.in(window)
		}
	}
	return false
}

// kindsEndingIn is the terms of syn longer than short that end in it.
func kindsEndingIn(syn []string, short string) []string {
	var out []string
	for _, s := range syn {
		if s != short && strings.HasSuffix(s, short) {
			out = append(out, s)
		}
	}
	return out
}

// onlyAsTail reports whether every w in text closes a longer run of Han
// characters (预算收入, 营业收入): no occurrence stands as a word of its own
// after punctuation or a number.
func onlyAsTail(text, w string) bool {
	for i := range wordPositions(text, w) {
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); !isHan(r) || isStopRune(r) {
			return false
		}
	}
	return true
}

// englishWholeWords reports whether each English word asked that text
// holds by report terms holds one as a word of its own: 出口 (exports)
// inside 进出口 is the trade total.
func (ix *Index) englishWholeWords(asked []askedTerm, text string) bool {
	for _, t := range asked {
		if t.weight < 1 || ContainsTerm(text, t.term) || !containsAnyTerm(text, t.syn) {
			continue
		}
		if !slices.ContainsFunc(t.syn, func(s string) bool { return ix.holdsWholeWord(text, s) }) {
			return false
		}
	}
	return true
}

// namesWholeOfKind reports whether window names only the whole of a kind
// asked: an asked compound (高层次人才) it lacks whose head word, its last
// two runes (人才), it holds. Chinese compounds put the head last, so the
// window's figure counts the whole set, not the kind — wherever in the
// question the kind stands (the head's own check, coversHeadWord, sees
// only the last word asked).
func namesWholeOfKind(asked []askedTerm, window string) bool {
	for _, t := range asked {
		r := []rune(t.term)
		if t.head || t.missing || t.part || t.weight < 1 || len(r) < 3 || !startsHan(t.term) ||
			ContainsTerm(window, t.term) || containsAnyTerm(window, t.syn) {
			continue
		}
		if strings.Contains(window, string(r[len(r)-2:])) {
			return true
		}
	}
	return false
}

// lacksCountedKind reports whether a count asked with a verb head (新增
// of 外贸企业新增多少家) is counted by a clause that does the same (新增省级
// 企业技术中心2家) but lacks the asked word that weighs most, a word the
// dictionary calls a common noun (外贸; not 续建, which it calls a name):
// no counted-noun check reads a verb head, and the other words are common.
func (ix *Index) lacksCountedKind(asked []askedTerm, clause, scoped string) bool {
	h := slices.IndexFunc(asked, func(t askedTerm) bool { return t.head })
	if h < 0 || !ix.isVerb(asked[h].term) || !asked[h].in(clause) {
		return false
	}
	w := weightiest(asked)
	if w < 0 || w == h {
		return false
	}
	pos, _ := ix.dict.POS(asked[w].term)
	return pos == "n" && !asked[w].in(scoped)
}

// countedByCounter is a question counting things by a counter word
// (多少家, 几个): it names what it counts.
var countedByCounter = regexp.MustCompile(`(?:多少|几)(?:家|个)`)

// weightiest is the index of the asked word that weighs most, above
// every other, or -1.
func weightiest(asked []askedTerm) int {
	w := -1
	for i, t := range asked {
		if t.part || t.missing || t.weight < 1 {
			continue
		}
		if w < 0 || t.weight > asked[w].weight {
			w = i
		}
	}
	if w < 0 {
		return -1
	}
	for i, t := range asked {
		if i != w && t.weight >= asked[w].weight {
			return -1 // no single weightiest word
		}
	}
	return w
}

// nameVariant reports whether a and b are one name in two forms: the same
// head (two runes) and the same last rune, one a little longer (辽滨开发区,
// 辽滨经济开发区 for 辽滨经开区). WHY: a shortened or spelled-out name of
// the report's thing is that thing, not a second one "also" asked of.
func nameVariant(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if a == b || len(ra) < 3 || len(rb) < 3 || string(ra[:2]) != string(rb[:2]) || ra[len(ra)-1] != rb[len(rb)-1] {
		return false
	}
	d := len(ra) - len(rb)
	return d >= -4 && d <= 4
}

// variantQuoted reports whether the name the asked words around q[start:end]
// run into (辽滨+经济+开发区) is a form of one the quotes write: its head
// and, within a few runes, its last rune (辽滨经开区).
func variantQuoted(q string, asked []askedTerm, start, end int, quoted string) bool {
	for grew := true; grew; {
		grew = false
		for _, u := range asked {
			if u.at < 0 || u.term == "" {
				continue
			}
			if u.at+len(u.term) == start {
				start, grew = u.at, true
			} else if u.at == end {
				end, grew = u.at+len(u.term), true
			}
		}
	}
	name := []rune(q[start:end])
	if len(name) < 4 || strings.Contains(quoted, string(name)) {
		return false
	}
	return headThenLast(quoted, string(name[:2]), name[len(name)-1]) || typoQuoted(name, quoted)
}

// nameBreaks end a name in a quote: a clause mark, an enumeration's 、, a
// line.
const nameBreaks = "，,；;。、\n"

// headThenLast reports whether quoted writes head and then, within four
// runes none of them a name break, last (辽滨…区 in 辽滨经开区). A scan,
// not an expression compiled per question: this runs on every yes-or-no
// question's asked names.
func headThenLast(quoted, head string, last rune) bool {
	for off := 0; ; {
		at := strings.Index(quoted[off:], head)
		if at < 0 {
			return false
		}
		between := 0
		for _, r := range quoted[off+at+len(head):] {
			if r == last {
				return true
			}
			if between == 4 || strings.ContainsRune(nameBreaks, r) {
				break
			}
			between++
		}
		off += at + 1
	}
}

// typoQuoted reports whether quoted writes name, five runes or more, with
// one rune after its head other (盛源海洋牧埸 for 盛源海洋牧场): a slip of
// the asker's pen, not another thing. A numeral differing (第二批, 第三批)
// is another thing; a shorter name (盘锦大豆, 盘锦大米) may be one too.
func typoQuoted(name []rune, quoted string) bool {
	if len(name) < 5 {
		return false
	}
	for i := 2; i < len(name); i++ {
		if !strings.ContainsRune(numberRunes, name[i]) && slipQuoted(quoted, string(name[:i]), string(name[i+1:])) {
			return true
		}
	}
	return false
}

// numberRunes write a number: a rune of one differing makes another thing.
const numberRunes = "0123456789一二三四五六七八九十两百千万"

// slipQuoted reports whether quoted writes prefix, one rune that is no
// number's nor a name break, and suffix right after it.
func slipQuoted(quoted, prefix, suffix string) bool {
	for off := 0; ; {
		at := strings.Index(quoted[off:], prefix)
		if at < 0 {
			return false
		}
		rest := quoted[off+at+len(prefix):]
		r, n := utf8.DecodeRuneInString(rest)
		if n > 0 && !strings.ContainsRune(numberRunes+nameBreaks, r) && strings.HasPrefix(rest[n:], suffix) {
			return true
		}
		off += at + 1
	}
}

// minTurnedTerms is how many asked terms the turn of a question must hold
// for its share alone to ground a figure: one word (那企业呢) names too
// little of a thing.
const minTurnedTerms = 2

// turnedShare is the share of focus (what a question asks after turning
// from what it set out from) that text holds, 0 when the focus has fewer
// than minTurnedTerms terms. WHY: "汇福粮油国家级，那新增的省级龙头企业是
// 多少家" sets out from 汇福粮油 and asks the provincial count; the words
// it set out from are no part of what the figure must name.
func turnedShare(focus []askedTerm, text string) float64 {
	if len(focus) < minTurnedTerms {
		return 0
	}
	return coveredShare(focus, text)
}
