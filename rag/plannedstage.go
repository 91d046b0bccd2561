package rag

import (
	"strings"
	"unicode/utf8"
)

// A question whether a thing has reached a stage (京哈高速盘锦段通车了没,
// 向海大道维修好了吗, 智慧林湿综合管理平台上线了没) of a thing only the
// 2025 plan names is answered by the plan's quote, which left bare reads
// as yes. The answer says the report lists it as a 2025 target and does
// not write it done: a correction of the stage claimed reached, or, when
// the question asks after the plan's item in the plan's own words (北方冬季
// 清洁取暖项目通过国家验收了吗), a notice, as nothing it says is wrong.

// askedDoneEnds close a question whether a stage was reached (通车了没,
// 开工没有, 建好了吧), longest first.
var askedDoneEnds = []string{"了没有", "了吗", "了没", "了吧", "了嘛", "没有", "没"}

// spokenDone are spoken stages reached that the ladder states no claim
// with: a shop opened, a platform gone live, a permit granted, a work
// accepted (验收了吧 claims it passed), a building in use (启用, 开学), an
// airport open to flights.
var spokenDone = []string{"开业", "上线", "开跑", "批", "验收", "启用", "开学", "通航"}

// doneComplements close a verb as done: 修好, 换完, 验收过, 建起来, 拿到.
var doneComplements = []string{"好", "完", "过", "起来", "到"}

// stageAsides are words between a thing and its stage that belong to
// neither: 已经 and 早就 say when, 是不是 asks, 都 stresses.
var stageAsides = []string{"已经", "早就", "是不是", "已", "都", "那个"}

// vagueNouns name no thing (保交楼的活儿, 供暖这块): the thing asked is
// the words around them, which a quote may name without them.
var vagueNouns = []string{"活儿", "事儿", "事情", "这块", "那块"}

// dropVagueNouns drops vagueNouns, with a 的 before them, from thing.
func dropVagueNouns(thing string) string {
	for _, v := range vagueNouns {
		thing = strings.ReplaceAll(thing, "的"+v, "")
		thing = strings.ReplaceAll(thing, v, "")
	}
	return thing
}

// askedDone is a question's thing and the stage it asks was reached.
type askedDone struct {
	thing, stage string
	rung         int
}

// stageVerbs open, within a thing asked, the words that are the stage's
// rather than the thing's (兴隆台区通过…示范区 of 验收了没); stageGranters
// close a thing as the one who grants its stage (清洁取暖项目国家 of
// 验收过了吗), as 国家 amid a name (辽河口国家公园) does not.
var (
	stageVerbs    = []string{"通过"}
	stageGranters = []string{"国家", "省里", "市里"}
)

// doneSaid is the stage said reached of the thing, 已经 where the
// predicate opens (兴隆台区已经通过国家生态文明建设示范区验收), not
// inside it (…示范区已经验收).
func (a askedDone) doneSaid() string {
	for _, w := range stageVerbs {
		if at := strings.Index(a.thing, w); at > 0 {
			return a.thing[:at] + "已经" + a.thing[at:] + a.stage
		}
	}
	for _, w := range stageGranters {
		if head, ok := strings.CutSuffix(a.thing, w); ok && head != "" {
			return head + "已经" + w + a.stage
		}
	}
	return a.thing + "已经" + a.stage
}

// askedDoneStage reads a one-clause question whether a thing reached a
// stage, closed by askedDoneEnds with the stage right before (京哈高速盘锦段
// 通车了没): the thing is what comes before the stage, asides trimmed.
// Stages short of begun (论证了吗) are left: a plan's quote may be all the
// answer there is.
func (ix *Index) askedDoneStage(norm string) (askedDone, bool) {
	q := trimQuestionMarks(norm)
	if strings.ContainsAny(q, "？?，,。；;！!") || ix.dict == nil {
		return askedDone{}, false
	}
	body := ""
	for _, end := range askedDoneEnds {
		if b, ok := strings.CutSuffix(q, end); ok {
			body = b
			break
		}
	}
	stage, rung := ix.endingStage(body)
	if stage == "" || rung < rungStarted {
		return askedDone{}, false
	}
	thing := strings.TrimSuffix(body, stage)
	for trimmed := true; trimmed; {
		trimmed = false
		for _, a := range stageAsides {
			if t, ok := strings.CutSuffix(thing, a); ok {
				thing, trimmed = t, true
			}
		}
	}
	thing = dropVagueNouns(yearWords.ReplaceAllString(thing, "")) // 去年 says when, not what
	if containsAny(thing, denials) || containsAny(thing, []string{"啥", "什么", "哪"}) || utf8.RuneCountInString(thing) < minThing {
		return askedDone{}, false // 还没开工了吧 claims the other way
	}
	return askedDone{thing: thing, stage: stage, rung: rung}, true
}

