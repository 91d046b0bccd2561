package rag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// howWent asks how a thing went, or what the year did of it ("去年生态环境
// 干了什么"), which the year's doings of it answer (how it is done is
// howDone's).
var howWent = []string{"成绩", "成效", "成果", "咋样", "怎么样", "如何", "情况", "进展",
	"干了啥", "干了什么", "干了哪些", "做了啥", "做了什么", "做了哪些", "how did", "how is", "how was"}

// groundPeriod keeps text of one period from passing for another's when
// a question names its period but asks no figure ("今年植树造林", "去年引进
// 创新团队"): when every quote is of the other period, the report does
// not answer for the period asked, and the quotes are shown, labelled, as
// what it gives instead. Figure questions are groundFigures' to decide.
func (e *Engine) groundPeriod(d *Draft) {
	ans := d.Answer
	in := d.Intent
	if !ans.Found || d.Lookup || in.Summary || in.Figure && !in.List && !in.Topic || hasCorrection(ans) {
		return
	}
	parts, asked, unrelated := d.quotesByPeriod()
	// A list, a how or a topic is answered by whatever the year asked did
	// of it; one thing asked ("去年X建成了吗", "今年海洋经济生产总值目标")
	// must be named in the quotes of that year.
	checks := !in.List && !in.Topic && !containsAny(d.norm, howCues) && !howAsked.MatchString(d.norm) && !howDone(d.norm) && !containsAny(d.norm, howWent)
	if len(parts) == 0 && len(asked) > 0 && checks {
		parts = e.otherYearClause(d, asked)
	}
	if len(parts) == 0 || d.howPlan && len(asked) == 0 && d.inWorkSections(parts) {
		return // 停车难怎么解决: the plan says nothing; what was done answers, labelled
	}
	if len(asked) > 0 {
		if !checks || !d.saysLess(asked, parts) || e.pastStageCorrected(d) || e.askedYearSaysRest(d, asked, parts) {
			return
		}
		unrelated = true
	}
	if unrelated {
		// Every quote of the year asked shares nothing asked: off they go.
		ans.keepParts(func(p Part) bool { return p.Type != PartQuote && p.Type != PartFigure || d.ofOtherPeriod(p) })
		ans.figuresFromParts()
	}
	if p, sp, ok := e.clauseOf(d, d.Intent.Period); ok && !d.kinOnly(Normalize(p.Text[sp.byteStart:sp.byteEnd]), parts) {
		// The period asked speaks of it in other words (涉恶 for 扫黑除恶):
		// that clause answers, not "nothing of that year".
		ans.keepParts(func(p Part) bool { return p.Type != PartQuote && p.Type != PartFigure })
		ans.figuresFromParts()
		ans.addQuote(citationFor(p, headedRun(p, trimSpan(p.Text, sp))))
		return
	}
	e.otherPeriodParts(d, parts, "这方面内容")
}

// askedYearSaysRest quotes, for each asked term that the other year's
// parts hold and the quotes of the year asked lack, a clause of the year
// asked holding it, when there is one for every such term: "今年有没有修桥
// 修路" asks two things that the plan names in two paragraphs (绕阳河大桥,
// 四好农村路) and the review in one sentence; the plan is not saying less,
// retrieval quoted only one of them. The other year's parts go. Only
// for everyday words the other year holds by a report term alone: a term
// it writes as asked (海洋经济 of 海洋经济生产总值) names its own thing.
func (e *Engine) askedYearSaysRest(d *Draft, asked, other []Part) bool {
	an, on := partNorms(asked), partNorms(other)
	// Within the areas the year's quotes are from: another area's clause
	// holding the term (交通运输 of an emergency platform) is not the rest
	// of what was asked.
	var areas []string
	for _, p := range asked {
		for _, i := range p.Citations {
			areas = append(areas, d.Answer.Citations[i].Section)
		}
	}
	in := func(p *Paragraph) bool {
		area := p.Part + " › " + p.Section
		return p.Period.Kind == d.Intent.Period && slices.ContainsFunc(areas, func(s string) bool { return strings.HasPrefix(s, area) })
	}
	var found []Citation
	for _, t := range substantive(d.asked) {
		if slices.ContainsFunc(an, t.in) || !slices.ContainsFunc(on, t.in) {
			continue
		}
		if slices.ContainsFunc(on, t.written) {
			return false // 海洋经济 as written: the other year names the very thing
		}
		p, sp, ok := e.clauseHolding(d.Scope, t.in, in)
		if !ok {
			return false
		}
		found = append(found, citationFor(p, trimSpan(p.Text, sp)))
	}
	if len(found) == 0 {
		return false
	}
	// The year asked answers: the other year's text was only the measure.
	d.Answer.keepParts(func(p Part) bool { return p.Type != PartQuote && p.Type != PartFigure || !d.ofOtherPeriod(p) })
	d.Answer.figuresFromParts()
	for _, c := range found {
		d.Answer.addQuote(c)
	}
	return true
}

