package rag

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// quoteAnswer answers with the best sentences of the best paragraphs,
// quoted verbatim, each labelled with its period.
func (e *Engine) quoteAnswer(ans *Answer, a analysis, hits []Hit) {
	sc := e.newScorer(a)
	defer e.reuseScorer(sc)
	cands := e.candidates(a, sc, hits)
	defer e.reuseCandidates(cands)
	if len(cands) == 0 || cands[0].score <= 0 {
		e.notFound(ans, a, hits)
		return
	}
	if a.otherYear == 0 && len(a.years) > 0 && !a.both && otherYear(a, cands[0].para) &&
		!namedYear(a.norm, e.ix.coveredYears(a.rep)...) {
		// Only years the report does not cover are named ("2023年新购公交车辆"):
		// the best quote is about another year and must not pass as the answer.
		e.otherPeriodOnly(ans, a, cands[0], a.years[0], "的内容")
		return
	}
	if a.figure && !a.both && a.period != PeriodNone && cands[0].para.Period.Kind != a.period &&
		cands[0].para.Period.Kind != PeriodNone && !hasPeriod(cands[:min(len(cands), 4)], a.period) {
		rv, pl := e.ix.years(a.rep)
		asked := pl
		if a.period == PeriodResult {
			asked = rv
		}
		e.otherPeriodOnly(ans, a, cands[0], asked, "的这项数字")
		return
	}
	if lead := e.topicParagraph(a, hits); lead != nil {
		// "今年就业工作怎么抓": the paragraph the report opens with the
		// topic (促进高质量充分就业。…) is the plan, not sentences that
		// happen to say 就业.
		e.topicAnswer(ans, a, lead)
		return
	}
	e.sectionFirst(a, cands)
	picked := e.pickQuotes(a, sc, cands)
	ans.Found = true
	// Room for the quotes at once, not grown one append at a time.
	ans.Parts = slices.Grow(ans.Parts, 1+len(picked))
	ans.Citations = slices.Grow(ans.Citations, len(picked))
	ans.Parts = append(ans.Parts, introPart(a.lang))
	for _, c := range picked {
		ans.addQuote(citationFor(c.para, c.span))
	}
}

// sectionFirst puts first, for a question asking what is done about a
// topic, the best quote of the body of the report when the best of all
// comes from a part's opening: "今年怎么促进消费" matches 社会消费品零售
// 总额增长5% of the targets line best, but that is how much, and the work
// on consumption (释放消费潜力。…) says how. The opening's quote stays
// beside it when it scores as well. A question naming one of the
// opening's figures (今年固定资产投资有什么进展) asks about that figure:
// a body quote scoring well often only shares a word with it (投资, 粮食).
func (e *Engine) sectionFirst(a analysis, cands []candidate) {
	if !asksHow(a) || !e.ix.opensPart(cands[0].para) {
		return
	}
	namedFigure := namesFigureOf(a, cands[0].para)
	for i, c := range cands[1:min(len(cands), sectionFirstWithin)] {
		// Only the same year's body: a result does not say how a target
		// is to be met.
		if c.para.Kind != ParaBody || c.para.Period.Kind != cands[0].para.Period.Kind || e.ix.opensPart(c.para) {
			continue
		}
		// A paragraph about the topic says how however its one sentence
		// scores beside the opening's short figure clause. A named figure
		// wants the paragraph about it (外贸 for 进出口总额), not one that
		// shares a part of its name (粮食物流 for 粮食产量) or a word.
		if namedFigure && paragraphOnTopic(c.para, wholeNames(a.asked)) ||
			!namedFigure && (c.score >= sectionFirstMin*cands[0].score || paragraphOnTopic(c.para, a.asked)) {
			// Shift the ones before it down: the opening's quote stays
			// second, where pickQuotes can keep it beside the body's.
			copy(cands[1:i+2], cands[:i+1])
			cands[0] = c
		}
		return
	}
}