// endingStage is the stage word body ends with and its rung: a ladder
// word a claim may state, a spoken stage, or a verb closed as done.
func (ix *Index) endingStage(body string) (string, int) {
	rs := []rune(body)
	for _, m := range stagesIn(rs) {
		if m.end == len(rs) && m.claim {
			return m.word, m.rung
		}
	}
	for _, w := range spokenDone {
		if strings.HasSuffix(body, w) {
			return w, rungDone
		}
	}
	words := ix.dict.Segment(body, nil)
	if len(words) < 2 {
		return "", 0
	}
	last := words[len(words)-1]
	for _, c := range doneComplements {
		switch {
		case last == c && allHan([]rune(words[len(words)-2])):
			return words[len(words)-2] + last, rungDone
		case strings.HasSuffix(last, c) && utf8.RuneCountInString(last) > utf8.RuneCountInString(c):
			return last, rungDone
		}
	}
	return "", 0
}

// groundPlannedStage tells, for a whether-question of a stage reached
// (askedDoneStage), that the plan's quote naming the thing lists it as a
// 2025 target, when no result's clause naming it says it reached that
// stage or further.
func (e *Engine) groundPlannedStage(d *Draft) {
	ans := d.Answer
	if !d.foundOpen() || d.Intent.Lang == "en" || d.Intent.List || askedAhead(d.norm) {
		return
	}
	asked, ok := e.ix.askedDoneStage(d.norm)
	if !ok {
		return
	}
	terms := e.thingTerms(d, asked.thing)
	if len(terms) == 0 {
		return
	}
	names := func(norm string) bool { return coveredShare(terms, norm) == 1 }
	if !quotesName(ans, names) {
		// No quote names the thing (高铁站, 跨海大桥): the stage quoted is
		// other things'.
		ans.relatedOnly(GroundNotAnswered, "报告没有写"+asTyped(d.Query.Text, asked.thing)+"。相关内容：", "The report does not name this. Related text:")
		return
	}
	ci, s, end, ok := namingClause(ans, names, PeriodPlan)
	if !ok {
		e.resultShortOfStage(d, asked, names)
		return
	}
	c := ans.Citations[ci]
	clause := string([]rune(c.Quote)[s:end])
	// The plan setting the very stage asked as its target says it was not
	// reached, whatever a review clause says of a part (地下工程全部完工).
	planOwnWords := strings.Contains(Normalize(clause), asked.thing+asked.stage)
	reached := func(norm string) bool {
		return names(norm) && namesWholeThing(terms, asked.thing, norm) && stageReachedIn(norm, asked.rung)
	}
	if !planOwnWords && !planSetsNearStage(terms, Normalize(clause), asked.rung) {
		if _, _, ok := e.clauseHolding(d.Scope, reached, func(p *Paragraph) bool { return p.Period.Kind == PeriodResult }); ok {
			return // last year's review says it done, whatever the answer quoted
		}
	}
	part := citedCorrection(c, ci, s, end, asked.doneSaid(), "")
	part.PlanOnly = true
	if planOwnWords {
		// The plan's own words asked after: nothing to correct, only to tell.
		text := "报告把“" + clause + "”列为" + c.Period.Label() + "，没有写" + part.Stated + "。"
		part = Part{Type: PartText, Role: RoleNotice, Text: text, Citations: []int{ci}}
	}
	ans.Parts = append([]Part{part}, ans.Parts...)
}