// pastStageCorrected reports whether the question claims a stage reached
// by last year that a quoted result's clause naming the thing stops short
// of ("码头去年已经竣工验收了吧" where ¶10 says 主体工程完工): the claim
// checks correct it from that clause; the plan's 竣工验收 is no answer
// for the year asked.
func (e *Engine) pastStageCorrected(d *Draft) bool {
	if !claimsDone(d.Read) || !e.ix.statesClaim(d.Read) {
		return false
	}
	_, v := e.ix.stageCorrection(d.Read, d.Answer.Citations, d.Scope)
	return v == stageCorrect
}

// quotesByPeriod sorts an answer's quotes and figures: those of the
// other period than asked, those of the period asked that share some word
// asked, and whether any of the period asked shares none.
func (d *Draft) quotesByPeriod() (other, asked []Part, unrelated bool) {
	for _, p := range d.Answer.Parts {
		if p.Type != PartQuote && p.Type != PartFigure {
			continue
		}
		switch {
		case d.ofOtherPeriod(p):
			other = append(other, p)
		case coveredShare(d.asked, Normalize(p.Text)) == 0:
			// Of the year asked but sharing nothing asked ("去年盘锦机场开建
			// 了吗" beside the review's road works): no answer of that year.
			unrelated = true
		default:
			asked = append(asked, p)
		}
	}
	return other, asked, unrelated
}

// otherYearClause adds, when only the year asked was quoted, the other
// year's clause holding all that is asked if the quotes say less of it
// ("去年华锦阿美铁路专用线建成了吗", named only in the plan), and returns it.
func (e *Engine) otherYearClause(d *Draft, asked []Part) []Part {
	p, sp, ok := e.clauseOf(d, otherPeriod(d.Intent.Period))
	if !ok {
		return nil
	}
	c := citationFor(p, trimSpan(p.Text, sp))
	if !d.saysLess(asked, []Part{{Type: PartQuote, Text: c.Quote}}) {
		return nil
	}
	d.Answer.addQuote(c)
	return d.Answer.Parts[len(d.Answer.Parts)-1:]
}

