package rag

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// analysis is what the engine reads out of a question before retrieving.
type analysis struct {
	norm   string
	lang   string             // "zh" or "en"
	terms  map[string]float64 // query terms with weights (expansions weigh less)
	expand []string           // report terms the lexicon added
	linked []string           // report terms a question-side link added: keyword search only
	period PeriodKind         // PeriodNone when the question does not say
	// howPlan: the plan period was read only from a how-to word (怎么解决,
	// 怎么办), no year, 今年 or plan word: what was done answers it too.
	howPlan bool
	both    bool       // asks for the result and the target together
	asks    PeriodKind // of both named, the one the interrogative asks of ("今年托位数4.5，去年多少")
	figure  bool       // asks for a number
	list    bool       // asks for a list ("哪些方面")
	missing []string   // question words that occur nowhere in the reports
	// areasScoped: an areas-of-work cue about one topic ("今年教育主要任务").
	areasScoped bool
	// otherYear is a year the question asks figures for that the report
	// neither reviews nor plans (2023, 2026…); 0 when none.
	otherYear int
	// otherPlan is a five-year plan or span the question asks figures
	// for (十五五, 未来五年), which no annual report gives; "" when none.
	otherPlan string
	years     []int   // years the question names
	rep       *Report // the report the question is scoped to; nil = all
	place     *PlaceSlot
	ownPlace  bool // it names a report's own place (盘锦)
	placeHas  bool // it asks how many its own city has (placeHas)
	// totalClaimed: it claims a total in a number the report does not
	// write beside the thing (claimsUnwrittenTotal).
	totalClaimed bool
	// countNamed: it asks a figure only by a count noun, no 多少 ("去年游客
	// 人数"): a weaker ask than 多少, held only against a rate of the thing.
	countNamed bool
	// totalNamed: the 总额 it ends on is of the report's own name of the
	// figure (社会消费品零售总额), not a sum it asks beside (totalInName).
	totalNamed bool
	namesOnly  bool // it only names what it asks (namesOnly), read once
	// placeClause is the clause that asks of place when the question
	// first states the own place's figure (widerAsked); "" otherwise.
	placeClause string
	summary     bool // it asks how a period went or what it aims at as a whole
	topicOnly   bool // it names a topic and nothing else ("就业")
	// cityFact is a fact of the city itself it asks that the report does
	// not state (its districts, area, tier); nil when none.
	cityFact *cityFact
	// noneCover: with several reports loaded, none covers the years it
	// names (rep is the one it was routed to).
	noneCover bool
	// asked is what it asks (askedTerms), set before it is answered.
	asked []askedTerm
	// phraseTerms maps the words of its English phrases to the report
	// terms of their concepts ("good air quality": 优良天数).
	phraseTerms map[string][]string
	// planSpoken is a five-year plan it names without asking what the
	// plan sets (the plan year's work on it): where the report does not
	// answer, it is declined as otherPlan is.
	planSpoken string
	// compounds are, by English word, the report's names the city's name
	// before it makes ("panjin bank": 盘锦银行), which stand for the word.
	compounds map[string][]string
}

func (a analysis) intent() Intent {
	asks := a.asks
	if !a.figure || a.summary {
		// Only a figure is missing for one year as a whole: text of the
		// other year may still say how this one's work goes on.
		asks = PeriodNone
	}
	return Intent{Lang: a.lang, Figure: a.figure && !a.summary, List: a.list, Both: a.both, Asks: asks, Period: a.period, Expand: a.expand, Years: a.years, Summary: a.summary, Topic: a.topicOnly, Level: AsksLevel(a.norm), Stock: AsksStock(a.norm) || a.placeHas || a.totalClaimed, Change: AsksChange(a.norm), Amount: AsksAmount(a.norm) && !a.totalNamed, CountNamed: a.countNamed, Added: AsksAdded(a.norm), Rank: containsAny(a.norm, ordinalCues), Share: asksShare(a.norm), Halves: halfAskedKinds(a.norm)}
}

// Cue words, matched on normalized text.
var (
	resultCues = []string{"去年", "上年", "过去一年", "过去的一年", "已经", "完成了", "实现了", "取得", "成绩", "成效", "回顾", "做了", "干了", "last year", "achieved", "did ", " was ", " were ", "grew", "rose"}
	planCues   = append(slices.Clone(planNamed), dealCues...)
	// planNamed name the plan or its year outright.
	planNamed = []string{"今年", "本年", "目标", "计划", "预期", "打算", "将要", "准备", "安排", "要做", "this year", "target", "plan", "will ", "goal"}
	// dealCues ask how a thing is dealt with: the plan first, what was
	// done when the plan says nothing of it.
	dealCues   = []string{"怎么解决", "如何解决", "怎么办", "怎么搞", "怎么干", "怎么整", "怎么弄"}
	doneCues   = []string{"了多少", "了几", "过多少", "过几"}
	bothCues   = []string{"对比", "相比", "比较", "分别", "和今年", "与今年", "和去年", "与去年", "and last year", "compare", "versus", " vs"}
	figureCues = []string{"多少", "几", "百分之", "比例", "增速", "增幅", "涨了", "增长了", "数字", "数据", "规模", "how much", "how many", "what percentage", "percent", "rate", "%", "target", "growth", "how fast", "increase",
		"concentration", "teu", "tons", "tonnes", "kilometers", "kilometres", "hectares", "yuan", "ratio", "proportion", " grow ", " grow?", " grew ",
		"what is the total", "what was the total", "what's the total", "value of", "amount of", "how big", "how large", "总投资", "总造价", "投资总额", "总面积", "面积多大", "面积有多大",
		// "龙头企业总数？" asks a number with no 多少: a year's additions
		// (新增…11家) must be grounded as a figure, not quoted as its topic.
		// Asked: the mark after it; shorthand lists (项目总数 新建/续建)
		// name a topic.
		"总数?", "总数？"}
	whyCues  = []string{"为什么", "为啥", "原因", "凭什么", "凭啥", "依据", "根据什么", "根据啥", "怎么定的", "咋定的", "如何确定", "基于什么", "基于啥", "出于什么", "什么判断", "啥判断", "怎么定出来", "咋定出来", "why", "reason", "on what basis", "based on what"}
	listCues = []string{"哪些", "哪几", "个方面", "分别是什么", "分别是啥", "都是什么", "都是啥", "都包括", "哪八", "有什么", "都有", "列出", "列举", "包括什么", "重点任务", "主要任务", "重点工作", "工作重点", "几件大事", "八件大事", "what are", "which areas", "list", "main tasks", "key tasks", "priorities",
		// "存在啥问题", "还有什么不足": what problems are the problems listed.
		"啥问题", "什么问题", "啥不足", "什么不足", "啥短板", "什么短板", "啥困难", "什么困难",
		"what problems", "which problems", "what shortcomings", "what weaknesses"}
	fillerWords = []string{"去年", "今年", "明年", "前年", "刚刚", "一直", "预计", "上年", "本年", "情况", "介绍", "具体", "一下", "告诉", "大概", "总共", "一共", "目前", "现在", "为什么", "为啥", "怎么样", "咋样", "相关", "有关", "关于", "内容", "方面", "应该", "是不是", "能不能", "多大", "多高", "多快", "变化", "怎么", "么样", "什么", "哪些", "多少", "请问", "谢谢", "你好", "政府", "报告", "工作报告", "里面", "提到", "说了", "说的", "啥", "咋", "没", "呢", "吗", "啥时候", "什么时候", "时候", "多久", "几个", "几位", "几天", "几项", "几家", "几条", "几类", "几种", "几批", "几所", "几座", "几处", "几轮", "排第几", "第几", "一年", "当中", "这一行", "能多出", "多出来", "咱们", "咱市", "本市", "市里", "咱", "俺们", "俺", "老火", "爆火", "很火", "火出圈", "出圈", "那些", "这些", "有些", "啥的", "日子", "事儿", "那事", "这事", "东西", "大伙儿", "大伙", "大家伙", "大家",
		// How a why question asks what a target was set on: 基于什么判断定出来的.
		"基于什么", "基于啥", "出于什么", "什么判断", "啥判断", "定出来的", "定出来",
		// Pointing words of colloquial descriptions ("拦车的那个玩意儿"): no topic.
		"那种", "这种", "那个", "这个", "玩意儿", "玩意", "地方", "地儿", "点儿", "到底",
		// "GDP去年和今年分别是多少": asks each, names nothing.
		"分别是", "分别为",
		// Everyday talk around what is asked: who, where and when ("家里老人", "那片",
		// "发大水那阵子", "来咱这儿玩"), what one thinks or hopes ("自个儿觉得",
		// "有啥盼头"), how much ("老多了"), and words of doing that name no
		// topic ("重点抓哪几摊子事儿", "做了哪几件事", "存在啥问题", "拉动消费",
		// "扶持小买卖", "发大水那阵子咋扛过来的").
		"家里", "那片", "这片", "那阵子", "那阵儿", "这阵子", "那会儿", "这会儿", "这儿", "那儿",
		"自个儿", "自己", "觉得", "盼头", "老多了", "摊子", "几件事", "存在", "拉动", "扶持", "扛过来", "挺过来", "熬过来",
		// What is asked of a target, no topic: "目标的依据是什么".
		"依据",
		// How the answer is wanted: "概括一下存在哪些问题".
		"概括一下", "概括下", "概括", "用几句话", "几句话",
		// How often or how exactly, no topic: "老得来回跑", "总是排队", "说具体点";
		// and whose: "政府自身建设" is 政府建设, "省里" beside 市里.
		"老得", "老是", "总是", "具体点", "自身", "省里",
		// Where in the report, no topic: "最后一部分讲政府建设", "报告最后引的话".
		"最后",
		// How much a result counts, no topic: "哪些显著成效" asks the 成效
		// the report names, which never writes 显著.
		"显著",
		// What a thing was set against, asked of any topic: "定目标的背景讲一下".
		"背景",
		// Why, spoken, no topic: "目标定得这么高凭啥" (the report never writes 凭啥).
		"凭啥",
		// Where in the report, spoken: "旅游这块", "政府在这块做了什么" (the
		// report never writes 这块); and how often one must go, no topic:
		// "是不是还得跑好几趟".
		"这块儿", "那块儿", "这块", "那块", "跑好几趟", "跑几趟", "跑一趟", "好几趟", "好几次", "好几回", "几趟",
		// How long the asker has lived a case, no topic: "我在盘锦好几年了".
		"好几年", "好多年", "好些年",
		// How the report speaks, no topic: "有没有说自己有啥毛病，还是光说好听的".
		"好听的",
		// Dialect words of how much, how well and where, no topic: "涨了老鼻子了",
		// "整得杠杠的", "咱这旮旯".
		"老鼻子", "杠杠的", "杠杠", "旮旯",
		// Whether a claim is right, no topic: "这一表述是否准确".
		"是否准确", "准不准确", "准确吗", "准确不", "是否属实", "属实吗",
		// Asking twice over, no topic: "想问问去年…" (the dictionary tags
		// 问问 a noun, which then stood for a thing asked and missing).
		"问问",
		// What the asker means to do, no topic: "我想开个小店" (the
		// dictionary cuts 想开, "get over it", which the reports never write).
		"我想", "俺想",
		// How far or how wide, no topic: "在家门口多远的范围内就能得到照料"
		// asks the reach the report writes as 一刻钟…服务圈, never as a 范围.
		"多远的范围内", "多远范围内", "多远"}
	questionBu = regexp.MustCompile(`不([\s\p{P}]|$)`)
)