const (
	sectionFirstWithin = 8 // candidates looked through for the body's
	// sectionFirstMin is the share of the opening's score a body quote
	// must reach: a figure clause of the opening (一般公共预算收入增长6%)
	// matches the question's words and their figure at once and scores
	// about five times a body sentence on the topic (¶75 at 0.19 for
	// 财政的钱今年要怎么花); 0.15 takes those and leaves what scores
	// lower. The share cannot tell the topic's body from a sentence
	// sharing a word (化债 of ¶67, 0.19 for 固定资产投资): a named figure
	// asks paragraphOnTopic instead.
	sectionFirstMin = 0.15
)

// namesFigureOf reports whether the question names, in its own words,
// the indicator of one of p's figure clauses (固定资产投资 of
// 固定资产投资增长10%以上) — not a word inside one (消费 of
// 社会消费品零售总额), nor a synonym the lexicon added (财政 for
// 一般公共预算收入).
func namesFigureOf(a analysis, p *Paragraph) bool {
	for _, clause := range strings.FieldsFunc(p.Text, func(r rune) bool { return strings.ContainsRune("；。：;:", r) }) {
		clause = strings.TrimSpace(clause)
		if !strings.ContainsAny(clause, "0123456789") {
			continue
		}
		for _, t := range a.asked {
			if utf8.RuneCountInString(t.term) >= 2 && strings.HasPrefix(clause, t.term) {
				return true
			}
		}
	}
	return false
}

// wholeNames are the asked terms without the synonyms that are only a
// part of them (粮食 of 粮食产量).
func wholeNames(asked []askedTerm) []askedTerm {
	out := make([]askedTerm, len(asked))
	for i, t := range asked {
		out[i] = t
		out[i].syn = slices.DeleteFunc(slices.Clone(t.syn), func(s string) bool { return strings.Contains(t.term, s) })
	}
	return out
}

// opensPart reports whether p is one of the paragraphs a part opens with,
// before its first section: the year's overview, its general requirements.
// The first section's own paragraph (（一）狠抓有效需求…) is no opening:
// it is the topic's.
func (ix *Index) opensPart(p *Paragraph) bool {
	if p.Period.Kind == PeriodNone {
		return false
	}
	rep := ix.byID[p.Report]
	for i := range rep.Paragraphs {
		q := &rep.Paragraphs[i]
		if q.Period.Kind != p.Period.Kind {
			continue
		}
		if q.Kind == ParaSection {
			return false
		}
		if q == p {
			return true
		}
	}
	return false
}

// topicAnswer quotes the opening of the paragraph that leads with the
// topic asked, with the overview's figure of that topic when it has one.
func (e *Engine) topicAnswer(ans *Answer, a analysis, lead *Paragraph) {
	c := candidate{para: lead, span: trimSpan(lead.Text, FullSentences(lead.Text)[0])}
	ans.Found = true
	ans.Parts = append(ans.Parts, introPart(a.lang))
	ans.addQuote(citationFor(c.para, extendQuote([]candidate{c}, 0, FullSentences)[0].span))
	if over, sp, ok := e.overviewFigureOf(a, lead); ok {
		ans.addQuote(citationFor(over, sp))
	}
}

// pickQuotes chooses the quotes of an answer from the scored candidates,
// best first, and puts them in the report's order.
func (e *Engine) pickQuotes(a analysis, sc *scorer, cands []candidate) []candidate {
	picked := []candidate{cands[0]}
	// "What is the city doing about daycare": no year named, what was done
	// and what is planned both answer.
	wantPeriods := a.both || a.period == PeriodNone && len(a.years) == 0 && (a.figure || asksHow(a))
	for _, c := range cands[1:] {
		if len(picked) == maxQuotes {
			break
		}
		if overlaps(picked, c) || sc.offTopic(cands[0], c) || otherYear(a, c.para) {
			continue
		}
		strong := c.score >= secondQuoteMin*cands[0].score
		// A result beside a target: when the question could mean either,
		// show the best of the other period too.
		otherPeriod := wantPeriods && c.para.Period.Kind != PeriodNone && !hasPeriod(picked, c.para.Period.Kind) && c.score >= 0.35*cands[0].score
		if strong || otherPeriod {
			picked = append(picked, c)
		}
	}
	picked = eachJoinedTopic(a, cands, picked)
	if extended, ok := continueOnTopic(a, picked); ok {
		picked = extended
	} else if a.list {
		picked = e.continueList(picked)
	}
	picked = continueLeadIns(picked)
	if story, ok := reviewStory(a, cands, picked); ok {
		picked = append(picked, story)
	}
	if !a.figure && (!a.list || asksHow(a)) {
		picked = continueHeadings(picked, asksHow(a), asksHow(a) || asksWorkDone(a.norm))
	}
	if !a.figure && !ClaimShaped(a.norm) {
		picked = wholeSentences(picked)
	}
	sort.SliceStable(picked, func(i, j int) bool {
		if picked[i].para.N != picked[j].para.N {
			return picked[i].para.N < picked[j].para.N
		}
		return picked[i].span.Start < picked[j].span.Start
	})
	return picked
}

