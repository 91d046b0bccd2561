package rag

import (
	"regexp"
	"slices"
	"strings"
)

// An English question may claim a thing done ("Is the Huajin Aramco
// project finished?", "Will Panjin airport open this year?") where the
// report has it short of that (机械竣工, 前期工作). The Chinese stage
// ladder reads a claim's characters, which an English claim does not
// share: the thing is found by the question's asked terms instead, and
// the stages the report's clauses say of it read on the same ladder.

// englishDone claims a thing done: finished, opened, set up, approved,
// producing ("in full production", "producing": the report's 投产).
var englishDone = regexp.MustCompile(`\b(?:finished|completed|complete|built|opened|open|established|set up|approved|in operation|operational|in (?:full )?production|producing|start(?:ed|s)? production|put into (?:production|operation|use)|passed (?:the |its |their )?(?:final )?acceptance)\b`)

// englishNearDone claims only the stage short of done that the report's
// 主体工程完工, 封顶 and 机械竣工 say: "the main structure was completed",
// "topped out", "mechanically completed". A report's clause at that stage
// says what was claimed, and there is nothing to correct.
var englishNearDone = regexp.MustCompile(`\bmain (?:structure|structures|body|works|part|building)\b|\btopped out\b|\bmechanical(?:ly)? complet`)

// englishYesNo opens a question that asks whether its claim holds.
var englishYesNo = regexp.MustCompile(`^\s*(?:is|was|were|are|has|have|had|did|does|do|will|would)\b`)

// englishTag closes a statement with a tag that asks whether it holds
// ("…will be put into production in 2025, right?"): a claim, as a
// question opened by is or was is.
var englishTag = regexp.MustCompile(`,\s*(?:right|correct|true|is that right|is that correct|isn't it|wasn't it|didn't it|won't it|hasn't it)\s*\?+\s*$`)

// englishPremise opens a clause a question takes for granted ("Now that
// X was finished last year, when…"): what it states is a claim, as a
// yes-no question's is.
var englishPremise = regexp.MustCompile(`^\s*(?:now that|given that|since)\b[^,?]*\b(?:was|were|is|are|has been|have been|had been)\b[^,?]*,`)

// englishPremiseEnd is where q's opening premise (englishPremise) ends
// when its clause holds the verb of done at at; -1 when no premise does.
// The thing is named before that end, what is asked after it.
func englishPremiseEnd(q string, at int) int {
	if m := englishPremise.FindStringIndex(q); m != nil && at < m[1] {
		return m[1]
	}
	return -1
}

// englishStageCorrection corrects an English claim of a thing done where
// no clause of the report naming it says so, from the clause naming it at
// the furthest stage short of done: the clauses of the year the claim
// dates first (last year, in 2024: the review's; this year: the plan's).
func (e *Engine) englishStageCorrection(d *Draft) ([]Part, bool) {
	q := strings.ToLower(d.Read)
	at, done := englishClaimedStage(q)
	if at == nil {
		return nil, false
	}
	premiseEnd := englishPremiseEnd(q, at[0])
	if !englishYesNo.MatchString(q) && !englishTag.MatchString(q) && premiseEnd < 0 || e.ix.unknownName(d.Read, d.missing, d.Scope) {
		return nil, false
	}
	// Every verb of done or of work under way the claim states is the
	// stage, no word of the thing: "completed and passed acceptance".
	stages := append(englishDone.FindAllString(q, -1), englishUnderway.FindAllString(q, -1)...)
	terms := e.withPinyinName(d, contrastTerms(d.asked, strings.Join(stages, " ")))
	if premiseEnd >= 0 {
		// The premise names the thing; what is asked after it does not.
		terms = slices.DeleteFunc(terms, func(t askedTerm) bool { return t.at >= premiseEnd })
	}
	thing := englishThing{terms: terms, homeNamed: d.place != nil && d.place.Relation == PlaceOwn}
	st := e.englishStages(d.Scope, thing, d.Intent.Period, false, done)
	planOnly := false
	if !st.done && !st.found && d.Intent.Period == PeriodResult && !statesAmount([]rune(englishYear.ReplaceAllString(q, ""))) {
		// Claimed done last year of a thing only the plan names (华锦阿美
		// 项目机械竣工, 申报…地理标志产品): the plan's stage, 竣工 too, says
		// it was not done then. A claim with a figure of its own besides
		// its year (182.3 km built last year) is held to the figure's clause.
		st, planOnly = e.englishStages(d.Scope, thing, PeriodPlan, true, done), true
	}
	if st.done || !st.found || !planOnly && !st.planAhead && st.best.rung == rungNearDone && englishNearDone.MatchString(q) {
		return nil, false
	}
	part := citedCorrection(st.cite, 0, st.s, st.end, d.Read[at[0]:at[1]], "")
	// A plan's stage read for a claim of now (推动…机械竣工 for "Is it
	// finished?") is a 2025 target, and is told as one.
	part.PlanOnly = planOnly || st.planAhead && englishAsksNow(q)
	return correctionCiting(d.Answer, part, st.cite), true
}

