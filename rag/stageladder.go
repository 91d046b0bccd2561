package rag

import (
	"slices"
	"strings"
	"unicode"
)

// A claim may put a thing further along than the report does: built
// where the report prepares it ("今年要建成盘锦机场吧" where ¶46 says 推进
// …盘锦民用运输机场…等前期工作), producing where it says 机械竣工, already
// a 全国文明城市 where it says 争创. The stages are a ladder; a claim of a
// rung the report's clauses on that thing never reach is corrected with
// what they say.

// Rungs of the stage ladder, lowest first.
const (
	rungPlanned  = iota // 谋划, 前期工作, 争创: prepared or striven for
	rungAdopted         // 纳入国家规划: taken into a plan, past 论证 and a reserve list
	rungStarted         // 开工, 签约: begun
	rungBuilding        // 建设, 实施: under way
	rungNearDone        // 机械竣工, 试运行: all but done
	rungDone            // 建成, 投产, 获批, 成为: done, won
)

// stageWord is a word of a stage: its rung, and whether a claim may
// state it (完成, 建设 say too little of a thing's stage to be claimed,
// but a clause saying them has reached that far).
type stageWord struct {
	word  string
	rung  int
	claim bool
}

// stageLadder holds the words of the stages. Where two overlap at one
// place the longer is read (机械竣工, not its 竣工; 成功创建, not 创建).
var stageLadder = []stageWord{
	{"谋划", rungPlanned, false}, {"前期工作", rungPlanned, false}, {"纳规", rungPlanned, false},
	{"论证", rungPlanned, false}, {"申报", rungPlanned, false}, {"争取", rungPlanned, false},
	{"争创", rungPlanned, false}, {"创建", rungPlanned, false}, {"申创", rungPlanned, false},
	{"储备", rungPlanned, false}, {"布局", rungPlanned, false}, // 布局…产业: laid out, nothing built
	// Taken into a plan: more than 启动论证 or 列入…备选项目库, less than 开工.
	{"纳入国家规划", rungAdopted, true}, {"列入国家规划", rungAdopted, true},
	{"纳入规划", rungAdopted, true}, {"列入规划", rungAdopted, true},
	{"开工", rungStarted, true}, {"动工", rungStarted, true}, {"开建", rungStarted, true},
	{"新开工", rungStarted, true}, {"开工建设", rungStarted, true}, {"签约", rungStarted, true},
	{"落地", rungStarted, false},
	// 开始 before a verb of work begins it (开始推进, 开始建设); 开始执行 is a rule in force, below.
	{"开始推进", rungStarted, true}, {"开始建设", rungStarted, true}, {"开始实施", rungStarted, true},
	{"开始施工", rungStarted, true},
	{"建设", rungBuilding, false}, {"在建", rungBuilding, false}, {"续建", rungBuilding, false},
	{"施工", rungBuilding, false}, {"实施", rungBuilding, false},
	{"拔地而起", rungBuilding, false}, // rising: going up, not yet done
	{"机械竣工", rungNearDone, true}, {"主体完工", rungNearDone, true}, {"主体工程完工", rungNearDone, true}, {"封顶", rungNearDone, true},
	{"收尾", rungNearDone, true}, // winding up: all but done, long begun
	{"试运行", rungNearDone, true}, {"试生产", rungNearDone, true}, {"试运营", rungNearDone, true},
	{"建成", rungDone, true}, {"竣工", rungDone, true}, {"完工", rungDone, true},
	{"投产", rungDone, true}, {"投用", rungDone, true}, {"投运", rungDone, true},
	// 通水 is a water work's 通车: put into service, done.
	{"投入使用", rungDone, true}, {"投入运营", rungDone, true}, {"通车", rungDone, true}, {"通水", rungDone, true},
	{"开通", rungDone, true}, {"达产", rungDone, true}, {"获批", rungDone, true},
	{"成为", rungDone, true}, {"入选", rungDone, true}, {"获评", rungDone, true},
	{"评为", rungDone, true}, {"已经是", rungDone, true}, {"已是", rungDone, true},
	{"创成", rungDone, true}, {"成功创建", rungDone, true}, {"创建成功", rungDone, true},
	{"竣工投产", rungDone, true}, {"建成投产", rungDone, true}, {"建成投用", rungDone, true},
	{"建成投运", rungDone, true}, {"竣工通车", rungDone, true}, {"建成通车", rungDone, true}, {"获批实施", rungDone, true},
	{"签约落地", rungStarted, true}, {"竣工通水", rungDone, true}, {"建成通水", rungDone, true},
	{"竣工验收", rungDone, true}, {"正式运行", rungDone, true},
	// 建成通航 is a waterway's 建成通车; 通航 alone is also 通用航空 (北斗通航).
	{"建成通航", rungDone, true},
	{"建好", rungDone, true}, {"建完", rungDone, true}, // spoken 建成
	{"通过验收", rungDone, true}, {"通过国家验收", rungDone, true}, {"设立", rungDone, true},
	{"完工通水", rungDone, true}, {"改造完", rungDone, true}, {"改造完成", rungDone, true},
	{"创建成效", rungDone, false}, {"完成", rungDone, false}, {"验收", rungDone, false},
	{"批复", rungDone, false}, {"命名", rungDone, false}, {"交付", rungDone, false},
	// 申建 applies to build; 升级为 a title reached; 维修完成 a repair done.
	{"申建", rungPlanned, false}, {"升级为", rungDone, true}, {"维修完成", rungDone, true},
	// A law's course: 提请…审议 submits it; 通过 closing a claim passes it
	// (passedClaim), while 通过 amid a clause is "by means of".
	{"提请", rungPlanned, false}, {"审议", rungPlanned, false}, {"审议通过", rungDone, true},
	{"通过", rungDone, true},
	// 启动 a work begins it (启动阜盘铁路建设); 启动 a study or a plan only
	// prepares it.
	{"启动", rungStarted, true}, {"启动论证", rungPlanned, false}, {"启动详细规划", rungPlanned, false},
	// Spoken wins and promotions: 评上 is 评为, 升格成 is 升级为.
	{"评上", rungDone, true}, {"升格为", rungDone, true}, {"升格成", rungDone, true}, {"升级成", rungDone, true},
	// A rule in force (开始执行, 施行, 生效) is past its 提请审议.
	{"开始执行", rungDone, true}, {"施行", rungDone, true}, {"生效", rungDone, true},
	// A pilot (试点) is tried in part; 全面推开 rolls it out everywhere.
	{"试点", rungBuilding, false}, {"全面推开", rungDone, true}, {"推开", rungDone, true},
	// 打造 sets out to make a thing; 加快建设 speeds one already begun.
	{"打造", rungPlanned, false}, {"加快建设", rungBuilding, false},
	// 取得阶段性成效 is a stage reached on the way, not the end: a work
	// said 彻底完成 or 全面建成 where the report says this is not done.
	{"阶段性成效", rungBuilding, false}, {"阶段性成果", rungBuilding, false}, {"阶段性进展", rungBuilding, false},
	// 完成 alone says too little to claim; with its degree it claims the end.
	{"彻底完成", rungDone, true}, {"全部完成", rungDone, true}, {"全面完成", rungDone, true},
}

