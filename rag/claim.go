package rag

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A claim can be wrong in words that are no figure: the level of an
// honour (省级 for 国家级), an ordinal (第三批 for 第四批), a grade (5A for
// 4A) or a count of rounds or areas (五轮 for 八轮). Each contrast is a
// pattern whose first group is the value compared; two values contrast
// when they match the same pattern and differ.
var contrasts = []*regexp.Regexp{
	levelContrast,
	batchContrast,
	regexp.MustCompile(`第([0-9一二三四五六七八九十]+)次`),
	sessionOrdinal, // 第十届 for 第九届; occurrence.go reads it too
	sceneGrade,
	starGrade,
	awardGrade,
	roundCount,
	regexp.MustCompile(`([0-9一二三四五六七八九十两]+)个方面`),
	practiceReach,
	firstInScope,
	rankMove,
	numberedGames,
	multipleOfYear,
	workStage,
	aboveOrBelowGround,
	townOrCountry,
	planOpensOrCloses,
	batchScope,
	willOrForce,
	bendOrUniform,
	storedKind,
}

// roundCount is a count of rounds: 八轮强降雨, 第三轮督察.
var roundCount = regexp.MustCompile(`([0-9一二三四五六七八九十两]+)轮`)

// placedRound reports whether match m of roundCount in q is 上一轮, 下一轮,
// 这一轮 or 每一轮: one round named by where it stands, no count claimed.
// WHY: "上一轮中央环保督察…" asks of the last round; read as 一轮 it was
// "corrected" with the report's 第三轮, which it never claimed otherwise.
func placedRound(q []rune, m runeMatch) bool {
	return m.start > 0 && strings.ContainsRune("上下这本每同", q[m.start-1]) && string(q[m.vStart:m.vEnd]) == "一"
}

// Word opposites name the other side of one thing: 地上工程 is not the
// 地下工程 done, 城镇居民 not the 农村居民 served, a plan's 开局之年 not its
// 收官之年. Each pair is its own contrast, so no two words of different
// pairs are read as one another.
var (
	aboveOrBelowGround = regexp.MustCompile(`(地上|地下)`)
	townOrCountry      = regexp.MustCompile(`(城镇|农村)`)
	planOpensOrCloses  = regexp.MustCompile(`(开局|收官)`)
	// A principle is kept the one way or the other: 按照强制、统一原则 is
	// not the report's 按照自愿、弹性原则.
	willOrForce   = regexp.MustCompile(`(自愿|强制)`)
	bendOrUniform = regexp.MustCompile(`(弹性|统一)`)
)

// planNumber names a plan a year has a role in: a five-year plan by its
// number (十四五, 十五五), or the three-year action (三年行动决胜之年).
var planNumber = regexp.MustCompile(`十[一二三四五六七八九]五|三年行动`)

// samePlan reports whether the plan named nearest before the report's
// match tm is the one named nearest before each of the question's asked
// matches that names one. A year's role belongs to its plan: ¶21 writes
// “十四五”规划收官之年 and “十五五”规划谋篇布局之年 in one sentence, so
// 十五五规划开局之年 was "corrected" with 十四五's 收官 — a wrong premise
// answered with another plan's role.
func samePlan(text []rune, tm runeMatch, q []rune, asked []runeMatch) bool {
	said := planBefore(text, tm.start)
	for _, m := range asked {
		if claimed := planBefore(q, m.start); claimed != "" && said != "" && claimed != said {
			return false
		}
	}
	return true
}

// planBefore is the five-year plan named last in rs before offset at, or "".
func planBefore(rs []rune, at int) string {
	ms := findAllRunes(planNumber, rs[:at])
	if len(ms) == 0 {
		return ""
	}
	last := ms[len(ms)-1]
	return string(rs[last.start:last.end])
}

// storedKind is what a store holds: 储油 is no 储能 of 储气储碳储能“三大储库”,
// nor 储油库群 the 储气库群 built. Not 储备: reserves of any kind.
var storedKind = regexp.MustCompile(`储(气|碳|能|油|水|电|热|氢|粮)`)

// energyStores are the stores of storedKind that are each a 储能: 熔盐储热
// is the report's 熔盐储能, and a 储电 or 储氢 station is one of its 储能,
// no other kind corrected.
var energyStores = []string{"电", "热", "氢"}

// energyAlike are the values a claim of 储能 may meet in the report and
// mean the same: 能 and each of energyStores.
var energyAlike = append([]string{"能"}, energyStores...)

// alikeValues are the values of contrast re the report may write for the
// asked value and say the same: the value, and for storedKind 能 for a
// kind of energy stored (储热 is 储能) or those kinds for 能; for a level,
// 国家 and 全国 (nationalLevel).
func alikeValues(re *regexp.Regexp, value string) []string {
	if re == levelContrast && (value == "国家" || value == "全国") {
		return nationalLevel // 全国第二批…典型案例 is a 国家级 one
	}
	if re == levelContrast && (value == "省" || value == "全省") {
		return provincialLevel // 入选全省首批…名单 is a 省级 one
	}
	if re == batchContrast && slices.Contains(firstBatch, value) {
		return firstBatch // 首批 is the 第一批
	}
	if re != storedKind {
		return []string{value}
	}
	switch {
	case value == "能":
		return energyAlike
	case slices.Contains(energyStores, value):
		return []string{value, "能"}
	}
	return []string{value}
}

// batchContrast is a list's batch, its ordinal the value: 首批 is a batch
// too, so "国家首批…试点城市" where ¶8 says 全国第四批 is corrected.
var batchContrast = regexp.MustCompile(`第([0-9一二三四五六七八九十]+)批|(首)批`)

// firstBatch are the ordinals of a first batch (首批, 第一批, 第1批).
var firstBatch = []string{"首", "一", "1"}

// nationalLevel are the words of the national level of an honour.
var nationalLevel = []string{"国家", "全国"}

// provincialLevel are the words of the provincial level of an honour.
var provincialLevel = []string{"省", "全省"}

// workStage is whether a work is new or carried on from before: 续建改造老旧
// 小区11个 is no 新建改造; one stage to a work, read by the words after it.
// No class a question selects things by (新建项目 asks of new projects).
var workStage = regexp.MustCompile(`(新建|续建)`)

