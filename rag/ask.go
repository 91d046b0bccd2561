package rag

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Ask answers q extractively: it quotes the sentences that answer it, each
// with its paragraph number, or says the report does not answer it. The
// steps the engine was built with (figures) then add to the answer, and
// its plain text is rendered from its parts.
func (e *Engine) Ask(ctx context.Context, q Query) (*Answer, error) {
	text, err := checkQuestion(q.Text)
	if err != nil {
		return nil, err
	}
	rep, err := e.scope(q.Report)
	if err != nil {
		return nil, err
	}
	repaired := repairChat(text)
	// Traditional characters are folded before anything reads the
	// question, not only where it is matched: clauses are parted at 嗎
	// and 幾 as at 吗 and 几, and a stated name (“兩重”) is compared with
	// the report's (“两重”), not "corrected" for its script. The answer
	// keeps the question as asked.
	folded := e.ix.rd.foldOnly(repaired, e.ix.scopeFor(rep))
	ans, err := e.askFolded(ctx, q, folded, rep)
	if ans != nil {
		ans.Question = text
	}
	return ans, err
}

// askFolded answers text, checked and its script folded, from rep (every
// report when nil).
func (e *Engine) askFolded(ctx context.Context, q Query, text string, rep *Report) (*Answer, error) {
	var err error
	if kind := readSmallTalk(text); kind != notSmallTalk {
		ans := e.smallTalkAnswer(text, kind, smallTalkLang(text))
		ans.Answer = RenderText(ans, e.multi())
		return ans, nil
	}
	if asksErrand(Normalize(text)) {
		ans := e.errandAnswer(text, QuestionLang(text))
		ans.Answer = RenderText(ans, e.multi())
		return ans, nil
	}
	if rep != nil && e.multi() {
		// A report chosen still reads "were last year's targets met"
		// against the report that set them.
		if t := e.ix.trackFor(text, rep); t != nil {
			return e.askIn(ctx, q, text, rep, askOptions{track: t})
		}
	}
	if rep != nil || !e.multi() {
		return e.askOne(ctx, q, text, rep)
	}
	rt := e.route(text, q.Context)
	var ans *Answer
	asked := text
	switch {
	case len(rt.choices) > 0:
		return e.clarify(text, rt.choices), nil
	case rt.otherPlace != "":
		return e.noReportFor(text, rt.otherPlace), nil
	case rt.track:
		asked = inFrame(text, rt.reports[1], rt.frames[1])
		ans, err = e.askIn(ctx, q, asked, rt.reports[1],
			askOptions{track: &Track{Target: rt.reports[0], Result: rt.reports[1], Year: rt.reports[1].Meta.ReviewYear}})
	case len(rt.reports) > 1:
		ans, err = e.compare(ctx, q, text, rt.reports, rt.frames)
	default:
		asked = inFrame(text, rt.reports[0], rt.frames[0])
		ans, err = e.askIn(ctx, q, asked, rt.reports[0], askOptions{noneCover: rt.noYear})
	}
	if err != nil {
		return nil, err
	}
	ans.Question = text
	if asked != text && ans.Understood != nil && ans.Understood.Read == "" {
		ans.Understood.Read = asked // its years written out
	}
	return ans, nil
}

