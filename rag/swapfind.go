package rag

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// swapFound is a slot where a clause names another thing than the claim:
// stated is the claim's words, [start,end) the clause's, pred the words
// they share beside it, which say what is claimed of it. said are all the
// words they share.
type swapFound struct {
	stated     string
	start, end int
	pred       string
	said       []string
	stage      int  // the claimed stage's group, for a stage; -1 for a name
	ownSubject bool // the clause opens with its own subject (sharedSubject)
}

// findSwap finds where clause c, saying the same as claim q, names
// another thing in q's slot: a stage, else a name.
func (ix *Index) findSwap(q, c []rune, runs []shared, dated bool) (swapFound, bool) {
	for _, p := range slots(q, c, runs) {
		if besideDigit(q, p.q0, p.q1) || besideDigit(c, p.c0, p.c1) {
			continue // 400多篇, 400余篇: a figure's words, the figures check's
		}
		if hasDigit(string(q[p.q0:p.q1])) {
			// 开工272个新建项目230个续建项目: a slot with a figure of its
			// own is another of the claim's figures, with its own words
			// (230个续建项目), which the figures check holds to its thing.
			continue
		}
		f, ok := stageSwap(q, c, p, dated)
		if !ok {
			f, ok = ix.nameSwap(q, c, p, runs)
		}
		if ok {
			if f.pred == "" {
				f.pred = string(q[runs[p.pred].q : runs[p.pred].q+runs[p.pred].n])
			}
			for _, r := range runs {
				f.said = append(f.said, string(q[r.q:r.q+r.n]))
			}
			return f, true
		}
	}
	f, ok := ix.headSwap(q, c, runs)
	if !ok {
		f, ok = ix.leadSwap(q, c, runs)
	}
	if ok {
		for _, r := range runs {
			f.said = append(f.said, string(q[r.q:r.q+r.n]))
		}
		return f, true
	}
	return swapFound{}, false
}

// besideDigit: rs[s:e] follows or precedes a digit.
func besideDigit(rs []rune, s, e int) bool {
	return s > 0 && rs[s-1] >= '0' && rs[s-1] <= '9' || e < len(rs) && rs[e] >= '0' && rs[e] <= '9'
}

// stageSwap: the claim's slot names one stage, the clause's another
// (伊科思碳五项目开工 where the clause says …等175个项目竣工投产), and the
// clause says nothing of the claimed one.
// dated: the claim says when (去年开工).
func stageSwap(q, c []rune, p slotPair, dated bool) (swapFound, bool) {
	gq, qs, qe, ok := stageIn(q, p.q0, p.q1)
	if !ok || stageDenied(q, qs) {
		// 曙光大桥还没建成 where the clause says 加快建设 says what the
		// report says; read as 建成 it was "corrected" with 加快建设. A
		// denied stage is polarityCorrection's.
		return swapFound{}, false
	}
	gc, cs, ce, ok := stageIn(c, p.c0, p.c1)
	if !ok || gc == gq || saysStage(string(c), gq) || startedHolds(c, gq, gc, dated || strings.Contains(string(q[qs:qe]), "新")) {
		return swapFound{}, false
	}
	return swapFound{stated: string(q[qs:qe]), start: cs, end: ce, stage: gq}, true
}

// startedHolds reports whether a claim that a thing started (group gq)
// holds against clause c's later stage (group gc): a thing under
// way or done has begun. A claim of when it began (去年开工, 新开工) holds
// only against words that say nothing of when: 续建 (230个续建项目) began
// before the year.
func startedHolds(c []rune, gq, gc int, when bool) bool {
	if gq != groupStarted || gc != groupBuilding && gc != groupDone {
		return false
	}
	return !when || gc == groupBuilding && !strings.Contains(string(c), "续建")
}

// startYearWords date a start.
var startYearWords = []string{"去年", "今年", "上年", "本年", "2024", "2025", "24年", "25年"}