// levelContrast is the level of an honour, 国家重点 (龙头企业) as much a
// level as 国家级: 省级龙头企业 where the report says 国家重点龙头企业.
// Only 国家/省 before 重点: a 区/市 ending a place's name (经开区重点项目)
// is no level. A national or provincial list's batch (列入全国第二批山水工程
// 典型案例, 入选全省首批建设项目名单) is that level too: left out, "产教联合体
// 是国家级的吧" stood on a clause putting it on the province's first list.
// 全国 or 全省 alone is no level (全国第7名 is a rank, 全国石化园区 a field).
var levelContrast = regexp.MustCompile(`(国家|省|市|县|区)级|(国家|省)重点|(全国|国家|全省)(?:第[一二三四五六七八九十0-9]+|首)批`)

// levelClass is a level a question selects things by: 级 only, as
// 省级龙头企业 selects the 省级农业产业化重点龙头企业, not its 重点.
var levelClass = regexp.MustCompile(`(国家|省|市|县|区)级`)

// sceneGrade is a scenic spot's grade (4A级, 5A景区; spoken 评上5A了). A
// spot has one grade, so the spot named before it, in the report's
// clause, says what it is of as well as the words right beside it do.
var sceneGrade = regexp.MustCompile(`([1-5一二三四五])A(?:级|景区)?`)

// starGrade is a star rating (智慧城市四星级): like a spot's grade, one
// to a thing, read by the thing named before it.
var starGrade = regexp.MustCompile(`([1-5一二三四五])星级`)

// awardGrade is the grade of an award (优秀奖, 一等奖): like a spot's
// grade, one to a thing, read by the thing named before it (获评省制度性
// 创新成果优秀奖 is no 一等奖 of the same 成果).
var awardGrade = regexp.MustCompile(`(特等|一等|二等|三等|优秀|金|银|铜)奖`)

// practiceReach is how far a practice reached: 在全省推广 is no 全国推广.
// One reach to a practice, read by the practice named before it.
var practiceReach = regexp.MustCompile(`在?(全国|全省|全市)(?:范围内)?(?:推广|复制|率先)`)

// firstInScope is where a thing is the first or the only one: 全省首个 is
// no 全国首个, as a reach of practice is not.
var firstInScope = regexp.MustCompile(`(全国|全省|全市|东北|全球)(?:首个|首家|首批|首座|唯一)`)

// batchScope is the field a numbered batch was chosen from: the
// 全国第四批 of pilot cities is no 全省第四批, though the ordinal is the
// same, so the scope is its own contrast.
var batchScope = regexp.MustCompile(`(全国|全省|全市)第[0-9一二三四五六七八九十]+批`)

// rankMove is the way a rank moved, 升 or 降, to a place (升至第21位;
// spoken 下降到第21位, or with the ranking's scope, 下降到全国第21位):
// one way to a thing's rank, read by the thing named before it.
var rankMove = regexp.MustCompile(`(?:上|提|下)?(升|降)(?:至|到)(?:全国|全省|全市)?第[0-9一二三四五六七八九十]+位?`)

// gradedBySubject are the contrasts a thing holds one value of, so the
// thing named before the value says what it is of as well as the words
// right beside it do ("智慧城市五星级" beside "智慧城市水平上升至四星级").
func gradedBySubject(re *regexp.Regexp) bool {
	return re == sceneGrade || re == starGrade || re == awardGrade || re == practiceReach || re == rankMove
}

// minGradeSubject is how many characters of the thing's name a claim and
// a grade's clause must share; minWholeSubject, fewer, when the name is
// all the claim names before its value (金帛滩是5A景区).
const (
	minGradeSubject = 4
	minWholeSubject = 3
)

// subjectLinks may stand between a short name and its value (金帛滩是5A):
// a copula or a verb of rating, never any two characters — 智慧城管是 is
// 智慧城 and 管是, no 智慧城市.
var subjectLinks = map[string]bool{"": true, "是": true, "为": true, "评上": true, "评为": true, "获评": true,
	"晋升": true, "成为": true, "已是": true, "算": true, "达到": true,
	"升成": true, "升为": true, "升到": true, "升至": true, "评成": true, "升级为": true, "晋升为": true}

// linkLeads may open a link with a time or an aspect (金帛滩去年升成5A):
// they say when, not what the value is of.
var linkLeads = []string{"去年", "今年", "前年", "已经", "早就", "已", "也", "都"}

// isSubjectLink: s is a subject link, after a lead time or aspect if any;
// the lead alone is one too (金帛滩都5A了吧, 金帛滩已经5A了), as the bare
// name before the value is.
func isSubjectLink(s string) bool {
	for _, l := range linkLeads {
		if t, ok := strings.CutPrefix(s, l); ok {
			return subjectLinks[t]
		}
	}
	return subjectLinks[s]
}

// numberedGames are games named by their number (市九运会, the city's
// ninth games): the name around the number says which games are meant,
// so a claim's other number (市十运会) needs no words beside it to be
// about the same thing.
var numberedGames = regexp.MustCompile(`([一二三四五六七八九十]+)运会`)

// multipleOfYear is a figure as a multiple of a year's (为2023年五倍,
// 是前年的三倍): the year compared with says what is compared, so, like
// the games, it needs no words beside it to be about the same thing.
var multipleOfYear = regexp.MustCompile(`(?:[0-9]{4}年|前年|去年|上年)的?([0-9一二三四五六七八九十两]+)倍`)

// classes are the contrasts a question may select things by — a level, a
// size of project or firm (500万元以上, 亿元以上, 超亿元) — where another
// value names other things. A size is no claim to correct: the figures
// check reads a claimed one.
var classes = func() []*regexp.Regexp {
	out := []*regexp.Regexp{levelClass}
	for _, re := range contrasts {
		if re != levelContrast && re != workStage {
			out = append(out, re)
		}
	}
	return append(out, regexp.MustCompile(`((?:[0-9.]+|[零一二两三四五六七八九十百千]+)?[万亿])元?以上|超过?((?:[0-9.]+|[零一二两三四五六七八九十百千]+)?[万亿])元?`))
}()

// sizeClass is the index in classes of the size of project or firm.
var sizeClass = len(classes) - 1

// claimAliases spell out the short names a claim may use after a session's
// number where a report writes the full one (第十届人大 for 第九届人民代表
// 大会), so the words beside the value anchor. After 届 only: 个人大病保险
// and 老人大学 hold no 人大.
var claimAliases = strings.NewReplacer("届人大", "届人民代表大会", "届政协", "届政治协商会议")

// claimAnchor is how many characters beside a claimed value must be the
// same beside the report's for the two to be about the same thing.
const claimAnchor = 2