// clauseOf finds, in the text of the period want, a
// clause holding every word of substance it asks, itself or by a report
// term for it: 涉恶 for 扫黑除恶 of "去年扫黑除恶成果" (成果 is how it
// asks). One word short is another thing (每千人托位数 is no 托育学位).
func (e *Engine) clauseOf(d *Draft, want PeriodKind) (*Paragraph, Span, bool) {
	if want == PeriodNone || d.Intent.Both {
		return nil, Span{}, false
	}
	need := substantive(d.asked)
	if len(need) == 0 {
		return nil, Span{}, false
	}
	in := func(p *Paragraph) bool { return p.Period.Kind == want }
	holds := askedTerm.in
	if want == d.Intent.Period {
		holds = askedTerm.inOrSupported
	}
	if p, sp, ok := e.clauseHolding(d.Scope, func(norm string) bool {
		return !slices.ContainsFunc(need, func(t askedTerm) bool { return !holds(t, norm) })
	}, in); ok {
		return p, sp, ok
	}
	if want == d.Intent.Period {
		return e.compoundWordClause(d, need, in)
	}
	// Whether a thing was done, asked of a year: the other year's clause
	// naming the thing (提速建设东北新发地二期项目) says where the report has
	// it, in whatever words of doing.
	named := slices.DeleteFunc(slices.Clone(need), func(t askedTerm) bool { return doneAsked(d.norm, t) })
	if len(named) == len(need) || len(named) == 0 {
		return nil, Span{}, false
	}
	// As written first: 规范执法监管 is of 综合查一次's kind, and the clause
	// naming it (全面实行"综合查一次") comes after.
	for _, holds := range []func(askedTerm, string) bool{askedTerm.written, askedTerm.in} {
		if p, sp, ok := e.clauseHolding(d.Scope, func(norm string) bool {
			return !slices.ContainsFunc(named, func(t askedTerm) bool { return !holds(t, norm) })
		}, in); ok {
			return p, sp, ok
		}
	}
	return nil, Span{}, false
}

// compoundWordClause finds, for a topic asked of a period as one compound
// of words that ends the question (去年防灾减灾, 去年体育赛事), a clause of
// that period writing one of its words as asked: the review's 开展防灾救灾
// 应急专项演练 speaks of 防灾减灾 though no clause writes both words. Only
// for a bare topic: a thing asked of (华锦阿美铁路专用线建成了吗) is not
// any 铁路.
func (e *Engine) compoundWordClause(d *Draft, need []askedTerm, in func(*Paragraph) bool) (*Paragraph, Span, bool) {
	if !oneCompound(need) {
		return nil, Span{}, false
	}
	last := need[len(need)-1]
	if strings.TrimRight(d.norm[last.at+len(last.term):], "?？!！。. ") != "" {
		return nil, Span{}, false
	}
	return e.clauseHolding(d.Scope, func(norm string) bool {
		return slices.ContainsFunc(need, func(t askedTerm) bool { return t.written(norm) })
	}, in)
}

// oneCompound reports whether terms are two words the question writes one
// right after the other, whole words each (防灾 减灾 of 防灾减灾), not
// bigrams cut from an unknown word (助企 企纾 纾困). Three or more name a
// thing (引进 创新 团队, 供水 管网 改造) that one of them is not.
func oneCompound(terms []askedTerm) bool {
	if len(terms) != 2 {
		return false
	}
	for i, t := range terms {
		if t.part || t.missing || t.at < 0 || i > 0 && t.at != terms[i-1].at+len(terms[i-1].term) {
			return false
		}
	}
	return true
}

// ofAskedPeriod confines the hits answering a question that names its
// period and asks what was done or planned to that period's text, when
// retrieval ranks such text first: "今年文旅有什么打算" is answered by the
// plan, not by the review's "文旅+" sentences that share its words.
func ofAskedPeriod(a analysis, hits []Hit) []Hit {
	if a.figure || a.both || a.summary || a.period == PeriodNone || len(a.years) > 0 || len(hits) == 0 || hits[0].Paragraph.Period.Kind != a.period {
		return hits
	}
	if !a.list && !a.topicOnly && !containsAny(a.norm, howCues) && !howAsked.MatchString(a.norm) {
		return hits // "去年引进创新团队" names a thing: the other year's is what the report has
	}
	out := make([]Hit, 0, len(hits))
	for _, h := range hits {
		if k := h.Paragraph.Period.Kind; k == a.period || k == PeriodNone {
			out = append(out, h)
		}
	}
	return out
}

// supportMeans are words for the means of support asked of a thing
// (有补贴吗, 有啥政策): a quote of the year asked that supports the thing
// in any of these words answers, though the other year names another.
var supportMeans = []string{"补贴", "补助", "奖补", "支持", "政策", "优惠"}