// nameSwap: the claim's slot and the clause's each hold a name, and the
// two are different names (distinctNames). A run both share right
// before the slot, or right after it, that is no verb is part of both
// names (巴黎奥运会 and 巴黎残奥会; 辽河石化 and 锦城石化); when that run was
// the predicate, the next predicate run says what is claimed (盘锦职业技术
// 学院 and 辽河石油职业技术学院 恢复招生).
func (ix *Index) nameSwap(q, c []rune, p slotPair, runs []shared) (swapFound, bool) {
	if _, _, _, ok := stageIn(q, p.q0, p.q1); ok {
		return swapFound{}, false
	}
	qs, qe, ok := ix.nameIn(q, p.q0, p.q1)
	if !ok || ix.cutShortOfAnchor(q, qe, p.q1) {
		return swapFound{}, false
	}
	cs, ce, ok := ix.nameIn(c, p.c0, p.c1)
	if ok && ix.cutShortOfAnchor(c, ce, p.c1) {
		return swapFound{}, false
	}
	own := false
	if p.q0 == 0 && p.c0 == 0 {
		// The clause opens with its own subject before predicates joined
		// by 、 (红海滩国家风景廊道火爆出“圈”、荣登…): that subject is what
		// the shared predicate is said of, whatever an earlier clause of
		// the sentence names, and the name ends where its predicate begins.
		if s, e, named := ix.sharedSubject(c, p.c1); named {
			cs, ce, ok, own = s, e, true, true
		}
	}
	if item := lastRune(c[:ce], '、') + 1; ok && item > cs && !slices.Contains(q[qs:qe], '、') {
		// One name claimed where the clause's names run over a list: the
		// item right before the words shared, when it names, is what they
		// are said of (锦州义县 of …对口援助、锦州义县对口帮扶).
		if s, e, named := ix.nameIn(c, item, ce); named {
			cs, ce = s, e
		}
	}
	if ok && ownItemWords(c, p, cs, ce) {
		// What the shared words are said of is the slot's first item
		// (完成改造 of 营盘输油管线完成改造、华锦阿美铁路专用线建成投用).
		cs, ce = p.c0, p.c0+slices.Index(c[p.c0:], '、')
		if ce-cs < minShared {
			return swapFound{}, false
		}
	}
	if !ok || ix.besideListItem(c, ce, p) && !strings.ContainsAny(string(q[qe:p.q1]), conjunctions) {
		// 科技型中小企业 of 科技型中小企业、高新技术企业…分别增长: an item
		// listed beside the words shared is no holder of them, unless the
		// claim lists too (华锦集团和锦城石化申请…).
		return swapFound{}, false
	}
	if p.lead > 0 && qs == p.q0 && cs == p.c0 && ix.beginsName(q[qs-p.lead:qs]) {
		qs, cs = qs-p.lead, cs-p.lead
	}
	pred := ""
	if qe == p.q1 && ce == p.c1 {
		var grow int
		grow, pred = ix.nameEnd(q, p, runs)
		qe, ce = qe+grow, ce+grow
	}
	claimed, said := string(q[qs:qe]), string(c[cs:ce])
	// A kind of thing (孩子, 学校, 政府) claimed is wrong only where the
	// report names one thing there (兴隆台区, 鲁华泓锦): beside another kind
	// (学生) or words (严格落实习惯) the asker claimed nothing.
	kindOnly := ix.commonNoun(claimed) && (!ix.nameLike(said) || kindFits(claimed, said))
	if slices.Contains(notNames, claimed) || kindOnly || ix.commonNoun(said) || !ix.distinctNames(claimed, said, c) {
		return swapFound{}, false
	}
	return swapFound{stated: claimed, start: cs, end: ce, pred: pred, stage: -1, ownSubject: own}, true
}