// groundClaims corrects a claim whose figure-less detail the quoted text
// contradicts ("华孚环境是省级专精特新企业吧" where ¶9 says 国家级): the
// detail is compared beside the same words, so a quote that holds the
// claimed detail there as well leaves the claim alone.
func (e *Engine) groundClaims(d *Draft) {
	ans := d.Answer
	if !ans.Found && !hasCorrection(ans) && !d.Derived && !d.Lookup {
		e.refusedStageClaim(d)
	}
	if !ans.Found && !hasCorrection(ans) && !d.Derived && !d.Lookup {
		e.refusedEnglishContrast(d)
		if ans.Found {
			return
		}
	}
	if ans.Found && !hasCorrection(ans) {
		// 居民收入增长快于经济增长 where the quote says 与经济增长基本同步:
		// a pace the figures step reads as an order of two figures, of
		// which the report gives none.
		if p, ok := paceCorrection(d.Read, ans.Citations); ok {
			ans.Parts = append([]Part{p}, ans.Parts...)
			return
		}
	}
	// d.Derived: the claim set two figures side by side, and the figures step
	// held it to both.
	if !ans.Found || hasCorrection(ans) || d.Derived {
		return
	}
	if ans.Lang == "en" {
		if ps, ok := e.englishClaimCorrection(d); ok {
			ans.Parts = append(ps, ans.Parts...)
			return
		}
	}
	if p, ok := reachedWayCorrection(d.Read, ans.Citations); ok {
		// "…fell to 15.7% last year" where ¶9 says 占有率增至15.7%.
		ans.Parts = append([]Part{p}, ans.Parts...)
		return
	}
	if p, c, ok := e.periodClaimCorrection(d); ok {
		// 2000亿是去年的吗 where the report writes 2000亿元 as the 2025 plan's.
		ans.Parts = append(correctionQuoting(ans, p, c), ans.Parts...)
		return
	}
	if !d.ClaimShaped() {
		ps := e.questionCorrections(d)
		if len(ps) == 0 {
			ps = e.unmarkedClaimCorrections(d)
		}
		ans.Parts = append(ps, ans.Parts...)
		return
	}
	if p, decline, ok := jointCorrection(d.Read, ans.Citations); ok {
		if decline {
			// 盘锦河蟹品牌价值是全省冠军吗 where ¶9 gives 盘锦大米和盘锦河蟹
			// 冠亚军 together.
			ans.relatedOnly(GroundNoSuchFigure, "报告只写了两者合起来的名次，没有写其中哪一个是所问的名次。相关内容：",
				"The report gives the place of the two together, not which of them holds it. Related text:")
			return
		}
		// 盘锦大米品牌价值突破千亿元 where ¶9 gives 盘锦大米和盘锦河蟹 the
		// figure together.
		ans.Parts = append([]Part{p}, ans.Parts...)
		return
	}
	if p, ok := fusedWorkCorrection(d.Read, ans.Citations); ok {
		// 新建农村公路182.3公里 where ¶11 gives 维修新建农村公路 the figure.
		ans.Parts = append([]Part{p}, ans.Parts...)
		return
	}
	ans.Parts = append(e.claimCorrections(d), ans.Parts...)
}

// englishClaimCorrection tries the English claim checks in turn: the
// Chinese ones read characters an English claim does not share.
func (e *Engine) englishClaimCorrection(d *Draft) ([]Part, bool) {
	for _, correct := range []func(*Draft) ([]Part, bool){
		e.englishContrastCorrection, // "The Liaobin development zone ranked 12th among chemical parks, right?"
		e.englishStageCorrection,    // "Is the Huajin Aramco project finished?" where ¶35 plans its 机械竣工
		e.englishRoundCorrection,    // "…listed in the first batch…, right?" where ¶12 says 第二批
		e.englishNameSwap,
		englishJointCorrection,
		englishFusedCorrection, // "Were 182.3 km of rural roads newly built?" of 维修新建农村公路
	} {
		if ps, ok := correct(d); ok {
			return ps, true
		}
	}
	return nil, false
}

// questionCorrections are the corrections of what a question shaped as
// a question (not a claim) presupposes, if any: the first check that
// finds one.
func (e *Engine) questionCorrections(d *Draft) []Part {
	ans := d.Answer
	// A question that names a thing with another number than the
	// report's, and the report never with its own ("四大储库是什么"
	// where ¶31 says “三大储库”), asks of something the report lacks.
	if p, ok := e.ix.numberedNameCorrection(d.Read, ans.Citations, d.Scope); ok {
		return []Part{p}
	} else if p, ok := e.ix.ordinalCorrection(d.Read, ans.Citations, d.Scope); ok {
		// 储气库群二期 where the quote says 储气库群一期.
		return []Part{p}
	} else if p, ok := occurrenceCorrection(d.Read, ans.Citations); ok {
		// 零反馈是第二次吗 where the quote says 首次实现…零反馈.
		return []Part{p}
	} else if p, ok := areaOrdinalCorrection(d.Read, ans.Citations); ok {
		// 狠抓绿色发展是第几方面，第五个吗 where the heading says （六）.
		return []Part{p}
	} else if p, ok := d.directionCorrection(); ok {
		// 社会救助标准降了吗 where the quote says 同步增长.
		return []Part{p}
	} else if p, ok := d.rankMoveCorrection(); ok {
		// 排名下降了吗 where the quote says 升至第21位.
		return []Part{p}
	} else if p, ok := e.doneWholeCorrection(d); ok {
		// 完成一半了吗 where the quote says 全部完工.
		return []Part{p}
	} else if p, ok := oppositeCorrection(d.norm, ans.Citations, e.ix.places); ok {
		// A claim in a question's shape: …充足 没啥问题？
		return []Part{p}
	} else if p, ok := sideCorrection(d.norm, ans.Citations); ok {
		// 低于全省2.8个百分点？ where the quote says 高于全省.
		return []Part{p}
	} else if p, ok := e.ix.doerCorrection(d.norm, ans.Citations); ok {
		// 单独申报的吗 where the quote says 联合大连申报.
		return []Part{p}
	} else if ps, ok := e.premiseCorrection(d); ok {
		// 已经建成投产了，现在产能怎么样: the premise, checked as a claim.
		return ps
	} else if p, ok := e.ix.charSwapIn(d.Read, ans.Citations, d.Scope, saysReportSaid(d.Read)); ok {
		// 盘山县东沙河防洪治理: a name asked of, one character off; any
		// character of what the question says the report said.
		return []Part{p}
	} else if ps, ok := e.quotedTextCorrection(d); ok {
		return ps
	} else if p, ok := e.ix.listItemCorrection(d.Read, ans.Citations, d.Scope); ok {
		// 最关心、最担心、最烦心的问题是什么 where the clause lists 最闹心.
		return []Part{p}
	} else if p, ok := e.quotedWordingCorrection(d, ans.Citations); ok {
		return []Part{p}
	} else if p, ok := statedCountCorrection(ans, d.Read); ok {
		// 邻居说有30处，到底多少处 where the headline says 20处.
		return []Part{p}
	} else if !asksSomething(d.Read) && !d.Held {
		// 81万农村居民饮用水与城市同源同网同质, stated, where the quote says
		// 18万农村居民: a statement's count is a claim's.
		if p, ok := countCorrection(ans, d.Read, d.Intent.Period); ok {
			return []Part{p}
		}
	}
	return nil
}