// notFigureWords are read out of a question before its figure cues:
// built once, not per question. A paragraph that says a thing (¶几说了,
// 第几段提到, 在第几段) asks where, not how many.
var notFigureWords = strings.NewReplacer(notFigurePairs()...)

// notFigurePairs are the replacement pairs of notFigureWords.
func notFigurePairs() []string {
	out := []string{"哪几", "哪", "数字化", "", "数字经济", "", "这几年", "", "近几年", "", "过去几年", "", "前几年", ""}
	// "开放部分那几个“大”", "那几家国企": things the asker already has in
	// mind, pointed at, not counted.
	out = append(out, "那几", "那", "这几", "这")
	// "用几句话概括存在的问题": how short the answer is wanted, not a count.
	out = append(out, "几句话", "")
	// "被好几个部门轮着查": many, said in passing, not a count asked
	// (好几天 and 好几趟 stay: how long, asked as a complaint).
	out = append(out, "好几个", "")
	// "我在盘锦打工好几年了": how long the asker has lived a case, told
	// in passing (the years asked come with 多少年 or 几年).
	out = append(out, "好几年", "")
	for _, which := range []string{"¶几", "第几段", "第几自然段", "第几个自然段"} {
		for _, says := range []string{"说", "提", "讲", "写", "里说", "里提", "里讲", "里写"} {
			out = append(out, which+says, "哪段"+says)
		}
		out = append(out, "在"+which, "在哪段", "是"+which, "是哪段")
		// "在报告第几段", "是原文的第几段": where in the report, said in full.
		for _, in := range reportWhere {
			out = append(out, "在"+in+which, "在哪段", "是"+in+which, "是哪段")
		}
	}
	return out
}

// reportWhere name the report a paragraph is asked of: "在报告第几段".
var reportWhere = []string{"报告的", "报告里的", "报告中的", "报告里", "报告中", "报告", "原文的", "原文", "文中"}

// genericWords fit every topic of a report: a question's match on them
// alone is no match ("看病难的问题怎么解决" is about 看病, not 问题), so
// their terms weigh genericWeight, and coverage and grounding skip them.
var genericWords = append([]string{"问题", "解决", "工作", "推进", "打算", "准备", "措施", "举措", "办法", "安排", "计划", "目标", "主要", "重点", "具体", "进一步", "加强", "加快", "推动", "实施", "开展", "提高", "提升", "全市", "我市", "方面", "领域", "情况", "怎么办", "怎么搞", "怎么干", "如何", "怎样", "哪些", "有啥", "什么", "完成", "达到", "实现",
	"分别", "预期", "本地", "突破", "多大", "多远", "已经", "总体",
	// Comparison words of a growth rate: 同比增长 is 增长; 保持 a level is reaching it.
	"同比", "保持",
	// A measure taken is of every topic: "化债采取了多少项举措" asks 化债.
	"采取",
	// A move made (有啥大动作, 新动作) is a measure's everyday word; the
	// reports write 动作 only inside 主动作为 and 带动作用.
	"动作",
	// A count asked by its word for a count: 开复工项目总数 is 开复工项目.
	"总数", "数量", "个数",
	// Staff shorthand: "24实际 vs 25目标".
	"实际", "实绩", "vs",
	// What was meant to be done (原定, 本来打算) is a period, read by the period rules.
	"原定", "预定", "本来打算", "原本打算", "原先打算", "当初打算"}, measureWords...)

// howWentWords ask how a topic went, whatever the topic: "去年教育有什么
// 进展" asks about 教育, not for the sentence that says 新进展. Asked alone
// ("进展如何", "成绩怎么样") they are the topic (lightenHowWent).
var howWentWords = []string{"进展", "成绩", "成效", "成就"}

// lightenHowWent weighs the words of how a topic went as generic ones when
// the question names a topic besides them: a word of the question without
// them that is no generic word (托育 of "去年托育有什么进展"; 如何 of
// "进展如何" is none).
func (ix *Index) lightenHowWent(a *analysis, topical string) {
	if !containsAny(topical, howWentWords) {
		return // most questions end here
	}
	topic := slices.ContainsFunc(ix.tok.Tokens(blankWords(topical, howWentWords)), func(t string) bool {
		return topicWord(t) && !genericTerms[t]
	})
	if !topic {
		return
	}
	for _, w := range howWentWords {
		if _, ok := a.terms[w]; ok {
			a.terms[w] = min(a.terms[w], genericWeight)
		}
	}
}

// measureWords say which figure of a topic is asked — its kind (总额, 增速)
// or which way it moved (增长, 下降; the question and the report often say
// it differently) — not what it measures. A follow-up keeps them with its
// topic: "进出口总额增长" asked again for another year is still the growth.
var measureWords = []string{"规模", "水平", "数量", "增速", "增幅", "幅度", "总额", "总量", "比例", "份额", "年均", "平均", "排名",
	"面积", "长度", "金额", "人数", "个数", "增长", "增加", "减少", "下降", "降低", "上升", "百分点"}

const genericWeight = 0.5

// Lexicon expansions weigh expansionWeight; those of a word found only
// inside a longer word of another concept (工资 of 拖欠工资) less.
const (
	expansionWeight      = 0.6
	innerExpansionWeight = 0.2
)

// genericExpansions are the report terms of lexicon concepts that are
// themselves generic (目标 for 计划/打算, 不足 for 问题): a question with a
// topic of its own is not expanded with them.
var genericExpansions = map[string]bool{"目标": true, "预期目标": true, "问题": true, "不足": true}

// hasTopic reports whether the question names something of its own: a
// term of two or more characters that is not generic.
func (a analysis) hasTopic() bool { return a.hasTopicBesides(nil) }

// hasTopicBesides is hasTopic with the terms skip holds left out.
func (a analysis) hasTopicBesides(skip func(term string) bool) bool {
	for t, w := range a.terms {
		if w >= 1 && topicWord(t) && (skip == nil || !skip(t)) {
			return true
		}
	}
	return false
}

// lightenAspects weighs an aspect word (政策, 办法) as a generic one when
// the question names a topic besides it: "孩子上学的事有啥新政策" asks
// about schooling, and the report's text on 政策 in general (争取更多
// 政策支持) is no answer. An aspect asked alone keeps its weight, and so
// does one inside a longer word (标准 of 标准化建设), which is the topic.
// Words, not tokens, decide: 新政 of 新政策 names no topic.
func (ix *Index) lightenAspects(a *analysis, topical string) {
	asked := false
	for t := range a.terms {
		asked = asked || aspectWords[t]
	}
	if !asked {
		return // most questions end here
	}
	words := ix.dict.Segment(topical, nil)
	topic := slices.ContainsFunc(words, func(w string) bool {
		return !aspectWords[w] && !genericWordSet[w] && !fillerWordSet[w] && topicWord(w)
	})
	if !topic {
		return
	}
	for _, w := range words {
		if aspectWords[w] {
			a.terms[w] = min(a.terms[w], genericWeight)
		}
	}
}

// topicWord reports whether a term may name a topic: two characters or
// more, none of them a function character.
func topicWord(t string) bool {
	return utf8.RuneCountInString(t) >= 2 && strings.IndexFunc(t, isStopRune) < 0
}

// genericWordSet holds genericWords; fillerWordSet holds fillerWords, for
// asksNothing's look-up per word.
var (
	genericWordSet = wordSet(genericWords)
	fillerWordSet  = wordSet(fillerWords)
)

// wordSet is a set of words, for look-ups a list would search.
func wordSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// genericTerms are the tokens of genericWords.
var genericTerms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range genericWords {
		for _, t := range (Tokenizer{}).Tokens(w) {
			m[t] = true
		}
	}
	return m
}()

// periodWords are dropped from the terms a question is matched by.
var periodWords = []string{"去年", "今年", "明年", "上年", "本年", "过去一年", "last year", "this year"}

// bareTopic: a question of a few characters and nothing else ("就业",
// "GDP", "公交车").
func bareTopic(norm string) bool {
	t := strings.TrimFunc(norm, isTalkPunct)
	for {
		// "就业方面怎么样", "养老这块": still the topic alone.
		u := t
		for _, s := range topicTails {
			u = strings.TrimSuffix(u, s)
		}
		if u == t {
			break
		}
		t = u
	}
	n := utf8.RuneCountInString(t)
	return n >= 2 && n <= 6 && strings.IndexFunc(t, func(r rune) bool { return strings.ContainsRune("吗呢吧么啥谁哪怎", r) || unicode.IsDigit(r) }) < 0
}

// shorthandWords are the words of a staff member's figure look-up besides
// the indicator and the year.
var shorthandWords = strings.NewReplacer("实际", " ", "实绩", " ", "目标", " ", "数值", " ", "绝对数", " ", "绝对额", " ", "绝对量", " ", "绝对值", " ", "万标箱", " ", "标箱", " ",
	"起数", " ", "总量", " ", "增速", " ", "增幅", " ", "vs", " ", "万人次", " ", "万teu", " ", "万吨", " ", "亿元", " ",
	// Nouns that are figures: "海洋渔业产值 2024".
	"产值", " ", "产量", " ", "总额", " ", "成交额", " ", "营收", " ", "增加值", " ")

// staffShorthand reports whether norm is an indicator with a word of
// figures, and a year, and nothing else: "技术合同成交额 2024实际".
func staffShorthand(norm string, years []int) bool {
	if len(years) == 0 {
		return false // no year: "乡村振兴目标" is a question about a plan
	}
	bare := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r == '年' {
			return ' ' // the year, as staff write it: 2024, 2024年, 24
		}
		return r
	}, norm)
	rest := shorthandWords.Replace(bare)
	if rest == bare {
		return false // no word of figures: a topic and a year asks more than a figure
	}
	han := 0
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool {
		return !isHan(r)
	}) {
		if han > 0 {
			return false // two runs of words: more than an indicator
		}
		han = utf8.RuneCountInString(f)
	}
	return han >= 2 && han <= 12 && !strings.ContainsFunc(rest, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) })
}

// figureNouns end an indicator that is itself a figure: an output, an
// amount of money, a rate, a quantity measured (销量, 加工量, 降雨量; not
// any 量: 质量 and 力量 are no figures), a count in all (企业技术中心总数).
var figureNouns = []string{"产量", "产值", "成交额", "交易额", "销售额", "营收", "营业收入", "增加值", "总额", "余额", "率",
	"销量", "加工量", "降雨量", "降水量", "接待量", "吞吐量", "发电量", "用电量", "用水量", "运量", "客流量", "交易量", "排放量", "储量", "产能", "总数", "数量", "户数", "额度"}

// growthVerbs make a move a policy rather than a figure: 稳增长, 促进…增长.
var growthVerbs = []string{"稳", "促", "推动", "保持", "实现", "带动", "拉动", "助力", "推进", "高质量"}

// figureNounWords are read out of a question before it is taken for an
// indicator alone: its period and its own place ("盘锦去年原油产量"), and
// what a look-up ends with ("…目标是多少").
var figureNounWords = strings.NewReplacer("去年", "", "今年", "", "上年", "", "本年", "", "全年", "", "盘锦市", "", "盘锦", "", "全市", "", "我市", "",
	"目标", "", "是多少", "", "多少", "", "是", "", "的", "")