// howCues ask what is done or planned about a topic in words neither
// howAsked nor howDone reads: plans asked for, and English.
var howCues = []string{"有啥打算", "有什么打算", "有啥计划", "有什么计划",
	"what is the city doing", "what will the city do", "what are the plans", "plans for", "how will", "how is the city",
	"how does", "how do ", "how can", "plan to", "plans to", "what measures", "what steps", "what is being done", "what will be done"}

// howAsked asks what is done about a topic:
// 有啥 and a word for measures or changes (有啥新举措, 有什么新变化, 有啥大动作).
// A word or two may name what the measures are for: 有啥保护措施, 有啥建设计划.
// Help (有啥帮衬) is what is done for someone; progress (有什么进展) what
// came of it: both are answered by the run of sentences on the topic.
// Asked whether there is any (有没有支持, 政府有扶持吗, 有没有啥办法), it
// asks the same: the answer is what is done, not yes.
var howAsked = regexp.MustCompile(`(?:有(?:没有)?(?:啥|什么|哪些)|有没有)[新大]?\p{Han}{0,2}?(?:举措|措施|变化|方向|动作|安排|招|办法|计划|打算|规划|政策|帮衬|帮扶|帮助|扶持|支持|照顾|进展|成效)` +
	`|有\p{Han}{0,2}?(?:举措|措施|办法|招|帮扶|扶持|支持|照顾)(?:吗|没|不)`)

// howDone reports whether norm asks how something is done: a how-word
// before a verb ("怎么促消费", "咋稳就业"), not "怎么样" (how it went), "怎么
// 回事" or "怎么说".
func howDone(norm string) bool {
	for _, w := range []string{"怎么", "咋", "如何", "怎样"} {
		for i := range wordPositions(norm, w) {
			r, _ := utf8.DecodeRuneInString(norm[i+len(w):])
			if isHan(r) && !strings.ContainsRune("样么回说看算会不没才还又都也就的了啦呢呀啊个", r) {
				return true
			}
		}
	}
	return false
}

// topicParagraph is, for a question asking what is done or planned about
// a topic, the retrieved paragraph whose lead phrase names that topic —
// the report's own answer to it; nil when no top hit's lead does.
func (e *Engine) topicParagraph(a analysis, hits []Hit) *Paragraph {
	if a.both || !asksHow(a) || a.list && !containsAny(a.norm, howCues) {
		return nil // "what are the plans for X" reads as a list, and asks how
	}
	asked := a.asked
	if len(asked) == 0 {
		return nil
	}
	for _, h := range hits[:min(len(hits), 3)] {
		p := h.Paragraph
		if p.Lead == "" || p.Kind != ParaBody || !p.Quotable() || a.period != PeriodNone && p.Period.Kind != a.period {
			continue
		}
		lead := Normalize(p.Lead)
		share := coveredShare(asked, lead)
		if share == 0 {
			continue
		}
		// Its lead names what is asked; or, where a question asks two
		// things ("就业方面今年怎么稳？拖欠工资的问题有说法吗", "化解矛盾纠纷、
		// 社会治理怎么搞"), the lead names one and the paragraph holds them all.
		if share >= 0.5 && (coversHead(asked, lead) || coveredShare(asked, e.ix.para(p).norm) >= 0.99) ||
			leadsWithTopic(asked, lead) && coveredShare(asked, e.ix.para(p).norm) >= 0.99 {
			return p
		}
	}
	return nil
}

