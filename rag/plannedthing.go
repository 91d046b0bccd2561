package rag

import (
	"strings"
	"unicode/utf8"
)

// Finding the thing a question asks after among the answer's quoted
// clauses, for the plan-only groundings (groundPlannedStage,
// groundPlannedFigure).

// groundsPlanned reports whether d is a draft the plan-only groundings
// work on: a found Chinese answer to one thing. It is asked before the
// question is read for a stage or a value, the dearer step.
func (d *Draft) groundsPlanned() bool {
	return d.foundOpen() && d.Intent.Lang != "en" && !d.Intent.List
}

// plannedThing is what groundPlannedStage and groundPlannedFigure share
// before they read the quotes: the asked terms standing in thing (terms)
// and a clause naming the thing when it holds them all (names). ok is
// false when no term stands in thing.
func (e *Engine) plannedThing(d *Draft, thing string) (terms []askedTerm, names func(string) bool, ok bool) {
	terms = e.thingTerms(d, thing)
	if len(terms) == 0 {
		return nil, nil, false
	}
	names = func(norm string) bool { return coveredShare(terms, norm) == 1 }
	return terms, names, true
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
		quote := citedQuote(ans, p)
		for _, sp := range Clauses(quote) {
			if names(Normalize(string([]rune(quote)[sp.Start:sp.End]))) {
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