// askOne answers text from rep alone (every report when nil); declined
// whole, a question of several asking clauses is answered clause by
// clause (askClauses). Routed questions of several reports are not split:
// their clauses may belong to different reports, which routing decides.
func (e *Engine) askOne(ctx context.Context, q Query, text string, rep *Report) (*Answer, error) {
	ans, err := e.askIn(ctx, q, text, rep, askOptions{})
	if err != nil {
		return nil, err
	}
	if halves, ok, err := e.answerPeriodHalves(ctx, q, text, rep, ans); err != nil || ok {
		return halves, err
	}
	if ans.Found {
		if each, err := e.answerEachClaim(ctx, q, text, rep, ans); err != nil || each != ans {
			return each, err
		}
		if each, ok, err := e.answerDistinctAsks(ctx, q, text, rep, ans); err != nil || ok {
			return each, err
		}
		if ans, err = e.answerEachClause(ctx, q, text, rep, ans); err != nil {
			return nil, err
		}
		if ans, err = e.answerPlaceFollowUp(ctx, q, text, rep, ans); err != nil {
			return nil, err
		}
		if ans, err = e.answerClaimAmount(ctx, q, text, rep, ans); err != nil {
			return nil, err
		}
		return e.answerEachConjunct(ctx, q, text, rep, ans)
	}
	joined, ok, err := e.askClauses(ctx, q, text, rep)
	if err != nil {
		return nil, err
	}
	if ok {
		return joined, nil
	}
	if each, ok, err := e.answerDistinctAsks(ctx, q, text, rep, ans); err != nil || ok {
		return each, err
	}
	if other, ok, err := e.answerOtherPeriodOfStated(ctx, q, text, rep); err != nil || ok {
		return other, err
	}
	return ans, nil
}

// inFrame is text with its relative years written out, when it is answered
// from another report than the one they are relative to.
func inFrame(text string, rep, frame *Report) string {
	if frame == nil || frame == rep {
		return text
	}
	return absoluteYears(text, frame)
}

// askOptions are what routing tells the answer of one report.
type askOptions struct {
	// noneCover: no loaded report covers the years the question names.
	noneCover bool
	// track pairs the year's targets with its results (Draft.Track).
	track *Track
	// split, when set, parts the question in place of readAsked.
	split *statedSplit
}

// askIn answers text from rep alone (every report when nil).
func (e *Engine) askIn(ctx context.Context, q Query, text string, rep *Report, o askOptions) (*Answer, error) {
	var stated, read string
	if o.split != nil {
		// Read and parted already (otherPeriodOfStated): reading the
		// question again would segment it twice and throw the reading away.
		stated, read = o.split.stated, o.split.asked
	} else {
		stated, read = e.ix.readAsked(dropInsistence(stripGreeting(text)), rep)
	}
	// …今年建成吗？我听说今年建成: the claim said again adds nothing.
	read = withoutRestated(read)
	var analyzed *analysis // nil for a paragraph lookup
	d := &Draft{Query: Query{Text: text, Report: q.Report, Conversation: q.Conversation}, Read: read, stated: stated, Scope: rep, Track: o.track, ix: e.ix, engine: e}
	norm := Normalize(read)
	d.norm = norm
	if ans := e.paragraphAnswer(text, norm, rep); ans != nil {
		e.setReport(ans, rep, nil)
		d.Answer, d.Intent, d.Lookup = ans, Intent{Lang: ans.Lang}, true
	} else {
		var err error
		if analyzed, err = e.answerAnalyzed(ctx, d, rep, o.noneCover, text, read); err != nil {
			return nil, err
		}
	}
	if d.Answer.Understood == nil {
		d.Answer.Understood = &Understood{Intent: "lookup"}
	}
	if read != text {
		d.Answer.Understood.Read = read
	}
	for _, step := range e.steps {
		if err := step(ctx, d); err != nil {
			return nil, err
		}
	}
	if d.Track != nil {
		// No step paired the figures: each report answers, labelled.
		return e.compare(ctx, q, text, []*Report{d.Track.Target, d.Track.Result}, nil)
	}
	if o.track != nil {
		// The targets and results paired are the answer, each cited.
		d.Answer.Answer = RenderText(d.Answer, e.multi())
		return d.Answer, nil
	}
	if nums := namedParagraphs(norm); nums != nil && !d.Lookup {
		d.Answer.confineToParagraphs(resolveRefs(nums, d.Scope))
	}
	e.ground(d)
	if analyzed != nil {
		e.otherPeriodInstead(ctx, d.Answer, *analyzed, rep)
	}
	d.addOpening()
	d.Answer.Understood.Indicator = headIndicator(d.Answer)
	d.Answer.Answer = RenderText(d.Answer, e.multi())
	return d.Answer, nil
}