// besideListItem: the clause's name ends at c[ce] with a 、 and only
// verbless list items lead from it to the words shared after slot p: the
// clause sets the name beside those words (科技型中小企业、高新技术企业;
// 向辽河油田、华锦集团) and says neither of the other. Not when the words
// shared open with a verb: a list of doings (辽河油田千万吨规模稳产、建设
// 储气…) says them all of one doer, which the name may be.
func (ix *Index) besideListItem(c []rune, ce int, p slotPair) bool {
	if p.next < 0 || ce >= len(c) || c[ce] != '、' || ce > p.c1 || ix.hasVerb(string(c[ce:p.c1])) {
		return false
	}
	words := ix.dict.Segment(string(c[p.c1:]), nil)
	return len(words) > 0 && !ix.verbLike(words[0])
}

// nameLinkWords stand between a name and the words said of it, never in
// the name: a list's 等, a particle, a copula or an adverb (华锦集团要申请,
// 益海嘉里是…, 大洼区的…).
const nameLinkWords = "等的之地得" + slotFunctionWords + edgeAdverbs

// cutShortOfAnchor: a slot's name, narrowed to end at e, stops one
// character short of the shared words at end, where that character is
// the name's own last one, misread as a word apart: 口 of 辽河口, 花 of
// 辽油宝石花医院, 上 of 海上风电, before any mark opening them. Swapped so,
// the correction would quote a name cut in two (报告写的是辽河). Link
// words and the 上 of an occasion (巴黎残奥会上) stand apart from the name.
func (ix *Index) cutShortOfAnchor(rs []rune, e, end int) bool {
	if end >= len(rs) {
		return false // no shared words after the slot
	}
	for end > e && strings.ContainsRune(nameEdgeMarks, rs[end-1]) {
		end-- // 辽河口“湿地三宝”: the quote opens the shared words
	}
	if end-e != 1 || !isHan(rs[e]) || strings.ContainsRune(nameLinkWords, rs[e]) {
		return false
	}
	words := ix.dict.Segment(string(rs[:end]), nil)
	last := words[len(words)-1]
	if rs[e] == '上' && (last == "上" || slices.Contains([]string{"t", "f"}, ix.posOf(last))) {
		return false
	}
	return true
}

// ownItemWords reports whether the clause's name c[cs:ce] in slot p is an
// item of a list after the words the claim shares (the slot opens after
// them, a 、 between) with words of its own after it in the slot: 锦州义县
// of 对口援助、锦州义县对口帮扶工作 is 对口帮扶's, not 对口援助's, so it is no
// other name for what "对口援助的是朝阳" claims.
func ownItemWords(c []rune, p slotPair, cs, ce int) bool {
	if p.c0 == 0 || !slices.Contains(c[p.c0:cs], '、') || ce >= p.c1 {
		return false
	}
	return slices.ContainsFunc(c[ce:p.c1], isHan)
}

// nameEnd is how far the names of slot p go on into the run after it,
// and the predicate then left, when that changes. A run both share that
// follows the names is part of them when its first words are nouns: the
// noun words of a predicate run, when they are a name's head (at most
// maxNameHead characters: 农村供水 of 农村供水保障工程 is what is done, not
// a name's) and the rest of it, or the next
// predicate run, still says something of them (辽河石化 and 锦城石化 申请
// 原油自主进口资质; 盘锦职业技术学院 and 辽河石油职业技术学院 恢复招生); a
// shorter run that is no verb, when the words after it follow at once in
// both (石化 in 辽河石化申请…).
func (ix *Index) nameEnd(q []rune, p slotPair, runs []shared) (grow int, pred string) {
	n := p.next
	if n < 0 {
		return 0, ""
	}
	r := runs[n]
	if n != p.pred {
		if ix.beginsName(q[r.q:r.q+r.n]) && endsSlot(runs, n) {
			return r.n, ""
		}
		return 0, ""
	}
	k := ix.nounPrefix(q[r.q : r.q+r.n])
	switch {
	case k > 0 && k <= maxNameHead && r.n-k >= minPredicate:
		return k, string(q[r.q+k : r.q+r.n])
	case k > 0 && k <= maxNameHead && slices.ContainsFunc(runs[n+1:], isPredicate):
		// 科技获评 of 海兴科技获评…5G工厂: too short a predicate after the
		// head, the next one says what is claimed.
		fallthrough
	case k == r.n && slices.ContainsFunc(runs[n+1:], isPredicate):
		next := runs[n+1+slices.IndexFunc(runs[n+1:], isPredicate)]
		return k, string(q[next.q : next.q+next.n])
	}
	return 0, ""
}

