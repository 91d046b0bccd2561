package rag

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// afterStatedFigure is where the question starts after an opening clause
// that states a figure and asks nothing ("去年GDP增长3.5%，进出口增长多少":
// 3.5% is what the asker knows, 进出口 what it asks); -1 when none.
func afterStatedFigure(norm string) int {
	first, rest, ok := splitAtComma(norm)
	if !ok || !statesFigure(first) || asksIn(first) || !asksIn(rest) {
		return -1
	}
	return len(norm) - len(rest)
}

// splitAtComma parts s at its first clause break (commaBreak) into the
// clause before and the text after the mark; ok is false when s opens
// with one or has none.
func splitAtComma(s string) (first, rest string, ok bool) {
	i := commaBreak(s)
	if i <= 0 {
		return "", s, false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[:i], s[i+size:], true
}

// commaBreak is the byte offset of the first comma or semicolon that
// parts clauses, -1 when none: not a thousands separator (1,470亿元).
func commaBreak(s string) int {
	for i, r := range s {
		if r == ' ' && particleSpace(s, i) {
			return i
		}
		if !strings.ContainsRune("，,；;", r) {
			continue
		}
		// A digit is one byte: the bytes around the mark are the runes.
		if n := utf8.RuneLen(r); (r == ',' || r == '，') && i > 0 && isDigitByte(s[i-1]) && i+n < len(s) && isDigitByte(s[i+n]) {
			continue
		}
		return i
	}
	return -1
}

// particleSpace: the space at s[i] follows a sentence particle and comes
// before Chinese text ("是132台吧 还要开几条"): typed in place of a comma,
// it ends the clause the particle closes.
func particleSpace(s string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[i:], " "))
	return isSentenceParticle(before) && isHan(after)
}

// numberIn finds numbers and what follows each.
var numberIn = regexp.MustCompile(`(\d+(?:\.\d+)?)(.?)`)

// statesFigure reports whether a Chinese clause states a figure: a number
// that is no year or date (2024年, 24年, 3月).
func statesFigure(clause string) bool {
	return strings.ContainsFunc(clause, isHan) && statedNumberAt(clause) >= 0
}

// statedNumberAt is the byte offset of clause's first number that is no
// year or date (2024年, 24年, 3月, a bare 2024 before a word: "2024开复工
// 项目总数" names the year, it states nothing), -1 when none.
func statedNumberAt(clause string) int {
	years := findYears(clause)
	for _, m := range numberIn.FindAllStringSubmatchIndex(clause, -1) {
		if slices.ContainsFunc(years, func(y yearMention) bool { return y.start == m[2] && y.end == m[3] }) {
			continue
		}
		if next := clause[m[4]:m[5]]; next == "" || !strings.Contains("年月日号", next) {
			return m[0]
		}
	}
	return -1
}

// asksIn reports whether a clause asks: a question word, a question
// particle or mark; a clause without them states.
func asksIn(clause string) bool {
	return containsAny(clause, questionWords) || strings.ContainsAny(clause, "吗呢?？") || containsAny(clause, []string{"how", "what", "which"})
}

// contextPartCues ask a part of what the clause before states.
var contextPartCues = []string{"其中", "当中", "里面", "这里头", "这其中", "占", "of which", "of these", "of them"}

// sizeClassAsked opens a clause that asks the part of a stated count in a
// size class (亿元以上, 5000万元以上), 其中 left unsaid.
var sizeClassAsked = regexp.MustCompile(`^(?:\d+(?:\.\d+)?)?(?:千万|百万|万|亿)?元(?:以上|及以上)`)

// writtenSizeClass reports whether rest opens with a size class the
// report writes (亿元以上): a part of the stated count. One it never
// writes (5000万元以上) is no part of anything it gives.
func (ix *Index) writtenSizeClass(rest string, rep *Report) bool {
	class := sizeClassAsked.FindString(rest)
	return class != "" && ix.saysPhrase(class, rep)
}