// answerAnalyzed answers a question that is no paragraph lookup: it
// reads what d asks, answers it from rep, and fills d with what the
// steps and grounding read of the question. The analysis is returned
// for otherPeriodInstead, which reads it once grounding is done.
func (e *Engine) answerAnalyzed(ctx context.Context, d *Draft, rep *Report, noneCover bool, text, read string) (*analysis, error) {
	// A question that names paragraphs and asks more is read without
	// them (matched on the normalized text, as the lookup is: "第２３段" too).
	a := e.ix.analyze(stripParaRefs(d.norm), rep)
	if clause := askingClauseOnly(e.ix.askedTerms(a), a.norm); clause != "" {
		// Read without the asker's own clause, so 上班 of 我在中石化上班
		// pulls no 就业 figure beside the GDP target asked.
		a = e.ix.analyze(clause, rep)
	}
	a.noneCover = noneCover
	d.Intent, d.asked = a.intent(), e.ix.askedTerms(a)
	a.asked = d.asked
	kept := a
	d.missing = a.missing
	if asksOnlyMissing(a) {
		d.onlyMissing = a.missing
	}
	var err error
	if d.Answer, err = e.answer(ctx, a, rep, text, read); err != nil {
		return nil, err
	}
	d.retrieved = slices.Clone(d.Answer.Citations)
	d.Answer.Understood = &Understood{Intent: intentName(a, false), Asks: asks(d.asked), Grounding: d.Answer.grounding, Place: a.place, Period: e.ix.periodSlot(a)}
	d.place, d.rank = a.place, asksRank(a.norm)
	d.alone, d.howPlan = containsAny(a.norm, aloneCues), a.howPlan
	d.money = asksMoney(d.asked) || asksSold(a.norm) || asksSumOfMoney(a.norm)
	d.part, d.whole, d.partOf = partAsked(a.norm, d.asked)
	d.focus = focusAsked(a.norm, d.asked)
	return &kept, nil
}

// ground holds a draft to what the question asked, rule by rule: each
// may narrow, decline or correct what the steps found, and reads the
// answer the rules before it left, so the order counts.
func (e *Engine) ground(d *Draft) {
	e.groundNumeralCount(d)
	e.groundBareFigure(d)
	e.groundPlace(d)
	e.groundCompared(d)
	e.groundRankClaim(d)
	e.groundFigures(d, d.Intent.Figure && !d.Intent.List && !d.Intent.Topic)
	e.groundPartClaim(d)
	e.groundStatedYear(d)
	e.groundRound(d)
	e.groundPart(d)
	e.groundStatedPeriod(d)
	e.groundPeriod(d)
	e.groundQuotes(d)
	e.groundUnknownName(d)
	e.groundUnwrittenInstitution(d)
	e.groundUnknownWord(d)
	e.groundStageOnly(d)
	e.groundReason(d)
	e.groundNames(d)
	e.groundMembership(d)
	e.groundAreaCount(d)
	e.groundListKind(d)
	e.groundUnnamedKind(d)
	e.groundDetails(d)
	e.groundUnwrittenSubject(d)
	e.groundEvents(d)
	e.groundClaimedVenue(d)
	e.groundLesserIncident(d)
	e.groundWhoFirst(d)
	e.groundWhoTop(d)
	e.groundPartOfTotal(d)
	e.groundSingledFromJoint(d)
	e.groundMemberOfJoint(d)
	e.groundWholeOfParts(d)
	e.groundSplitOfTotal(d)
	e.groundAddedPart(d)
	e.groundHeadAfterAsked(d)
	e.groundKindWord(d)
	e.groundSortWord(d)
	e.groundSumless(d)
	e.groundSumUnwritten(d)
	e.groundParallelCounts(d)
	e.groundPriorLevel(d)
	e.groundSiblings(d)
	e.groundWholeHead(d)
	e.groundComplement(d)
	e.groundNegatedList(d)
	e.groundSetAside(d)
	e.groundRestUnlisted(d)
	e.groundZero(d)
	e.groundGradeNotGiven(d)
	e.groundClaims(d)
	e.groundCorrectedOtherPeriod(d)
	d.dropOtherPeriodOfCorrected()
	e.groundMoveUnsaid(d)
	e.groundMoveClaimedAsLevel(d)
	e.groundLevelClaimedAsMove(d)
	e.groundMention(d)
	e.groundUnwrittenProper(d)
	e.groundOwnInstitution(d)
	e.groundGroupPay(d)
	e.groundClaimedInitials(d)
	e.groundOtherNamed(d)
	e.groundOpenListUnnamed(d)
	e.groundKindName(d)
	e.groundUnwrittenEvent(d)
	e.groundStageUntold(d)
	e.groundPlannedStage(d)
	e.groundPlannedFigure(d)
	e.groundProgressClause(d)
	e.groundCountedUnquoted(d)
	e.groundAlsoOfOther(d)
	e.groundUnwrittenHead(d)
	e.groundOtherHead(d)
	e.groundClasses(d)
	e.groundPeople(d)
	e.groundAboutReport(d)
	e.groundCityStanding(d)
	e.groundFramingBlank(d)
	e.groundUndatedResult(d)
	e.groundPerUnitHead(d)
	e.groundUnmeasuredEnglish(d)
	// Last: an answer another rule declined keeps that rule's reason.
	e.groundUnmeasured(d)
}