// maxNameHead is the longest head a name shares with another at its end:
// 石化, 集团, 电子.
const maxNameHead = 2

// nounPrefix is how many characters of rs its first words, while nouns,
// take (石化 of 石化申请原油自主进口资质; all of 职业技术学院).
func (ix *Index) nounPrefix(rs []rune) int {
	k := 0
	for _, w := range ix.dict.Segment(string(rs), nil) {
		if pos, ok := ix.dict.POS(w); !ok || !slices.Contains(nounPOS, pos) {
			break
		}
		k += runeLen(w)
	}
	return k
}

// beginsName: a run shared beside a slot that is neither a verb nor an
// edge word may be part of the names in it.
func (ix *Index) beginsName(rs []rune) bool {
	for _, w := range ix.dict.Segment(string(rs), nil) {
		if ix.edgeWord(w) || ix.verbLike(w) {
			return false
		}
	}
	return true
}

func isPredicate(r shared) bool { return r.n >= minPredicate }

// nounPOS are the parts of speech of the words of a name.
var nounPOS = []string{"n", "ns", "nt", "nz", "j", "ng", "nrt"}

// endsSlot: the run right after runs[n] follows it at once in both the
// claim and the clause, so runs[n] ends the slot's words (辽河石化申请…).
func endsSlot(runs []shared, n int) bool {
	if n+1 >= len(runs) {
		return false
	}
	r, next := runs[n], runs[n+1]
	return next.q == r.q+r.n && next.c == r.c+r.n
}

// saysElsewhere reports whether a clause of rep (every report's when
// nil) says claim q as it is: the claimed name with the predicate, or
// with other words of the claim as long (开展安全生产 beside 治本, where
// the clause compared says 本质安全水平); or, for a stage, all the words
// the claim and the clause share with a word of the claimed stage
// (大洼区…国土空间…规划 and 获批). Then the report says it, and the clause
// that names another says something else.
func (ix *Index) saysElsewhere(q []rune, f swapFound, rep *Report) bool {
	stated, pred := []rune(Normalize(f.stated)), []rune(Normalize(f.pred))
	said := make([][]rune, len(f.said))
	for i, w := range f.said {
		said[i] = []rune(Normalize(w))
	}
	claimed, ok := claimedRunes(q, f.stated) // where the claim names it, found once
	holds := func(norm string) bool {
		rs := []rune(norm)
		if f.stage >= 0 {
			return !slices.ContainsFunc(said, func(w []rune) bool { return !containsFoldRunes(rs, w) }) && saysStage(norm, f.stage)
		}
		return containsFoldRunes(rs, stated) && (containsFoldRunes(rs, pred) || ok && predicateBeside(q, claimed, rs))
	}
	return ix.anyQuotableClause(rep, holds)
}

// claimedRunes is where in claim q the claimed words stand, runes; not ok
// when q does not write them.
func claimedRunes(q []rune, claimed string) (Span, bool) {
	i := strings.Index(string(q), claimed)
	if i < 0 {
		return Span{}, false
	}
	start := utf8.RuneCountInString(string(q)[:i])
	return Span{Start: start, End: start + runeLen(claimed)}, true
}

// predicateBeside: clause shares with claim q, besides the claimed words
// (claimedRunes), a predicate run.
func predicateBeside(q []rune, claimed Span, clause []rune) bool {
	return slices.ContainsFunc(outside(sharedRuns(q, clause), claimed.Start, claimed.End), func(r shared) bool {
		return isPredicate(r) && !slices.Contains(governmentLevels, string(q[r.q:r.q+r.n]))
	})
}

// claimClause is a clause of a cited text, and how much of the claim it
// shares.
type claimClause struct {
	at   int // the citation
	span Span
	runs []shared // sharedRuns of the claim and the clause
}