// quotedTextCorrection corrects what the question puts in quotation
// marks as the report's words: a term's numeral, a line's word, or a
// line the cited quotes do not hold. A question and a stated claim are
// checked alike, so both correction chains try the three here, in order.
func (e *Engine) quotedTextCorrection(d *Draft) ([]Part, bool) {
	ans := d.Answer
	if p, ok := e.ix.quotedSlotCorrection(d.Query.Text, ans.Citations, d.Scope); ok {
		// 金融“三篇大文章” where the quote says 金融“五篇大文章”: the words
		// as typed, since reading writes a term's numerals in digits.
		return []Part{p}, true
	}
	if p, ok := e.ix.quotedWordsCorrection(d.Query.Text, ans.Citations, d.Scope); ok {
		// “会心不远，要登绝顶莫辞苦” where the closing line says 莫辞劳.
		return []Part{p}, true
	}
	if p, c, ok := e.ix.quotedClauseCorrection(d.Query.Text, d.Scope); ok {
		// “…，要登高处莫辞劳” where ¶76, beyond the quote, says 要登绝顶莫辞劳.
		return correctionQuoting(ans, p, c), true
	}
	return nil, false
}

// quotedWordingCorrection corrects a question that quotes the report's
// words wrongly: a list it counts short (忠诚为魂、法治为基、民生为大这三条
// where ¶70 lists five) or a word swapped in a part it quotes
// (第八方面是要建设更高水平的法治盘锦 where ¶65 says 平安盘锦) or a pair
// of a motto list (以法治为魂 where ¶70 says 以忠诚为魂). Questions
// and claims both try it last, when no other check corrects them.
func (e *Engine) quotedWordingCorrection(d *Draft, texts []Citation) (Part, bool) {
	if p, ok := listedCountCorrection(d.Query.Text, texts); ok {
		return p, true
	}
	if p, ok := mottoCorrection(d.Read, texts); ok {
		return p, true
	}
	return e.ix.framingSwapCorrection(d.Read, texts, d.Scope)
}

// claimCorrections are the corrections of a claim the question states,
// if any: the first check that finds one. The checks run in order, the
// narrow ones (a contrast, a name's number) before the stated claim's,
// the broad ones (an appraisal, a wording) after it.
func (e *Engine) claimCorrections(d *Draft) []Part {
	none := contrastCorrections(d.Answer, d.Read)
	if len(none) > 0 {
		return none
	}
	if g := guessedCount(d.Read); g != "" {
		// 去年几轮强降雨，五轮吗: the guess read in the asked count's place
		// (去年五轮强降雨), where the words beside it anchor it.
		if none = contrastCorrections(d.Answer, g); len(none) > 0 {
			return none
		}
	}
	if p, ok := firstCorrection(e.namingChecks(d)); ok {
		return []Part{p}
	}
	if e.ix.statesClaim(d.Read) {
		if none = e.statedClaimCorrections(d); len(none) > 0 {
			return none
		}
	}
	if p, ok := firstCorrection(e.appraisalChecks(d)); ok {
		return []Part{p}
	}
	// 过紧日子可以适当放宽了 where the plan says 养成过紧日子的习惯和自觉.
	if p, c, ok := e.ix.easedCorrection(d.Read, d.Scope); ok {
		return correctionQuoting(d.Answer, p, c)
	}
	return none
}

// claimCheck is one way a claim may be wrong: its correction when it is.
type claimCheck func() (Part, bool)

// firstCorrection is the correction of the first check that finds one.
func firstCorrection(checks []claimCheck) (Part, bool) {
	for _, check := range checks {
		if p, ok := check(); ok {
			return p, true
		}
	}
	return Part{}, false
}

// namingChecks check what a claim names or counts against the quotes,
// before any stated claim is read: a grade, a number in a name, an
// ordinal, a count, a currency, a doer.
func (e *Engine) namingChecks(d *Draft) []claimCheck {
	ans := d.Answer
	return []claimCheck{
		// 盛源海洋牧场是4A吗 where ¶8's 4A is another's and ¶9 says 入选
		// 国家级海洋牧场示范区.
		func() (Part, bool) { return e.ix.gradeElsewhereCorrection(d.Read, ans.Citations, d.Scope) },
		// 三级综治中心 where the quote says 四级综治中心.
		func() (Part, bool) { return e.ix.numberedNameCorrection(d.Read, ans.Citations, d.Scope) },
		// 省委十三届九次全会 where the quote says 十三届八次.
		func() (Part, bool) { return e.ix.ordinalCorrection(d.Read, ans.Citations, d.Scope) },
		// 市九运会是第十届 where the name says the ninth.
		func() (Part, bool) { return occurrenceCorrection(d.Read, ans.Citations) },
		// 狠抓绿色发展是第五个方面 where the heading says （六）.
		func() (Part, bool) { return areaOrdinalCorrection(d.Read, ans.Citations) },
		// 8万农村居民 where the quote says 18万农村居民.
		func() (Part, bool) {
			if d.Held {
				return Part{}, false
			}
			return countCorrection(ans, d.Read, d.Intent.Period)
		},
		// 403亿美元 where the quote says 403亿元.
		func() (Part, bool) { return currencyCorrection(d.norm, ans.Citations) },
		// 停止招生了吧 where the quote says 恢复招生; 单独申报 where it says
		// 联合大连申报.
		func() (Part, bool) { return e.ix.doerCorrection(d.norm, ans.Citations) },
	}
}