// contextPeriod finds the period a clause names, to carry to the clause
// after it: "去年GDP增长3.5%，进出口增长多少" asks 2024's trade.
var contextPeriod = regexp.MustCompile(`(?:19|20)\d\d年|去年|今年|上年|本年|前年|明年|last year|this year`)

// splitContext parts a question that opens with a clause stating a figure
// and asking nothing from the clause that asks of another thing:
// "今年GDP目标5.5%左右，社零目标是多少" asks 社零's target, and 5.5% is
// what the asker knows. It returns the stated clause and the question as
// asked — the period the first clause names carried over — or "" and read
// when the question does not open so, or the rest names nothing of its
// own ("去年买了85台公交车，今年买多少" is one question).
func (ix *Index) splitContext(read string, rep *Report) (stated, asked string) {
	if stated, asked, ok := englishFollowUp(read); ok {
		return stated, asked
	}
	at := afterStatedFigure(read)
	if at < 0 {
		return ix.otherPlaceStated(read, rep)
	}
	stated, rest := read[:at], read[at:]
	if containsAny(rest, contextPartCues) || ix.writtenSizeClass(rest, rep) || strings.HasSuffix(strings.TrimRight(stated, "，,；; "), "里") {
		// "新签约项目300个，其中亿元以上多少", "95万亩里，盘山县占多少",
		// "新签约300个项目，亿元以上多少个" ask a part of it.
		return "", read
	}
	rest = withContextPeriod(stated, rest)
	a := ix.analyze(Normalize(rest), rep)
	claim := ClaimShaped(rest)
	if asked, ok := ix.ownAfterOther(stated, rest, a, rep); ok && (!claim || a.hasTopic()) {
		// The stated figure is another place's: no claim about the report
		// to check, so no stated clause ("辽宁去年进出口增长10%，咱们进出口
		// 增长39.7%对吗" claims only the own 39.7%).
		return "", asked
	}
	// The stated clause is read at most once, and only when a rule needs it.
	first := sync.OnceValue(func() analysis { return ix.analyze(Normalize(stated), rep) })
	likeIt := asksLikeIt(rest) || asksPlanBare(rest)
	if asked, ok := samePeriodShift(stated, rest, a, likeIt, first); ok {
		return stated, asked
	}
	if claim {
		return "", read // "…，是全省第一吗" asks whether it is so
	}
	if likeIt && asksRank(a.norm) {
		// "外资7.5亿美元，跟全省比呢" asks where the stated figure stands
		// beside the province, not the province's own figure: its topic is
		// the stated clause's.
		return "", read
	}
	if !a.figure && likeIt {
		// "去年电子信息产业营业收入增长40%，石化产业呢" asks 石化产业's
		// 营业收入增长, not any figure of it: the stated measure goes along.
		rest = withStatedMeasure(stated, rest)
		a = ix.analyze(Normalize(rest), rep)
	}
	if likeIt && a.place != nil && a.place.Relation != PlaceOwn && a.place.Relation != PlaceInside {
		// "盘锦去年GDP增长3.5%左右，辽宁呢" asks of 辽宁, which the
		// report is not about; the stated clause is checked on its own,
		// unless it is another place's too (全国…，大连呢).
		if p := first().place; p != nil && p.Relation != PlaceOwn {
			return "", rest
		}
		return stated, rest
	}
	if asked, ok := rateOfStatedAmount(stated, rest, a); ok {
		return stated, asked
	}
	if asked, ok := amountOfStatedRate(stated, rest); ok {
		return stated, asked
	}
	if !ix.asksOwnFigureApart(a, likeIt, first) {
		return "", read
	}
	return stated, ofStatedSubject(stated, rest)
}