// AskStream is Ask: the extractive answer is complete at once, so onDelta
// is never called.
func (e *Engine) AskStream(ctx context.Context, q Query, _ func(string)) (*Answer, error) {
	return e.Ask(ctx, q)
}

// answer answers analysis a from rep; text is the question as asked, read
// as answered (traditional characters folded: 對吧 is 对吧).
func (e *Engine) answer(ctx context.Context, a analysis, rep *Report, text, read string) (*Answer, error) {
	hits, err := e.answerHits(ctx, a, rep)
	if err != nil {
		return nil, err
	}
	ans := &Answer{Question: text, Mode: ModeExtractive, Lang: a.lang, Citations: []Citation{}}
	if e.placeCorrection(ans, a, hits, read) {
		// "大洼区要通过…验收吧": the report says it of 兴隆台区. Refused
		// for the place, the claim would stand uncorrected.
		e.setReport(ans, rep, hits)
		return ans, nil
	}
	hits = withoutFigureLists(a, hits)
	switch {
	case a.placeDeclines():
		ans.grounding = GroundOtherPlace
		e.notFound(ans, a, hits)
	case e.unnamedMissed(ans, a, rep):
		// "没完成的指标是哪些": the review says some were, naming none.
	case a.otherYear != 0 || a.otherPlan != "":
		ans.grounding = GroundOtherPeriod
		e.notFound(ans, a, hits)
	case a.cityFact != nil:
		// "盘锦有几个区县": not from 各区县…扛主责.
		ans.grounding = GroundNotAnswered
		e.notFound(ans, a, hits)
	case e.yearMilestone(ans, a, rep):
		// "为啥说2025年特别关键": what the report says the year is.
	case e.targetsBasis(ans, a, rep):
		// "为什么设定这些目标": the paragraph after the targets explains them.
	case e.reviewDigest(ans, a, rep, hits), e.planDigest(ans, a, rep, hits):
		// "去年改革开放方面有哪些亮点": that area's digest, not the year's.
	case e.governmentSelfAnswer(ans, a, rep):
		// "报告对政府自身建设提了哪些要求": the plan's closing run.
	case e.seriesAnswer(ans, a, rep):
		// "开放部分那几个“大”分别指什么": the area's topics, by their leads.
	case e.parallelList(ans, a, hits):
		// "哪几个“始终保持”": paragraphs opening alike list them.
	case a.summary && e.summarize(ans, a, rep):
	case a.list && a.asksAreas() && e.listAnswer(ans, a, hits):
		// "Which areas of work": the report's structure answers, whatever
		// words the question shares with the text.
	case asksOnlyMore(a.norm):
		// "能详细说说吗" asked with no turn before it: more of nothing.
		e.notFound(ans, a, hits)
	case bareFollowUp(a):
		// "增速呢", "那大洼区呢" with no turn before it: of nothing asked,
		// which no place's or period's notice should explain.
		a.place, ans.grounding = nil, GroundNotAnswered
		e.notFound(ans, a, hits)
	case len(hits) == 0 || e.unanswered(a, hits):
		if a.planSpoken != "" {
			// "What will the 15th Five-Year Plan focus on?": unanswered,
			// the plan's own period is why.
			a.otherPlan, ans.grounding = a.planSpoken, GroundOtherPeriod
		}
		e.notFound(ans, a, hits)
	case a.list && e.listAnswer(ans, a, hits):
	default:
		e.quoteAnswer(ans, a, ofAskedPeriod(a, hits))
	}
	if !ans.Found && ans.grounding == "" && a.place != nil && a.place.Relation != PlaceOwn {
		ans.grounding = GroundOtherPlace // its not-found sentence named the place
	}
	e.setReport(ans, rep, hits)
	return ans, nil
}

