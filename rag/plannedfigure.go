package rag

import (
	"regexp"
	"strings"
)

// A question whether a figure was reached (每千人托位数达到4.5个了吗) whose
// value the report writes only as the 2025 plan's target, of a thing the
// review never reports, is answered by the plan's quote, which left bare
// reads as yes. The answer says the report lists it as a 2025 target and
// does not write it reached. A thing the review reports is left to the
// claim checks, which correct the value with the review's.

// askedReachedFigure is a thing said reached at a value, 了 closing the
// question as done (达到4.5个了吗, 已经突破1万人了吧): 1 the thing, 2 the
// verb, 3 the number with its magnitude, 4 the unit.
var askedReachedFigure = regexp.MustCompile(`^(\p{Han}.*?)(?:已经|早就|已|都)?(达到|突破|超过)([0-9]+(?:\.[0-9]+)?[万亿]?)(\p{Han}{0,3}|%)了(?:吗|吧|没有|没|么|嘛)$`)

// reachedFigure is a figure a question asks was reached.
type reachedFigure struct {
	thing, verb, value, unit string
}

// said is the claim as the correction words it: 每千人托位数已经达到4.5个.
func (f reachedFigure) said() string {
	return f.thing + "已经" + f.verb + f.value + f.unit
}

// askedReached reads a one-clause question whether a figure was reached.
func askedReached(norm string) (reachedFigure, bool) {
	m := askedReachedFigure.FindStringSubmatch(trimQuestionMarks(norm))
	if m == nil || strings.ContainsAny(m[1], "，,。；;！!？?") || containsAny(m[1], denials) {
		return reachedFigure{}, false
	}
	thing := yearWords.ReplaceAllString(m[1], "")
	if thing != m[1] {
		return reachedFigure{}, false // a year asked is the period claims' to read
	}
	return reachedFigure{thing: thing, verb: m[2], value: m[3], unit: m[4]}, true
}

// groundPlannedFigure corrects a figure asked reached (askedReached) that
// only a quoted plan clause naming the thing writes, when no clause of the
// review names the thing at all.
func (e *Engine) groundPlannedFigure(d *Draft) {
	if !d.groundsPlanned() || d.Intent.Period != PeriodNone {
		return
	}
	asked, ok := askedReached(d.norm)
	if !ok {
		return
	}
	_, names, ok := e.plannedThing(d, asked.thing)
	if !ok {
		return
	}
	ans := d.Answer
	writes := func(norm string) bool { return names(norm) && writesNumber(norm, asked.value) }
	ci, s, end, ok := namingClause(ans, writes, PeriodPlan)
	if !ok {
		return
	}
	if _, _, ok := e.clauseHolding(d.Scope, names, func(p *Paragraph) bool { return p.Period.Kind == PeriodResult }); ok {
		return // the review reports the thing: its value answers
	}
	part := citedCorrection(ans.Citations[ci], ci, s, end, asked.said(), "")
	part.PlanOnly = true
	ans.Parts = append([]Part{part}, ans.Parts...)
}