// stageMention is a stage word found in text, runes [start, end).
type stageMention struct {
	stageWord
	start, end int
}

// stagesIn are the stage words of rs, left to right, the longest at each
// place, none inside another.
func stagesIn(rs []rune) []stageMention {
	var out []stageMention
	for i := 0; i < len(rs); {
		best := stageMention{start: -1}
		for _, w := range stageLadder {
			if n := stageWordAt(rs, i, w); n > 0 && n > best.end-best.start {
				best = stageMention{w, i, i + n}
			}
		}
		if best.start < 0 || overtaken(rs, best) || best.word == "通过" && !closesStage(rs[best.end:]) {
			i++
			continue
		}
		if best.word == "验收" && passedBefore(rs[:best.start]) {
			best.claim = true // 通过…验收: passed, as 通过验收 says
		}
		out = append(out, splitStage(rs, best))
		i = best.end
	}
	return out
}

// stageSplitters are adverbs that stand inside a stage word a claim splits
// (主体工程已经完工): they date the stage and change none of it.
var stageSplitters = []string{"已经", "都已", "均已", "也已", "已"}

// splitStage is m read as the longer ladder word it ends when an adverb
// splits that word: 主体工程已经完工 is 主体工程完工, all but done, not the
// 完工 of a whole work. m itself otherwise.
func splitStage(rs []rune, m stageMention) stageMention {
	before := string(rs[:m.start])
	for _, a := range stageSplitters {
		head, ok := strings.CutSuffix(before, a)
		if !ok {
			continue
		}
		for _, w := range stageLadder {
			lead, ok := strings.CutSuffix(w.word, m.word)
			if ok && lead != "" && strings.HasSuffix(head, lead) {
				return stageMention{w, m.start, m.end}
			}
		}
		return m
	}
	return m
}

// overtaken: a stage word starting inside m runs past m's end at least
// as long as m, so m's first character closes the word before (改扩建完工
// is 改扩建 + 完工, not its 建完).
func overtaken(rs []rune, m stageMention) bool {
	for j := m.start + 1; j < m.end; j++ {
		for _, w := range stageLadder {
			if n := stageWordAt(rs, j, w); n > 0 && n >= m.end-m.start && j+n > m.end {
				return true
			}
		}
	}
	return false
}

// stageWordAt is how many runes stage word w takes where rs writes it at
// i, 0 when it does not: stagesIn and overtaken both look words up so.
func stageWordAt(rs []rune, i int, w stageWord) int {
	n := runeLen(w.word)
	if i+n <= len(rs) && string(rs[i:i+n]) == w.word {
		return n
	}
	return 0
}

// closesStage: rest is only what closes a claim (了吧, 了没有), so the
// stage word before it is the claim's last word.
func closesStage(rest []rune) bool {
	t := strings.TrimRight(string(rest), "？?！!。 ")
	return TrimClaimTail(strings.TrimSuffix(t, "没有")) == ""
}

// maxSplitStage is how far before 验收 its 通过 may stand with the thing
// accepted between them (通过国家生态文明建设示范区验收).
const maxSplitStage = 16

// passedBefore reports whether before ends a clause's words opened by 通过
// within maxSplitStage characters: 验收 after it is a stage claimed.
func passedBefore(before []rune) bool {
	for i := len(before) - 1; i >= max(0, len(before)-maxSplitStage); i-- {
		if strings.ContainsRune("，,；;。、", before[i]) {
			return false
		}
		if i+1 < len(before) && before[i] == '通' && before[i+1] == '过' {
			return true
		}
	}
	return false
}

// claimedStage is the furthest stage claim q states, not denied: a
// denial before it (还没开工) is polarityCorrection's.
func claimedStage(q []rune) (stageMention, bool) {
	var best stageMention
	ok := false
	for _, m := range stagesIn(q) {
		if !m.claim || stageDenied(q, m.start) {
			continue
		}
		if !ok || m.rung > best.rung {
			best, ok = m, true
		}
	}
	return best, ok
}

// stageDenied reports whether a denial (还没, 尚未) stands in the two runes
// of q before offset at: the stage there is claimed not reached.
func stageDenied(q []rune, at int) bool {
	return containsAny(string(q[max(0, at-2):at]), denials)
}

// minThing is how many characters of a claim's thing a clause must share
// for the two to be about one thing: 机场 alone is any airport.
const minThing = 3

// thingWord is a word of a claim's thing, runes [s, e) of the claim.
// A clause naming the thing must hold every word but those of need:
// the report's own place (盘锦已经是…: the city, which a clause need not
// name, but may: 盘锦民用运输机场), verbs and other words that name no
// thing (要, 实现, 已经) — the dictionary calls some nouns verbs (通道), so
// those count when the clause holds them.
type thingWord struct {
	s, e     int
	optional bool
	place    bool // a place of the report's own (大洼区, 盘锦)
	// degree is a word of how fully the stage is reached (全部): a
	// clause holding it may say it of a part (地下工程全部完工), so it
	// never draws the thing's span up to that part's stage.
	degree bool
	// aside is an adverb or a time word (已经, 今年): said of the claim,
	// never part of the thing's name.
	aside bool
	// head is a noun after the words a clause must hold (那个站): the
	// kind of thing, which the clause may close its longer name with.
	head bool
}

