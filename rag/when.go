package rag

import (
	"regexp"
	"slices"
	"strings"
)

// A when-question is answered by the clause of a quote that names the thing
// asked: a time there (年底前, 当年开工), or the thing reaching the stage
// asked in the year of its plan or result (京哈高速盘锦段扩容改造竣工通车:
// this year). Another thing's event in the same quote tells nothing of it
// ("曙光大桥项目…加快建设，…京哈高速…竣工通车"), nor does a clause that
// only backs or prepares it (支持锦城石化申请原油自主进口资质, 前期工作).

// timeWords name a time a clause may open with or hold: a year, a month,
// a part of the year.
const timeWords = `[0-9]{4}年|[0-9]+月|年底|年内|年末|年初|上半年|下半年|当年|今年|明年`

var (
	// timeTold is how a clause tells a date or a span: how soon is
	// answered by a span too (压缩至1天以内, 50分钟内).
	timeTold = regexp.MustCompile(timeWords + `|季度|月底|连续[0-9一二三四五六七八九十]+年|[0-9]+个?(?:分钟|小时|工作日|天)以?内`)
	// timeLeads is a clause that opens with a time: it tells when of what
	// the clause before it names ("…改造项目前期准备工作，年底前启动实施").
	timeLeads = regexp.MustCompile(`^(?:力争|确保|计划|预计|争取)?(?:` + timeWords + `)`)
	// outcomeLeads is a clause that opens with what the clause before it
	// brings about ("完成…供水保障工程，让18万农村居民饮用水与城市同源"):
	// that one's stage is its own.
	outcomeLeads = regexp.MustCompile(`^(?:让|使)`)
	// stageTold is a stage a thing reaches, which tells its year in a plan
	// or a result: "实现30万吨级原油码头…竣工验收". Backing or pushing it
	// on (支持, 推进, 加快) reaches none.
	// Issuing a document (发布, 出台, 印发) is its stage too: 编制 a plan
	// reaches none ("十五五规划啥时候发布": 高质量编制“十五五”规划).
	// A body set up or a building put to use (设立, 成立, 启用) is one too.
	// Running and operating are states a thing is kept in (持续推动…一体化
	// 运营, 推动…高效运行): only entering one (投入, 正式) is reached.
	stageTold = regexp.MustCompile(`建成|竣工|完工|投用|投运|投产|达产|通车|通航|开航|贯通|开工|动工|开建|启动|开通|开业|验收|交付|完成|获批|批复|挂牌|揭牌|通水|通电|上线|并网|实现|发布|出台|印发|公布|启用|设立|成立|(?:投入|正式)(?:运行|运营)`)
	// stageAsked is a stage a question asks the time of: a clause must
	// reach a stage to tell it (延迟退休哪年开始: 推进…改革 does not).
	// Running asked (啥时候转正式运行) is not told by a trial run (试运行),
	// nor operating by pushing it on (持续推动…运营).
	stageAsked = regexp.MustCompile(stageTold.String() + `|开始|建好|修好|能走车|坐飞机|出产品|运行|运营`)
	// eventWord is an asked term that names the stage asked, or asks the
	// time (什么时间), not the thing.
	eventWord = regexp.MustCompile(`^(?:` + stageAsked.String() + `|时间|多长|多久)$`)
	// hedged is a clause that only seeks or prepares what it names
	// (争取…纳入国家规划, 申请…资质, 前期工作): it sets no time for it.
	// Getting ready for a thing (迎检, 筹备) sets no time for it either:
	// 做好…督察迎检工作 does not say when the inspectors come.
	// Nor does what is only about to happen (即将走出历史最困难时期): soon
	// is no year.
	hedged = regexp.MustCompile(`争取|力争|申请|申报|谋划|前期|论证|筹建|筹备|迎检|备检|即将`)
	// yearAsSubject is a year named as what it is (今年是…收官之年), not as
	// the time of what the clause tells.
	yearAsSubject = regexp.MustCompile(`(?:今年|明年|去年)(?:是|也是|既是)`)
)