// withStatedMeasure is rest, a bare "…呢" asking like the stated
// clause, with its 呢 cut and the stated measure written after it: the
// measure itself when stated names one, else what likeItAsks reads of it.
func withStatedMeasure(stated, rest string) string {
	rest = strings.TrimSuffix(strings.TrimRight(rest, "?？。.! ！"), "呢")
	if m := statedMeasure(stated); m != "" {
		return rest + m + "是多少"
	}
	return rest + likeItAsks(stated, rest)
}

// asksOwnFigureApart reports whether the asking clause, read as a, asks a
// figure of the report's own of another indicator than the stated clause
// (first, read when needed) gives: only then is the stated clause parted
// off as what the asker knows.
func (ix *Index) asksOwnFigureApart(a analysis, likeIt bool, first func() analysis) bool {
	if !a.figure || !a.hasTopic() || a.place != nil || asksRank(a.norm) {
		// "去年固投增长20%，全省排名多少", "…，比全省高多少": the stated
		// figure's rank.
		return false
	}
	if sharesTerm(first(), a) && !(likeIt && hasOwnTerm(a, first())) && !namesOtherIndicator(first(), a) {
		// "去年买了85台公交车，今年买多少", "债务率降了100个百分点以上，那
		// 现在债务率是多少": one indicator, one question.
		return false
	}
	if p := first().place; p != nil && p.Relation != PlaceOwn {
		return false // "大连去年GDP增长5%，进出口增长多少" asks of 大连
	}
	// "去年续建改造老旧小区11个，新开工多少个": a doing asked of the
	// stated thing, which alone matches any project's 开工.
	return !ix.asksDoingOnly(a)
}

// asksDoingOnly reports whether every substantive term reading a asks is a
// word of what a year did (flowWords: 开工, 修复): such a clause names no
// thing of its own.
func (ix *Index) asksDoingOnly(a analysis) bool {
	asked := substantive(ix.askedTerms(a))
	for _, t := range asked {
		if !containsAny(t.term, flowWords) {
			return false
		}
	}
	return len(asked) > 0
}

// progressAsked asks how a thing is getting on and names no thing
// ("进展咋样"): of the thing the stated clause counts, or 进展 alone matches
// any sentence of 新进展 (¶16 事业实现新进展), not the project's progress.
var progressAsked = regexp.MustCompile(`^(?:那|那么)?(?:现在|目前)?(?:的)?(?:进展|进度)(?:咋样|怎么样|怎样|如何|呢|到哪了|到哪一步了)?$`)

// bareFigureTail is what asks a figure after its noun, its period and
// interrogative read out first: the unit of "多少亿元".
var bareFigureTail = regexp.MustCompile(`(?:有|为|大概|一共|共|能有)?(?:亿元|万元|亿|万|元|钱)?$`)

// statedVerbs end a stated clause's subject before its figure (跨境电商企业
// 达到70家): no part of the thing.
var statedVerbs = []string{"达到", "突破", "超过", "有", "是", "为", "共", "了"}

// ofStatedSubject reads rest, which asks a figure noun alone ("成交额多少
// 亿元", "总投资多少"), as asking it of the thing the stated clause counts:
// "跨境电商70家，成交额多少亿元" asks 跨境电商's 成交额, which the report's
// 技术合同成交额 is not; "新签约项目260个，总投资多少" asks those projects'.
// A rest that names a thing of its own is returned as it is.
func ofStatedSubject(stated, rest string) string {
	noun := bareFigureTail.ReplaceAllString(strings.TrimRightFunc(figureNounWords.Replace(Normalize(rest)), isTalkPunct), "")
	if !slices.Contains(figureNouns, noun) && !slices.Contains(amountNouns, noun) && !progressAsked.MatchString(noun) {
		return rest
	}
	subject := strings.TrimRightFunc(withoutStatedFigure(Normalize(stated)), isTalkPunct)
	for _, v := range statedVerbs {
		subject = strings.TrimSuffix(subject, v)
	}
	for _, w := range periodWords {
		if strings.Contains(rest, w) {
			subject = strings.ReplaceAll(subject, w, "") // rest says the period: once
		}
	}
	if utf8.RuneCountInString(subject) < 2 {
		return rest
	}
	return subject + rest
}