// claimAsks ask whether a claim holds amid it (…项目是不是已经开工).
var claimAsks = []string{"是不是", "是否", "有没有", "是吗", "对不对"}

// stageDegree are words of how far or how fully a stage is reached
// (全面投产, 全部竣工): they say of the stage, not of the thing, which a
// clause at a lower rung names without them.
var stageDegree = []string{"全面", "全部", "全都", "完全", "正式", "整体", "基本", "彻底", "顺利", "如期"}

// thingWords are the words of claim q but for its stage word m.
func (ix *Index) thingWords(q []rune, m stageMention) []thingWord {
	var out []thingWord
	at := 0
	for _, w := range ix.dict.Segment(string(q), nil) {
		s, e := at, at+runeLen(w)
		at = e
		if e > m.start && s < m.end {
			continue
		}
		pos, _ := ix.dict.POS(w)
		if slices.Contains(loneAdverbs, w) {
			pos = "d"
		}
		place := ix.ownPlaceWord(w)
		degree := slices.Contains(stageDegree, w)
		optional := ix.edgeWord(w) || ix.verbLike(w) || pos == "d" || pos == "t" || place ||
			slices.Contains(ownVoice, w) || slices.Contains(claimAsks, w) || degree ||
			slices.Contains(versionWords, w)
		// 是不是 amid a claim asks of it, as 已经 dates it: neither names.
		aside := pos == "d" || pos == "t" || slices.Contains(claimAsks, w) || slices.Contains(demonstratives, w)
		optional = optional || slices.Contains(demonstratives, w)
		out = append(out, thingWord{s, e, optional, place, degree, aside, false})
	}
	ix.markStrayName(q, out) // 顺/p 丰/a of 顺丰产业园 name the thing
	ix.markHeads(q, out)
	return out
}

// markHeads marks the optional nouns of thing after its last word a
// clause must hold: 储能那个站 names 储能注汽试验站 by its 站. After a
// demonstrative a word is a noun, whatever else the dictionary calls it.
func (ix *Index) markHeads(q []rune, thing []thingWord) {
	for i := len(thing) - 1; i >= 0 && thing[i].optional; i-- {
		w := &thing[i]
		pointed := i > 0 && slices.Contains(demonstratives, string(q[thing[i-1].s:thing[i-1].e]))
		w.head = !w.aside && !w.degree && !w.place && (pointed || ix.nounish(string(q[w.s:w.e])))
	}
}

// versionWords say which text of a rule a claim means (停车管理条例修订版):
// the report marks the revision after the title (《…条例（修订）》), so a
// clause naming the rule need not hold them.
var versionWords = []string{"修订版", "修正版", "修订稿", "新版"}

// loneAdverbs are adverbs of time standing alone before a stage (工程刚开工,
// 今年才开工), which the dictionary tags otherwise: like 已经 they date the
// stage and name nothing.
var loneAdverbs = []string{"刚", "才"}

// demonstratives point at a thing named before them (储能那个站).
var demonstratives = []string{"那个", "这个", "那座", "这座", "那家", "这家", "那条", "这条", "那项", "这项"}

// thingIn is where clause c names the thing of claim q: every thing word
// that is not optional lies in a run of two or more characters the two
// share, and those hold at least minThing of the words' characters. [start,
// end) spans the runs.
func thingIn(q, c []rune, thing []thingWord) (start, end int, ok bool) {
	runs := sharedRuns(q, c)
	at := func(i int) int {
		j := slices.IndexFunc(runs, func(r shared) bool { return r.q <= i && i < r.q+r.n })
		if j < 0 {
			return -1
		}
		return runs[j].c + i - runs[j].q
	}
	start, end, n := len(c), 0, 0
	for _, w := range thing {
		if w.degree {
			continue
		}
		for i := w.s; i < w.e; i++ {
			k := at(i)
			if k < 0 && w.optional {
				break
			}
			if k < 0 && levelSuffix(q, w, i) {
				continue // 国家级 is the level the clause's 国家 names
			}
			if k < 0 {
				return 0, 0, false
			}
			start, end = min(start, k), max(end, k+1)
			n++
		}
	}
	return start, headEnd(q, c, thing, end), n >= minThing && !innerWordMissing(thing, at)
}

// maxNameHeadGap is how far past the thing's words its head noun may close
// the clause's name of it (储能|注汽试验|站).
const maxNameHeadGap = 6

// headEnd is end run on to the claim's head noun where clause c closes
// the thing's name with it within maxNameHeadGap, no clause mark between: a
// stage after the name is said of the thing.
func headEnd(q, c []rune, thing []thingWord, end int) int {
	out := end
	for _, w := range thing {
		if !w.head || end >= len(c) {
			continue
		}
		tail := string(c[end:min(len(c), end+maxNameHeadGap+w.e-w.s)])
		at := strings.Index(tail, string(q[w.s:w.e]))
		if at < 0 || strings.ContainsAny(tail[:at], "，,；;、。：:") {
			continue
		}
		out = max(out, end+runeLen(tail[:at])+w.e-w.s)
	}
	return out
}

// innerWordMissing: an optional word of two characters or more lying
// between two the thing must hold is not in the clause (at < 0). Inside a name it is part of the
// name: 北方冬季清洁取暖项目 is not 北方沥青…项目 for sharing 北方 and 项目.
func innerWordMissing(thing []thingWord, at func(int) int) bool {
	held := func(w thingWord) bool { return !w.optional && !w.degree }
	first, last := slices.IndexFunc(thing, held), -1
	for i, w := range thing {
		if held(w) {
			last = i
		}
	}
	for i := first + 1; first >= 0 && i < last; i++ {
		// One character (的, 已) is a particle or an adverb, no part of a name.
		if w := thing[i]; w.optional && !w.place && !w.degree && !w.aside && w.e-w.s >= 2 && at(w.s) < 0 {
			return true
		}
	}
	return false
}