// appraisalChecks check, after the stated claim, how a claim appraises
// what the quotes say: the other way round, the other side, the other
// direction or stage, another's outcome, a word swapped.
func (e *Engine) appraisalChecks(d *Draft) []claimCheck {
	ans := d.Answer
	return []claimCheck{
		// 项目储备充足 where the quote says 项目储备不足: the appraisal
		// the other way round. After the stated claim: a check that found
		// another subject (政府系统个别干部, not 企业干部) says more.
		func() (Part, bool) { return oppositeCorrection(d.norm, ans.Citations, e.ix.places) },
		// 有一个水质没达标 where the quote says 水质全部达标.
		func() (Part, bool) { return allDoneCorrection(d.norm, d.asked, ans.Citations) },
		// 比全省低 where the quote says 高于全省: the other side of the
		// same place.
		func() (Part, bool) { return sideCorrection(d.norm, ans.Citations) },
		// 电子信息产业营业收入下滑了吧 where the quote says 增长: the way
		// it moved, with no figure claimed.
		d.directionCorrection,
		// 跌出30强了吧 where the quote says 连续6年跻身…30强.
		d.rankMoveCorrection,
		// 完成一半 where the quote says 全部完工; 还在最低谷 where it says
		// 已经走出最低谷.
		func() (Part, bool) { return e.doneWholeCorrection(d) },
		// 华锦集团研发的抗应力发白聚丙烯填补了国内空白 where the clause
		// beside says 鲁华泓锦…填补国内空白 and its own 打破国外垄断.
		func() (Part, bool) { return outcomeSwapCorrection(d.Read, ans.Citations) },
		// 降碳、减污、扩绿、增效 where the clause lists 降碳、减污、扩绿、增长.
		func() (Part, bool) { return e.ix.listItemCorrection(d.Read, ans.Citations, d.Scope) },
		func() (Part, bool) { return e.quotedWordingCorrection(d, ans.Citations) },
	}
}

// statedClaimCorrections checks a claim stated in so many words
// (statesClaim) that is not a level, an ordinal or a count: a name or a
// stage in the slot where the quote names another (swapCorrection), an
// estimate stated as a result, a date, or a denial of what was done.
func (e *Engine) statedClaimCorrections(d *Draft) []Part {
	ans := d.Answer
	if p, ok := d.estimateCorrection(); ok {
		// 实际数 where the report says 预计.
		return []Part{p}
	} else if p, ok := d.stillStageCorrection(); ok {
		// 还在筹建 where the review says 全面建成: a figure of the name
		// (120急救体系) matched is no claim of the stage.
		return []Part{p}
	} else if d.Matched {
		// "今年开工366个竣工200个": each figure stated was held to its own
		// thing's and holds; the words beside them (开工, 竣工) named those
		// things, so no word of the claim is another's.
		return nil
	} else if p, ok := e.ix.wordCorrection(d.Read, ans.Citations, d.Scope); ok {
		// 首次 where the clause saying it says 连续6年; 第二 for 榜首.
		return []Part{p}
	} else if p, ok := e.ix.dayCorrection(d.Read, ans.Citations, d.Scope); ok {
		// 1月10日 where the dateline says 1月8日.
		return []Part{p}
	} else if p, ok := e.ix.misnamedCorrection(d.Read, ans.Citations, d.Scope); ok {
		// 创业辽东湾 where the quoted slogan says 兴业辽东湾; 盘营铁路 for
		// 阜盘铁路, 《焦点访谈》 for 《新闻联播》, 铁精矿 for 铜精矿.
		return []Part{p}
	} else if ps, ok := e.quotedTextCorrection(d); ok {
		return ps
	} else if p, v := e.ix.stageCorrection(writtenStage(d.Read), ans.Citations, d.Scope); v == stageCorrect {
		// 建成 where the clauses naming it say 前期工作.
		return []Part{p}
	} else if p, c, ok := e.ix.begunBefore(d.Read, d.Scope); ok {
		// 今年才开工 where last year's review has it 主体完工.
		return correctionQuoting(ans, p, c)
	} else if p, c, ok := e.ix.groupCorrection(d.Read, d.Scope); ok {
		// 去年开工建设 where the sentence sorting last year's projects lists
		// the thing among those 竣工投产.
		return correctionQuoting(ans, p, c)
	} else if p, ok := e.ix.swapUnlessHeld(v, writtenStage(d.Read), ans.Citations, d.Scope); ok {
		// A claimed 开工 the report has gone past (竣工投产) holds; the
		// quoted clauses come before any other clause of the report.
		return []Part{p}
	} else if p, c, ok := e.ix.stageElsewhere(v, writtenStage(d.Read), d.Scope); ok {
		// 建成投产 where no quoted clause says and none names it further
		// on than 机械竣工.
		return correctionQuoting(ans, p, c)
	} else if p, c, ok := e.ix.swapElsewhere(d.Read, ans.Citations, d.Scope); ok {
		// 中蓝电子获批小巨人 where the quote is 中蓝电子's and a clause
		// it left out says 华孚环境获批…小巨人.
		return correctionQuoting(ans, p, c)
	} else if p, ok := d.polarityCorrection(); ok {
		// 没种树 where the quote says 植树造林17.4万株.
		return []Part{p}
	} else if p, ok := e.ix.middleSwapCorrection(d.Read, ans.Citations, d.Scope); ok {
		// 国家级智能工厂 where the clause says 国家级绿色工厂.
		return []Part{p}
	} else if p, ok := e.ix.roleSwapCorrection(d.Read, ans.Citations, d.Scope); ok {
		// 锦州义县 对口援助 where the clause lists 锦州义县对口帮扶.
		return []Part{p}
	} else if p, ok := e.ix.pairSwapCorrection(d.Read, ans.Citations); ok {
		// 法治为本…清廉为基 where ¶70 says 法治为基…清廉为本.
		return []Part{p}
	}
	return nil
}

// correctionQuoting is correction p cited to clause c with c quoted
// after it: the answer's quotes did not hold the clause.
//
// A citation the answer already has that holds c is cited instead (Cite),
// and its quote, when no part quotes it yet, is the one given: a quote is
// always its citation's.
func correctionQuoting(ans *Answer, p Part, c Citation) []Part {
	at := ans.Cite(c)
	p.Citations = []int{at}
	if slices.ContainsFunc(ans.Parts, func(q Part) bool { return q.Type == PartQuote && slices.Equal(q.Citations, p.Citations) }) {
		return []Part{p}
	}
	// Its own slice: keepParts renumbers each part's citations in place.
	return []Part{p, {Type: PartQuote, Text: ans.Citations[at].Quote, Citations: []int{at}}}
}

// runeMatch is a match of a contrast in runes: the whole and its value.
type runeMatch struct{ start, end, vStart, vEnd int }