// resultShortOfStage corrects a stage asked reached of a thing the plan
// never names and the review's quoted clause names at an earlier stage
// only (辽滨500千伏输变电工程建好了吧 where ¶8 lists it among the 续建项目
// 加快实施): that clause is all the report says of where it stands.
func (e *Engine) resultShortOfStage(d *Draft, asked askedDone, names func(string) bool) {
	ans := d.Answer
	if _, _, ok := e.clauseHolding(d.Scope, names, func(p *Paragraph) bool { return p.Period.Kind == PeriodPlan }); ok {
		return // the plan names it: this year may take it further
	}
	ci, s, end, ok := namingClause(ans, names, PeriodResult)
	if !ok {
		return
	}
	said := Normalize(string([]rune(ans.Citations[ci].Quote)[s:end]))
	if len(stagesIn([]rune(said))) == 0 || stageReachedIn(said, asked.rung) || strings.Contains(said, asked.stage) {
		// A clause naming no stage says nothing of how far it got; one
		// writing the stage asked (主体工程完工) says what was asked.
		return
	}
	part := citedCorrection(ans.Citations[ci], ci, s, end, asked.doneSaid(), "")
	ans.Parts = append([]Part{part}, ans.Parts...)
}

// thingSuffixes are words a clause may put between a thing's name and its
// stage (华锦阿美项目机械竣工) that name no other thing.
var thingSuffixes = []string{"项目", "工程"}

// planSetsNearStage: the plan's clause sets the thing itself, its stage
// word right after its name, a stage all but done or done no further than
// the one asked (推动华锦阿美项目机械竣工 for 建成投产了没): a thing the plan
// still has to take that far has not got further, whatever the review
// says of a part (地下工程全部完工).
func planSetsNearStage(terms []askedTerm, clause string, rung int) bool {
	rs := []rune(clause)
	for _, m := range stagesIn(rs) {
		if !m.claim || m.rung < rungNearDone || m.rung > rung {
			continue
		}
		before := string(rs[:m.start])
		for _, suf := range thingSuffixes {
			before = strings.TrimSuffix(before, suf)
		}
		for _, t := range terms {
			if strings.HasSuffix(before, t.term) {
				return true
			}
		}
	}
	return false
}

// thingTerms are the words of substance asked that stand in thing, the
// report's own place left out: a clause may leave 盘锦 unsaid.
func (e *Engine) thingTerms(d *Draft, thing string) []askedTerm {
	var terms []askedTerm
	for _, t := range substantive(d.asked) {
		if strings.Contains(thing, t.term) && !e.ix.ownPlaceWord(t.term) {
			terms = append(terms, t)
		}
	}
	return terms
}

// quotesName reports whether a clause of the answer's quotes, of either
// year, names the thing (names).
func quotesName(ans *Answer, names func(string) bool) bool {
	for _, p := range ans.Parts {
		if p.Type != PartQuote && p.Type != PartFigure || len(p.Citations) == 0 {
			continue
		}
		for _, sp := range Clauses(ans.Citations[p.Citations[0]].Quote) {
			if names(Normalize(string([]rune(ans.Citations[p.Citations[0]].Quote)[sp.Start:sp.End]))) {
				return true
			}
		}
	}
	return false
}

// namesWholeThing: a clause names the thing asked when the asked terms
// span at least half of it, or else it writes the thing whole; 智慧 alone
// of 盘锦港智慧化 would take 智慧供热项目建成 for the port's.
func namesWholeThing(terms []askedTerm, thing, norm string) bool {
	covered := 0
	for _, t := range terms {
		covered += utf8.RuneCountInString(t.term)
	}
	return 2*covered >= utf8.RuneCountInString(thing) || strings.Contains(norm, thing)
}

// askedAhead: the question puts the stage in the plan's year or ahead
// (今年能通车了吗, 快建好了吧), which the plan's quote answers.
func askedAhead(norm string) bool {
	return containsAny(norm, stageAheadCues) || containsAny(norm, stageSoonCues)
}

// stageReachedIn reports whether normalized text says any stage at rung
// or further, a claim's word or not (编制完成 is done with the drafting).
func stageReachedIn(norm string, rung int) bool {
	for _, m := range stagesIn([]rune(norm)) {
		if m.rung >= rung {
			return true
		}
	}
	return false
}

// namingClause is the first clause of the answer's quotes of period kind
// that names holds: its citation's index and its rune span in the quote,
// trailing marks left out.
func namingClause(ans *Answer, names func(string) bool, kind PeriodKind) (int, int, int, bool) {
	for ci, c := range ans.Citations {
		if c.Period.Kind != kind {
			continue
		}
		rs := []rune(c.Quote)
		for _, sp := range Clauses(c.Quote) {
			clause := strings.TrimRight(string(rs[sp.Start:sp.End]), "，,。；;！!？? ")
			if names(Normalize(clause)) {
				return ci, sp.Start, sp.Start + utf8.RuneCountInString(clause), true
			}
		}
	}
	return 0, 0, 0, false
}