// overviewFigureOf is the clause of its period's overview that states the
// figure of the topic a topic paragraph leads with (城镇新增就业1.9万人 of
// 促进高质量充分就业): how the topic is to be done, and how much. Only a
// word asked that the lead holds and only one clause of the overview
// holds names that figure.
func (e *Engine) overviewFigureOf(a analysis, lead *Paragraph) (*Paragraph, Span, bool) {
	over := e.ix.overview(e.ix.byID[lead.Report], lead.Period.Kind)
	if over == nil {
		return nil, Span{}, false
	}
	leadNorm := Normalize(lead.Lead)
	clauses := e.ix.para(over).clauses
	var found *normClause
	for _, t := range substantive(a.asked) {
		if genericTerms[t.term] || !ContainsTerm(leadNorm, t.term) {
			continue
		}
		for i := range clauses {
			if !clauses[i].digit || !ContainsTerm(clauses[i].norm, t.term) {
				continue
			}
			if found != nil && found != &clauses[i] {
				return nil, Span{}, false
			}
			found = &clauses[i]
		}
	}
	if found == nil {
		return nil, Span{}, false
	}
	return over, trimSpan(over.Text, found.span), true
}

// leadsWithTopic reports whether lead holds one of the topics asked as a
// word of its own in the question (社会治理 of "化解矛盾纠纷、社会治理"),
// not a part of a longer one: 教育 of 职业教育 makes 推进教育强市建设 no
// lead of what was asked.
func leadsWithTopic(asked []askedTerm, lead string) bool {
	return slices.ContainsFunc(asked, func(t askedTerm) bool {
		if t.weight < 1 || t.at < 0 || !t.in(lead) {
			return false
		}
		end := t.at + len(t.term)
		return !slices.ContainsFunc(asked, func(o askedTerm) bool {
			return o.at >= 0 && (o.at+len(o.term) == t.at || o.at == end)
		})
	})
}

// otherYear: the question named its year(s) and c is about another one.
func otherYear(a analysis, p *Paragraph) bool {
	if len(a.years) == 0 || a.both || p.Period.Kind == PeriodNone {
		return false
	}
	for _, y := range a.years {
		if p.Period.Year == y {
			return false
		}
	}
	return true
}

func hasPeriod(cs []candidate, k PeriodKind) bool {
	for _, c := range cs {
		if c.para.Period.Kind == k {
			return true
		}
	}
	return false
}

func overlaps(cs []candidate, c candidate) bool {
	for _, p := range cs {
		if p.para == c.para && p.span.Start < c.span.End && c.span.Start < p.span.End {
			return true
		}
	}
	return false
}

// continueList extends picked[0], the best quote, over the sentences that
// follow it in its paragraph, as one quote, while the answer stays under
// listQuoteRunes: "给市民办了哪些实事" matches "城市功能更加完善。", and the
// items are the sentences after. Quotes the extension covers are dropped.
// The run starts at the paragraph's earliest quote when listStartsEarlier
// allows it: the best-scoring item is often not the list's first.
func (e *Engine) continueList(picked []candidate) []candidate {
	fromBest := extendQuote(picked, 0, FullSentences)
	first := earliestInParagraph(picked, 0)
	if first == 0 || !listStartsEarlier(picked[first]) {
		return fromBest
	}
	// The earlier start spends the length budget sooner: keep it only
	// when its run still reaches as far as the best quote's own run.
	fromFirst := extendQuote(picked, first, FullSentences)
	if quotedEnd(fromFirst, picked[0].para) < quotedEnd(fromBest, picked[0].para) {
		return fromBest
	}
	return fromFirst
}

// quotedEnd is where the last quote of picked from paragraph p ends, in
// runes.
func quotedEnd(picked []candidate, p *Paragraph) int {
	end := 0
	for _, c := range picked {
		if c.para == p {
			end = max(end, c.span.End)
		}
	}
	return end
}