// rateAskWords ask a thing's rate of change (of the year, or its target:
// 增长目标). A bare 目标 asks the amount aimed at, which the stated amount's
// question already is ("去年粮食产量110万吨，今年目标多少").
var rateAskWords = []string{"增长", "增速", "增幅"}

// levelAskWords ask the level a stated figure is to reach or the step it
// is to take ("今年增加到多少", "今年提高几个百分点"): of the stated thing,
// as a rate word asks its rate. Read as a question of its own, the verb
// alone matches another indicator's name (增加值 of 规上工业增加值, 提高
// of 提高招商质效).
var levelAskWords = []string{"增加到", "提高到", "提升到", "增至", "提高至", "提升至", "达到", "增加", "提高", "提升", "几个百分点", "多少个百分点", "个百分点"}

// rateWordsTail is the rate a stated percentage's clause ends with
// ("一般公共预算收入增长"): its thing is the words before.
var rateWordsTail = regexp.MustCompile(`(?:同比)?(?:增长|增速|增幅|下降|提高|降低)(?:了)?$`)

// claimOpeners are how an asker opens what they heard ("听说…").
var claimOpeners = []string{"我听说", "听说", "据说", "有人说"}

// WithoutHearsay is s without the words an asker opens what they heard
// with (claimOpeners): they say how the claim came, not what it is of.
func WithoutHearsay(s string) string {
	for _, o := range claimOpeners {
		s = strings.ReplaceAll(s, o, "")
	}
	return s
}

// rateOrLevelAsks ask a rate or a level; periodOrRateAsks add the words
// of a period's plan, which ask nothing of their own beside them.
var (
	rateOrLevelAsks  = append(slices.Clone(rateAskWords), levelAskWords...)
	periodOrRateAsks = append([]string{"目标", "计划", "预计"}, rateOrLevelAsks...)
)

// rateOfStatedAmount reads a question that states an amount of a thing
// and asks, naming no thing of its own, that thing's rate or target:
// "去年社零总额145亿元，今年增长目标多少" asks 社零总额's growth target, and
// the stated amount is the asker's claim, checked on its own. It returns
// the question as asked: the rest with the stated thing put in.
func rateOfStatedAmount(stated, rest string, a analysis) (string, bool) {
	if claimCued(strings.TrimRight(rest, "？?。 ")) {
		return "", false // "…，增长了30%对吗" claims, asks no rate
	}
	period := contextPeriod.FindString(rest)
	bare := strings.Replace(rest, period, "", 1)
	// A stated percentage is already a rate: the rest asks the same rate
	// of another period ("一般公共预算收入去年增长8.3%，今年目标增长多少"
	// asks 2025's target), and of the same period it asks nothing new.
	percent := statedPercent.MatchString(stated)
	if percent && (period == "" || period == contextPeriod.FindString(stated)) {
		return "", false
	}
	if a.place != nil || !containsAny(rest, rateOrLevelAsks) ||
		strings.Trim(blankWords(blankWords(bare, periodOrRateAsks), amountAskFiller), " ？?。！!") != "" {
		return "", false // the rest names a thing of its own, or asks more than the rate
	}
	thing := strings.TrimSpace(withoutLastFigure(stated))
	thing = strings.TrimRight(strings.Replace(thing, contextPeriod.FindString(thing), "", 1), "，,；; ")
	for _, w := range claimOpeners {
		thing = strings.TrimPrefix(thing, w)
	}
	for _, w := range []string{"了", "达到", "完成", "是", "为", "达", "有"} {
		thing = strings.TrimSuffix(thing, w)
	}
	if percent {
		thing = rateWordsTail.ReplaceAllString(thing, "") // the rest asks its own rate
	}
	if thing == "" || statedNumberAt(thing) >= 0 {
		return "", false
	}
	return period + thing + bare, true
}