// namesFigureNoun reports whether a question is an indicator ending on a
// figure noun and nothing else: "华锦集团营业收入", "今年跨境电商成交额目标",
// "今年出口增长目标". "增长还是下降" asks which way, not how much.
func namesFigureNoun(norm string) bool {
	t := figureNounWords.Replace(strings.TrimFunc(norm, isTalkPunct))
	n := utf8.RuneCountInString(t)
	if n < 3 || n > 12 || strings.IndexFunc(t, func(r rune) bool { return !isHan(r) && !(r < 0x80 && unicode.IsLetter(r)) }) >= 0 {
		return false
	}
	if strings.ContainsAny(t, "吗呢吧么啥谁哪怎什如何为") || strings.Contains(norm, "还是") {
		return false
	}
	if strings.HasSuffix(t, "增长") || strings.HasSuffix(t, "下降") {
		// A move asks a figure ("今年出口增长目标", "近三年GDP年均增长"),
		// not where a verb makes it a policy (精准施策稳增长, 推动经济高质量增长).
		return containsAny(norm, []string{"目标", "指标", "预期", "年均", "平均"}) || !containsAny(t, growthVerbs)
	}
	if strings.HasPrefix(t, "新增") && containsAny(norm, []string{"目标", "指标"}) {
		// "今年新增外贸型企业目标": what is to be added is counted; the
		// target asked is that count, not text about the thing.
		return true
	}
	return slices.ContainsFunc(figureNouns, func(w string) bool { return strings.HasSuffix(t, w) })
}

// englishFigureNounAsked is an English question that is an indicator ending
// on a figure noun, at most with a look-up before it and a year after it:
// "Liaohe Oilfield production 2024", "What was Zhonglan Electronics'
// revenue in 2024?". Read as text about the thing, any sentence naming it
// answered; the figure of another thing beside it (粮油加工…营业收入310亿元)
// is no answer to the one asked.
var englishFigureNounAsked = regexp.MustCompile(`^(?:what(?:'s| is| was| are| were) (?:the )?)?(?:[a-z0-9'&-]+ ){1,5}` +
	`(?:revenues?|sales|output|production|turnover|throughput)(?: (?:in|for|of) \d{4}| \d{4}| (?:this|last) year)?$`)

// namesFigureNounEnglish reports whether an English question names an
// indicator by its figure noun and asks nothing else of it, as
// namesFigureNoun does for a Chinese one.
func namesFigureNounEnglish(norm string) bool {
	t := strings.TrimFunc(norm, isTalkPunct)
	return englishFigureNounAsked.MatchString(t) && !containsCue(t, changeCues) &&
		!slices.ContainsFunc(strings.Fields(t), func(w string) bool { return askingMoreWords[w] })
}

// askingMoreWords ask more of an indicator than its figure: "tell me about
// the financial revenue" asks what the report says of it, and "the target
// for retail sales" the target, which the report may give as a growth.
var askingMoreWords = map[string]bool{"tell": true, "about": true, "say": true, "says": true, "describe": true,
	"explain": true, "how": true, "why": true, "does": true, "did": true, "and": true,
	"target": true, "targets": true, "goal": true, "goals": true, "plan": true, "plans": true, "planned": true}

// topicTails follow a bare topic without asking anything more of it.
var topicTails = []string{"怎么样", "咋样", "如何", "的情况", "情况", "方面", "这块", "这一块", "那块", "的"}

// asksReviewTarget reports whether a question asks the target set for
// the year a report reviews: it names that year (去年, 2024年) and a target
// word (目标, 计划), and neither this year nor a result word (实际, 完成).
func asksReviewTarget(padded string, years []int, review int) bool {
	// No target word (none holds a space, so the replacement below cannot
	// make one): most questions end here, before the regexp (2.4% of an
	// answer's CPU).
	// 原定的项目 are the planned projects, 按原定 as planned: neither asks
	// the plan's figure.
	padded = plannedThing.Replace(padded)
	if !containsAny(padded, reviewTargetWords) {
		return false
	}
	// "去年GDP目标是多少，完成没": the target is asked all the same; without
	// a value asked ("粮食产量目标110万吨完成没") the result answers.
	if containsAny(padded, valueCues) {
		padded = dropCompletionCheck(padded, " ")
	}
	// 实际利用外资, 实际到位内资 are indicators' names, not a result asked.
	padded = actualInName.Replace(padded)
	named := len(years) > 0
	for _, y := range years {
		named = named && y == review
	}
	if !named && !containsAny(padded, []string{"去年", "上年", "last year"}) {
		return false
	}
	return containsAny(padded, reviewTargetWords) &&
		!containsAny(padded, []string{"今年", "本年", "this year", "实际", "完成", "实现", "结果", "actual", "achieved", "result"}) &&
		!containsAny(padded, bothCues)
}

// actualInName hides the 实际 that opens an indicator's name (实际利用外资,
// 实际使用外资, 实际到位内资): it names the money that arrived, whatever
// the year, and asks no result.
var actualInName = strings.NewReplacer("实际利用", " 利用", "实际使用", " 使用", "实际到位", " 到位")

// valueCues ask a value ("目标是多少"), not only whether it was met.
var valueCues = []string{"多少", "几", "什么", "啥", "how much", "what was", "what is"}

// reviewTargetWords name a target (asksReviewTarget).
// plannedThing are target words that qualify a thing or a way, not a
// figure asked.
var plannedThing = strings.NewReplacer("原定的", " ", "预定的", " ", "按原定", " ", "按预定", " ")

// Speech says it as what was meant to be done: 原定, 本来打算.
var reviewTargetWords = []string{"目标", "计划", "预期", "原定", "预定", "本来打算", "原本打算", "原先打算", "当初打算", "本来要", "原本要", "target", "goal"}

// asksPlanResult reports whether a question asks the actual result of
// the year the report plans: it names only that year and asks what
// happened in the end.
func asksPlanResult(padded string, years []int, plan int) bool {
	if len(years) == 0 && !containsAny(padded, thisYearWords) {
		return false // "今年" names the plan year as 2025 does
	}
	for _, y := range years {
		if y != plan {
			return false
		}
	}
	// 实际 of 实际到位内资 and 实际利用外资 names an indicator, not an outcome;
	// 去年实际 is the year before's result, set beside this year's target.
	padded = strings.NewReplacer("实际到位", "", "实际利用", "", "actually utilized", "", "actual use", "",
		"去年实际", "", "去年的实际", "", "上年实际", "", "last year's actual", "").Replace(padded)
	// "2025年目标完成没" asks the year's result, as 实际 does.
	padded = dropCompletionCheck(padded, " 实际 ")
	return (containsAny(padded, planResultCues) || wholeYearDone.MatchString(padded) || asksAmountDone(padded)) &&
		!containsAny(padded, planIntentCues) && !planIntentVerb.MatchString(padded) && !planModal.MatchString(padded) &&
		!containsAny(padded, bothCues)
}

// planModal is 要 (will, is to) before a verb: "今年以来要购置多少公交车"
// asks what is to be bought, the plan, however the span is worded. Not
// 要 inside a word (主要, 重要, 需要, 要求, 要点) nor 要不/要么/要是, nor a
// done thing after it (要了).
var planModal = regexp.MustCompile(`(?:^|[^主重需只摘纲概首必提简想])要[^求点素害闻务不么是了，,。？?\s]`)

// planIntentCues ask what is aimed at, not what came of it: "how much
// foreign capital does Panjin aim to actually use in 2025" asks the plan's
// 实际利用外资 target.
var planIntentCues = []string{"目标", "计划", "预期", "打算", "力争", "target", "goal", "plan"}

// planIntentVerb is an English verb of intent driving what follows
// (aim to, expects to); not "want to know" nor "than expected", which ask
// what came of it.
var planIntentVerb = regexp.MustCompile(`\b(?:aims?|aiming|intends?|intending|expects?|expecting|hopes?|hoping) to\b`)

// wholeYearDone asks what the whole year came to, done: "2025年全年GDP增长了
// 多少" is the year's outcome, which a plan does not give.
var wholeYearDone = regexp.MustCompile(`全年[^，,。？?]{0,16}?了(?:多少|几)`)

// amountDone asks what a named thing came to: "城镇新增就业完成多少",
// "固定资产投资完成额" — 完成 after the topic, and nothing named after the
// amount. "今年完成多少项重点水利工程" names what is done after it, the
// plan's own words (完成12项…), and stays a plan question; so does a
// count of items named before it ("重点水利工程完成几项"): a plan sets how
// many tasks the year is to complete in just these words (完成…12项), and
// an amount (就业完成多少) is what a year came to.
var amountDone = regexp.MustCompile(`(\S)完成(?:多少|几|额|量|情况)([个项人家台座条亿万元美%]*)(?:\s|[？?。，,]|$)`)

// itemMeasures count tasks or projects, not an amount (项, 个, 座, 条).
const itemMeasures = "项个座条"

// asksAmountDone reports whether padded asks what a thing came to; a
// modal before 完成 (要完成, 需完成, 将完成, 能完成) asks what is to be done,
// the plan's target.
func asksAmountDone(padded string) bool {
	if !strings.Contains(padded, "完成") {
		return false
	}
	for _, m := range amountDone.FindAllStringSubmatch(padded, -1) {
		itemCount := m[2] != "" && strings.ContainsRune(itemMeasures, []rune(m[2])[0])
		if !strings.ContainsAny(m[1], "要需将应能可争划年") && !itemCount {
			return true
		}
	}
	return false
}

// thisYearWords name the year a report plans.
var thisYearWords = []string{"今年", "本年", "this year"}

// planResultCues ask what happened in the end, not what is planned:
// "今年GDP实际增长多少", "今年城镇新增就业完成了多少", "今年已经购置了多少台".
// A span up to now (今年以来, 年初至今, 截至目前) asks what has been done
// so far: a report given in January states the year's target, not that.
var planResultCues = []string{"实际", "最后", "最终", "到底完成", "完成了", "已经", "以来", "至今", "截至目前", "截止目前", "到目前为止", "目前为止", "迄今",
	"actual", "actually", "ended up", "in the end", "so far"}

// dropCompletionCheck replaces a completion check in padded with by; most
// questions hold none of the characters every match holds.
func dropCompletionCheck(padded, by string) string {
	if !strings.ContainsAny(padded, "完实达") && !strings.Contains(padded, "did ") && !strings.Contains(padded, "was ") {
		return padded
	}
	return completionCheck.ReplaceAllString(padded, by)
}

// completionCheck asks whether a target was met: 完成没, 实现了吗, "was it met";
// the target may follow the verb (完成目标了吗), or a whether-word come
// before it (有没有完成GDP目标, 是否实现): the same check, worded otherwise.
var completionCheck = regexp.MustCompile(`(?:目标|任务|计划)?(?:完成|实现|达到|达成)了?(?:没有|没|吗|了没)|` +
	`(?:完成|实现|达到|达成)了?(?:预期)?(?:目标|任务|计划)了?(?:没有|没|吗|了没)|(?:有没有|是否|有无|能否)(?:完成|实现|达到|达成)|` +
	`did (?:it|they|we|the city) (?:meet|hit|reach|achieve)|was (?:it|the target) (?:met|achieved|reached)`)

// statesReviewTargets reports whether the report (or, unscoped, the
// newest) states last year's targets in its review.
func (ix *Index) statesReviewTargets(rep *Report) bool {
	if rep == nil {
		rep = ix.Latest()
	}
	return ix.reviewsTargets[rep.Meta.ID]
}