// earliestInParagraph is the index of the quote of picked that opens
// first in the paragraph of picked[i].
func earliestInParagraph(picked []candidate, i int) int {
	first := i
	for j, o := range picked {
		if o.para == picked[i].para && o.span.Start < picked[first].span.Start {
			first = j
		}
	}
	return first
}

// listStartsEarlier reports whether a list answer may run from c, an
// earlier quote of the best quote's paragraph: not from a part's or
// section's title paragraph, whose opening names the part rather than
// starting its list, nor from a lead-in ending at "：" (¶23's targets),
// whose long run would spend the length budget before the item asked.
func listStartsEarlier(c candidate) bool {
	return c.para.Kind == ParaBody && !endsLeadIn(c.para.Text, c.span)
}

// continueLeadIns extends each quote that ends where its paragraph says
// "：" — "今年政府工作的总体要求是：…" — over what follows: a lead-in
// alone says nothing, and what it announces is the answer.
func continueLeadIns(picked []candidate) []candidate {
	for i := 0; i < len(picked); i++ {
		c := picked[i]
		if endsLeadIn(c.para.Text, c.span) {
			picked = extendQuote(picked, i, Clauses) // one sentence may outgrow the budget
		}
	}
	return picked
}

// continueOnTopic extends the best quote whose paragraph is about the
// topic asked over the sentences after it: "湿地今年怎么保护", "港口今年有
// 啥大动作" ask what is done, and that is the run of sentences the best
// one opens, not that one. A quote from a paragraph that names the topic
// once among others stays as it is; false when no quote was extended. The
// best quote's figure is looked for beside other quotes too: a question
// with no year takes a weak quote of the other period beside it (¶7's
// 顶住外部压力 for 生娃养娃压力大), which makes the best no less short.
func continueOnTopic(a analysis, picked []candidate) ([]candidate, bool) {
	if !asksHow(a) {
		return picked, false
	}
	for _, c := range picked {
		if !paragraphOnTopic(c.para, a.asked) {
			continue
		}
		// From the first quote of that paragraph, so the quotes after it
		// in the paragraph fall inside the run.
		first := -1
		for j, o := range picked {
			if o.para == c.para && (first < 0 || o.span.Start < picked[first].span.Start) {
				first = j
			}
		}
		opened := withTopicHeading(fromSentenceStart(picked[first]), a.asked)
		picked, first = replaceDropping(picked, first, opened)
		return extendQuote(picked, first, FullSentences), true
	}
	if !a.list {
		return continueShortAnswer(picked)
	}
	return picked, false
}

// withTopicHeading is c opened at the sentence right before it when that
// one is a heading holding a term asked: "创新支撑力日益展现。" heads the
// run on innovation, and the run without it loses its name.
func withTopicHeading(c candidate, asked []askedTerm) candidate {
	for _, s := range FullSentences(c.para.Text) {
		sp := trimSpan(c.para.Text, s)
		if sp.End > c.span.Start {
			break
		}
		if sp.End < c.span.Start-1 { // -1: a space may sit between them
			continue
		}
		heading := c.para.Text[sp.byteStart:sp.byteEnd]
		if isHeading(heading) {
			norm := Normalize(heading)
			if slices.ContainsFunc(asked, func(t askedTerm) bool { return t.in(norm) }) {
				c.span.Start, c.span.byteStart = sp.Start, sp.byteStart
			}
		}
		break
	}
	return c
}

// oneSentenceHowRunes: a how-question answered by one sentence this short
// has seldom been answered whole.
const oneSentenceHowRunes = 40

