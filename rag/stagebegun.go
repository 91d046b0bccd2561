package rag

// A start claimed for this year (今年才开工, 今年才启动, 今年要开工) says the
// thing was not begun before it. Last year's review naming the thing begun,
// under way or further on (推动辽河干流防洪提升工程主体完工 in ¶14) says it
// was: the claim is corrected from that clause, whatever this year's plan
// says of the thing, or if it says nothing.

// begunBefore corrects claim read when it dates its thing's start this
// year (datedStart) and a clause of a result of rep names the thing at a
// start or further on; with 才 or 刚 before the start (stageJustNow) a
// clause doing the thing last year with no stage word of its own (开展
// 安全生产治本攻坚三年行动) does too, as any work on it last year says it
// was begun then. It cites that clause.
func (ix *Index) begunBefore(read string, rep *Report) (Part, Citation, bool) {
	if ix.dict == nil || datedStart([]rune(Normalize(read))) != PeriodPlan {
		return Part{}, Citation{}, false
	}
	q := []rune(Normalize(string(claimCore(read))))
	claimed, ok := claimedStage(q)
	if !ok || claimed.rung != rungStarted {
		return Part{}, Citation{}, false
	}
	justNow := stageJustNow(q, claimed)
	thing := withoutPlaceNames(ix.thingWords(q, claimed))
	closes := closesThing(thing, claimed)
	var cite Citation
	s, e, found := 0, 0, false
	notResult := func(p *Paragraph) bool { return p.Period.Kind != PeriodResult }
	ix.anyThingClause(q, thing, rep, notResult, func(p *Paragraph, cs []normClause, j int, rs []rune, ts, te int) bool {
		c := cs[j]
		if len(rs) != c.span.End-c.span.Start {
			return false // normalizing changed the length: offsets would not hold
		}
		gov := ownStages(rs, governing(rs, ts, te), ts, te, closes)
		said, ok := furthest(gov, ts, te)
		switch {
		case ok && said.rung >= rungStarted:
			s, e = quotedStageSpan(rs, ts, te, said)
		case !ok && justNow:
			s, e = ts, te
		default:
			return false
		}
		cite, found = citationFor(p, trimSpan(p.Text, c.span)), true
		if n := runeLen(cite.Quote); !ok && n <= maxStageSpan {
			s, e = 0, n // what was done: 开展安全生产治本攻坚三年行动
		}
		return true
	})
	if !found {
		return Part{}, Citation{}, false
	}
	qs, qe := claimedSpan(q, thing, claimed)
	qs = namedFrom(q, qs, string([]rune(cite.Quote)[s:e]))
	return citedCorrection(cite, 0, s, e, claimStated(q, thing, qs, qe), ""), cite, true
}