// plansYear and reviewsYear report whether the report (or, unscoped, any
// loaded report) sets the targets of year y, or reviews its results.
func (ix *Index) plansYear(y int, rep *Report) bool {
	return ix.anyReport(rep, func(r *Report) bool { return r.Meta.Year == y })
}

func (ix *Index) reviewsYear(y int, rep *Report) bool {
	return ix.anyReport(rep, func(r *Report) bool { return r.Meta.ReviewYear == y })
}

// anyReport reports whether rep (or, when nil, any loaded report) is ok.
func (ix *Index) anyReport(rep *Report, ok func(*Report) bool) bool {
	for _, r := range ix.reports {
		if (rep == nil || r == rep) && ok(r) {
			return true
		}
	}
	return false
}

// hasDigit reports whether s holds an ASCII digit: the year and
// paragraph regexps need one, and most questions have none.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// namedIn reports whether any of the mentions is one of the years.
func namedIn(named []yearMention, years ...int) bool {
	for _, y := range named {
		for _, want := range years {
			if y.year == want {
				return true
			}
		}
	}
	return false
}

func namedYear(norm string, years ...int) bool {
	for _, y := range findYears(norm) {
		for _, want := range years {
			if y.year == want {
				return true
			}
		}
	}
	return false
}

// yearMention is a year named in a question, with its byte span.
type yearMention struct {
	year       int
	start, end int
}

// findYears finds the years a normalized question names: four digits from
// 1900 to 2099 that are a number of their own and not an amount ("过2000亿",
// "2000人", "2024.5"): followed by 年, or by nothing that makes them one.
func findYears(norm string) []yearMention {
	if !hasDigit(norm) {
		return nil
	}
	var out []yearMention
	for _, m := range yearSpans(norm) {
		if m[0] > 0 && isNumberByte(norm[m[0]-1]) {
			continue
		}
		if m[1] < len(norm) {
			next, _ := utf8.DecodeRuneInString(norm[m[1]:])
			if next != '年' && (isNumberByte(byte(next)) && next < 0x80 || next == '%' || strings.ContainsRune(unitRunes, next) || next == '余' || next == '多') {
				continue
			}
		}
		n, _ := strconv.Atoi(norm[m[0]:m[1]])
		out = append(out, yearMention{n, m[0], m[1]})
	}
	return out
}

// yearSpans is the regexp (19|20)\d\d's FindAllStringIndex(s, -1)
// without the regexp engine, which was 2.7% of an answer (findYears runs up to four times a
// question): a match is four ASCII bytes, so the leftmost ones are found
// byte by byte, each search going on after the last match.
func yearSpans(s string) [][]int {
	var out [][]int
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) {
			out = append(out, []int{i, i + 4})
			i += 3
		}
	}
	return out
}

func isNumberByte(b byte) bool { return b >= '0' && b <= '9' || b == '.' }

// isNumberRune is isNumberByte for a rune.
func isNumberRune(r rune) bool { return r >= '0' && r <= '9' || r == '.' }