// swapCorrection corrects a claim that names one thing where a clause of
// the cited texts, saying the same of it, names another. The clauses are
// read most alike the claim first, until one that names nothing else (it
// says the claim, or nothing like it); a stage found wins over a name.
func (ix *Index) swapCorrection(read string, texts []Citation, rep *Report) (Part, bool) {
	q := claimCore(read)
	dated := containsAny(read, startYearWords) // claimCore drops the period
	if p, ok := ix.swapIn(q, dated, texts, rep); ok {
		return p, true
	}
	if named, ok := nameFirst(q); ok {
		// 省级5G工厂是海兴科技: the clause names its doer first
		// (多屏科技获评省级5G工厂), so the claim is read that way round.
		if p, ok := ix.swapIn(named, dated, texts, rep); ok {
			return p, true
		}
	}
	for _, reading := range ix.copulaReadings(q, texts) {
		// 益海嘉里是小巨人企业: the clause's verb in the copula's place.
		if p, ok := ix.swapIn(reading, dated, texts, rep); ok && p.Stated != "" && strings.HasPrefix(string(q), p.Stated) {
			return p, true
		}
	}
	if moved, setting, ok := settingFirst(q); ok {
		// 盘锦健儿在巴黎奥运会上争金夺银: the clause opens with its setting
		// (巴黎残奥会上盘锦健儿…), so the claim is read that way round.
		if p, ok := ix.swapIn(moved, dated, texts, rep); ok && swapsSetting(p, setting, texts) {
			return p, true
		}
	}
	if rest, ok := ix.cutOwnSubject(q); ok {
		// 盘锦对口帮扶的是朝阳: the city does what its report says it does
		// with no subject (持续做好…锦州义县对口帮扶工作).
		if named, ok := nameFirst(rest); ok {
			return ix.swapIn(named, dated, texts, rep)
		}
		if !ix.opensWithVerb(rest) {
			// 盘锦农发集团海洋牧场入选…: the city names whose thing the
			// subject is, as its report writes none (盛源海洋牧场入选…).
			return ix.swapIn(rest, dated, texts, rep)
		}
	}
	return Part{}, false
}

// opensWithVerb: the claim's words after the city open with a verb (成为,
// 入选): the city was their subject, not a word of a name.
func (ix *Index) opensWithVerb(rest []rune) bool {
	ws := ix.dict.Segment(string(rest), nil)
	return len(ws) > 0 && ix.isVerb(ws[0])
}

// cutOwnSubject is claim q without the report's own place opening it as
// its subject (盘锦, 我市), when more than a predicate's worth is left.
func (ix *Index) cutOwnSubject(q []rune) ([]rune, bool) {
	s := string(q)
	for _, w := range append(slices.Clone(ownVoice), ix.places...) {
		if rest, ok := strings.CutPrefix(s, w); ok && w != "" && runeLen(rest) > minPredicate {
			return []rune(rest), true
		}
	}
	return nil, false
}

// nameFirst is an identity claim, "R(的)是N" (国家级绿色工厂是汇福粮油,
// 晋升国家4A级景区的是红海滩), with its name first: N R, the order a report
// writes who did what in (益海嘉里被评为国家级绿色工厂). Not ok when the
// claim is no such thing: no 是 with a role of minPredicate characters
// before it and a name of two or more after it, or a figure after it
// (the figures check's).
func nameFirst(q []rune) ([]rune, bool) {
	i, width := lastRune(q, '是'), 1
	if j := strings.Index(string(q), "是不是"); j >= 0 {
		i, width = utf8.RuneCountInString(string(q)[:j]), 3 // 国家级绿色工厂是不是汇福粮油
	}
	if i < 0 {
		return nil, false
	}
	role, name := q[:i], q[i+width:]
	if n := len(role); n > 0 && role[n-1] == '的' {
		role = role[:n-1]
	}
	if len(role) < minPredicate || len(name) < minShared || hasDigit(string(name)) {
		return nil, false
	}
	return append(slices.Clip(name), role...), true
}