// answerHits are the paragraphs retrieved to answer a from rep; a figure
// or plan asked of a period, when that period's retrieval answers
// nothing, is retrieved again without it.
func (e *Engine) answerHits(ctx context.Context, a analysis, rep *Report) ([]Hit, error) {
	hits, err := e.retrieve(ctx, a, rep, answerDepth)
	if err != nil {
		return nil, err
	}
	if (a.figure || a.howPlan) && !a.both && a.period != PeriodNone && len(a.years) == 0 && (len(hits) == 0 || e.unanswered(a, hits)) {
		// "今年计划增划多少停车泊位": the period asked pushed the one
		// paragraph that answers, of the other period, out of reach. Read
		// without it, that paragraph answers, labelled with its period.
		neutral := a
		neutral.period = PeriodNone
		if other, err := e.retrieve(ctx, neutral, rep, answerDepth); err == nil && len(other) > 0 && !e.unanswered(a, other) &&
			(a.figure || other[0].Paragraph != nil && other[0].Paragraph.Section != "") {
			// A how-to is answered by what was done, in a section of
			// work; not by the review's paragraph of problems (¶19).
			hits = other
		}
	}
	return hits, nil
}

func (e *Engine) unanswered(a analysis, hits []Hit) bool {
	for _, m := range a.missing {
		// Another city, province or county: the report is about its own.
		if r := []rune(m); len(r) >= 3 && strings.ContainsRune("市省县", r[len(r)-1]) {
			return true
		}
	}
	if grantForMissing(a.norm, a.missing) {
		return true // 养狗有补助吗: the report's grants are for other things
	}
	cov := e.coverage(a, hits, "")
	if cov < minCoverage || len(a.missing) == 0 || cov >= weakCoverage {
		return cov < minCoverage
	}
	// Words the report lacks weaken a match, unless they only tell the
	// asker's circumstance: then what is asked must be covered alone.
	asking, ok := askingText(a.norm, a.missing)
	return !ok || e.coverage(a, hits, asking) < weakCoverage
}

// asksOnlyMissing reports whether an English figure question asks of
// nothing but words the reports lack ("What was the deposit growth?":
// deposit; growth is the kind of figure): the Chinese reading makes such a
// word a missing noun that grounding declines, while an unknown English
// word is no asked term, and the figure's kind alone matches any growth.
// a.asked must be read.
func asksOnlyMissing(a analysis) bool {
	return a.lang == "en" && a.figure && len(a.missing) > 0 && len(substantive(a.asked)) == 0
}