func findAllRunes(re *regexp.Regexp, rs []rune) []runeMatch {
	s := string(rs)
	// Rune offsets of every byte offset that starts a rune, counted once.
	at := make([]int, len(s)+1)
	n := 0
	for b := range s {
		at[b] = n
		n++
	}
	at[len(s)] = n
	var out []runeMatch
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		if insideNumber(s, m[0]) {
			continue // the 5A of 15A: a number is read whole
		}
		vs, ve := m[0], m[1] // the whole, when no group took part
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				vs, ve = m[g], m[g+1] // the alternative that matched
				break
			}
		}
		out = append(out, runeMatch{at[m[0]], at[m[1]], at[vs], at[ve]})
	}
	return out
}

// insideNumber reports whether a match starting at byte i of s starts
// inside a number: an ASCII digit both before and at i.
func insideNumber(s string, i int) bool {
	return i > 0 && isDigitByte(s[i-1]) && isDigitByte(s[i])
}

// contradiction is the correction of the question's match m when a quote
// holds, beside the same words, another value of the same contrast and
// no quote holds the claimed one there.
func contradiction(ans *Answer, q []rune, m runeMatch, re *regexp.Regexp) (Part, bool) {
	var found runeMatch
	at := -1
	for i, c := range ans.Citations {
		other, ok, says := compareClass([]rune(c.Quote), q, []runeMatch{m}, re)
		if says {
			return Part{}, false // the report says what the claim says
		}
		if ok && at < 0 {
			found, at = other, i
		}
	}
	if at < 0 {
		return Part{}, false
	}
	c := ans.Citations[at]
	return citedCorrection(c, at, found.start, found.end, string(q[m.start:m.end]), clauseAfter([]rune(c.Quote), found.end, maxClaimNoun)), true
}

// contrastCorrections are the corrections of every contrast value (a
// level, an order, a grade…) claim states that the answer's quotes give
// otherwise beside the same words.
func contrastCorrections(ans *Answer, claim string) []Part {
	q := []rune(claimAliases.Replace(claim))
	var corrections []Part
	for _, re := range contrasts {
		for _, m := range findAllRunes(re, q) {
			if re == roundCount && placedRound(q, m) {
				continue
			}
			// A batch's scope is both a level (levelContrast) and a scope
			// (batchScope): 全国首批 for 全省首批 is corrected once.
			if p, ok := contradiction(ans, q, m, re); ok && !slices.ContainsFunc(corrections, func(c Part) bool { return sameCorrection(c, p) }) {
				corrections = append(corrections, p)
			}
		}
	}
	return corrections
}

// sameCorrection reports whether corrections a and b set the same stated
// words against the same words of the report.
func sameCorrection(a, b Part) bool {
	return a.Stated == b.Stated && a.Figure != nil && b.Figure != nil && a.Figure.Paragraph == b.Figure.Paragraph &&
		a.Figure.Start == b.Figure.Start && a.Figure.End == b.Figure.End
}

// citedCorrection is the correction of what a claim stated by runes
// [s, e) of citation c, the at-th: what the report says there, with the
// words it says it of (indicator).
func citedCorrection(c Citation, at, s, e int, stated, indicator string) Part {
	fig := AnswerFigure{Indicator: indicator, Value: string([]rune(c.Quote)[s:e]), Kind: c.Period.FigureKind(), Period: c.Period,
		Report: c.Report, Paragraph: c.Paragraph, Start: c.Start + s, End: c.Start + e}
	return Part{Type: PartCorrection, Stated: stated, Figure: &fig, Citations: []int{at}}
}

// compareClass reads the values of contrast re that text gives beside the
// same words as one of the question's matches asked. says: one of them is
// an asked value, or lists one beside it in its clause ("国家级、省级文体旅
// 品牌"); else other is the first of them, if any (ok).
func compareClass(text, q []rune, asked []runeMatch, re *regexp.Regexp) (other runeMatch, ok, says bool) {
	matches := findAllRunes(re, text)
	if tm, found := subjectsLevel(text, q, asked, matches, re); found {
		return tm, !isAskedValue(re, string(text[tm.vStart:tm.vEnd]), q, asked), isAskedValue(re, string(text[tm.vStart:tm.vEnd]), q, asked)
	}
	for _, tm := range matches {
		if re == planOpensOrCloses && !samePlan(text, tm, q, asked) {
			continue // 十四五's 收官 says nothing of 十五五's 开局
		}
		if !unanchored(re) && !anchoredToAny(text, tm, q, asked) && !(gradedBySubject(re) && namesSubject(text, tm, q, asked)) &&
			!(re == batchScope && namesAfterValue(text, tm, q, asked)) {
			// The report may give the claimed level to the claim's own
			// subject in words of its own (汇福粮油被认定为农业产业化国家重点
			// 龙头企业 for 汇福粮油…国家级农业产业化重点龙头企业): that
			// clause says the claim, though another (新增省级…龙头企业)
			// holds more of its words beside another level.
			if re == levelContrast && slices.ContainsFunc(asked, func(m runeMatch) bool { return sameSubjectBefore(q, m.start, text, tm.start) }) &&
				isAskedValue(re, string(text[tm.vStart:tm.vEnd]), q, asked) {
				return runeMatch{}, false, true
			}
			continue
		}
		for _, m := range asked {
			for _, value := range alikeValues(re, string(q[m.vStart:m.vEnd])) {
				if sameValue(string(text[tm.vStart:tm.vEnd]), value) || listedBeside(text, matches, tm, value, func(am runeMatch) bool { return unanchored(re) || anchoredToAny(text, am, q, asked) }) {
					return runeMatch{}, false, true
				}
			}
		}
		if !ok {
			other, ok = tm, true
		}
	}
	return other, ok, false
}

// sameSubjectBefore reports whether the clause of q before offset qAt and the
// clause of text before tAt share the thing's name, a run of
// minGradeSubject characters or more (汇福粮油 of 汇福粮油是否被评为国家级…
// and 汇福粮油被认定为农业产业化国家重点…). Only the words before each: the
// words after a level (农业产业化重点龙头企业) name the kind every level
// of it shares, not whose level it is.
func sameSubjectBefore(q []rune, qAt int, text []rune, tAt int) bool {
	s, ok := longestShared(q, text, clauseStartAt(q, qAt), qAt, clauseStartAt(text, tAt), tAt)
	return ok && s.n >= minGradeSubject
}