// lastRune is the index of the last r in rs, -1 when none.
func lastRune(rs []rune, r rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

// swapIn is swapCorrection of claim core q.
func (ix *Index) swapIn(q []rune, dated bool, texts []Citation, rep *Report) (Part, bool) {
	var clauses []claimClause
	for i, c := range texts {
		text := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			runs := slices.DeleteFunc(sharedRuns(q, text[sp.Start:sp.End]), func(r shared) bool { return !holdsWords(q, r) })
			clauses = append(clauses, claimClause{i, sp, runs})
		}
	}
	slices.SortStableFunc(clauses, func(a, b claimClause) int { return cmp.Compare(runsLen(b.runs), runsLen(a.runs)) })
	var best *Part
	for _, cl := range clauses {
		c := texts[cl.at]
		clause := []rune(c.Quote)[cl.span.Start:cl.span.End]
		f, found := ix.findSwap(q, clause, cl.runs, dated)
		if !found {
			break
		}
		if best != nil && f.stage < 0 {
			continue // a name is found already: only a stage may win over it
		}
		if ix.saysElsewhere(q, f, rep) || f.stage < 0 && !f.ownSubject && sameNumbers(q, clause) && subjectBefore([]rune(c.Quote), cl.span.Start, f.stated) {
			continue
		}
		if f.stage < 0 && ix.wholePlace([]rune(f.stated)) && !ix.placeLike(clause[f.start:f.end]) {
			continue // 大洼 swaps for no 城镇: a place is mistaken only for a place
		}
		if askersSlot(f.stated) {
			continue // the question's own words, no name (askersSlot)
		}
		if f.stage < 0 && ix.movedPredicate(f.stated, string(clause[f.start:f.end]), clause) {
			continue // 无锡深化 for 无锡两市: the clause's own words, reordered
		}
		if ix.homeForVoice([]rune(f.stated), clause[f.start:f.end], rep) {
			continue // 盘锦 for 全市 names the same city
		}
		if f.stage < 0 && sameListUnbracketed(f.stated, string(clause[f.start:f.end])) {
			continue // 市、县、镇 for 深化市、县（区）、镇 lists the same tiers
		}
		p := citedCorrection(c, cl.at, cl.span.Start+f.start, cl.span.Start+f.end, f.stated, f.pred)
		if f.stage < 0 && openListAfter(clause, f.end) && ix.writesNoItem(f.stated, rep) {
			// 赴瑞士、荷兰、美国等国家 may hold 德国, which the report writes
			// nowhere: it does not name it, which is no "不是德国".
			p.NotNamed = true
		}
		if f.stage >= 0 {
			// The claimed thing at another stage says more than
			// another thing at the claimed one (大洼区's 国土空间规划
			// 编制完成, where 盘山县's 获批实施).
			return p, true
		}
		if best == nil {
			best = &p
		}
	}
	if best == nil {
		return Part{}, false
	}
	return *best, true
}

// notNames are words of a claim that say how much or how sure, never
// what: "一共要完成改造老旧小区11个吧" claims no thing called 一共; nor do
// the kinds of action a question asks whether there are ("有政策吗",
// "今年有措施吗"), which the report's clause names no other of.
var notNames = []string{"一共", "总共", "合计", "共计", "总计", "加起来", "大概", "大约", "差不多", "已经", "一下",
	"政策", "措施", "举措", "办法", "打算", "计划", "安排", "方案", "动作", "说法"}

// sameNumbers reports whether claim q states numbers and clause gives
// every one of them: the claim's figure is the clause's, so only its
// words (华锦阿美, 工程总体) may differ.
func sameNumbers(q, clause []rune) bool {
	nums := numberRuns(q)
	if len(nums) == 0 {
		return false
	}
	text := string(clause)
	for _, n := range nums {
		if !strings.Contains(text, n) {
			return false
		}
	}
	return true
}