// measureTail is what a stated clause measures, at its end before the
// figure: a figure noun (营业收入, 产值) and which way it moved (增长).
var measureTail = regexp.MustCompile(`(?:主营业务收入|营业收入|营收|产值|产量|总额|增加值|成交额|零售额)?(?:同比)?(?:增长|下降|增加|减少|提高|降低|增速|增幅)?$`)

// statedMeasure is the measure of the figure stated clause states
// (营业收入增长 of "电子信息产业营业收入增长40%"), "" when it names none.
func statedMeasure(stated string) string {
	thing := strings.TrimRight(strings.TrimSpace(withoutLastFigure(stated)), "，,；; ")
	return measureTail.FindString(thing)
}

// asksLikeIt reports whether rest asks of its thing what the clause
// before states of another, by a bare 呢 ("去年GDP增长3.5%左右，社零呢"):
// the same kind of figure (是多少), not a claim of the stated one.
func asksLikeIt(rest string) bool {
	r := strings.TrimRight(rest, "?？。.! ！")
	return strings.HasSuffix(r, "呢") && !containsAny(r, questionWords)
}

// barePlanWords are what a bare plan ask holds besides its period
// ("今年目标？", "今年的计划？").
var barePlanWords = []string{"预期目标", "目标", "计划", "的", "是"}

// asksPlanBare reports whether rest asks, by a period and a plan word
// alone, with no question word ("…8.7%，今年目标？"), the stated thing's
// plan in that period, as a bare 呢 does. WHY: read whole, two periods
// and no question word read as a comparison, and the stated year's
// figure heads the answer where the asked year gives none.
func asksPlanBare(rest string) bool {
	r := strings.TrimRight(rest, "?？。.! ！")
	if !containsAny(r, barePlanWords[:3]) || contextPeriod.FindString(r) == "" || containsAny(r, questionWords) {
		return false
	}
	return strings.TrimSpace(blankWords(contextPeriod.ReplaceAllString(r, " "), barePlanWords)) == ""
}

// samePeriodShift reads a question that states a figure of one period
// and asks the same thing of another by a bare 呢 (likeIt): "去年买了85台
// 公交车，今年呢" asks how many buses this year (the stated clause without
// its period and its figure, in the period asked). first reads the stated
// clause. A part of the year the rest names goes along ("去年外资7.5亿美
// 元，今年一季度呢" asks this year's first quarter, which a January report
// does not give): it narrows the period, it is no thing of its own, and
// dropped it would have the whole year answer for the quarter.
func samePeriodShift(stated, rest string, a analysis, likeIt bool, first func() analysis) (string, bool) {
	from, to := contextPeriod.FindString(stated), contextPeriod.FindString(rest)
	if from == "" || to == "" || from == to || !likeIt {
		return "", false
	}
	sub := subYear(Normalize(rest))
	inSub := func(t string) bool { return sub != "" && strings.Contains(sub, t) }
	if a.hasTopicBesides(inSub) && (!sharesTerm(first(), a) || hasOwnTerm(a, first())) {
		return "", false
	}
	// The stated period's own words go with it: 今年GDP目标…，去年呢 asks
	// last year's growth, which a report gives as a result.
	thing := strings.NewReplacer(from, "", "预期目标", "", "目标", "").Replace(withoutListedFigures(stated))
	thing = strings.TrimRight(strings.TrimSpace(thing), "，,；; ")
	for _, w := range []string{"达到", "是", "了", "为", "达"} {
		thing = strings.TrimSuffix(thing, w)
	}
	if thing == "" {
		return "", false
	}
	return to + sub + thing + likeItAsks(stated, to+thing), true
}