// continueShortAnswer extends the best quote, when short, that states a measure
// with no figure (not a heading: continueHeadings runs those on) over the
// next sentence of its paragraph when that one gives the measure's
// figure: "完善生育支持政策体系…" then "…每千人托位数达到4.5个". A next
// sentence with no figure, or one opening another topic ("安全生产形势
// 稳定。" after the floods), is more often a new subject than the rest.
func continueShortAnswer(picked []candidate) ([]candidate, bool) {
	c := picked[0]
	quote := c.para.Text[c.span.byteStart:c.span.byteEnd]
	if c.span.End-c.span.Start >= oneSentenceHowRunes || isHeading(quote) || strings.ContainsAny(quote, "0123456789") {
		return picked, false
	}
	sp, ok := sentenceAfter(c)
	if !ok {
		return picked, false // the paragraph's last sentence: nothing to run on to
	}
	if next := c.para.Text[sp.byteStart:sp.byteEnd]; isHeading(next) || !strings.ContainsAny(next, "0123456789") {
		return picked, false
	}
	return withNextSentence(picked, 0), true
}

// sentenceAfter is the span of the sentence after c's quote in its
// paragraph; false when the quote ends the paragraph.
func sentenceAfter(c candidate) (Span, bool) {
	for _, s := range FullSentences(c.para.Text) {
		if sp := trimSpan(c.para.Text, s); sp.End > c.span.End+1 { // +1: its own full stop adds nothing
			return sp, true
		}
	}
	return Span{}, false
}

// paragraphOnTopic reports whether a third of p's sentences, and two at
// least, hold a substantive term asked: a paragraph about the topic, whose
// sentences after the best one go on about it (¶57 on ecology), not one
// that names it once among others (¶63 on health, with one on daycare).
func paragraphOnTopic(p *Paragraph, asked []askedTerm) bool {
	if len(asked) == 0 {
		return false
	}
	sentences := FullSentences(p.Text)
	on := 0
	for _, s := range sentences {
		text := Normalize(p.Text[s.byteStart:s.byteEnd])
		if slices.ContainsFunc(asked, func(t askedTerm) bool { return t.in(text) }) {
			on++
		}
	}
	return on >= 2 && 3*on >= len(sentences)
}

// asksHow reports whether a question asks what is done or planned about
// a topic.
func asksHow(a analysis) bool {
	return !a.figure && (containsAny(a.norm, howCues) || howAsked.MatchString(a.norm) || howDone(a.norm))
}

// continueHeadings extends each quote that is a heading-like sentence —
// its paragraph's lead ("实施营商环境质量提升行动。") or one opening a topic
// inside it ("防汛抗洪能力增强。") — over what follows: it only names the
// topic, and the sentences after it say what is done about it.
func continueHeadings(picked []candidate, how, work bool) []candidate {
	for i := 0; i < len(picked); i++ {
		c := picked[i]
		if !isHeading(c.para.Text[c.span.byteStart:c.span.byteEnd]) {
			continue
		}
		// A clause a narrowed window cut from mid-sentence reads as a
		// heading too: asked how, the run opens with the start of its
		// sentence; a claim checked keeps its clause. Asked neither
		// how nor what is done (work), such a clause heads no run: its
		// sentence had begun before it ("坚持“减油增化”，推动华锦阿美项目
		// 机械竣工，…"), and the sentences after that one are the
		// paragraph's next topics. It runs on to its own full stop only.
		if !work && midSentence(c) {
			picked = withNextSentence(picked, i)
			continue
		}
		if how {
			c = fromSentenceStart(c)
		}
		picked, i = replaceDropping(picked, i, c)
		picked = extendQuote(picked, i, FullSentences)
		isIt := func(p candidate) bool { return p.para == c.para && p.span.Start == c.span.Start }
		// extendQuote may drop quotes it covers, before the heading too:
		// find the heading again, and go on from it.
		i = slices.IndexFunc(picked, isIt)
		if picked[i].span == c.span {
			// The other quotes left no room, yet a heading alone says
			// nothing: it runs on to the next full stop — the rest of
			// its sentence, or the one sentence that opens its topic.
			picked = withNextSentence(picked, i)
			i = slices.IndexFunc(picked, isIt)
		}
	}
	return picked
}

// withNextSentence extends picked[i] to the end of the first full sentence
// that ends after it (the rest of its own sentence, or the next one) when
// that sentence is under listQuoteRunes, and drops the quotes the
// extension covers.
func withNextSentence(picked []candidate, i int) []candidate {
	best := picked[i]
	sp, ok := sentenceAfter(best)
	if !ok || sp.End-sp.Start > listQuoteRunes {
		return picked
	}
	best.span.End, best.span.byteEnd = sp.End, sp.byteEnd
	picked, _ = replaceDropping(picked, i, best)
	return picked
}