// isAskedValue: said is one of the values the question's matches claim.
func isAskedValue(re *regexp.Regexp, said string, q []rune, asked []runeMatch) bool {
	for _, m := range asked {
		for _, value := range alikeValues(re, string(q[m.vStart:m.vEnd])) {
			if sameValue(said, value) {
				return true
			}
		}
	}
	return false
}

// maxClaimNoun is how much of the words after the report's value name
// what it is of.
const maxClaimNoun = 8

// clauseAfter is up to n characters of rs from i, within the clause.
func clauseAfter(rs []rune, i, n int) string {
	j := i
	for j < len(rs) && j-i < n && !isClauseMark(rs[j]) {
		j++
	}
	return string(rs[i:j])
}

// anchors are the characters right before and right after [start,end),
// within the clause: up to claimAnchor after, and claimAnchor+2 before,
// where the report may put a word between (晋升国家4A级).
func anchors(rs []rune, start, end int) (before, after string) {
	b := start
	for b > 0 && start-b < claimAnchor+2 && !isClauseMark(rs[b-1]) {
		b--
	}
	a := end
	if a < len(rs) && rs[a] == '的' {
		a, end = a+1, end+1 // 超亿元的项目: what it is of follows 的
	}
	for a < len(rs) && a-end < claimAnchor && !isClauseMark(rs[a]) {
		a++
	}
	return string(rs[b:start]), string(rs[end:a])
}

// sameAnchor: the question's anchor (its last or first claimAnchor
// characters) is in the report's. Before a value the report may put a
// word between (晋升国家4A级 for 晋升5A级).
func sameAnchor(question, report string, before bool) bool {
	rs := []rune(question)
	if len(rs) < claimAnchor {
		return false
	}
	if before {
		return strings.Contains(report, string(rs[len(rs)-claimAnchor:]))
	}
	return strings.HasPrefix(report, string(rs[:claimAnchor]))
}

func sameValue(a, b string) bool {
	if a == b {
		return true
	}
	x, okA := contrastNumber(a)
	y, okB := contrastNumber(b)
	return okA && okB && x == y
}

func contrastNumber(s string) (float64, bool) {
	scale := 1.0
	switch {
	case strings.HasSuffix(s, "亿"):
		s, scale = strings.TrimSuffix(s, "亿"), 1e8
	case strings.HasSuffix(s, "万"):
		s, scale = strings.TrimSuffix(s, "万"), 1e4
	}
	if s == "" && scale > 1 {
		return scale, true // 亿元以上: a hundred million
	}
	if n, err := strconv.ParseFloat(s, 64); err == nil {
		return n * scale, true
	}
	n, ok := ParseChineseNumber(s)
	return n * scale, ok
}

// listedBeside reports whether text lists the claimed value in the same
// clause as its match tm ("国家级、省级文体旅品牌"): the claim is one of
// the list's. A listed value with words of its own (第三次土壤普查、第四次
// 文物普查) is another thing's unless they are the claim's (anchored).
func listedBeside(text []rune, matches []runeMatch, tm runeMatch, claimed string, anchored func(runeMatch) bool) bool {
	for _, am := range matches {
		if !sameValue(string(text[am.vStart:am.vEnd]), claimed) || !sameClause(text, am.start, tm.start) {
			continue
		}
		if am.end >= len(text) || strings.ContainsRune("、和与及", text[am.end]) || anchored(am) || runOn(matches, am) {
			return true
		}
	}
	return false
}

// runOn reports whether match am is written right against another of
// matches, a list with no mark between (储气储碳储能): one item of it is
// listed beside the others.
func runOn(matches []runeMatch, am runeMatch) bool {
	for _, o := range matches {
		if o.end == am.start || o.start == am.end {
			return true
		}
	}
	return false
}

// namesSubject: the words of text's clause before its match tm and the
// words of the question before one of its matches share a name. A value
// that opens the report's clause is of the thing named after it (在全国
// 推广建设盘锦河蟹平台体验店), so then those words are read instead.
func namesSubject(text []rune, tm runeMatch, q []rune, asked []runeMatch) bool {
	s := clauseStartAt(text, tm.start)
	after := tm.end
	if tm.start-s < minWholeSubject {
		after = clauseEndAt(text, tm.end)
	}
	for _, m := range asked {
		qs := clauseStartAt(q, m.start)
		if sh, ok := longestShared(q, text, 0, m.start, s, tm.start); ok && sh.n >= minGradeSubject {
			return true
		}
		if sh, ok := longestShared(q, text, 0, m.start, tm.end, after); ok && sh.n >= minGradeSubject {
			return true
		}
		// The claim may name the thing after its value (五星级智慧城市).
		if sh, ok := longestShared(q, text, m.end, clauseEndAt(q, m.end), s, tm.start); ok && sh.n >= minGradeSubject {
			return true
		}
		// A short name counts only as all its own clause names before the
		// value: 金帛滩旁边，红海滩是5A景区吗 asks of 红海滩.
		sh, ok := longestShared(q, text, qs, m.start, s, tm.start)
		if ok && sh.n >= minWholeSubject && sh.q == qs && isSubjectLink(string(q[sh.q+sh.n:m.start])) {
			return true
		}
	}
	return false
}

// namesAfterValue: the words of text's clause after its match tm share a
// name with the words of the question's clause before one of its matches.
// A batch names what was chosen after it (全国第四批一刻钟便民生活圈试点
// 城市); a claim may name that first (试点城市是全省第四批).
func namesAfterValue(text []rune, tm runeMatch, q []rune, asked []runeMatch) bool {
	for _, m := range asked {
		if sh, ok := longestShared(q, text, clauseStartAt(q, m.start), m.start, tm.end, clauseEndAt(text, tm.end)); ok && sh.n >= minGradeSubject {
			return true
		}
	}
	return false
}

// unanchored contrasts name what they are of themselves (the games, the
// year compared with): no words beside them need to match.
func unanchored(re *regexp.Regexp) bool { return re == numberedGames || re == multipleOfYear }

func isClauseMark(r rune) bool {
	return strings.ContainsRune("，。；、：,;:！？!? \n“”「」", r)
}

// claimEnds end a question that asks whether what it says is so, before
// any closing marks. Checked as suffixes: an end-anchored
// regexp scans every rune of every question, several times an answer.
var claimEnds = []string{"吧", "吗", "嘛", "呗", "对不对", "对不", "是不是", "没错", "真的", "不是"}

// endsClaim reports whether t ends with a claim's cue, marks aside.
func endsClaim(t string) bool {
	return endsWithAny(strings.TrimRight(t, "？?！!。.～~ "), claimEnds)
}