// likeItAsks is what a "…呢" question made whole asks with: "是多少", or
// "增幅是多少" when the stated clause gives a percentage ("旅客接待量增长
// 29.9%，旅游收入呢", "今年GDP目标5.5%左右，去年呢") and "是多少" would
// ask an amount as it stands, which the stated kind of figure is not.
func likeItAsks(stated, thing string) string {
	if asksAmountLevel(Normalize(thing+"是多少")) && statedPercent.MatchString(stated) {
		return "增幅是多少"
	}
	return "是多少"
}

// statedPercent finds a percentage stated.
var statedPercent = regexp.MustCompile(`\d(?:\.\d+)?\s*[%％]`)

// statedFigure is a number as a question states it, with its scale, its
// measure word or mark and a bound: 85台, 3.5%左右, 1.1万个, 29微克/立方米.
var statedFigure = regexp.MustCompile(`\d+(?:\.\d+)?[万亿]?(?:%|[微毫千]?\p{Han}(?:/\p{Han}+)?)?(?:左右|以上|以下|多)?`)

// withoutLastFigure is a clause without the figure it states: its last
// number that is part of no name (PM2.5, 500千伏输变电工程 come before it).
func withoutLastFigure(clause string) string {
	ms := looseFigures(clause)
	if len(ms) == 0 {
		return clause
	}
	last := ms[len(ms)-1]
	return clause[:last[0]] + clause[last[1]:]
}

// looseFigures are the byte spans of the figures clause states that are
// part of no name: a number right after a Latin letter, digit or point
// (the 2 and the 5 of PM2.5) belongs to the word before it, not to what
// is stated.
func looseFigures(clause string) [][]int {
	var out [][]int
	for _, m := range statedFigure.FindAllStringIndex(clause, -1) {
		if m[0] == 0 || !isASCIIWordByte(clause[m[0]-1]) {
			out = append(out, m)
		}
	}
	return out
}

// itemEnds are the marks a listed item ends before.
var itemEnds = []string{"、", "，", ",", "；", ";"}

// withoutListedFigures is a clause without the figures that end its listed
// items ("GDP增长3.5%左右、社零增长4%" → "GDP增长、社零增长"). WHY: a clause
// stating several figures and asking them again of another period ("…，
// 今年呢") asks every item; cutting only the last leaves the first item's
// figure stated of the period asked, and the answer "corrects" it. A
// clause of one item is withoutLastFigure's.
func withoutListedFigures(clause string) string {
	ms := looseFigures(clause)
	if len(ms) < 2 {
		return withoutLastFigure(clause)
	}
	out, cut := clause, 0
	for i := len(ms) - 1; i >= 0; i-- {
		at, end := ms[i][0], ms[i][1]
		if end == len(clause) || startsWithAny(clause[end:], itemEnds) {
			out, cut = out[:at]+out[end:], cut+1
		}
	}
	if cut < 2 {
		return withoutLastFigure(clause)
	}
	return out
}