// inOrSupported reports whether text holds t, or, t being a means of
// support asked of a thing (补贴 of "今年买家电有补贴吗"), supports in any
// words of support: the plan's 支持…家居家电等大宗商品以旧换新 answers
// for the year asked, though only the review writes 补贴.
func (t askedTerm) inOrSupported(text string) bool {
	return t.in(text) || slices.Contains(supportMeans, t.term) && containsAnyTerm(text, supportMeans)
}

// saysLess reports whether the quotes of the year asked hold only part of
// what the other year's hold: "去年水飞蓟申报地理标志了吗" meets 地理标志
// in the review's rice brands, but 水飞蓟 only in the 2025 plan, so the
// review's sentence is about another thing.
func (d *Draft) saysLess(asked, other []Part) bool {
	an, on := partNorms(asked), partNorms(other)
	less := false
	for _, t := range substantive(d.asked) {
		if t.head && (doneAsked(d.norm, t) || d.Intent.Period != PeriodResult && stageAskedOfYear(d.norm, t)) {
			// 举办 of "去年冰钓赛举办了吗" is asked, not named: the quotes
			// may lack it. So may a plan's of a stage asked before 吗
			// (今年能完工吗), but not a review's: a stage the review does not
			// write while the plan does (京哈高速去年通车吗, 竣工通车 planned
			// for 2025) was not reached that year.
			continue
		}
		a, o := slices.ContainsFunc(an, t.in), slices.ContainsFunc(on, t.in)
		if a && o && !slices.ContainsFunc(an, func(n string) bool { return t.in(n) && !kinBeside(t, n, on) }) {
			// 冰钓赛 written in the plan beside its kin (冰凌穿越挑战赛),
			// and only the kin in the review: another of its kind.
			a = false
		}
		if a && !o {
			return false
		}
		less = less || o && !a
	}
	return less
}

// kinOnly reports whether clause holds an asked term only by a report
// term of its kind that the other period's parts write beside the term
// as asked: there they are two things (举办红马赛、冰凌穿越挑战赛、全国冰钓赛),
// so the review's 冰凌穿越挑战赛 is not 冰钓赛 in other words. (The review's
// 涉恶 is 扫黑除恶's, which the plan writes alone.)
func (d *Draft) kinOnly(clause string, other []Part) bool {
	on := make([]string, len(other))
	for i, p := range other {
		on[i] = Normalize(p.Text)
	}
	return slices.ContainsFunc(substantive(d.asked), func(t askedTerm) bool { return kinBeside(withoutAsked(t, d.asked), clause, on) })
}

// headedRun widens a clause that is a review's run-in heading
// (创新支撑力日益展现) to the sentences it heads, up to the next heading:
// the heading only names what was done, its run says it.
func headedRun(p *Paragraph, sp Span) Span {
	hs := runInHeadings(p)
	for i, h := range hs {
		if h.byteStart != sp.byteStart {
			continue
		}
		end := Span{Start: utf8.RuneCountInString(p.Text), byteStart: len(p.Text)}
		if i+1 < len(hs) {
			end = hs[i+1]
		}
		return trimSpan(p.Text, Span{Start: sp.Start, End: end.Start, byteStart: sp.byteStart, byteEnd: end.byteStart})
	}
	return sp
}

// withoutAsked drops from t's report terms those the question asks as
// words of their own: 创新 of "科技创新" is asked beside 科技, not a
// thing of 科技's kind that the other period names beside it.
func withoutAsked(t askedTerm, asked []askedTerm) askedTerm {
	t.syn = slices.DeleteFunc(slices.Clone(t.syn), func(s string) bool {
		return s != t.term && slices.ContainsFunc(asked, func(a askedTerm) bool { return a.term == s })
	})
	return t
}