// englishUnderway claims a thing begun and under way, short of done
// ("The Fupan railway is under construction now, right?"): the report's
// 建设, which its 前期工作 has not reached.
var englishUnderway = regexp.MustCompile(`\b(?:under construction|being built|being constructed)\b`)

// englishClaimedStage is where q states the stage it claims, and the
// claim's rung: under way (englishUnderway), else done (englishDone, see
// englishClaimedRung); nil when it states neither.
func englishClaimedStage(q string) ([]int, int) {
	if at := englishUnderway.FindStringIndex(q); at != nil {
		return at, rungBuilding // "being built" is no claim of built
	}
	if at := englishDone.FindStringIndex(q); at != nil {
		return at, englishClaimedRung(q[:at[0]])
	}
	return nil, 0
}

// englishNow opens a question of a stage reached by now (Is it finished?
// Has it opened?), not of one to come (Will it open?), or says already
// or yet.
var englishNow = regexp.MustCompile(`^\s*(?:is|are|was|were|has|have|had|did)\b|\b(?:already|yet)\b`)

// englishAhead names a time still to come: this year, 2025, next, soon.
var englishAhead = regexp.MustCompile(`\b(?:this year|in 2025|by 2025|next year|soon|will|going to|plan(?:s|ned)? to|expected to|by (?:the )?end of)\b`)

// englishAsksNow: q asks of a stage reached by now and names no time
// ahead: a plan's stage is then still to come.
func englishAsksNow(q string) bool {
	return englishNow.MatchString(q) && !englishAhead.MatchString(q)
}

// englishMainWorks name a thing's main works before its verb of done
// ("the main structure of the terminal was completed"): that claims the
// thing's 主体完工, the rung before done, not the whole done.
var englishMainWorks = regexp.MustCompile(`\bmain (?:structure|body|works?|construction|part)s?\b`)

// englishClaimedRung is the rung an English claim's verb of done claims,
// before is the claim up to the verb: all but done when it names the main
// works, else done.
func englishClaimedRung(before string) int {
	if englishMainWorks.MatchString(before) {
		return rungNearDone
	}
	return rungDone
}

// englishStage is the furthest stage short of done that a clause naming
// the thing says, runes [s, end) of the clause cited; done: a clause says
// it done.
type englishStage struct {
	best        stageMention
	cite        Citation
	s, end      int
	found, done bool
	// planAhead: best is a plan's clause read for a claim not of the plan
	// ("Has the main structure been completed?" and 推动…机械竣工 of 2025).
	planAhead bool
}

// englishThing is the thing an English claim names: the asked terms that
// stand for it, and whether the claim names the report's own place
// ("Panjin airport"), which a clause may open the thing's name with.
type englishThing struct {
	terms     []askedTerm
	homeNamed bool
}