// levelSuffix: rune i of q is the 级 closing thing word w after a scope
// (国家级, 省级): 国家级中试平台 and 国家制造业中试平台 are one level.
func levelSuffix(q []rune, w thingWord, i int) bool {
	return q[i] == '级' && i == w.e-1 && i > w.s && slices.Contains(levelScopes, string(q[w.s:i]))
}

// levelScopes are the scopes a level names with or without its 级.
var levelScopes = []string{"国家", "省", "市", "县"}

// mayName is false when a clause of mask m (its norm folded) cannot name
// claim q's thing (thingIn): a word the clause must hold has its first
// character in a shared run of two or more, so the clause holds that
// character with the one before it or after it. Most clauses of a report
// hold neither, and are spared the runs' comparison.
func mayName(q []rune, thing []thingWord, m clauseMask) bool {
	for _, w := range thing {
		i := w.s
		if w.optional || w.e <= i {
			continue
		}
		if !(i > 0 && m.mayHold(foldedPair(q[i-1], q[i])) || i+1 < len(q) && m.mayHold(foldedPair(q[i], q[i+1]))) {
			return false
		}
	}
	return true
}

// maxStageGap is how many characters may stand between a thing and a
// stage after it that is said of it (华锦阿美项目机械竣工); further on,
// the stage is as often a part's (华锦阿美项目地下工程全部完工).
const maxStageGap = 4

// workWords name the work done on a thing (向海大道维修改造工程加快建设):
// a stage after them is said of the thing's work.
var workWords = []string{"维修", "改造", "改扩建", "扩建", "扩容", "新建", "提升", "工程", "项目"}

// workRun is how many runes of workWords open between, one after another.
func workRun(between []rune) int {
	n := 0
	for {
		i := slices.IndexFunc(workWords, func(w string) bool { return strings.HasPrefix(string(between[n:]), w) })
		if i < 0 {
			return n
		}
		n += runeLen(workWords[i])
	}
}

// withOwnParts open words that join a thing's own parts to it (码头及其
// 配套设施工程竣工验收): a stage after them is said of the thing too.
var withOwnParts = []string{"及其", "及配套", "及附属"}

// governing are the stages of clause c said of the thing at [s, e):
// those before it or amid its words (汇福粮油开工建设饲料蛋白项目), those
// right after it or after its own parts joined to it, and one after the
// 等 that closes the list it is in (阜盘铁路、…等前期工作).
func governing(c []rune, s, e int) []stageMention {
	var out []stageMention
	ms := stagesIn(c)
	for _, m := range ms {
		switch {
		case m.start < s && anotherItemsStage(c, ms, m, s, e):
			continue
		case m.start < e, m.start-e-workRun(c[e:m.start]) <= maxStageGap:
		case m.start >= e && startsWithAny(string(c[e:m.start]), withOwnParts):
		case m.start >= e && m.start > 0 && c[m.start-1] == '等':
		case m.start >= e && closesListOf(c[e:m.start]), m.start >= e && joinsItemOf(c[e:m.start]):
		case len(out) > 0 && out[len(out)-1].start >= e && chainsStage(c[out[len(out)-1].end:m.start]):
		default:
			continue
		}
		out = append(out, m)
	}
	return out
}

// maxChainLead is how many characters may lead a stage chained to the one
// before it: 当年 of 当年开工、当年竣工.
const maxChainLead = 2

// chainsStage: between a stage said of a thing and the next stage is only
// a 、 and a short lead of no clause mark, so the two are a sequence said of
// the same thing (修复养护工程当年开工、当年竣工): the later one is its
// stage too, not a part's.
func chainsStage(between []rune) bool {
	if len(between) == 0 || between[0] != '、' || len(between)-1 > maxChainLead {
		return false
	}
	return !strings.ContainsAny(string(between[1:]), "、，,；;：:等及和与")
}

// anotherItemsStage: stage m, before the thing at s with a 、 between,
// closes the list item before it when the thing's own item says a stage
// of its own (营盘输油管线完成改造、华锦阿美铁路专用线建成投用): each item
// keeps its own. One verb before a bare list (开工建设A、B) is all of its.
// The item's own stage follows the thing, ending at e: a stage word inside
// it is a word of its name (实施 of 碳达峰实施方案 in 编制完成工业、…碳达峰
// 实施方案), which leaves the verb before the list its stage.
func anotherItemsStage(c []rune, ms []stageMention, m stageMention, s, e int) bool {
	if m.end > s {
		return false // the stage word runs into the thing (启动详细规划): no list between
	}
	sep := lastRune(c[m.end:s], '、')
	if sep < 0 {
		return false
	}
	item := m.end + sep + 1
	return slices.ContainsFunc(ms, func(o stageMention) bool { return o.start >= item && o.start >= e })
}

// maxListTail is how many characters a list closed by 等 may run on
// before its stage: 北斗通航装备制造产业园等234个项目加快建设.
const maxListTail = 12

// closesListOf: between a thing and a stage after it stands the 等 that
// closes the list it is in, and only that list's count and head noun —
// the stage is said of every item of the list. A stage word right after
// the count (等230个续建项目) names the kind of item, and one after it
// leaves the list's stage unsure.
func closesListOf(between []rune) bool {
	if rest, ok := laterItems(between); ok {
		between = rest // 襄平…聚烯烃、辽河综研…化学品等272个新建项目开工建设
	}
	if len(between) == 0 || between[0] != '等' || len(between) > maxListTail {
		return false
	}
	if last := between[len(between)-1]; last == '个' || last == '项' || unicode.IsDigit(last) {
		return false
	}
	return !strings.ContainsAny(string(between), "、，,；;：:") && len(stagesIn(between)) == 0
}

