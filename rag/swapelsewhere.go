package rag

import (
	"slices"
	"strings"
)

// A claim may name the wrong doer of what a clause the quotes left out
// says: "中蓝电子获批小巨人了吧", answered from ¶9's sentence on 中蓝电子's
// market share, where another clause says 华孚环境获批…“小巨人”企业. The
// quotes then name the claimed thing and nothing of what is claimed of
// it, and read alone they seem to bear it out.

// swapElsewhere is swapCorrection read in the clauses of rep (every
// report's when nil) that the cited texts do not hold and that share a
// predicate's worth of words with the claim: the correction and the
// clause it cites. Only a name the quotes write is corrected so.
// saysElsewhere (inside swapIn) keeps a claim the
// report writes as it is from being corrected by another clause.
func (ix *Index) swapElsewhere(read string, cited []Citation, rep *Report) (Part, Citation, bool) {
	q := claimCore(read)
	var texts []Citation
	writes := func(name string) bool {
		return slices.ContainsFunc(cited, func(c Citation) bool { return strings.Contains(c.Quote, name) })
	}
	ix.walkQuotableClauses(rep, func(p *Paragraph, c normClause) bool {
		cite := citationFor(p, trimSpan(p.Text, c.span))
		if !isCited(cite, cited) && sharesPredicate(q, []rune(cite.Quote)) {
			texts = append(texts, cite)
		}
		return false
	})
	if len(texts) == 0 {
		return Part{}, Citation{}, false
	}
	p, ok := ix.swapIn(q, containsAny(read, startYearWords), texts, rep)
	if !ok || p.Figure == nil || !writes(p.Stated) {
		// Only a thing the quotes name is mistaken for another's doer:
		// words of a claim no quote writes (新开工, 植树) are another
		// clause's paraphrase as often as a wrong name.
		return Part{}, Citation{}, false
	}
	c := texts[p.Citations[0]]
	if !saysRest(q, p.Stated, []rune(c.Quote)) {
		return Part{}, Citation{}, false
	}
	return p, c, true
}

// saysRest: clause c writes most of what claim q says after the name it
// states (two thirds of its characters): 华孚环境获批…“小巨人”企业 says all
// of 中蓝电子获批小巨人 but the name, where 益海嘉里被评为国家级绿色工厂
// shares only 被评为 with 红海滩被评为4A景区 and is about something else.
func saysRest(q []rune, stated string, c []rune) bool {
	at, ok := claimedRunes(q, stated)
	if !ok || at.End >= len(q) {
		return false
	}
	covered := 0
	for _, r := range sharedRuns(q, c) {
		if r.q >= at.End && holdsWords(q, r) {
			covered += r.n
		}
	}
	return 3*covered >= 2*(len(q)-at.End)
}

// isCited: c lies within one of the cited texts.
func isCited(c Citation, cited []Citation) bool {
	return slices.ContainsFunc(cited, func(t Citation) bool { return t.holds(c) })
}

// sharesPredicate: claim q and clause c share a run of minPredicate
// characters or more that holds words.
func sharesPredicate(q, c []rune) bool {
	return slices.ContainsFunc(sharedRuns(q, c), func(r shared) bool { return isPredicate(r) && holdsWords(q, r) })
}