// claimSuffix is where in t the longest of ends that t ends with, marks
// and spaces aside, begins; -1 when it ends with none. Suffixes, not an
// end-anchored regexp, for the reason claimEnds gives.
func claimSuffix(t string, ends []string) int {
	t = strings.TrimRight(t, "？?！!。 \t\n\r\f")
	at := -1
	for _, x := range ends {
		if strings.HasSuffix(t, x) && (at < 0 || len(t)-len(x) < at) {
			at = len(t) - len(x)
		}
	}
	return at
}

// questionWords ask for something rather than check a statement.
var questionWords = []string{"多少", "几", "什么", "哪", "怎么", "如何", "为什么", "为啥", "啥", "谁", "咋"}

// ClaimShaped reports whether a question states something to be
// confirmed: "…吧", "…对吗", "听说…", "是不是…", a statement with a
// question mark and no question word ("华孚环境是省级专精特新企业？"), or
// a bare figure stated in one clause, as staff type one to check it
// ("粳稻产值145亿元", "PM2.5 平均浓度 30").
func ClaimShaped(text string) bool {
	t := strings.TrimSpace(text)
	if claimCued(t) || strings.Contains(t, "是否") {
		return true
	}
	if asksSomething(t) {
		return false
	}
	return strings.HasSuffix(t, "？") || strings.HasSuffix(t, "?") || bareFigure(t) || statesTitle(t)
}

// titleVerbs say a thing was given a title or a place (被评为, 获批, 蝉联,
// 荣登): namingCues, and the verbs of a rank kept or reached.
var titleVerbs = append(slices.Clone(namingCues), "蝉联", "荣登", "跻身", "升至")

// statesTitle reports whether t, one clause that asks nothing, says a
// thing was given a title or a place ("益海嘉里被评为省级绿色工厂",
// "辽滨经开区蝉联全省制造业区域品牌第二"): typed to a bot on the report, a
// claim to check, as a bare figure is. A subject must stand before the
// verb and the title after it.
func statesTitle(t string) bool {
	if strings.ContainsAny(t, "，,；;。！!吗呢 ") {
		return false
	}
	for _, v := range titleVerbs {
		if i := strings.Index(t, v); i > 0 && runeLen(t[i+len(v):]) >= 2 {
			return true
		}
	}
	return false
}

// asksSomething: t holds a question word, or asks how big (多大, 多长) as
// 多少 asks how many.
func asksSomething(t string) bool {
	// 十几 (十几次, 二十几所) is "ten and some", a loose count, not 几 asking.
	t = strings.ReplaceAll(t, "十几", "十多")
	return containsAny(t, questionWords) || sizeWords.MatchString(t)
}

// statesStageDone reports whether t, one clause with no question mark,
// says a thing is already at a stage (华锦阿美项目已经全部完工了): said to
// a bot on the report, it is a premise to check, the answer read as a
// question's (its quotes whole).
func statesStageDone(t string) bool {
	if strings.ContainsAny(t, "，,；;。？?") {
		return false
	}
	q := []rune(Normalize(t))
	m, ok := claimedStage(q)
	return ok && (containsAny(t, alreadyCues) || stageJustNow(q, m))
}

// stageJustNow: 才 or 刚 stands right before claimed stage m (今年才开工,
// 刚开始推进): a stage dated late or recent, which only a statement says —
// one who asks says 开工了吗. Not any 才 of q: 人才 is a noun.
func stageJustNow(q []rune, m stageMention) bool {
	before := string(q[max(0, m.start-maxJustGap):m.start])
	return strings.ContainsAny(before, "才刚")
}

// maxJustGap is how far before a stage its 才 or 刚 may stand: 才刚开始.
const maxJustGap = 2

// bareFigure reports whether t is one clause that states a figure and
// asks nothing — no clause mark, no question particle — and ends with it:
// "今年新签约10亿元以上项目" names a size of project, and states nothing.
func bareFigure(t string) bool {
	if strings.ContainsAny(t, "，,；;。！!吗呢") || !statesFigure(t) {
		return false
	}
	if mayNameShortYear(t) && shortYear.MatchString(t) {
		return false // staff shorthand for years: 固投 24实际, GDP 25目标
	}
	last := strings.LastIndexAny(t, "0123456789")
	return utf8.RuneCountInString(t[last+1:]) <= maxBareUnit
}

// maxBareUnit is how many runes may follow a bare figure's last digit: its
// unit and a bound (万亩以上, 亿元, 个百分点).
const maxBareUnit = 4

// refusedStageClaim answers a claim of a stage reached by the report's
// writing that retrieval found no answer to ("法盘线绕阳河大桥已经建成通车
// 了吧" where ¶52 plans only its 改建工程开工): when a clause of the report
// names the thing at a stage short of the claim, or plans the claimed
// stage, the claim is corrected from it, the clause quoted.
func (e *Engine) refusedStageClaim(d *Draft) {
	// Said as already so (已经…了吧), not asked (去年…建成了吗): a question
	// of last year the report leaves to its plan is refused.
	if !claimsDone(d.Read) || !containsAny(d.norm, alreadyCues) || strings.Contains(d.norm, "吗") || !e.ix.statesClaim(d.Read) ||
		!refusedOnlyForStage(d.Answer.Understood) {
		return
	}
	p, c, ok := e.ix.stageElsewhere(stageUnread, d.Read, d.Scope)
	if !ok {
		return
	}
	ans := d.Answer
	ans.Parts, ans.Citations, ans.Figures = nil, nil, nil
	ans.Parts = correctionQuoting(ans, p, c)
	ans.Found = true
	ans.Understood.Grounding = "" // answered: no refusal's reason stands
}

// refusedOnlyForStage: the refusal says nothing the report's stage could
// overrule. Another place (大连京哈高速…已经通车了吧), a year the reports do
// not cover (2023年…, read as no period: Understood.Period is empty) or
// reports that cannot be told apart are refusals of their own, whatever
// stage the report gives its own project.
func refusedOnlyForStage(u *Understood) bool {
	if u == nil {
		return true
	}
	if u.Place != nil && (u.Place.Relation == PlaceOther || u.Place.Relation == PlaceWider) {
		return false
	}
	return u.Period != "" && u.Grounding != GroundAmbiguousReport
}

// alreadyCues say a claimed stage was reached already: 已 (已经 holds it);
// 早就, and 就 after last year (去年就投产了), say it as plainly.
var alreadyCues = []string{"已", "早就", "去年就", "上年就"}