// maxLaterItems is how long the items after a thing may run before the
// 等 closing their list.
const maxLaterItems = 30

// laterItems is between from the 等 on, when between opens with a 、 and
// the list's later items run to it with no other clause mark and no
// stage of their own: the thing is the list's first item, or an early one.
func laterItems(between []rune) ([]rune, bool) {
	if len(between) == 0 || between[0] != '、' {
		return nil, false
	}
	at := slices.Index(between, '等')
	if at < 0 || at > maxLaterItems {
		return nil, false
	}
	items := between[:at]
	if strings.ContainsAny(string(items), "，,；;：:") || len(stagesIn(items)) > 0 {
		return nil, false
	}
	return between[at:], true
}

// maxJoinedItem is how long the thing joined by 及 may run.
const maxJoinedItem = 16

// ownStages are the stages of gov said of the thing at [s, e) of clause
// c, when the claim's stage closes its thing: one amid the thing that a
// 、 follows within it is a listed part's (华锦阿美项目地下工程全部完工、
// 32套主装置陆续拔地而起 puts the 主装置 at 拔地而起). A claim that names
// that part with its stage (地下工程全部完工，32套主装置…) reads it too.
func ownStages(c []rune, gov []stageMention, s, e int, closes bool) []stageMention {
	if !closes {
		return gov
	}
	return slices.DeleteFunc(slices.Clone(gov), func(m stageMention) bool {
		return m.start >= s && m.end < e && strings.ContainsRune(string(c[m.end:e]), '、')
	})
}

// closesThing: no word of claim's thing that a clause must hold comes
// after its stage word m.
func closesThing(thing []thingWord, m stageMention) bool {
	return !slices.ContainsFunc(thing, func(w thingWord) bool { return !w.optional && w.s >= m.end })
}

// joinsItemOf: between a thing and a stage after it stands another thing
// joined to it (盘锦港10万吨级通用泊位及…8个配套泊位建设): the stage is
// said of both.
func joinsItemOf(between []rune) bool {
	if len(between) < 2 || !strings.ContainsRune("及和与", between[0]) || len(between) > maxJoinedItem {
		return false
	}
	return !strings.ContainsAny(string(between), "、，,；;：:等") && len(stagesIn(between)) == 0
}

// furthest is the furthest stage of ms, the nearest to [s, e) of those.
func furthest(ms []stageMention, s, e int) (stageMention, bool) {
	best, ok := stageMention{}, false
	dist := func(m stageMention) int { return max(m.start-e, s-m.end, 0) }
	for _, m := range ms {
		if !ok || m.rung > best.rung || m.rung == best.rung && dist(m) < dist(best) {
			best, ok = m, true
		}
	}
	return best, ok
}

// maxStageSpan is the longest a correction quotes a thing with its stage
// (华锦阿美项目机械竣工); longer, it quotes the stage alone.
const maxStageSpan = 28

// stageSpan is the runes a correction quotes of a clause: the thing at
// [ts, te) with the stage said of it, or the stage alone past
// maxStageSpan. The stage corrections share it.
func stageSpan(ts, te int, said stageMention) (int, int) {
	if s, e := min(ts, said.start), max(te, said.end); e-s <= maxStageSpan {
		return s, e
	}
	return said.start, said.end
}

// stageVerdict is what the ladder makes of a claimed stage.
type stageVerdict int

const (
	stageUnread  stageVerdict = iota // no stage claimed, or its thing not found
	stageHolds                       // the report puts the thing at the rung or further
	stageCorrect                     // the report's clauses on it stop short: corrected
)

// stageCorrection corrects a claim that puts a thing at a stage the
// cited clauses naming it do not reach, nor any clause of the report
// naming it: it quotes the cited clause's furthest stage, nearest the
// thing, with the thing when near. When the report reaches the claimed
// rung or goes past it (竣工投产 for a claimed 开工) the claim holds: no
// other reading of its stage word may correct it.
func (ix *Index) stageCorrection(read string, texts []Citation, rep *Report) (Part, stageVerdict) {
	parts := ix.stageClaimParts(read)
	if len(parts) == 0 {
		return ix.stageCorrectionOf(read, texts, rep)
	}
	// Each clause claims its own thing's stage: one the report corrects
	// corrects the claim; all must hold for it to hold.
	verdict := stageHolds
	for _, part := range parts {
		p, v := ix.stageCorrectionOf(part, texts, rep)
		if v == stageCorrect {
			return p, v
		}
		if v != stageHolds {
			verdict = stageUnread
		}
	}
	return Part{}, verdict
}

// stageClaimParts are the clauses of a claim that state stages of two
// things or more (地下工程全部完工，32套主装置已经投产对吗): each to be
// checked on its own, as the whole would read the first clause's stage of
// both. Nil when fewer than two clauses claim a stage of a thing of their
// own: a clause with a stage and no thing (…，今年投产吧) is the claim's
// whole.
func (ix *Index) stageClaimParts(read string) []string {
	if ix.dict == nil {
		return nil
	}
	var parts []string
	for _, part := range strings.FieldsFunc(strings.TrimSpace(read), func(r rune) bool { return strings.ContainsRune("，,；;", r) }) {
		q := []rune(Normalize(string(claimCore(part))))
		claimed, ok := claimedStage(q)
		if !ok {
			continue
		}
		if !namesOwnThing(ix.thingWords(q, claimed)) {
			return nil
		}
		parts = append(parts, part)
	}
	if len(parts) < 2 {
		return nil
	}
	return parts
}

// namesOwnThing: thing words a clause must hold run to minThing characters.
func namesOwnThing(thing []thingWord) bool {
	n := 0
	for _, w := range thing {
		if !w.optional {
			n += w.e - w.s
		}
	}
	return n >= minThing
}