// englishStages reads the clauses of period (any when PeriodNone) that
// name thing (thingSpan). planned: a stage done counts as the furthest
// found, not as done (a plan to finish a thing says it is not finished).
// done is the rung the claim calls done (englishClaimedRung).
func (e *Engine) englishStages(scope *Report, thing englishThing, period PeriodKind, planned bool, done int) englishStage {
	var st englishStage
	e.ix.anyReport(scope, func(r *Report) bool {
		for i := range r.Paragraphs {
			p := &r.Paragraphs[i]
			if !p.Quotable() || period != PeriodNone && p.Period.Kind != period {
				continue
			}
			ahead := p.Period.Kind == PeriodPlan && period != PeriodPlan
			for _, cl := range e.ix.para(p).clauses {
				rs := []rune(cl.norm)
				ts, te, ok := e.ix.thingSpan(thing, rs)
				if !ok || len(rs) != cl.span.End-cl.span.Start {
					continue
				}
				said, ok := furthest(governing(rs, ts, te), ts, te)
				switch {
				case !ok:
				case said.rung >= done && !planned && !(done < rungDone && done != rungBuilding && ahead):
					// A plan's stage short of done (推动…机械竣工) is yet to
					// come: it bears out no claim of that stage reached. A
					// plan to build or finish a thing (建成投用) bears out
					// work on it under way now.
					st.done = true
				case !st.found || said.rung > st.best.rung:
					st.best, st.cite, st.found = said, citationFor(p, trimSpan(p.Text, cl.span)), true
					st.planAhead = ahead
					st.s, st.end = stageSpan(ts, te, said)
				}
			}
		}
		return st.done
	})
	return st
}

// thingSpan is where clause rs writes every one of the thing's terms
// the report writes at all, the span from the first to the last (none
// written, one the clause lacks, or a span too short to name a thing,
// and it names not the thing) — or, where the claim names the report's own
// place and the clause opens the name the terms close with it (Panjin
// airport: 盘锦民用运输机场): 机场 alone is any airport, the city's own
// is the one the report plans.
func (ix *Index) thingSpan(thing englishThing, rs []rune) (int, int, bool) {
	s, e, ok := termsWritten(thing.terms, rs)
	if !ok || e-s >= minThing {
		return s, e, ok
	}
	if !thing.homeNamed {
		return 0, 0, false
	}
	if at, ok := ix.homeOpensName(rs[:s]); ok && e-at >= minThing {
		return at, e, true
	}
	return 0, 0, false
}

// homeOpensName is where before, the clause up to a thing's words, opens
// the name they close with a place of the report's own, within
// maxNameHeadGap of them and in the same list item (no 、 or comma
// between).
func (ix *Index) homeOpensName(before []rune) (int, bool) {
	item := before[max(0, len(before)-maxNameHeadGap-maxPlaceRunes):]
	if cut := strings.LastIndexAny(string(item), "、，,；;：:“”"); cut >= 0 {
		item = []rune(string(item)[cut+1:])
	}
	from := len(before) - len(item)
	for i := range item {
		for _, p := range ix.places {
			if strings.HasPrefix(string(item[i:]), p) && len(item)-i-runeLen(p) <= maxNameHeadGap {
				return from + i, true
			}
		}
	}
	return 0, false
}

// maxPlaceRunes is the longest own place name homeOpensName looks back
// for beyond maxNameHeadGap (辽滨经开区).
const maxPlaceRunes = 5

// termsWritten is where clause rs writes every one of terms, the span from
// the first to the last, however short.
func termsWritten(terms []askedTerm, rs []rune) (int, int, bool) {
	text := string(rs)
	s, e, n := len(rs), 0, 0
	for _, t := range terms {
		longest := t.longestWritten(text, nil)
		if longest == "" {
			return 0, 0, false
		}
		at := runeLen(text[:strings.Index(text, longest)])
		s, e, n = min(s, at), max(e, at+runeLen(longest)), n+1
	}
	return s, e, n > 0
}

// withPinyinName is terms with the thing's name the question writes in
// pinyin, which the lexicon lacks (Liaohekou: 辽河口): without it, a term
// too short to name one thing (公园) names none.
func (e *Engine) withPinyinName(d *Draft, terms []askedTerm) []askedTerm {
	if named, ok := e.ix.namedInEnglish(d.Read, d.missing, d.Scope); ok {
		terms = append(terms, askedTerm{term: strings.ToLower(named.text), syn: named.runs, at: -1})
	}
	return terms
}