// trialStage is a trial a thing is put to (试运行): asked, the report's
// trial of it tells it, though it tells no formal run (正式运行).
var trialStage = regexp.MustCompile(`试(?:运行|运营|生产)`)

// startStage and endStage are the stages a work starts and ends with.
var (
	startStage = regexp.MustCompile(`启动|开工|动工|开建|开始`)
	endStage   = regexp.MustCompile(`建成|竣工|完工|投用|投运|投产|达产|通车|完成|建好|修好|交付|验收`)
)

// whenAsks is a cue asking when; a stage after it is the one asked
// ("今年启动的详细规划什么时候完成编制" asks the end: 启动 names the work).
var whenAsks = regexp.MustCompile(`什么时候|啥时候|何时|几时|哪一?年|哪个月`)

// endAskedOnly reports whether norm asks when a work ends and not when it
// starts.
func endAskedOnly(norm string) bool {
	if loc := whenAsks.FindStringIndex(norm); loc != nil && (endStage.MatchString(norm[loc[1]:]) || startStage.MatchString(norm[loc[1]:])) {
		norm = norm[loc[1]:]
	}
	return endStage.MatchString(norm) && !startStage.MatchString(norm)
}

// toldWhen reports whether quotes given tell when the thing a when-question
// names happens. Where no clause names the thing, the quotes as a whole are
// read, and a question naming no event is left alone: its answer may be the
// plan year. So is one that asks a figure too ("啥时候能轮上改造，去年改了
// 几个"): the figure answers that part.
func toldWhen(norm string, asked []askedTerm, given string, figure bool) bool {
	clauses := quoteClauses(given)
	named := namingClauses(clauses, thingTerms(asked, eventWord))
	if named == nil {
		return tellsEvent(norm, given, true)
	}
	asksEvent := slices.ContainsFunc(events, func(ev event) bool { return containsAny(norm, ev.asked) })
	for _, i := range named {
		c := clauses[i]
		if i+1 < len(clauses) && timeLeads.MatchString(clauses[i+1]) {
			c += "\n" + clauses[i+1]
		}
		if i > 0 && outcomeLeads.MatchString(c) {
			c = clauses[i-1] + "\n" + c
		}
		if tellsEvent(norm, c, figure) || !asksEvent && clauseTellsWhen(norm, c) {
			return true
		}
	}
	return false
}

// tellsEvent reports whether text tells when the event question norm asks
// about happens: it gives a time, or names the event. A question naming no
// event is told by any text when anyEvent.
func tellsEvent(norm, text string, anyEvent bool) bool {
	if timeTold.MatchString(yearAsSubject.ReplaceAllString(text, "")) {
		return true
	}
	asksOne := false
	for _, ev := range events {
		if containsAny(norm, ev.asked) {
			asksOne = true
			if !ev.told.MatchString(text) {
				return false
			}
		}
	}
	return asksOne || anyEvent
}

// clauseTellsWhen reports whether a clause naming the thing tells when it
// happens, for a question that names none of the events: it reaches the
// stage asked (延迟退休哪年开始: 推进…改革 reaches none), or, where none is
// asked, it says the thing is done or planned in its year (在全国率先实现
// 全域快递进村) without only seeking it (争取…纳入国家规划).
func clauseTellsWhen(norm, c string) bool {
	if endAskedOnly(norm) {
		// A start (启动详细规划) tells when a work begins, not when it
		// is done: "什么时候完成编制" is told by an end stage only.
		c = startStage.ReplaceAllString(c, "")
	}
	if t := trialStage.FindString(norm); t != "" && strings.Contains(c, t) {
		return true
	}
	if stageAsked.MatchString(norm) || stageTold.MatchString(c) {
		return stageTold.MatchString(c)
	}
	for _, h := range hedged.FindAllString(c, -1) {
		if !strings.Contains(norm, h) { // 申报 asked is no hedge: 什么时候申报
			return false
		}
	}
	return true
}
