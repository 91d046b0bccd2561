package rag

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A question may ask of one round of a thing (第二批无废细胞示范单位, 二期
// 工程) that the report names only in another (首批8类84家, 一期). WHY:
// the thing's words match the other round's clause, whose figure then
// stands as the answer for a round the report never counts.

// batchOrdinal is the ordinal of a batch or a phase: 第二批, 首批, 二期.
var batchOrdinal = regexp.MustCompile(`第?([一二三四五六七八九十]+|[0-9]+|首)(批|期)`)

// roundOrdinal is an ordinal read: its number and whether a batch (批) or
// a phase (期).
type roundOrdinal struct {
	n    int
	kind string
}

// roundOrdinals are the ordinals of batches and phases s names; 首 is
// the first (首批 is 第一批).
func roundOrdinals(s string) []roundOrdinal {
	var out []roundOrdinal
	for _, m := range batchOrdinal.FindAllStringSubmatch(s, -1) {
		if o, ok := roundOrdinalOf(m[1], m[2]); ok {
			out = append(out, o)
		}
	}
	return out
}

// roundOrdinalOf reads an ordinal's number (二, 2, 首) and kind (批, 期).
func roundOrdinalOf(num, kind string) (roundOrdinal, bool) {
	if num == "首" {
		return roundOrdinal{1, kind}, true
	}
	v, ok := ParseChineseNumber(num)
	if !ok {
		i, err := strconv.Atoi(num)
		if err != nil {
			return roundOrdinal{}, false
		}
		v = float64(i)
	}
	return roundOrdinal{int(v), kind}, true
}

// askedRounds are the ordinals of the clause of norm that asks (holds a
// question word): "盘锦是第四批…试点，那第三批有哪些城市" asks of the third.
// A question of one clause asks of its rounds with no question word too
// ("申通三期项目"): bare is then set.
func askedRounds(norm string) (rounds []roundOrdinal, bare bool) {
	var said []string
	for _, c := range questionClauses(norm) {
		s := norm[c[0]:c[1]]
		if strings.TrimSpace(s) != "" {
			said = append(said, s)
		}
		if containsAny(s, questionWords) {
			if r := roundOrdinals(s); len(r) > 0 {
				return r, false
			}
		}
	}
	if len(said) == 1 {
		return roundOrdinals(said[0]), true
	}
	return nil, false
}

// otherRound reports whether text names rounds of the kinds asked.
func otherRound(text string, asked []roundOrdinal) bool {
	for _, o := range roundOrdinals(text) {
		if slices.ContainsFunc(asked, func(a roundOrdinal) bool { return a.kind == o.kind }) {
			return true
		}
	}
	return false
}

// roundsOfNames reports whether normalized quote writes a round asked,
// and whether it writes another round of the kinds asked, each counted
// only where its own item (between the separators around it) writes a
// name asked; any counts when none is. WHY: 申通二期 in "极兔速递产业园、
// 申通二期" is 申通's phase, not 极兔产业园's.
func roundsOfNames(quote string, names []string, asked []roundOrdinal) (own, other bool) {
	for _, m := range batchOrdinal.FindAllStringSubmatchIndex(quote, -1) {
		o, ok := roundOrdinalOf(quote[m[2]:m[3]], quote[m[4]:m[5]])
		if !ok || len(names) > 0 && !writesName(itemAround(quote, m[0], m[1]), names) {
			continue
		}
		switch {
		case slices.Contains(asked, o):
			own = true
		case slices.ContainsFunc(asked, func(a roundOrdinal) bool { return a.kind == o.kind }):
			other = true
		}
	}
	return own, other
}

// itemAround is the stretch of s around [from, to) between the list and
// clause separators on either side.
func itemAround(s string, from, to int) string {
	const seps = "、，,；;。"
	start := strings.LastIndexAny(s[:from], seps) + 1
	if start > 0 {
		_, n := utf8.DecodeRuneInString(s[start-1:])
		start += n - 1
	}
	end := len(s)
	if i := strings.IndexAny(s[to:], seps); i >= 0 {
		end = to + i
	}
	return s[start:end]
}

// roundAsk is what a question asks of a round: its ordinals, the names
// written before its phases, and how it asks.
type roundAsk struct {
	rounds []roundOrdinal
	names  []string
	bare   bool // no question word: "申通三期项目"
	claim  bool
}

// tellsOther reports whether quote tells of something other than the
// round asked. A bare topic's thing written at another phase (新发地二期 for
// 新发地三期) still tells of it; another thing's phase does not. A claim's
// other round is the correction's to check, but a thing written with no
// phase at all corrects nothing. A bare batch names no thing to hold.
// Asked of a named thing's phase, a quote naming neither the thing nor
// the phase tells of something else too.
func (r roundAsk) tellsOther(quote string) bool {
	norm := Normalize(quote)
	own, ownOther := roundsOfNames(norm, r.names, r.rounds)
	if own {
		return false
	}
	named := writesName(norm, r.names)
	if r.bare {
		return !ownOther && (named || otherRound(norm, r.rounds) && !r.claim && len(r.names) > 0)
	}
	return named || !r.claim && (otherRound(norm, r.rounds) || len(r.names) > 0)
}

// groundRound declines a question asking of a round when every quote and
// figure given tells of another (roundAsk.tellsOther), and drops such
// parts beside ones that do not.
func (e *Engine) groundRound(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) {
		return
	}
	asked, bare := askedRounds(d.norm)
	if len(asked) == 0 {
		return
	}
	ask := roundAsk{asked, e.writtenNames(phasedNames(d.norm), d.Scope), bare, ClaimShaped(d.Read)}
	if phaseEventAsked(d.norm) {
		// Asked whether it did something, the phase is asked of as a
		// question word would: no topic, no claim to correct.
		ask.bare, ask.claim = false, false
	}
	other := func(p Part) bool {
		if (p.Type != PartQuote && p.Type != PartFigure) || len(p.Citations) == 0 {
			return false
		}
		return ask.tellsOther(strings.TrimSpace(ans.Citations[p.Citations[0]].Quote))
	}
	kept := 0
	for _, p := range ans.Parts {
		if (p.Type == PartQuote || p.Type == PartFigure) && !other(p) {
			kept++
		}
	}
	if kept == 0 && e.otherPeriodWrites(d, ask) {
		return // groundPeriod shows it, labelled, as what the report gives
	}
	if kept == 0 {
		ans.relatedOnly(GroundNotAnswered, "报告没有写到所问的这一"+roundWord(asked)+"。相关内容：", "The report does not mention the batch or phase asked. Related text:")
		return
	}
	ans.keepParts(func(p Part) bool { return !other(p) })
	ans.figuresFromParts()
}