// stageCorrectionOf is stageCorrection of a claim of one thing's stage.
func (ix *Index) stageCorrectionOf(read string, texts []Citation, rep *Report) (Part, stageVerdict) {
	if ix.dict == nil {
		return Part{}, stageUnread
	}
	q := []rune(Normalize(string(claimCore(read))))
	claimed, ok := claimedStage(q)
	if !ok || claimed.rung == rungPlanned {
		return Part{}, stageUnread
	}
	// The claim's core drops its year: the whole read says when it dates a start.
	dated := datedStart([]rune(Normalize(read)))
	past := claimsDone(read)
	thing := withoutPlaceNames(ix.thingWords(q, claimed)) // 盘锦港…航道 where the clause says …航道
	closes := closesThing(thing, claimed)
	ahead := claimsAhead(read) && ix.planNames(q, thing, rep)
	// The claim holds only of its own thing, its place named too: 大洼区's
	// 规划 is not 盘山县's, which the report has 获批实施.
	placed := slices.Clone(thing)
	for i := range placed {
		placed[i].optional = placed[i].optional && !placed[i].place
	}
	holds := func() stageVerdict {
		if ix.reachesStageBy(q, placed, claimed, rep, true, past) {
			return stageHolds
		}
		return stageUnread
	}
	for i, c := range texts {
		if past && c.Period.Kind == PeriodPlan || ahead && c.Period.Kind == PeriodResult {
			// A plan to reach the stage says it was not reached; where
			// last year left a thing says nothing of this year's plan.
			continue
		}
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			clause := []rune(Normalize(string(text[sp.Start:sp.End])))
			if len(clause) != sp.End-sp.Start {
				continue // normalizing changed the length: offsets would not hold
			}
			ts, te, ok := thingIn(q, clause, thing)
			if !ok {
				continue
			}
			gov := ownStages(clause, governing(clause, ts, te), ts, te, closes)
			said, ok := furthest(gov, ts, te)
			_, _, named := thingIn(q, clause, placed)
			finishedInstead := ok && named && dated != PeriodNone && dated == c.Period.Kind &&
				(finishesNotStarts(said, gov) || continuesNotStarts(said, gov))
			if !finishedInstead && ok && said.rung >= claimed.rung && said.claim && named {
				return Part{}, stageHolds
			}
			if !finishedInstead && ok && said.rung >= claimed.rung {
				return Part{}, stageUnread
			}
			if !finishedInstead && (!ok || ix.reachesStage(q, thing, claimed, rep, past)) {
				return Part{}, holds()
			}
			s, e := quotedStageSpan(clause, ts, te, said)
			qs, qe := claimedSpan(q, thing, claimed)
			qs = namedFrom(q, qs, string(clause)) // the thing may stand far from the stage quoted
			return citedCorrection(c, i, sp.Start+s, sp.Start+e, claimStated(q, thing, qs, qe), ""), stageCorrect
		}
	}
	return Part{}, holds()
}

// quotedStageSpan is the stage span of clause c a correction quotes,
// widened to keep a title and a quote it cuts whole: both corrections
// from the ladder quote the same way.
func quotedStageSpan(c []rune, ts, te int, said stageMention) (int, int) {
	s, e := stageSpan(ts, te, said)
	e = titleClosed(c, s, e)
	return quoteOpened(c, s, e), e
}

// quoteOpened is start s of a quoted span [s, e) of clause c, run back
// to the “ that opens a quote it closes (“无废城市”试点).
func quoteOpened(c []rune, s, e int) int {
	open := strings.Count(string(c[s:e]), "“") < strings.Count(string(c[s:e]), "”")
	if open && s > 0 && c[s-1] == '“' {
		return s - 1
	}
	return s
}

// titleClosed is end e of a quoted span [s, e) of clause c, run on to
// close a title it opens (审议《盘锦市机动车停放管理条例（修订）》): a
// correction quotes a law's name whole.
func titleClosed(c []rune, s, e int) int {
	open := strings.Count(string(c[s:e]), "《") > strings.Count(string(c[s:e]), "》")
	if at := slices.Index(c[e:], '》'); open && at >= 0 {
		return e + at + 1
	}
	return e
}

// datedStart is the period a claim dates a start (开工) in: 今年开工, a
// plan's; PeriodNone when it dates none. A thing the plan finishes
// (竣工通车) was begun before it. Not 去年开工: what the report finished
// last year (建成投用) may have been begun that year too, and the report
// does not say when.
func datedStart(q []rune) PeriodKind {
	claimed, ok := claimedStage(q)
	if !ok || claimed.rung != rungStarted {
		return PeriodNone
	}
	before := string(q[max(0, claimed.start-maxStartDate):claimed.start])
	// 今年 opening the claim dates all of it (今年…专用线开工建设).
	if strings.Contains(before, "今年") || strings.HasPrefix(string(q), "今年") {
		return PeriodPlan
	}
	// 去年新开工 puts the thing among the year's new starts, which a
	// review lists apart from what it finished (…等175个项目竣工投产),
	// as the claim corrected by name does (startedHolds).
	if claimed.word == "新开工" && containsAny(before, []string{"去年", "上年"}) {
		return PeriodResult
	}
	// 去年才刚开工: 刚 puts the thing at its start then, not past it, so
	// a review of that year finishing it (主体完工) says otherwise. Not 去年
	// 才开工, "not until last year", which a finish that year leaves true.
	if justBegun(q, claimed) && containsAny(before, []string{"去年", "上年"}) {
		return PeriodResult
	}
	return PeriodNone
}

// justBegun: 刚 stands right before claimed start m (刚开工, 才刚开工,
// 刚刚启动), saying the thing stood at its start and no further.
func justBegun(q []rune, m stageMention) bool {
	return strings.ContainsRune(string(q[max(0, m.start-maxJustGap):m.start]), '刚')
}

// maxStartDate is how far before a claimed start its year may stand:
// 今年才开工, 今年要开工, 今年才刚开始推进.
const maxStartDate = 4

// finishesNotStarts: the clause puts the thing at or near its end (said)
// and says nothing of its start — 当年开工、当年竣工 starts it that year too.
func finishesNotStarts(said stageMention, gov []stageMention) bool {
	if !said.claim || said.rung < rungNearDone {
		return false
	}
	return startsNone(gov)
}