// isHeading reports whether quote is one short sentence with no clause
// break and no figure: a lead sentence (as ingestion finds paragraph
// leads, whether or not its 。 was quoted), a topic named, nothing said
// of it yet.
func isHeading(quote string) bool {
	s := strings.TrimRight(strings.TrimSpace(quote), "。")
	if strings.Contains(s, "。") {
		return false
	}
	// A numbered part's title ("（六）狠抓绿色发展，奋力在…走在前") names
	// the part; what it does is in the sentences after it.
	return isLeadSentence(s+"。", 20) && !strings.ContainsAny(s, "0123456789") || numberedTitle.MatchString(s)
}

// numberedTitle opens the title of a numbered part of the report: "（六）",
// "三、".
var numberedTitle = regexp.MustCompile(`^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)`)

// endsLeadIn reports whether span sp of text ends at a colon, with it or
// before it.
func endsLeadIn(text string, sp Span) bool {
	quoted := strings.TrimRight(text[sp.byteStart:sp.byteEnd], " 　")
	rest := strings.TrimLeft(text[sp.byteEnd:], " 　")
	return strings.HasSuffix(quoted, "：") || strings.HasSuffix(quoted, ":") ||
		strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")
}

// extendQuote extends picked[i] over the pieces (split cuts them) that
// follow it in its paragraph while the quotes stay under listQuoteRunes,
// and drops the quotes the extension covers.
func extendQuote(picked []candidate, i int, split func(string) []Span) []candidate {
	best := picked[i]
	total := 0
	for _, c := range picked {
		total += c.span.End - c.span.Start
	}
	ext := best.span
	for _, s := range split(best.para.Text) {
		if s.End <= ext.End {
			continue
		}
		sp := trimSpan(best.para.Text, s)
		if sp.End <= ext.End {
			continue
		}
		if total+sp.End-ext.End > listQuoteRunes {
			break
		}
		total += sp.End - ext.End
		ext.End, ext.byteEnd = sp.End, sp.byteEnd
	}
	if ext == best.span {
		return picked
	}
	best.span = ext
	picked, _ = replaceDropping(picked, i, best)
	return picked
}

// replaceDropping is picked with picked[i] replaced by best, its extension,
// and without the quotes best now covers; at is best's index there.
func replaceDropping(picked []candidate, i int, best candidate) (out []candidate, at int) {
	out = make([]candidate, 0, len(picked))
	for j, c := range picked {
		switch {
		case j == i:
			at = len(out)
			out = append(out, best)
		case !overlaps([]candidate{best}, c):
			out = append(out, c)
		}
	}
	return out, at
}

// otherPeriodOnly answers a figure question about one period when the
// report gives the figure only for the other: it says so, and shows that
// figure labelled, so a 2025 target is never passed off as a 2024 result.
func (e *Engine) otherPeriodOnly(ans *Answer, a analysis, c candidate, askedYear int, what string) {
	notice := fmt.Sprintf("报告没有给出%d年%s。报告给出的是%s：", askedYear, what, c.para.Period.Label())
	if a.lang == "en" {
		notice = fmt.Sprintf("The report does not give this for %d. The nearest it gives is the %s:", askedYear, c.para.Period.EnglishLabel())
	}
	ans.Found = false
	ans.grounding = GroundOtherPeriod
	ans.Parts = append(ans.Parts, TextPart(RoleNotice, notice))
	ans.addQuote(citationFor(c.para, c.span))
}

// topicJoiners join two things asked of one question ("消费和旅游").
var topicJoiners = []string{"和", "与", "及", "跟"}

// eachJoiners join the things eachJoinedTopic answers one by one: the
// joiners, and the enumeration comma of "港口、铁路、机场", which names as
// many things as 和 does (wholeofparts keeps to topicJoiners: a total of
// parts is asked with 和 or 加上).
var eachJoiners = append(slices.Clone(topicJoiners), "、")