// numberRuns are the runs of ASCII digits and points in rs.
func numberRuns(rs []rune) []string {
	var out []string
	for i := 0; i < len(rs); {
		if rs[i] < '0' || rs[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == '.') {
			j++
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out
}

// subjectBefore reports whether an earlier clause of the sentence holding
// offset start of quote names what a claim stated (its first two
// characters): in "华锦阿美项目地下工程全部完工…，工程总体进度超过55%" the
// progress is 华锦阿美's, so 华锦阿美进度超过55% swaps no 工程总体 for it.
// Only with the claim's figure the clause's (sameNumbers): without one,
// a name in the sentence before may be another doer's (鲁华泓锦…，华锦集团…).
func subjectBefore(quote []rune, start int, stated string) bool {
	st := []rune(stated)
	if len(st) < 2 {
		return false
	}
	return strings.Contains(string(quote[sentenceStartRunes(quote, start):start]), string(st[:2]))
}

// wholePlace: rs is all one run of places (大洼, 盘山县和大洼区).
func (ix *Index) wholePlace(rs []rune) bool {
	runs := ix.placeRuns(rs, 0, len(rs))
	return len(runs) == 1 && runs[0].start == 0 && runs[0].end == len(rs)
}

// placeLike: rs is a place the register or the report's city knows, or a
// name that ends like one (欧洲).
func (ix *Index) placeLike(rs []rune) bool {
	return len(rs) > 0 && (ix.wholePlace(rs) || strings.ContainsRune(placeEnds, rs[len(rs)-1]))
}

// sharedSubject is the name opening clause c before predicates joined by
// 、 that end at c1: in 红海滩国家风景廊道火爆出“圈”、荣登抖音… the
// corridor is what 荣登 is said of, so a claim that another (金帛滩登上抖
// 音…) did is a swap. The subject is the clause's opening nouns, up to
// the first verb of its first predicate (an adjective may open a name:
// 红海滩), and nameIn says whether they name.
func (ix *Index) sharedSubject(c []rune, c1 int) (int, int, bool) {
	if ix.dict == nil || !slices.Contains(c[:c1], '、') {
		return 0, 0, false
	}
	words := ix.dict.Segment(string(c[:c1]), nil)
	k := 0
	for i, w := range words {
		if ix.isVerb(w) || ix.edgeWord(w) || ix.opensPredicate(words, i) {
			break
		}
		k += runeLen(w)
	}
	if k == 0 || k >= c1 || !ix.verbLike(string(c[k:c1])) && !ix.predicateOpens(c[k:c1]) {
		return 0, 0, false
	}
	return ix.nameIn(c, 0, k)
}

// opensPredicate: words[i], one character, joins the next word's first
// character into a verb or an adjective the dictionary knows: 火 of 火/爆出
// is 火爆's, the predicate's first word the segmenter split.
func (ix *Index) opensPredicate(words []string, i int) bool {
	if runeLen(words[i]) != 1 || i+1 >= len(words) {
		return false
	}
	next := []rune(words[i+1])
	return ix.verbLike(words[i] + string(next[0]))
}

// predicateOpens: the first word of rs, resegmented, is a verb or an
// adjective.
func (ix *Index) predicateOpens(rs []rune) bool {
	words := ix.dict.Segment(string(rs), nil)
	if len(words) == 0 {
		return false
	}
	return ix.verbLike(words[0]) || len(words) > 1 && ix.opensPredicate(words, 0)
}

// bracketed is a parenthesised aside in a list item (县（区）).
var bracketed = regexp.MustCompile(`（[^）]*）|\([^)]*\)`)

// sameListUnbracketed reports whether stated lists, item for item, the
// 、-list value gives once its asides are dropped (市、县、镇 for
// 深化市、县（区）、镇, a verb allowed before the first item): the claim
// names the report's list, and a swap of it would "correct" a right one.
func sameListUnbracketed(stated, value string) bool {
	got := strings.Split(stated, "、")
	want := strings.Split(bracketed.ReplaceAllString(value, ""), "、")
	if len(got) < 2 || len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] == "" || got[i] != want[i] && (i > 0 || !strings.HasSuffix(want[i], got[i])) {
			return false
		}
	}
	return true
}