// startsNone: no stage in gov starts the thing (开工, 启动…). Shared by
// finishesNotStarts and continuesNotStarts.
func startsNone(gov []stageMention) bool {
	return !slices.ContainsFunc(gov, func(m stageMention) bool { return m.rung == rungStarted })
}

// continuing are stages of a thing begun before the year (续建, 加快建设).
var continuing = []string{"续建", "在建", "加快建设"}

// continuesNotStarts: the clause carries the thing on (said) and says
// nothing of its start — a start dated that year is not the report's.
func continuesNotStarts(said stageMention, gov []stageMention) bool {
	if !slices.Contains(continuing, said.word) {
		return false
	}
	return startsNone(gov)
}

// claimedSpan is the claim's words from its thing to its stage word,
// either way round.
func claimedSpan(q []rune, thing []thingWord, m stageMention) (int, int) {
	s, e := m.start, m.end
	for _, w := range thing {
		if w.optional {
			continue // 要实现华锦阿美项目投产: what is claimed starts at 华锦
		}
		s, e = min(s, w.s), max(e, w.e)
	}
	return s, e
}

// claimStated is what claim q states, its runes [qs, qe), but for a word
// that asks whether it holds (兴隆台是不是早就评上…) or only stresses it
// (就, 早就): no part of the claim.
func claimStated(q []rune, thing []thingWord, qs, qe int) string {
	var b strings.Builder
	at := qs
	for _, w := range thing {
		word := string(q[w.s:w.e])
		if w.s >= qs && w.e <= qe && (slices.Contains(claimAsks, word) || word == "就" || word == "早就") {
			b.WriteString(string(q[at:w.s]))
			at = w.e
		}
	}
	b.WriteString(string(q[at:qe]))
	return b.String()
}

// namedFrom is where claim q's quoted words start, qs or before it: a
// word the dictionary calls a verb may open the thing's name (绕 of
// 绕阳河大桥), and a character before qs the report writes, in quoted,
// with the next two of q belongs to the name (臻 of 臻德化工, which the
// dictionary leaves out of the thing's words).
func namedFrom(q []rune, qs int, quoted string) int {
	for qs > 0 && qs+2 <= len(q) && strings.Contains(quoted, string(q[qs-1:qs+2])) {
		qs--
	}
	return qs
}

// stageLead are words a clause may open with that carry on the clause
// before it (推进…前期工作，力争年内开工): its stage is that clause's thing's.
var stageLead = []string{"力争", "争取", "确保", "并", "年内", "当年", "同步", "尽快", "全面"}

// reachesStage reports whether a clause of rep (every report's when nil)
// names claim q's thing at the claimed rung or further, in itself or in the clause
// that carries it on (stageLead).
func (ix *Index) reachesStage(q []rune, thing []thingWord, claimed stageMention, rep *Report, past bool) bool {
	return ix.reachesStageBy(q, thing, claimed, rep, false, past)
}

// reachesStageBy is reachesStage; when claimable, only by a stage word a
// claim may state (完成 says too little: 编制完成 is no 获批); when past,
// only by a result's clause (a plan's 竣工验收 was not reached last year).
func (ix *Index) reachesStageBy(q []rune, thing []thingWord, claimed stageMention, rep *Report, claimable, past bool) bool {
	closes := closesThing(thing, claimed)
	reaches := func(c []rune, s, e int) bool {
		m, ok := furthest(ownStages(c, governing(c, s, e), s, e, closes), s, e)
		return ok && m.rung >= claimed.rung && (m.claim || !claimable)
	}
	skip := func(p *Paragraph) bool { return past && p.Period.Kind == PeriodPlan }
	return ix.anyThingClause(q, thing, rep, skip, func(p *Paragraph, cs []normClause, j int, rs []rune, s, e int) bool {
		return reaches(rs, s, e) || j+1 < len(cs) && !strings.ContainsRune("。；;！？", cs[j].last) &&
			startsWithAny(cs[j+1].norm, stageLead) && reaches([]rune(cs[j+1].norm), 0, 0)
	})
}

// anyThingClause reports whether found holds of a clause of rep (every
// report's when nil) that names claim q's thing, at its runes [s, e) of
// rs, the clause's normalized runes; cs are its paragraph's clauses, j
// its index. Paragraphs skip says are passed over. The one walk the
// stage checks make over the report.
func (ix *Index) anyThingClause(q []rune, thing []thingWord, rep *Report, skip func(*Paragraph) bool,
	found func(p *Paragraph, cs []normClause, j int, rs []rune, s, e int) bool) bool {
	return ix.anyReport(rep, func(r *Report) bool {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if !p.Quotable() || skip(p) {
				continue
			}
			pt := ix.para(p)
			for j, c := range pt.clauses {
				if pt.folded && !mayName(q, thing, pt.masks[j]) {
					continue
				}
				rs := []rune(c.norm)
				if s, e, ok := thingIn(q, rs, thing); ok && found(p, pt.clauses, j, rs, s, e) {
					return true
				}
			}
		}
		return false
	})
}

func startsWithAny(s string, prefixes []string) bool {
	return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(s, p) })
}

// swapUnlessHeld is swapCorrection, not even read when the stage ladder
// found the claimed stage held (v): a claimed 开工 the report has gone
// past is no slot where the quote names another stage.
func (ix *Index) swapUnlessHeld(v stageVerdict, read string, texts []Citation, rep *Report) (Part, bool) {
	if v == stageHolds {
		return Part{}, false
	}
	return ix.swapCorrection(read, texts, rep)
}

// stageElsewhere corrects a claimed stage (v unread: no cited clause
// settled it) that no clause of the report reaches, from the clause of
// the report naming the thing at the furthest lower stage, which it
// cites: 华锦阿美项目已经建成投产 where the cited ¶8 says only its
// 地下工程全部完工 and ¶35 plans its 机械竣工.
func (ix *Index) stageElsewhere(v stageVerdict, read string, rep *Report) (Part, Citation, bool) {
	if v != stageUnread || ix.dict == nil {
		return Part{}, Citation{}, false
	}
	parts := ix.stageClaimParts(read)
	if len(parts) == 0 {
		return ix.stageElsewhereOf(read, rep)
	}
	for _, part := range parts {
		if p, c, ok := ix.stageElsewhereOf(part, rep); ok {
			return p, c, true
		}
	}
	return Part{}, Citation{}, false
}