// phaseEventAsked reports whether norm asks yes or no whether a thing at
// a phase did something ("储气库群二期投产了吗", "新发地三期有没有规划",
// "二期开工了没"): the phase names the subject, not what is claimed of it
// (是二期吗), and no tag asks to check a stated claim (…，对吗). WHY:
// where the report writes only another phase (一期 投产), that phase's
// event tells nothing of the one asked, and correcting the phase would
// answer as if it did.
func phaseEventAsked(norm string) bool {
	t := strings.TrimRight(norm, "？?。.！! ")
	if !asksPhaseYesOrNo(t) {
		return false
	}
	for _, m := range batchOrdinal.FindAllStringSubmatchIndex(t, -1) {
		before, after := t[:m[0]], strings.TrimSuffix(t[m[1]:], "吗")
		if t[m[4]:m[5]] != "期" || strings.HasSuffix(before, "是") {
			continue
		}
		if utf8.RuneCountInString(lastHanRun(before)) >= 2 && after != "" {
			return true
		}
	}
	return false
}

// phaseYesOrNoCues ask outright whether a thing did something: 是不是
// is left out, as it puts a claim to check (是不是已经开工了).
var phaseYesOrNoCues = []string{"有没有", "是否"}

// asksPhaseYesOrNo reports whether t (its question mark trimmed) asks yes
// or no: closed by 吗, 没有 or 没, or asked with 有没有 or 是否; not a claim
// put for checking (…对吗, …是吗).
func asksPhaseYesOrNo(t string) bool {
	if endsWithAny(t, claimCheckEnds) {
		return false
	}
	return endsWithAny(t, []string{"吗", "没有", "没"}) || containsAny(t, phaseYesOrNoCues)
}

// phasedNames are the names a question writes right before a phase it
// asks (金发生物基 of "金发生物基二期今年开工吗"), less the period words
// that may lead them.
func phasedNames(norm string) []string {
	var out []string
	for _, m := range batchOrdinal.FindAllStringSubmatchIndex(norm, -1) {
		if norm[m[4]:m[5]] != "期" {
			continue
		}
		name := strings.TrimRight(strings.TrimSuffix(lastHanRun(norm[:m[0]]), "第"), "的有是")
		for _, w := range periodWords {
			if _, after, ok := strings.Cut(name, w); ok {
				name = after
			}
		}
		if utf8.RuneCountInString(name) >= 2 {
			out = append(out, name)
		}
	}
	return out
}

// writesName reports whether normalized quote writes one of names, or its
// last three characters or more (生物基 of 金发生物基 is too generic to).
func writesName(quote string, names []string) bool {
	for _, name := range names {
		rs := []rune(name)
		for k := 0; k < len(rs) && (k == 0 || len(rs)-k >= 3); k++ {
			if strings.Contains(quote, string(rs[k:])) {
				return true
			}
		}
	}
	return false
}

// writtenNames are the names the report writes (writesName): a run the
// question leads a phase with that the report never writes is no name of
// its (报告里提到的 of "报告里提到的二期项目").
func (e *Engine) writtenNames(names []string, rep *Report) []string {
	return slices.DeleteFunc(names, func(name string) bool {
		rs := []rune(name)
		var tails []string
		for k := 0; k < len(rs) && (k == 0 || len(rs)-k >= 3); k++ {
			tails = append(tails, string(rs[k:]))
		}
		return !e.ix.writesAny(rep, tails)
	})
}

// roundWord names the round asked in a decline: 期 for a phase, 批次 for
// a batch.
func roundWord(asked []roundOrdinal) string {
	if asked[0].kind == "期" {
		return "期"
	}
	return "批次"
}

// otherPeriodWrites reports whether a question naming its period asks of
// a round the report writes of the thing asked, in any period ("去年东北新
// 发地二期建成了吗": the plan names 新发地二期): the report is not silent
// on that round, and groundPeriod may show it, labelled.
func (e *Engine) otherPeriodWrites(d *Draft, ask roundAsk) bool {
	if d.Intent.Period == PeriodNone || len(ask.names) == 0 {
		return false
	}
	_, _, ok := e.clauseHolding(d.Scope, func(norm string) bool {
		own, _ := roundsOfNames(norm, ask.names, ask.rounds)
		return own && writesName(norm, ask.names)
	}, nil)
	return ok
}