// coverage is the share of the question's term weight that its best few
// paragraphs contain: low coverage means retrieval matched only generic words.
// A within other than "" counts only the terms written in it.
func (e *Engine) coverage(a analysis, hits []Hit, within string) float64 {
	var total, got float64
	top := hits
	if len(top) > 3 {
		top = top[:3]
	}
	in := func(t string) bool {
		for _, h := range top {
			if e.ix.para(h.Paragraph).holds(t) {
				return true
			}
		}
		return false
	}
	var loose map[string]bool
	for t, w := range a.terms {
		idf := e.ix.idf(a.rep, t)
		if w < 1 || utf8.RuneCountInString(t) == 1 || within != "" && !strings.Contains(within, t) {
			continue // expansions and single characters are hints, not demands
		}
		if idf == 0 {
			if loose == nil {
				loose = e.ix.loosePairs(a.norm)
			}
			if loose[t] && !partOfAny(t, a.missing) {
				continue // "目标又是": 标又 and 又是 are no word asked
			}
			idf = 1 // words the reports never write count against coverage
		}
		total += idf
		// An English phrase is understood as a whole: its words are found
		// where a report term of its concept is ("good air quality"); so is
		// a report term where another of its concept is (住房 where the
		// plan says 房地产), when the question asks nothing the reports
		// lack (住房公积金 is not 房地产).
		if in(t) || slices.ContainsFunc(a.phraseTerms[t], in) || len(a.missing) == 0 && slices.ContainsFunc(e.ix.lex.reportTermsOf(t), in) {
			got += idf
		}
	}
	// Expanded concepts stand for the colloquial words they replaced.
	for _, x := range a.expand {
		if in(x) {
			idf := e.ix.idf(a.rep, x)
			got += idf + 1
			total += idf + 1
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// partOfAny reports whether t is inside one of words.
func partOfAny(t string, words []string) bool {
	for _, w := range words {
		if strings.Contains(w, t) {
			return true
		}
	}
	return false
}

// loosePairs are the character pairs of norm that join a word to its
// neighbour where one of the two asks nothing — a generic or filler word,
// or a lone character ("目标又是多少": 标又, 又是; "实际增长": 际增). A pair
// across two content words may still be a compound the dictionary lacks.
func (ix *Index) loosePairs(norm string) map[string]bool {
	out := map[string]bool{}
	for _, run := range hanRuns(norm) {
		ws := ix.splitGenericTails(ix.dict.Segment(run, nil), ix.corpusFor(nil))
		for i := 1; i < len(ws); i++ {
			if !asksNothing(ws[i-1]) && !asksNothing(ws[i]) {
				continue
			}
			l, _ := utf8.DecodeLastRuneInString(ws[i-1])
			r, _ := utf8.DecodeRuneInString(ws[i])
			out[string([]rune{l, r})] = true
		}
	}
	return out
}

// hanRuns are the runs of Chinese characters in s.
func hanRuns(s string) []string {
	var out []string
	start := -1
	for i, r := range s + " " {
		switch {
		case isHan(r) && start < 0:
			start = i
		case !isHan(r) && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	return out
}

// asksNothing: a generic or filler word, or a lone character.
func asksNothing(w string) bool {
	return utf8.RuneCountInString(w) == 1 || genericWordSet[w] || fillerWordSet[w]
}

// IntroPart opens an answer that quotes the report: steps that quote
// the report themselves open with it too.
func IntroPart(lang string) Part { return introPart(lang) }

// introPart opens an answer that quotes the report.
func introPart(lang string) Part {
	if lang == "en" {
		return TextPart(RoleIntro, "From the report (quotes are in the original Chinese):")
	}
	return TextPart(RoleIntro, "根据报告：")
}

// Marker is the citation mark shown after a quote: 〔¶23〕, or with several
// reports loaded 〔panjin-2025 ¶23〕.
func (c Citation) Marker(multi bool) string {
	if multi {
		return fmt.Sprintf("〔%s ¶%d〕", c.Report, c.Paragraph)
	}
	return fmt.Sprintf("〔¶%d〕", c.Paragraph)
}

// multi reports whether several reports are loaded, so marks name theirs.
func (e *Engine) multi() bool { return len(e.ix.reports) > 1 }

// setReport names the report the answer drew on.
func (e *Engine) setReport(ans *Answer, rep *Report, hits []Hit) {
	if rep == nil {
		switch {
		case len(ans.Citations) > 0:
			rep = e.ix.byID[ans.Citations[0].Report]
		case len(hits) > 0:
			rep = e.ix.byID[hits[0].Passage.Report]
		default:
			rep = e.ix.Latest()
		}
	}
	ans.Report = rep.Ref()
}