// stageElsewhereOf is stageElsewhere of a claim of one thing's stage.
func (ix *Index) stageElsewhereOf(read string, rep *Report) (Part, Citation, bool) {
	q := []rune(Normalize(string(claimCore(read))))
	claimed, ok := claimedStage(q)
	if !ok || claimed.rung == rungPlanned {
		return Part{}, Citation{}, false
	}
	past := claimsDone(read)
	thing := ix.thingWords(q, claimed)
	if ix.reachesStage(q, thing, claimed, rep, past) {
		return Part{}, Citation{}, false
	}
	ahead := claimsAhead(read) && ix.planNames(q, thing, rep)
	// Last year's stage corrects no claim of this year's.
	skip := func(p *Paragraph) bool { return ahead && p.Period.Kind == PeriodResult }
	var best stageMention
	var bestCite Citation
	s, e, found, bestPlanned := 0, 0, false, false
	// A claim of last year's stage that only the plan reaches (京哈高速盘锦段
	// 扩容已经通车了吧 where ¶52 plans its 竣工通车): the plan's clause, when
	// no result's clause names the thing, says it was not reached.
	// Only when the claim says already (已经, 去年): 机械竣工了吧 may ask
	// after the plan's own stage.
	already := past && containsAny(Normalize(read), stageDoneCues)
	var plan Citation
	ps, pe, planned := 0, 0, false
	ix.anyThingClause(q, thing, rep, skip, func(p *Paragraph, cs []normClause, j int, rs []rune, ts, te int) bool {
		c := cs[j]
		if len(rs) != c.span.End-c.span.Start {
			return false // normalizing changed the length: offsets would not hold
		}
		said, ok := furthest(ownStages(rs, governing(rs, ts, te), ts, te, closesThing(thing, claimed)), ts, te)
		// A plan of a later stage (机械竣工 for a claimed 开工) says the
		// claimed one was reached: only the claimed stage planned refutes it.
		if ok && !planned && already && p.Period.Kind == PeriodPlan && said.rung == claimed.rung && said.claim {
			plan, planned = citationFor(p, trimSpan(p.Text, c.span)), true
			ps, pe = stageSpan(ts, te, said)
		}
		if !ok || found && said.rung <= best.rung || past && p.Period.Kind == PeriodPlan && said.rung >= claimed.rung {
			return false
		}
		best, bestCite, found = said, citationFor(p, trimSpan(p.Text, c.span)), true
		bestPlanned = p.Period.Kind == PeriodPlan
		s, e = quotedStageSpan(rs, ts, te, said)
		return false // the furthest of all, not the first
	})
	// A plan to reach the very stage claimed says more than another of
	// its clauses at a lower one.
	planOnly := planned && (!found || bestPlanned)
	if planOnly {
		best, bestCite, s, e, found = claimed, plan, ps, pe, true
	}
	if !found {
		return Part{}, Citation{}, false
	}
	qs, qe := claimedSpan(q, thing, claimed)
	qs = namedFrom(q, qs, string([]rune(bestCite.Quote)[s:e]))
	part := citedCorrection(bestCite, 0, s, e, claimStated(q, thing, qs, qe), "")
	part.PlanOnly = planOnly
	return part, bestCite, true
}

// stageDoneCues put a claimed stage by the report's writing: last year or
// already. stageAskedDone do too (建成了吗: a plan to finish it this year
// says it is not) unless a word of the future comes first (快竣工了吧).
// stageAheadCues put it in the plan's year.
var (
	stageDoneCues  = []string{"去年", "上年", "已经", "已", "早就", "早已"}
	stageAskedDone = []string{"了吗", "了没", "了吧", "了对吧", "了是吧", "了对吗"}
	stageSoonCues  = []string{"要", "快", "将"}
	stageAheadCues = []string{"今年", "明年", "年内", "年底", "计划", "目标", "将要", "即将"}
)

// claimsDone reports whether claim text says its stage was reached by the
// report's writing (去年已经竣工验收了): only a result's clause says so.
func claimsDone(text string) bool {
	t := Normalize(text)
	if containsAny(t, stageAheadCues) {
		return false
	}
	return containsAny(t, stageDoneCues) || containsAny(t, stageAskedDone) && !containsAny(t, stageSoonCues)
}

// planNames reports whether a plan's clause of rep (every report's when
// nil) names claim q's thing. Only then does a claim of this year's stage
// leave last year's clauses aside: where the plan says nothing of the
// thing (辽河干流防洪工程今年竣工吗), last year's 主体完工 is what the
// report says of it. The place may go unnamed, with the character it
// makes a name with (盘锦港's 港): ¶46 plans the 30万吨级原油码头 bare.
func (ix *Index) planNames(q []rune, thing []thingWord, rep *Report) bool {
	notPlan := func(p *Paragraph) bool { return p.Period.Kind != PeriodPlan }
	return ix.anyThingClause(q, withoutPlaceNames(thing), rep, notPlan, func(*Paragraph, []normClause, int, []rune, int, int) bool { return true })
}

// withoutPlaceNames is thing with a single character right after a place
// word optional as the place is: 盘锦港 segments as 盘锦 and 港.
func withoutPlaceNames(thing []thingWord) []thingWord {
	out := slices.Clone(thing)
	for i := 1; i < len(out); i++ {
		if out[i-1].place && out[i].s == out[i-1].e && out[i].e-out[i].s == 1 {
			out[i].optional = true
		}
	}
	return out
}

// claimsAhead reports whether claim text puts its stage in the plan's
// year (今年要竣工验收): a result's clause is no word on it.
func claimsAhead(text string) bool {
	t := Normalize(text)
	return containsAny(t, stageAheadCues) && !containsAny(t, stageDoneCues)
}