// eachJoinedTopic adds, for a question joining two things it asks ("去年
// 消费和旅游咋样"), the sentence of a picked quote's paragraph that holds
// the thing no quote picked holds: the first thing's strong clause (社零
// 增长4%) leaves the second (旅客接待量增长64％) unanswered though the
// paragraph answering the first tells it too.
func eachJoinedTopic(a analysis, cands, picked []candidate) []candidate {
	if a.figure || !containsAny(a.norm, eachJoiners) {
		return picked
	}
	text := func(c candidate) string { return Normalize(c.para.Text[c.span.byteStart:c.span.byteEnd]) }
	asked := substantive(a.asked)
	for _, t := range asked {
		if !joinedAsked(a.norm, t, asked) || slices.ContainsFunc(picked, func(c candidate) bool { return t.in(text(c)) }) {
			continue
		}
		for _, c := range cands {
			if c.score <= 0 || !slices.ContainsFunc(picked, func(p candidate) bool { return p.para == c.para }) || !t.in(text(c)) {
				continue
			}
			// The whole sentence: its clause names the thing, its end
			// may say how it went (…分别增长64％).
			if whole := sentenceOf(c); !overlaps(picked, whole) {
				picked = append(picked, whole)
			}
			break
		}
	}
	return picked
}

// joinedAsked reports whether asked term t is written in norm right
// beside another asked term by a joiner: 旅游 of "消费和旅游".
func joinedAsked(norm string, t askedTerm, asked []askedTerm) bool {
	if t.at < 0 {
		return false
	}
	for _, o := range asked {
		if o.at < 0 || o.term == t.term {
			continue
		}
		first, second := o, t
		if t.at < o.at {
			first, second = t, o
		}
		between := norm[min(first.at+len(first.term), second.at):second.at]
		if between == "、" && asksWhichOf(norm[:first.at]) {
			// "生产了什么产品、填补国内空白": the thing asked ends at the
			// comma, and a clause saying more of it follows, no second thing.
			continue
		}
		if slices.Contains(eachJoiners, between) {
			return true
		}
	}
	return false
}

// asksWhichOf reports whether before, the question up to a term, ends in a
// word asking which one (什么产品, 哪些项目): the term is the kind asked.
func asksWhichOf(before string) bool {
	return endsWithAny(before, whichKindEnds)
}

// whichKindEnds ask which one of a kind, the kind's word following.
var whichKindEnds = []string{"什么", "啥", "哪些", "哪个", "哪几个", "哪种", "哪类"}

// sentenceOf is c widened to the whole sentence holding it.
func sentenceOf(c candidate) candidate {
	for _, sp := range FullSentences(c.para.Text) {
		if sp.byteStart <= c.span.byteStart && c.span.byteEnd <= sp.byteEnd {
			c.span = trimSpan(c.para.Text, sp)
			return c
		}
	}
	return c
}

// wholeSentences widens each quote that is a clause cut from a longer
// sentence to that sentence while the quotes stay under listQuoteRunes:
// "去年庄稼收成咋样" matches 粮食产量110万吨左右 best, yet the clauses
// before it in the sentence (建成高标准农田12.45万亩，粮食播种面积183万亩)
// tell the same harvest, and a clause alone answers a topic by halves.
// Confirming questions keep their clause: it is the statement checked.
func wholeSentences(picked []candidate) []candidate {
	total := 0
	for _, c := range picked {
		total += c.span.End - c.span.Start
	}
	for i := 0; i < len(picked); i++ {
		c := picked[i]
		whole := sentenceOf(c)
		grow := whole.span.End - whole.span.Start - (c.span.End - c.span.Start)
		// A list of items (targets after "：", items split by "；") says
		// each item whole: one item is the answer, the rest noise.
		listed := strings.ContainsAny(c.para.Text[whole.span.byteStart:whole.span.byteEnd], "；：")
		if grow <= 0 || listed || total+grow > listQuoteRunes {
			continue
		}
		total += grow
		picked, i = replaceDropping(picked, i, whole)
	}
	return picked
}