func isASCIIWordByte(b byte) bool {
	return b == '.' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// withContextPeriod is rest with the period the stated clause names
// before it, when rest names none: "去年GDP增长3.5%，进出口增长多少" asks
// 2024's trade.
func withContextPeriod(stated, rest string) string {
	if p := contextPeriod.FindString(stated); p != "" && !contextPeriod.MatchString(rest) {
		return p + rest
	}
	return rest
}

// otherPlaceStated parts a question that opens with another place's
// figure and claims the asker's own after it, which asks nothing by its
// words ("辽宁去年进出口增长10%，咱们进出口增长39.7%吧"): the other place's
// figure is no claim about the report, so the question is the own claim
// alone, and no stated clause. "" and read when it does not open so.
func (ix *Index) otherPlaceStated(read string, rep *Report) (stated, asked string) {
	first, rest, ok := splitAtComma(read)
	if !ok || !statesFigure(first) || asksIn(first) || !statesFigure(rest) || !ClaimShaped(rest) {
		return "", read
	}
	rest = withContextPeriod(first, rest)
	a := ix.analyze(Normalize(rest), rep)
	if asked, ok := ix.ownAfterOther(first, rest, a, rep); ok && a.hasTopic() {
		return "", asked
	}
	return "", read
}

// readAsked reads a question as Ask does: folded and mended (reader),
// and parted from a figure it opened with (splitContext).
func (ix *Index) readAsked(text string, rep *Report) (stated, read string) {
	return ix.splitContext(ix.rd.read(text, ix.scopeFor(rep)), rep)
}

// hasOwnTerm reports whether reading a holds a term of substance b lacks:
// "刑事警情下降26.1%，治安警情呢" asks of 治安 警情, another thing.
func hasOwnTerm(a, b analysis) bool {
	for t, w := range a.terms {
		if w >= 1 && b.terms[t] < 1 && topicWord(t) {
			return true
		}
	}
	return false
}

// namesOtherIndicator reports whether stated clause s and the rest a name two
// indicators that only share a word: s's words name through the lexicon
// a report term that a neither names nor holds, and a holds a term of
// substance s lacks ("来盘锦旅游的人涨了五成" is 旅客接待量, "旅游收入涨了
// 多少" another figure). The stated figure is then its own claim, checked
// against its own indicator, not one question's context.
func namesOtherIndicator(s, a analysis) bool {
	if !hasOwnTerm(a, s) {
		return false
	}
	for _, e := range s.expand {
		if utf8.RuneCountInString(e) >= minNamedTerm && !slices.Contains(a.expand, e) && !strings.Contains(a.norm, e) {
			return true
		}
	}
	return false
}

// minNamedTerm is how long a report term a lexicon line adds must be to
// name an indicator: 增长 and 文旅 are added to many.
const minNamedTerm = 4

// sharesTerm reports whether two readings share a term of substance.
func sharesTerm(a, b analysis) bool {
	for t, w := range a.terms {
		if w >= 1 && b.terms[t] >= 1 && topicWord(t) {
			return true
		}
	}
	return false
}

// ownSelves are the words a question asks of the asker's own place with:
// the asker's "we" (pluralSelves) and words for here.
var ownSelves = append(slices.Clone(pluralSelves), "我市", "本市", "本地", "这边", "这里")

// ownAfterOther reads a question that states another place's figure and
// asks the report's own: "全国今年GDP目标5%左右，盘锦呢" asks Panjin's GDP
// target (the question without the other place and its figure), and
// "辽宁去年进出口增长10%，咱们社零呢" asks the rest. ok is false when the
// stated clause names no other place or the rest does not ask of the own.
func (ix *Index) ownAfterOther(stated, rest string, a analysis, rep *Report) (asked string, ok bool) {
	if a.place != nil && a.place.Relation != PlaceOwn || ix.gaz == nil {
		return "", false
	}
	if a.place == nil && !containsAny(rest, ownSelves) {
		return "", false
	}
	norm := Normalize(stated)
	first := ix.readPlace(norm, rep)
	if first == nil || first.Relation == PlaceOwn || first.Relation == PlaceInside {
		return "", false
	}
	if a.hasTopic() {
		return rest, true
	}
	cut := withoutStatedFigure(norm)
	for _, m := range ix.gaz.Find(cut) {
		cut = strings.Replace(cut, m.As, "", 1)
	}
	cut = strings.TrimRight(strings.TrimSpace(strings.ReplaceAll(cut, "全省", "")), "是了为达")
	if cut == "" {
		return "", false
	}
	return cut + "是多少", true
}

// withoutStatedFigure is a clause cut before the first number that is no
// year or date: "全国今年GDP目标5%左右" → "全国今年GDP目标".
func withoutStatedFigure(clause string) string {
	if i := statedNumberAt(clause); i >= 0 {
		return clause[:i]
	}
	return clause
}