// FirstIndexOfAny is the byte offset of the first of words in s, -1 when
// none is there.
func FirstIndexOfAny(s string, words []string) int {
	at := -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

func containsAny(s string, cues []string) bool {
	if len(cues) < bloomCues {
		for _, c := range cues {
			if strings.Contains(s, c) {
				return true
			}
		}
		return false
	}
	// A long list: most cues begin or end with two bytes s never has side
	// by side.
	var have bytePairs
	for i := 1; i < len(s); i++ {
		have.add(s[i-1], s[i])
	}
	for _, c := range cues {
		if (len(c) < 2 || have.has(c[0], c[1]) && have.has(c[len(c)-2], c[len(c)-1])) && strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// containsCue is containsAny where an English cue must open a word:
// "enterprises" asks no "rise", "exchange" no "change".
func containsCue(s string, cues []string) bool {
	for _, c := range cues {
		if c == "" || !isWordByte(c[0]) {
			if strings.Contains(s, c) {
				return true
			}
			continue
		}
		for i := 0; i+len(c) <= len(s); {
			j := strings.Index(s[i:], c)
			if j < 0 {
				break
			}
			if i+j == 0 || !isWordByte(s[i+j-1]) {
				return true
			}
			i += j + 1
		}
	}
	return false
}

// bloomCues is the length of a cue list from which containsAny first
// notes the text's byte pairs: below it, looking each cue up costs less.
const bloomCues = 8

// bytePairs is a Bloom filter of a short text's pairs of adjacent bytes.
// Bytes, not runes (runeBloom): decoding each cue's runes cost more than
// the lookups it spared.
type bytePairs [16]uint64

func bytePairHash(a, b byte) uint32 { return (uint32(a)<<8 | uint32(b)) * 0x9E3779B1 >> (32 - 10) }

func (p *bytePairs) add(a, b byte) { h := bytePairHash(a, b); p[h>>6] |= 1 << (h & 63) }

func (p *bytePairs) has(a, b byte) bool { h := bytePairHash(a, b); return p[h>>6]&(1<<(h&63)) != 0 }

// blankWords replaces each of words in text with a space, one word after
// another, as strings.ReplaceAll in a loop does. A word holding a rune the
// text lacks is skipped: blanking only takes runes away (and adds spaces),
// so such a word cannot turn up on the way. Most of a long list is, and
// each ReplaceAll scanned the text.
func blankWords(text string, words []string) string {
	var have runeBloom
	have.add(' ')
	for _, r := range text {
		have.add(r)
	}
	for _, w := range words {
		if have.holdsAll(w) {
			text = strings.ReplaceAll(text, w, " ")
		}
	}
	return text
}

// runeBloom is a set of runes that may say a rune is there when it is not
// (its bit is its low 8 bits), never that it is not when it is.
type runeBloom [4]uint64

func (b *runeBloom) add(r rune) { b[r>>6&3] |= 1 << (r & 63) }

func (b *runeBloom) has(r rune) bool { return b[r>>6&3]&(1<<(r&63)) != 0 }

// holdsAll reports whether b may hold every rune of s. A byte that is no
// rune may match inside one of the text's: it is taken as held.
func (b *runeBloom) holdsAll(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError {
			return true
		}
		if !b.has(r) {
			return false
		}
	}
	return true
}

// runesOf is s's runes as a filter that b covers where b.holdsAll(s):
// up to its first RuneError, which holdsAll takes as held.
func runesOf(s string) runeBloom {
	var b runeBloom
	for _, r := range s {
		if r == utf8.RuneError {
			break
		}
		b.add(r)
	}
	return b
}

// covers reports whether b holds every rune c holds.
func (b *runeBloom) covers(c *runeBloom) bool {
	return b[0]&c[0] == c[0] && b[1]&c[1] == c[1] && b[2]&c[2] == c[2] && b[3]&c[3] == c[3]
}

// firstIn is the first of cues that s holds, "" when none.
func firstIn(s string, cues []string) string {
	for _, c := range cues {
		if strings.Contains(s, c) {
			return c
		}
	}
	return ""
}

// analyze reads a (checked) question against the index.
func (ix *Index) analyze(q string, rep *Report) analysis {
	a := analysis{norm: Normalize(q), terms: map[string]float64{}, rep: rep}
	padded := " " + a.norm + " "
	a.lang = questionLang(a.norm)
	reviewYear, planYear := ix.years(rep)
	named := append(findYears(a.norm), periodMentions(a.norm, reviewYear, planYear)...)
	slices.SortFunc(named, func(x, y yearMention) int { return x.start - y.start })
	named = asideYears(a.norm, named)
	named = ix.rebaseComparisons(a.norm, named, reviewYear, rep)
	other := a.readPeriod(named, " "+GrowthBase(a.norm)+" ", reviewYear, planYear)
	a.readIntent(padded)
	if !a.figure && !a.list && asksAmountByNoun(a.norm) && !ix.countNamesRate(a.norm, rep) {
		// "去年游客人数", "社零总额去年金额": a count or a sum asked by its
		// noun asks a figure, which a growth rate of it does not give.
		a.figure, a.countNamed = true, !namesSum(a.norm)
	}
	a.namesOnly = namesOnly(a.norm)
	ix.readOtherPeriods(&a, named, other, padded)
	ix.readTerms(&a, named)
	ix.readWindow(&a) // after the terms: the report may speak of the window about them
	if !a.figure && !a.list && (ix.claimsUnwrittenMoney(a) || ix.claimsUnwrittenCount(a)) {
		a.figure = true
	}
	if !a.figure && !a.list && ix.claimsUnwrittenTotal(a) {
		a.figure, a.totalClaimed = true, true
	}
	a.totalNamed = ix.totalInName(a.norm, a.expand, rep)
	a.place = ix.readPlace(a.norm, rep)
	a.ownPlace = ix.stripPlaces(a.norm) != a.norm
	ix.addPlaceTerms(&a)
	ix.addRouteTerms(&a)
	if !a.summary && a.ownPlace && economyDigest.MatchString(strings.ReplaceAll(ix.stripPlaces(a.norm), " ", "")) && asksNoCount(padded) {
		// "总结一下盘锦经济": the report's own place named before the economy.
		a.summary = true
	}
	ix.addHomeCompounds(&a)
	ix.addPinyinCompounds(&a)
	if a.summary && (ix.topicScoped(a, summaryCues, ix.summaryOverview(a)) || a.namesPlaceSpokenOf() || ix.summaryOfArea(a, rep)) {
		// "去年教育取得了哪些成绩": 教育's, not the year's; and 取得, 成绩
		// are how it asks, not what (¶17's 成绩的取得 is no answer).
		a.summary = false
		a.dropTermsIn(summaryCues)
		a.dropTermsIn(achievedVerbs)
	}
	if a.figure && a.period == PeriodResult && digestLength(padded) && ix.areaAsked(a, rep, PeriodResult) != nil {
		// "稳增长这块去年干成了啥？帮我归纳几条": how long the digest of
		// an area may be, not a count asked.
		a.figure = false
	}
	a.areasScoped = a.list && ix.areaCueScoped(a) ||
		containsAny(a.norm, wholePartWork) && ix.topicScoped(a, wholePartWork, nil)
	a.missing = ix.missingWords(a.norm, rep)
	a.placeHas = ix.placeHas(a.norm, a.period)
	if s, clause, ok := ix.widerAsked(a.norm, rep); ok {
		a.place, a.placeClause = s, clause
	}
	if !a.figure && !a.list && a.place != nil && a.place.Relation != PlaceOwn && (a.namesOnly || whatFigureOf.MatchString(a.norm)) && containsAny(a.norm, placeFigureWords) {
		// "新疆和布克赛尔县GDP", "辽滨经开区今年固投目标": a place and an
		// indicator's name ask that place's figure, 多少 or not.
		a.figure = true
	}
	a.cityFact = ix.readCityFact(a.norm, rep)
	return a
}

// addPlaceTerms makes the Chinese name of a district or zone an English
// question names ("What happened in Panshan county?") a term: the report
// writes only 盘山县, so without it no paragraph about the place ranks and
// the place step declines a place the report does speak of. A figure
// asked of the place ("Grain output of Panshan county") gains nothing: the
// report gives no district's figure, and the name would pull in the
// place's other sentences as if they answered.
func (ix *Index) addPlaceTerms(a *analysis) {
	s := a.place
	if a.lang == "en" && s == nil {
		ix.addOpenedNameTerms(a)
	}
	if a.lang != "en" || a.figure || s == nil || s.Relation != PlaceInside || !s.mentioned || a.termsNameFigure() {
		return
	}
	corpus := ix.corpusFor(a.rep)
	names := append([]string{Normalize(s.Name)}, s.names...)
	if p, ok := ix.gaz.ByName(s.Name); ok && p.Short != "" {
		names = append(names, Normalize(p.Short))
	}
	for _, n := range names {
		if n == "" || n[0] < 0x80 || !corpus.Contains(n) {
			continue
		}
		for _, t := range append(ix.tok.Tokens(n), n) {
			a.terms[t] = max(a.terms[t], 1)
		}
	}
}

// addHomeCompounds makes the report's name for a thing an English question
// calls by the city's name and a lexicon word ("Panjin Bank", "Panjin
// rice") a term: the report writes 盘锦银行 and 盘锦大米, while "bank"
// alone reads only its concept's report terms (金融机构), which name other
// banks' loans. The compound counts only where the report writes it as a
// name of its own.
func (ix *Index) addHomeCompounds(a *analysis) {
	if a.lang != "en" || ix.lex == nil {
		return
	}
	for _, r := range ix.reports {
		if a.rep != nil && r != a.rep {
			continue
		}
		latin, han := homeNameForms(r)
		written := func(t string) bool { return ix.writesWholeName(r, t) }
		for _, name := range latin {
			for _, w := range wordsAfterName(a.norm, name) {
				for _, t := range ix.lex.writtenCompounds(han, w, written) {
					a.addCompound(w, t, ix.tok)
				}
			}
		}
	}
}

// writtenCompounds are the words the report writes (written says which)
// that join one of the city's Han names (盘锦) and a Chinese member of
// Latin word w's concepts (银行 of bank).
func (lx *Lexicon) writtenCompounds(han []string, w string, written func(string) bool) []string {
	var out []string
	for _, c := range lx.chineseMembersOf(w) {
		for _, h := range han {
			if t := h + c; !slices.Contains(out, t) && written(t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// writesWholeName reports whether report r writes t as a whole name: t is
// a dictionary or lexicon word, or somewhere the report writes it the name
// ends with it (see endsName). 盘锦市绿色 only begins
// 盘锦市绿色货运配送城市示范工程, the one place the report writes it, and
// is no green thing of the city's.
func (ix *Index) writesWholeName(r *Report, t string) bool {
	sc := ix.scopeFor(r)
	if sc == nil || !sc.text.Contains(t) {
		return false
	}
	if ix.dict.IsWord(t) || ix.isLexiconWord(t) {
		return true
	}
	return sc.writesAt(t, func(norm string, at int) bool { return ix.endsName(norm[at+len(t):]) })
}

// endsName reports whether a name written just before rest ends there:
// rest opens with no Han character (a clause mark, a figure) or with a
// word the dictionary does not call a plain noun (改革 of 盘锦银行改革, 和
// of 盘锦大米和). A noun after it (货运 of 盘锦市绿色货运) goes on with the
// name.
func (ix *Index) endsName(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !isHan(r) {
		return true
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !isHan(r) })
	if end < 0 {
		end = len(rest)
	}
	words := ix.dict.Segment(rest[:end], nil)
	if len(words) == 0 {
		return true
	}
	pos, _ := ix.dict.POS(words[0])
	return !slices.Contains(plainNounTags, pos)
}

// plainNounTags are jieba's tags of the nouns that go on with a name
// before them; a verbal noun (改革 vn) says what the named thing does.
var plainNounTags = []string{"n", "nz", "ns", "nt", "ng", "nr", "j"}

// addCompound records t as what English word w stands for, and makes it
// and its pieces terms.
func (a *analysis) addCompound(w, t string, tok Tokenizer) {
	if slices.Contains(a.compounds[w], t) {
		return
	}
	if a.compounds == nil {
		a.compounds = map[string][]string{}
	}
	a.compounds[w] = append(a.compounds[w], t)
	for _, piece := range append(tok.Tokens(t), t) {
		a.terms[piece] = max(a.terms[piece], 1)
	}
}

// homeNameForms are a report's own names for its city, in Latin letters
// (panjin) and in Han characters (盘锦市, 盘锦), normalized.
func homeNameForms(r *Report) (latin, han []string) {
	for _, n := range append([]string{r.Meta.City, strings.TrimRight(r.Meta.City, "市县区省")}, r.Meta.Aliases...) {
		n = Normalize(strings.TrimSpace(n))
		switch {
		case n == "" || slices.Contains(latin, n) || slices.Contains(han, n):
		case isLatinWord(n):
			latin = append(latin, n)
		case n[0] >= 0x80:
			han = append(han, n)
		}
	}
	return latin, han
}

// wordsAfterName are the Latin words that follow name as a whole word in
// norm ("panjin bank's" gives bank), unless an auxiliary before the name
// makes it the subject of the verb after it ("will Panjin attract").
func wordsAfterName(norm, name string) []string {
	var out []string
	for start := range wordPositions(norm, name) {
		end := start + len(name)
		if start > 0 && isWordByte(norm[start-1]) || !strings.HasPrefix(norm[end:], " ") || subjectAfter(norm[:start]) {
			continue
		}
		j := end + 1
		for j < len(norm) && isWordByte(norm[j]) {
			j++
		}
		if j > end+1 {
			out = append(out, norm[end+1:j])
		}
	}
	return out
}

// auxiliaries put the subject after them and its verb after that: "did
// Panjin attract" asks what the city attracted, no thing named 盘锦招商.
var auxiliaries = []string{"will", "would", "did", "does", "do", "can", "could", "should", "shall", "may", "might", "must"}

// subjectAfter reports whether before ends with an auxiliary word.
func subjectAfter(before string) bool {
	fields := strings.Fields(before)
	return len(fields) > 0 && slices.Contains(auxiliaries, fields[len(fields)-1])
}

// termsNameFigure reports whether a term (an English word's Chinese
// reading among them) is an indicator that is itself a figure: 产量, 产值.
func (a *analysis) termsNameFigure() bool {
	for t, w := range a.terms {
		if w > 0 && slices.ContainsFunc(figureNouns, func(n string) bool { return strings.HasSuffix(t, n) }) {
			return true
		}
	}
	return false
}

// placeFigureWords name an indicator (目标 alone does not: "国家高新区今年
// 目标" asks the zone's aim): beside a place other than the
// report's own, with nothing else asked, they ask its figure.
// whatFigureOf asks an indicator's value by "what is" ("What's the GDP of
// Liaoning?"): a figure, though its question word asks what.
var whatFigureOf = regexp.MustCompile(`\bwhat(?:'s|s| is| was| are| were)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:gdp|population|revenue|exports|imports|investment|income|output)\b`)

var placeFigureWords = []string{"gdp", "进出口", "社零", "财政", "增长", "增速", "固投", "投资", "就业", "收入", "人口", "产值", "产量", "总额", "成交额", "交易额", "增加值"}

// readPeriod reads the period asked from the years named and, when none
// is, from cue words; it returns a named year the report neither reviews
// nor plans (0 when none).
func (a *analysis) readPeriod(named []yearMention, padded string, reviewYear, planYear int) (other int) {
	// Years name the period directly; the report's own years decide which.
	var sawResult, sawPlan bool
	for _, y := range named {
		n := y.year
		a.years = append(a.years, n)
		switch n {
		case reviewYear:
			sawResult = true
		case planYear:
			sawPlan = true
		default:
			other = n
		}
	}
	if sawResult != sawPlan && !a.both {
		// "2024年有多少，今年打算扩到多少": 今年 and 去年 name a year as
		// surely as its number does.
		if sawResult && (containsAny(padded, thisYearWords) || a.lang == "en" && otherClauseHolds(padded, named, planNamed)) {
			sawPlan, a.years = true, append(a.years, planYear)
		} else if sawPlan && (containsAny(padded, lastYearWords) || a.lang == "en" && otherClauseHolds(padded, named, nowWords)) {
			sawResult, a.years = true, append(a.years, reviewYear)
		}
	}
	if len(a.years) == 0 {
		// Cue words decide only when no year is named: "2024年…目标" asks
		// about 2024, not about both years.
		sawResult = containsAny(padded, resultCues) || nowBesideTarget(padded)
		sawPlan = containsAny(padded, planCues)
	}
	if sawResult && sawPlan && a.lang != "en" {
		// "今年托位数4.5，去年多少": both named, one asked. Both are still
		// shown when the report gives both; the asked one must be among them.
		a.asks = askedOfTwo(a.norm, named, reviewYear, planYear)
	}
	switch {
	case sawResult && sawPlan:
		a.both = true
	case sawResult:
		a.period = PeriodResult
	case sawPlan:
		a.period = PeriodPlan
		a.howPlan = len(a.years) == 0 && !containsAny(padded, planNamed)
	case containsAny(padded, doneCues):
		// "路修了多少公里", with no year or plan word: what was done.
		a.period = PeriodResult
	}
	// 分别 asks each of several things; it asks both years only when the
	// question names neither ("GDP和社零分别多少"), not of one year
	// ("今年GDP和社零目标分别多少" asks two targets).
	// A comparison with a wider place ("how did it compare with the
	// province") sets the year named beside Liaoning or China, not beside
	// the other year.
	placeOnly := sawResult != sawPlan && comparedWithWider.MatchString(padded)
	a.both = a.both || !placeOnly && containsAny(strings.ReplaceAll(padded, "分别", " "), bothCues) ||
		strings.Contains(padded, "分别") && sawResult == sawPlan
	return other
}

// comparedWithWider is a comparison whose other side is the province, the
// country or their average.
var comparedWithWider = regexp.MustCompile(`\b(?:compare[sd]?|comparison|versus|vs)\b[^,.;?]*?\b(?:province|provincial|liaoning|national|nationwide|country|china)\b|(?:和|与|跟|同|相比|对比|比较)(?:全省|全国|辽宁|省里|省平均)`)

// otherClauseHolds reports whether an English question holds one of cues
// in a clause (parted by punctuation or "and") that names no year: "what
// is the target for new jobs and what was achieved in 2024" asks the
// target beside 2024's result; "how big is the area now and how big will
// it be in 2025" asks where it stands beside the 2025 figure.
func otherClauseHolds(padded string, named []yearMention, cues []string) bool {
	if len(named) == 0 {
		return false
	}
	for _, c := range strings.FieldsFunc(strings.ReplaceAll(padded, " and ", ","), func(r rune) bool { return strings.ContainsRune(",;?.!", r) }) {
		// "what was the target for new jobs and how many were created in
		// 2024": a clause in the past asks of the year named, not another.
		if c = " " + strings.TrimSpace(c) + " "; containsAny(c, cues) && len(findYears(c)) == 0 && !containsAny(c, pastAuxiliaries) {
			return true
		}
	}
	return false
}

// pastAuxiliaries put an English clause in the past.
var pastAuxiliaries = []string{" was ", " were ", " did ", " had "}

// lastYearWords name the year a report reviews.
var lastYearWords = []string{"去年", "上年", "last year"}

// readIntent reads what kind of answer is asked: a figure, a list, a
// summary.
func (a *analysis) readIntent(padded string) {
	// "哪几项" asks which, not how many; "数字化" is no number; a 几 said
	// in passing ("几座桥修不修") asks no count.
	counted := notFigureWords.Replace(fewInPassing(padded))
	a.figure = cuesFigure(counted) &&
		!asksWhy(padded) // "为什么目标定在5.5%": the reason, not the figure
	// "The plan focuses on six key areas": a count of areas said in
	// English is answered, as 六个方面 is, by the areas listed, whose
	// headings bear the count out or correct it (groundAreaCount).
	a.list = containsAny(padded, listCues) || statedAreaCountEN.MatchString(strings.ToLower(padded))
	if a.figure && a.list && asksItemsOfFew(counted) {
		// "几个“始终保持”分别是什么": the items asked, not how many.
		a.figure = false
	}
	if bareTopic(a.norm) && !a.figure && !a.list && len(a.years) == 0 && a.period == PeriodNone && !namesFigureNoun(a.norm) {
		// "就业", "进出口": a topic alone asks its figures, both years',
		// and whatever else the report says of it. An indicator named by
		// its figure noun ("森林覆盖率", "渔业产量") asks that figure
		// (below): a sentence of another 覆盖率 is no answer.
		a.figure, a.both, a.topicOnly = true, true, true
	}
	if !a.figure && !a.list && !a.both && len(a.years) <= 1 && staffShorthand(a.norm, a.years) {
		// "刑事警情 2024 起数": an indicator and a word of figures, nothing
		// else, asks its figure.
		a.figure = true
	}
	if !a.figure && !a.list && (namesFigureNoun(a.norm) || namesFigureNounEnglish(a.norm)) {
		// "辽河油田去年原油产量", "今年跨境电商成交额目标": an indicator
		// named by its figure noun asks that figure, not text about it.
		a.figure = true
	}
	if !a.figure && !a.list && AsksLevel(a.norm) && !strings.Contains(a.norm, "share") {
		// "What was the outstanding loan balance": a level asked in words
		// with no figure cue still asks a figure, which a growth rate of
		// it (贷款余额增长4.7%) does not give. "What share … have" is left
		// as it was: its English indicator grounds too weakly to be held
		// to a figure (市场占有率增至15.7%).
		a.figure = true
	}
	a.summary = (containsAny(padded, summaryCues) || economyDigest.MatchString(a.norm)) && asksNoCount(padded)
}

// asksNoCount: no 多少 or 几 asks a number ("用几句话说说" asks how long
// the answer may be, not a count).
func asksNoCount(padded string) bool {
	lengthless := strings.ReplaceAll(strings.ReplaceAll(padded, "几句话", ""), "几句", "")
	return !containsAny(lengthless, []string{"多少", "几", "how much", "how many"})
}

// itemsCues ask what each of several things is.
var itemsCues = []string{"分别是什么", "分别是啥", "分别指什么", "分别指啥", "都是什么", "都是啥", "都指什么", "都指啥"}

// countVerbsOfFew before 几 ask the count too ("新增了几个…分别是什么").
var countVerbsOfFew = []string{"有几", "了几", "过几", "增几", "是几"}

// asksItemsOfFew is a question whose only figure cue is a 几 of things it
// then asks the items of ("几个“始终保持”分别是什么").
func asksItemsOfFew(text string) bool {
	if !containsAny(text, itemsCues) || !strings.Contains(text, "几") || containsAny(text, countVerbsOfFew) {
		return false
	}
	for _, c := range itemsCues {
		text = strings.ReplaceAll(text, c, " ")
	}
	return !containsAny(strings.ReplaceAll(text, "几", " "), figureCues)
}

// claimedPlace is a place in a ranking a claim states in words: 排第三,
// 排名第五名, 位居第二.
var claimedPlace = regexp.MustCompile(`(排名?|排在|位居|位列|名列)第[一二三四五六七八九十两]+[名位]?`)

// blankClaimedPlace blanks in text the place a claim (norm) states in
// words: "红海滩抖音排第三吗" states a figure, as 第3 would, not words to
// match (全省第三 is another thing's).
func blankClaimedPlace(text, norm string) string {
	if !strings.Contains(text, "第") || !ClaimShaped(norm) {
		return text
	}
	return claimedPlace.ReplaceAllString(text, "$1 ")
}

// namesThisYear reports whether a question names the plan year itself:
// 今年, "this year", or the year's number.
func namesThisYear(padded string, named []yearMention, planYear int) bool {
	return namedIn(named, planYear) || containsAny(padded, []string{"今年", "本年", "this year"})
}

// asksPlanOf reports whether a question naming a five-year plan asks
// what that plan sets, not the plan year's work on it: its plan period
// without 今年 ("十五五规划有什么目标"), or in English a target word ("the
// 15th Five-Year Plan's targets"); not the "plan" of the plan's own name
// alone ("What does the report say about the 15th Five-Year Plan?").
func (a *analysis) asksPlanOf(padded string, named []yearMention, planYear int) bool {
	if a.lang == "en" && planSetsWords.MatchString(padded) && !namesThisYear(padded, named, planYear) {
		return true // not "this year's targets, in the plan's last year"
	}
	if a.lang == "en" && !containsAny(fiveYearPlanName.ReplaceAllString(padded, " "), planNamed) {
		return false // "plan" only in the plan's own name
	}
	// 指标 asks what the plan sets as much as 目标 does ("十五五规划有哪些指标").
	setsAsked := a.period == PeriodPlan || a.lang != "en" && strings.Contains(a.norm, "指标")
	return setsAsked && !namesThisYear(padded, named, planYear) && !asksPlanDrafting(a.norm)
}

// planFulfilled asks in English whether a plan's aims are met, which the
// report answers in words (高质量完成“十四五”规划…目标任务), not a period's
// figures.
// Only a yes/no question: "how much growth did it achieve over the 14th
// plan" asks the period's figure.
var planFulfilled = regexp.MustCompile(`^\s*(?:will|can|could|did|does|do|has|have|is|are|was|were)\b[^?]*\b(?:meet|met|achieve|achieved|complete|completed|fulfil|fulfill|fulfilled|accomplish|accomplished)\b`)

// asksPlanMet reports whether an English question asks whether the plan
// the report's year closes (the 14th) will be met, stating no figure and
// naming no indicator: ¶21/¶22 answer it in words. The 15th has not begun.
func (a *analysis) asksPlanMet(padded, plan string) bool {
	return a.lang == "en" && (plan == "14th five-year" || plan == "fourteenth five-year") &&
		planFulfilled.MatchString(padded) && !englishAmount.MatchString(padded) && !a.namesIndicator()
}

// namesIndicator reports whether the question names a topic besides a
// five-year plan itself ("the 14th Five-Year Plan GDP target": GDP).
func (a *analysis) namesIndicator() bool {
	return a.hasTopicBesides(func(t string) bool {
		return strings.Contains(t, "five-year") || strings.Contains(t, "five year") || strings.Contains(t, "十四五")
	})
}

// englishAmount is a figure an English question states (6%, 5 billion).
var englishAmount = regexp.MustCompile(`\d(?:\.\d+)?\s*(?:%|percent|per cent|billion|million|thousand|yuan)`)

// fiveYearPlanName is an English five-year plan's name, whose "plan" asks
// no plan period.
var fiveYearPlanName = regexp.MustCompile(`five[- ]year plans?`)

// planSetsWords ask in English what a plan sets.
var planSetsWords = regexp.MustCompile(`\b(?:targets?|goals?|objectives?|aims?|aim for)\b`)

// readOtherPeriods reads a period no annual report answers: a year it
// does not cover, a five-year plan, part of a year, last year's targets,
// the plan year's results.
func (ix *Index) readOtherPeriods(a *analysis, named []yearMention, other int, padded string) {
	rep := a.rep
	reviewYear, planYear := ix.years(rep)
	if other != 0 && !namedIn(named, ix.coveredYears(rep)...) &&
		(a.figure || a.summary || !ix.corpusFor(rep).Contains(strconv.Itoa(other))) {
		a.otherYear = other
	}
	// "十五五期间…年均增长多少", "未来五年…": no annual report's figure.
	// Not the plan year's work on it, no figure asked ("十五五规划今年要开始
	// 编吗"): that year's plan says it.
	// A figure stated of the plan's span claims what no annual report
	// sets ("十五五期间粮食产量要达到120万吨"): no year's figure corrects it.
	if p := fiveYearPlan(a.norm); p != "" && !a.asksPlanMet(padded, p) && (a.figure || a.asksPlanOf(padded, named, planYear) || a.claimsPlanSpan(padded, named, planYear)) {
		a.otherPlan = p
	} else if p != "" {
		a.planSpoken = p
	}
	// A target word asks the span's figure too ("三年行动期间GDP目标").
	if p := pastSpan(a.norm); p != "" && a.otherPlan == "" && (a.figure || spanTargetAsked(a.norm)) {
		a.otherPlan = p
	}
	// "今年上半年GDP增速", "今年一季度GDP目标": the reports give whole
	// years; a target word asks a figure, 多少 or not, and so does how far
	// it was met ("一季度固定资产投资完成得怎么样").
	if a.otherPlan == "" && (a.figure || containsAny(a.norm, wideTargetCues) || a.namesOnly || containsAny(a.norm, trackCues)) {
		reps := ix.reports // no report chosen: the day may be any one's
		if rep != nil {
			reps = []*Report{rep}
		}
		if p := subYear(a.norm); p != "" && !ix.corpusFor(rep).Contains(p) && !reportDayNamed(a.norm, reps, ix.corpusFor(rep)) {
			a.otherPlan = p
		}
	}
	// "上一份政府工作报告定的GDP目标": that report is not this one, and this
	// one's targets and results are not what it set.
	if a.otherPlan == "" && previousReport.MatchString(a.norm) && !ix.plansYear(reviewYear, rep) {
		a.otherPlan, a.both = previousReportLabel(a.lang), false
	}
	// "去年…目标定的是多少": a report reviews last year's results and sets
	// this year's targets; last year's targets were set in last year's.
	// "没完成的指标是哪些", "今年有哪些指标下调了": which targets were missed,
	// or moved from last year's, is told only beside last year's targets.
	if a.otherPlan == "" && (asksReviewTarget(padded, a.years, reviewYear) || asksReviewTargetMet(padded, a.years, reviewYear) && !ix.reviewSaysMet(a.norm, rep) ||
		a.list && asksTargetsMissedOrMoved(a.norm)) &&
		!ix.statesReviewTargets(rep) && !ix.plansYear(reviewYear, rep) {
		a.otherPlan = fmt.Sprintf("%d年的目标", reviewYear)
		if a.lang == "en" {
			a.otherPlan = fmt.Sprintf("%d targets", reviewYear)
		}
		a.both = false
	}
	// "2025年全年GDP最后实际增长了多少": a report plans its year; that
	// year's results are in the next year's report.
	// An amount done ("完成额") asks a figure though no figure cue says so.
	if a.otherPlan == "" && (a.figure || asksAmountDone(padded)) && asksPlanResult(padded, a.years, planYear) && !ix.reviewsYear(planYear, rep) {
		a.otherPlan = fmt.Sprintf("%d年的实际结果", planYear)
		if a.lang == "en" {
			a.otherPlan = fmt.Sprintf("%d results", planYear)
		}
		a.both = false
	}
}

// planAsAim is a five-year plan named as what this year's work serves
// (为十五五良好开局, 迎接十五五, 绘制好未来五年发展蓝图), not as the span a
// figure is of.
var planAsAim = regexp.MustCompile(`(?:为|迎接|迈向)(?:实现)?[“"]?(?:十五五|未来五年)|(?:十五五|未来五年)[”"]?(?:规划)?(?:的)?(?:良好)?开(?:好)?局|未来五年(?:的)?(?:发展)?蓝图`)

// claimsPlanSpan reports whether the question states a figure of a
// five-year plan's span. WHY: "今年引进人才1.15万人，为十五五开好局吗"
// states this year's figure, the plan only its aim; the plan year's
// targets answer it, not "no figure for the plan".
func (a *analysis) claimsPlanSpan(padded string, named []yearMention, planYear int) bool {
	if !a.statesAmount() {
		return false
	}
	return !namesThisYear(padded, named, planYear) || !planAsAim.MatchString(a.norm)
}

// statesAmount reports whether the question states a figure of its own
// (120万吨, "6% growth"), a claim, whether or not it asks one.
func (a *analysis) statesAmount() bool {
	if a.lang == "en" {
		return englishAmount.MatchString(a.norm) // not the 15 of "15th"
	}
	return statesFigure(a.norm)
}

// planDrafting words ask about drawing a plan up, or what the report says
// of it: the report's year drafts the next five-year plan (高质量编制
// "十五五"规划), so "十五五规划编制有什么安排" is answered, not declined as a
// period the report has no figures for.
var planDrafting = []string{"编制", "编写", "开始编", "制定", "起草", "谋划", "draw up", "drawn up", "draft", "prepare", "drawing up", "say about", "mention"}

// asksPlanDrafting reports whether a question about a five-year plan asks
// how or whether it is drawn up, and no figure or target of it.
func asksPlanDrafting(norm string) bool {
	// The plan's period (十五五期间, "plan period") is the years it covers,
	// not the document drawn up.
	return containsAny(norm, planDrafting) && !containsAny(norm, []string{"目标", "指标", "增长", "期间", "时期", "target", "goal", "growth", "period"})
}

// yearSuffix is the 年 that opens rest, when a year's digits end before
// it and no word follows, only a space or the end (进出口 2024年 vs 2025年:
// a lone 年 would weigh for every 全年), or a generic word (2024年实际,
// 2025年目标). A pair of 年 and a topic word may be the report's (2024年新增
// as 全年新增) and stays.
func yearSuffix(rest string) string {
	after, ok := strings.CutPrefix(rest, "年")
	if !ok {
		return ""
	}
	if after == "" || after[0] == ' ' || slices.ContainsFunc(genericWords, func(w string) bool { return strings.HasPrefix(after, w) }) {
		return "年"
	}
	return ""
}

// readTerms reads the question's topical terms: its words without the
// periods, places and fillers, and the report terms of its concepts.
func (ix *Index) readTerms(a *analysis, named []yearMention) {
	// Period words and years steer the period boost; as terms they would
	// pull in every sentence that says "今年" or "2024年".
	topical := blankWords(withoutYears(a.norm, named), periodWords)
	if a.otherPlan != "" {
		topical = strings.ReplaceAll(topical, a.otherPlan, " ")
	}
	// The reports' own place names say which report, not what about.
	topical = ix.stripPlaces(topical)
	corpus := ix.corpusFor(a.rep)
	topical = blankSpoken(blankWords(blankFigureWord(topical), fillerWords), corpus)
	topical = blankClaimedPlace(topical, a.norm)
	if ix.lex != nil {
		// "报告承认了哪些问题": 承认 stands for 问题 and 不足, words of any
		// topic; the reports' own words of the concept (短板) stay topics.
		for _, w := range ix.lex.genericMembers(topical, genericExpansions) {
			if !corpus.Contains(w) {
				topical = strings.ReplaceAll(topical, w, " ")
				a.terms[w] += genericWeight
			}
		}
	}
	for _, t := range ix.tok.Tokens(topical) {
		if genericTerms[t] || isLatinWord(t) && ix.lex != nil && ix.lex.genericOnly(t, genericExpansions) {
			// "问题", "解决", "工作": words that fit any topic only hint.
			a.terms[t] += genericWeight
			continue
		}
		a.terms[t] += 1
	}
	ix.lightenAspects(a, topical)
	ix.lightenHowWent(a, topical)
	if ix.lex != nil {
		ix.lightenFiller(a) // before the expansions, which read whether a topic is asked
		ix.readExpansions(a)
	}
}

// lightenFiller makes an English filler word (englishFiller: summarize,
// focus, main, expected) that no report term stands for a hint, not a
// word asked: the reports, in Chinese, never write it, and as a word asked
// it counted against every match ("Summarize the 2025 plans" declined). A
// filler the lexicon reads as report terms (handled: 办理), alone or in a
// phrase (five-year), is found where they are, and stays.
func (ix *Index) lightenFiller(a *analysis) {
	var phrased map[string][]string
	read := false
	for t, w := range a.terms {
		if w < 1 || !englishFiller[t] || len(ix.lex.reportTermsOf(t)) > 0 {
			continue
		}
		if !read {
			phrased, read = ix.phrasedWords(a), true
		}
		if len(phrased[t]) == 0 {
			a.terms[t] = genericWeight
		}
	}
}

// phrasedWords maps the words of the lexicon's phrases a question holds to
// their report terms: a concept's, and, where readExpansions reads them
// (not of the results), a link's ("the government system" names 政府系统,
// its two fillers included).
func (ix *Index) phrasedWords(a *analysis) map[string][]string {
	phrased := ix.lex.phraseTerms(a.norm)
	if a.period == PeriodResult {
		return phrased
	}
	for word, ts := range ix.lex.linkPhraseTerms(a.norm) {
		if phrased == nil {
			phrased = map[string][]string{}
		}
		phrased[word] = append(phrased[word], ts...)
	}
	return phrased
}

// withoutYears is norm with the years named in it blanked.
func withoutYears(norm string, named []yearMention) string {
	if len(named) == 0 {
		return norm
	}
	var b strings.Builder
	last := 0
	for _, y := range named {
		if y.start < last {
			continue // inside the mention before it ("24/25")
		}
		b.WriteString(norm[last:y.start])
		b.WriteByte(' ')
		// The year's 年 goes with it before a generic word:
		// "2024年实际" asks nothing of 年实, a pair the report writes
		// in 全年实际利用外资.
		last = y.end + len(yearSuffix(norm[y.end:]))
	}
	b.WriteString(norm[last:])
	return b.String()
}

// readExpansions adds the lexicon's expansions of a question's words to
// its terms, lighter than the words themselves.
func (ix *Index) readExpansions(a *analysis) {
	a.phraseTerms = ix.lex.phraseTerms(a.norm)
	expanded := a.norm
	topic := a.hasTopic()
	if topic {
		// "医共体进展怎么样": 进展 asks how 医共体 went; its concept's 进度
		// would quote another project's 工程总体进度.
		expanded = blankWords(a.norm, howWentWords)
	}
	a.expand = ix.lex.Expand(expanded)
	if closed := closeWhich(expanded); closed != expanded {
		// "今年要建哪些桥": the lexicon's 建桥, with 哪些 between.
		for _, e := range ix.lex.Expand(closed) {
			if !slices.Contains(a.expand, e) {
				a.expand = append(a.expand, e)
			}
		}
	}
	if topic {
		// "养老方面今年有什么打算": 打算 is no topic beside 养老, and its
		// concept (目标) would pull in the paragraph of targets.
		a.expand = slices.DeleteFunc(a.expand, func(e string) bool { return genericExpansions[e] })
	}
	if a.period != PeriodResult {
		// A link carries a word to the plan's wording (今年防汛 → 防洪);
		// the results write the question's own word (去年防汛 is ¶14's and
		// ¶17's), where the link's terms would only tip one over the other.
		a.linked = slices.DeleteFunc(ix.lex.Linked(expanded), func(t string) bool { return slices.Contains(a.expand, t) })
		// "opening up" of a link is understood as a whole, where its
		// report terms are, like the words of a concept's phrase.
		for w, ts := range ix.lex.linkPhraseTerms(expanded) {
			if a.phraseTerms == nil {
				a.phraseTerms = map[string][]string{}
			}
			a.phraseTerms[w] = append(a.phraseTerms[w], ts...)
		}
	}
	inner := ix.lex.InnerTerms(a.norm)
	weights := map[string]float64{}
	for _, e := range slices.Concat(a.expand, a.linked) {
		w := expansionWeight
		if inner[e] {
			w = innerExpansionWeight
		}
		for _, t := range ix.tok.Tokens(e) {
			weights[t] = max(weights[t], w)
		}
	}
	for t, w := range weights {
		if _, ok := a.terms[t]; !ok {
			a.terms[t] = w
		}
	}
}

func (ix *Index) years(rep *Report) (review, plan int) {
	if rep == nil {
		rep = ix.Latest()
	}
	return rep.Meta.ReviewYear, rep.Meta.Year
}

// Latest is the newest report (the first of the newest year): with several
// loaded and none named, 去年 and 今年 are read as the newest report reads
// them, as someone asking about the current report means them.
func (ix *Index) Latest() *Report {
	r := ix.reports[0]
	for _, o := range ix.reports[1:] {
		if o.Meta.Year > r.Meta.Year {
			r = o
		}
	}
	return r
}

// coveredYears are the years the report (or, unscoped, any report) reviews or plans.
func (ix *Index) coveredYears(rep *Report) []int {
	if rep != nil {
		return []int{rep.Meta.ReviewYear, rep.Meta.Year}
	}
	var ys []int
	for _, r := range ix.reports {
		ys = append(ys, r.Meta.ReviewYear, r.Meta.Year)
	}
	return ys
}

// QuestionLang is "en" for a question mostly in Latin letters, else "zh".
func QuestionLang(q string) string { return questionLang(Normalize(q)) }

func questionLang(norm string) string {
	han, latin := 0, 0
	for _, r := range norm {
		switch {
		case isHan(r):
			han++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	if latin > 2*han && latin >= 6 { // "GDP" alone is not an English question
		return "en"
	}
	return "zh"
}

// corpusFor is the text of rep, or of all reports when rep is nil.
func (ix *Index) corpusFor(rep *Report) textIndex { return ix.scopeFor(rep).text }

// missingWords finds what a question asks about that the reports never
// mention: runs of two or more Han characters that no report contains (after
// removing filler words and lexicon words), and English content words that
// the lexicon does not know. A question about house prices or another city
// has such words; a paraphrase of report text rarely does.
func (ix *Index) missingWords(norm string, rep *Report) []string {
	corpus := ix.corpusFor(rep)
	text := norm
	if ix.lex != nil {
		text = ix.lex.blankLinkPhrases(ix.lex.blankMembers(text))
	}
	text = ix.stripPlaces(text)
	text = ix.blankLatinLocal(text)
	text = blankWords(text, fillerWords)
	// "第八部分", "第三个方面": where in the report, not what about.
	text = ordinalCue.ReplaceAllString(text, " ")
	// "几场", "多少次": how many is asked, not what about.
	text = howManyMeasure.ReplaceAllString(text, "$1 ")
	// "方便不？", "管不管", "收拾收拾": how it is asked, not what.
	text = blankUnwrittenComplements(blankSpoken(text, corpus), corpus)
	var missing []string
	rs := []rune(text)
	inWord := ix.midWordRunes(rs)
	for i := 0; i < len(rs); {
		// "治治", "管管吧": a doubled verb ending a clause is the spoken form
		// of the verb ("奶奶的" is a noun, and stays).
		if i+1 < len(rs) && rs[i] == rs[i+1] && isHan(rs[i]) && corpus.Contains(string(rs[i])) &&
			(i+2 == len(rs) || !isHan(rs[i+2]) || strings.ContainsRune("不吧呢吗啊", rs[i+2])) {
			i += 2
			continue
		}
		if !isHan(rs[i]) {
			if rs[i] < 0x80 && unicode.IsLetter(rs[i]) {
				j := i
				for j < len(rs) && rs[j] < 0x80 && unicode.IsLetter(rs[j]) {
					j++
				}
				w := string(rs[i:j])
				tail := i > 0 && rs[i-1] == '-' && compoundTails[w]
				if len(w) > 2 && !stopWords[w] && !englishFiller[w] && !ix.knownLatin(w, corpus) && !tail && !ix.englishNoTopic(w, rep) {
					missing = append(missing, w)
				}
				i = j
				continue
			}
			i++
			continue
		}
		// Greedy longest match of corpus substrings from i.
		best := 0
		for l := 2; i+l <= len(rs) && isHan(rs[i+l-1]); l++ {
			if !corpus.Contains(string(rs[i : i+l])) {
				break
			}
			best = l
		}
		if best > 0 {
			i += best
			continue
		}
		// Unmatched: collect the run of unmatched content characters.
		j := i
		for j < len(rs) && isHan(rs[j]) && !isStopRune(rs[j]) {
			if j > i && j+1 < len(rs) && corpus.Contains(string(rs[j:j+2])) {
				break
			}
			j++
		}
		from := i
		for from < j && inWord[from] {
			from++ // 人 of 年轻人来: the tail of a word the match cut, no word itself
		}
		if w := string(rs[from:j]); j-from >= 2 && !ix.lex.describesNamed(norm, w) {
			missing = append(missing, w)
		}
		if j == i {
			j++
		}
		i = j
	}
	return missing
}

// howManyMeasure is a question of how many in a measure word (几场, 多少次,
// 几个): read with the runs the report never writes, 几场 of "去年下了几
// 场大雨" was a term the report lacks, and a count it gives (八轮强降雨)
// was declined. 哪几件 asks which ones, a list, and stays.
var howManyMeasure = regexp.MustCompile(`(^|[^哪])(?:几|多少)[` + objectMeasures + `轮]`)

// midWordRunes marks the runes of rs that continue a dictionary word
// begun before them: in 年轻人来盘锦 the report writes 年轻, and the 人 left
// over makes with 来 a run it never writes, 人来, which is no word asked.
func (ix *Index) midWordRunes(rs []rune) []bool {
	mid := make([]bool, len(rs))
	for i := 0; i < len(rs); {
		if !isHan(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && isHan(rs[j]) {
			j++
		}
		at := i
		for _, w := range ix.dict.Segment(string(rs[i:j]), nil) {
			n := utf8.RuneCountInString(w)
			for k := at + 1; k < at+n; k++ {
				mid[k] = true
			}
			at += n
		}
		i = j
	}
	return mid
}

// englishFiller words carry no topic.
var englishFiller = map[string]bool{
	// A system is the head of many of the report's phrases (养老服务体系,
	// 政府系统, 医疗保障体系): the word before it says which.
	"system": true, "systems": true,
	"last": true, "next": true, "year": true, "years": true, "government": true, "work": true,
	"according": true, "main": true, "total": true, "have": true, "has": true, "had": true,
	"planned": true, "planning": true, "expected": true, "set": true, "for": true, "from": true,
	"into": true, "than": true, "compared": true, "vs": true, "new": true, "number": true,
	"percentage": true, "percent": true, "rate": true, "much": true, "many": true, "when": true,
	"where": true, "who": true, "why": true, "could": true, "would": true, "should": true,
	"can": true, "you": true, "your": true, "our": true, "their": true, "they": true, "we": true,
	"i": true, "tell": true, "give": true, "show": true, "list": true, "areas": true, "area": true,
	"key": true, "major": true, "priorities": true, "priority": true, "tasks": true, "task": true,
	"both": true, "versus": true, "compare": true, "during": true, "over": true, "since": true,
	"mentioned": true, "mention": true, "mentions": true, "any": true, "some": true, "all": true,
	"these": true, "those": true, "been": true, "being": true, "get": true, "got": true, "make": true,
	"made": true, "reach": true, "reached": true, "achieve": true, "achieved": true, "aim": true,
	"aims": true, "goal": true, "municipal": true, "city's": true, "level": true,
	"value": true, "amount": true, "figure": true, "figures": true, "data": true, "times": true,
	"increase": true, "by": true, "up": true, "down": true, "out": true, "more": true, "most": true,
	// Words of asking and counting, no topic: "what kind of year", "the
	// eight key areas", "what problems does the report admit", "name some".
	"kind": true, "kinds": true, "sort": true, "type": true, "types": true, "levels": true,
	"name": true, "names": true, "put": true, "numbers": true, "one": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "such": true, "like": true,
	"doing": true, "done": true, "going": true,
	// Time and talk around a question, no topic: "now", "already", "right?",
	// "how long does it take", "which other city", "working with".
	"now": true, "currently": true, "already": true, "still": true, "right": true, "take": true, "takes": true,
	"long": true, "other": true, "working": true,
	// Everyday verbs, whose object is the topic: "how many tourists visited",
	// "what problems does Panjin face", "how many plans were compiled".
	"visit": true, "visited": true, "visits": true, "visiting": true, "come": true, "came": true, "comes": true, "coming": true,
	"receive": true, "received": true, "receives": true, "welcome": true, "welcomed": true, "hit": true, "hits": true,
	"face": true, "faces": true, "facing": true, "faced": true, "identify": true, "identified": true, "identifies": true,
	"focus": true, "focuses": true, "focused": true, "focusing": true, "appear": true, "appeared": true, "appears": true,
	"feature": true, "featured": true, "compile": true, "compiled": true, "build": true, "built": true, "building": true,
	"happen": true, "happened": true, "see": true, "saw": true, "seen": true, "bring": true, "brought": true,
	"help": true, "helped": true, "start": true, "started": true, "finish": true, "finished": true,
	"carry": true, "carried": true, "launch": true, "launched": true, "improve": true, "improved": true,
	"plant": true, "planted": true, "renovate": true, "renovated": true,
	// Describing words around the topic: "an ordinary business", "which
	// other Chinese city", "what milestone should it reach".
	"ordinary": true, "chinese": true, "milestone": true,
	// Asking a place in a ranking, no topic: the report gives ranks as
	// 全省第三, which no English word matches; the rank checks (rankCues,
	// groundRankClaim) read the cue, and the indicator is the topic.
	"rank": true, "ranks": true, "ranked": true, "ranking": true, "rankings": true,
	// How and what kind of asking, no topic: "why were the targets set this
	// way", "how will it handle the risks", "what are the requirements".
	"way": true, "ways": true, "handle": true, "handled": true, "handling": true,
	"requirement": true, "requirements": true,
	// How the answer is wanted, no topic: "summarize the 2025 reform plan",
	// "briefly describe", "give an overview of" (概括 among fillerWords).
	"summarize": true, "summarise": true, "summary": true, "outline": true, "overview": true,
	"briefly": true, "brief": true, "describe": true, "explain": true,
	// A place's kind after its name, no topic: "Dawa district", "Panshan
	// county" (the place step reads the place).
	"district": true, "districts": true, "county": true, "counties": true,
	// Words of asking and of checking, no topic: "what is Panjin Bank's
	// situation", "who is responsible for project work", "did Panjin rank
	// first on anything", "the foremost quality", "the principles the
	// report sets", "…grew 6%, correct?", "a quick overview", "difficulties
	// in achieving the targets", "what growth is Panjin expecting".
	"situation": true, "responsible": true, "anything": true, "foremost": true, "sets": true,
	"correct": true, "quick": true, "achieving": true, "expecting": true, "expect": true, "expects": true,
	// Adding, an everyday verb whose object is the topic: "how many
	// firms will Panjin add" asks 新增 of the firms, not of "add".
	"add": true, "adds": true, "adding": true,
	// What a thing is called and what it is to another, no topic: "what
	// is 2025 called in relation to the 15th Five-Year Plan" asks the
	// name the report gives the year (谋篇布局之年); the plan is the topic.
	"called": true, "relation": true, "regard": true,
	// Trying, supporting, following and summing up, how a plan or a report
	// is asked of, no topic: "how will Panjin try to get support" (支持 is
	// everywhere in the plan: its object is the topic), "what principles
	// should it follow", "how does it sum up the year in general terms".
	"try": true, "tries": true, "trying": true, "tried": true, "follow": true, "follows": true,
	"sum": true, "terms": true, "general": true, "uphold": true, "upholds": true, "etc": true,
	"principle": true, "principles": true, "support": true, "supports": true, "supported": true,
}

// blankLatinLocal blanks the pinyin of the city's own places (dawa,
// liaobin): a place the report names, not a word it lacks.
func (ix *Index) blankLatinLocal(text string) string {
	for _, lp := range ix.latinLocal {
		if ContainsTerm(text, lp.word) {
			text = replaceWord(text, lp.word)
		}
	}
	return text
}

func (ix *Index) knownLatin(w string, corpus textIndex) bool {
	if ix.lex != nil && ix.lex.knows(w) {
		return true
	}
	return corpus.ContainsTerm(w)
}

// placeWords are the normalized names of the reports' own places, longest
// first: each report's city ("盘锦市"), the city without its 市/县/区
// ("盘锦") and its aliases ("Panjin", also as "panjin's").
func placeWords(reports []*Report) []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		w = Normalize(strings.TrimSpace(w))
		if utf8.RuneCountInString(w) >= 2 && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, r := range reports {
		add(r.Meta.City)
		add(strings.TrimRight(r.Meta.City, "市县区省"))
		for _, a := range r.Meta.Aliases {
			add(a)
			if isLatinWord(Normalize(a)) {
				add(a + "'s")
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// latinStops are the Latin words among place names, as tokens.
func latinStops(places []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range places {
		if isLatinWord(w) {
			out[w] = true
		}
	}
	return out
}

// stripPlaces blanks the reports' own place names in normalized text; a
// Latin name only as a whole word.
func (ix *Index) stripPlaces(text string) string { return ix.names.strip(text) }

func isLatinWord(s string) bool {
	for _, r := range s {
		if r >= 0x80 || !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// replaceWord blanks whole-word occurrences of w in s.
func replaceWord(s, w string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, w)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		end := i + len(w)
		before := i == 0 || !isWordByte(s[i-1])
		after := end == len(s) || !isWordByte(s[end])
		b.WriteString(s[:i])
		if before && after {
			b.WriteByte(' ')
		} else {
			b.WriteString(w)
		}
		s = s[end:]
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// whichWords ask which of a kind between a verb and its object ("修哪些路",
// "建哪几座桥"); closed up, the verb and object are the lexicon's word.
var whichWords = strings.NewReplacer("哪几条", "", "哪几座", "", "哪几个", "", "哪几项", "", "哪些", "", "什么", "", "啥", "")

// closeWhich is norm without its which words, and without a 个 spoken
// between a verb and its object ("注册个公司": 注册公司).
func closeWhich(norm string) string { return dropVerbGe(whichWords.Replace(norm)) }

// dropVerbGe drops a 个 after a Han word that is no number, pointer or
// 几 (注册个公司, not 几个 or 这个), before a noun it does not start
// (个体, 个人, 个性).
func dropVerbGe(s string) string {
	rs := []rune(s)
	out := rs[:0:0]
	for i, r := range rs {
		if r == '个' && i > 0 && i+1 < len(rs) && unicode.Is(unicode.Han, rs[i-1]) && unicode.Is(unicode.Han, rs[i+1]) &&
			!strings.ContainsRune("一二两三四五六七八九十百千万几多每这那哪整各某半", rs[i-1]) && !strings.ContainsRune("体人性别", rs[i+1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}