// kinBeside reports whether text holds asked term t only by a report term
// of its kind that one of others writes beside t as asked, in one clause
// (举办红马赛、冰凌穿越挑战赛、全国冰钓赛): a plan that heads a paragraph
// 繁荣发展文体事业 and lists 赛事 sentences later writes the kin as part
// of the term, not beside it.
func kinBeside(t askedTerm, text string, others []string) bool {
	if t.written(text) {
		return false
	}
	for _, s := range t.syn {
		if s == t.term || !ContainsTerm(text, s) {
			continue
		}
		if slices.ContainsFunc(others, func(o string) bool { return writtenBeside(o, t, s) }) {
			return true
		}
	}
	return false
}

// writtenBeside reports whether one clause of text writes asked term t as
// asked and its kin s. The term inside one of its own report terms (交房
// of 保交房, which the lexicon makes one thing with 保交楼) is that report
// term, not the word asked written beside its kin.
func writtenBeside(text string, t askedTerm, s string) bool {
	text = blankOwnTerms(text, t)
	if !t.written(text) || !ContainsTerm(text, s) {
		return false
	}
	for _, c := range Clauses(text) {
		if c := text[c.byteStart:c.byteEnd]; t.written(c) && ContainsTerm(c, s) {
			return true
		}
	}
	return false
}

// blankOwnTerms blanks, in text, t's report terms that hold t's word
// within them (保交房 for 交房), so that what is left writes t only where
// it stands on its own.
func blankOwnTerms(text string, t askedTerm) string {
	for _, s := range t.syn {
		if s != t.term && strings.Contains(s, t.term) {
			text = strings.ReplaceAll(text, s, strings.Repeat(" ", len(s)))
		}
	}
	return text
}

// written reports whether text holds the asked term as written, not only
// a report term for it.
func (t askedTerm) written(text string) bool { return ContainsTerm(text, t.term) }

// doneAsked reports whether the question asks whether t was done: t is
// its head, a word of doing right before 了 ("东北新发地二期建成了吗",
// "海上风电项目落地了没有"), not a noun.
func doneAsked(norm string, t askedTerm) bool {
	rest, ok := afterHead(norm, t)
	return ok && (strings.HasPrefix(rest, "了吗") || strings.HasPrefix(rest, "了没") || strings.HasPrefix(rest, "了嘛"))
}

// stageAskedOfYear reports whether t is a stage a claim may state right
// before 吗 ("华锦阿美今年能完工吗"): whether the thing gets that far in the
// year asked, which that year's clause says in its own stage words (推动
// 华锦阿美项目机械竣工), so they need not hold t; a noun before 吗 ("是有效
// 需求吗") is named.
func stageAskedOfYear(norm string, t askedTerm) bool {
	rest, ok := afterHead(norm, t)
	return ok && strings.HasPrefix(rest, "吗") && slices.ContainsFunc(stageLadder, func(w stageWord) bool { return w.claim && w.word == t.term })
}

// afterHead is norm after t, when t is the question's head word of doing
// (not a noun) where it was read.
func afterHead(norm string, t askedTerm) (string, bool) {
	if !t.head || t.noun || t.at < 0 || t.at+len(t.term) > len(norm) || norm[t.at:t.at+len(t.term)] != t.term {
		return "", false
	}
	return norm[t.at+len(t.term):], true
}

// otherPeriod is the report's other part: the plan for the review.
func otherPeriod(k PeriodKind) PeriodKind {
	switch k {
	case PeriodResult:
		return PeriodPlan
	case PeriodPlan:
		return PeriodResult
	}
	return PeriodNone
}

// partNorms are the normalized texts of parts.
func partNorms(parts []Part) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = Normalize(p.Text)
	}
	return out
}

// inWorkSections reports whether every part is cited from a numbered
// section of work (一、… › （四）…): what was done. The review's own
// paragraphs outside them state results or problems (¶19: 外需不确定性上
// 升), which answer no how-to question.
func (d *Draft) inWorkSections(parts []Part) bool {
	for _, p := range parts {
		for _, i := range p.Citations {
			if para := d.ix.citedParagraph(d.Answer.Citations[i]); para == nil || para.Section == "" {
				return false
			}
		}
	}
	return true
}
