package figures

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/rag"
)

// Stepper makes figures first-class in answers, as a step of the engine's
// answer pipeline: a figure question gets the figure itself, exactly as
// written and cited, labelled as a result or a target (both when the
// question could mean either), and a question that states a figure the
// report contradicts is corrected first.
type Stepper struct {
	idx        *Index
	claimKinds *rag.Siblings // kinds no claim is corrected across (claimkinds.txt)
}

// NewStepper answers with the figures of idx.
func NewStepper(idx *Index) *Stepper { return &Stepper{idx: idx, claimKinds: claimKinds()} }

// Figures is the figures index the step draws on.
func (st *Stepper) Figures() *Index { return st.idx }

// Step is the pipeline step (rag.Step).
func (st *Stepper) Step(_ context.Context, d *rag.Draft) error {
	if d.Lookup {
		return nil // the paragraphs asked for are the answer
	}
	if d.Track != nil {
		return st.track(d)
	}
	if ov := d.Overview(); ov != nil {
		return st.headline(d, ov)
	}
	if d.Intent.List && d.Intent.Rank {
		if figs := st.rankedAt(d); len(figs) > 0 {
			return st.headlines(d, figs)
		}
	}
	return st.claims(d)
}

// claims answers what the question states or asks of the report's figures:
// a gap, a sum, a figure it opened with, a choice, each of several asked,
// or the figures it claims.
func (st *Stepper) claims(d *rag.Draft) error {
	ans := d.Answer
	scope := ""
	if d.Scope != nil {
		scope = d.Scope.Meta.ID
	}
	mentions, g := readClaims(d.Read, st.idx, scope) // read once for every check
	// Declined for its period or its place ("全国GDP目标5%左右吗"), the
	// question is not about the report's figures: they neither confirm nor
	// correct what it states.
	otherPeriod := !ans.Found && ans.Understood != nil &&
		(ans.Understood.Grounding == rag.GroundOtherPeriod || ans.Understood.Grounding == rag.GroundOtherPlace)
	if g != nil {
		// "Is the jobs target 1,400 lower than last year?" compares with
		// last year's figure: it asks no target of last year.
		var c *Correction // another figure it states, checked as usual
		if !otherPeriod {
			c, _ = st.correction(d, mentions, scope, g)
		}
		return st.gapAnswer(d, st.idx.checkGap(d.Read, *g, scope), c)
	}
	if otherPeriod {
		// "前年进出口增长了50%吗", "去年GDP目标5.5%左右对吧": a period the
		// report does not cover; another period's figure neither confirms
		// nor corrects what the question states of it.
		return nil
	}
	rest, done, err := st.sumClaimed(d, mentions, scope)
	if done || err != nil {
		return err
	}
	mentions = rest // a total of several figures is no figure's to check
	var opened []*Figure
	if stated := d.StatedClause(); stated != "" {
		// The figure the question opened with is checked against its own
		// indicator; d.Read, what it asks, makes its own claims, if any.
		if opened, err = st.correctOpening(d, stated, scope); err != nil {
			return err
		}
	}
	// From here a bare 亿 is money: the quotes' figures correct it too
	// (quotedPremise), as the index's do (premise).
	mentions = spokenMoney(mentions)
	if done, err := st.choose(d, mentions, scope); done || err != nil {
		return err // "39.7%是进出口还是固投": no claim to correct, a lookup of each
	}
	if len(mentions) == 0 && d.Intent.Figure && !d.Intent.List && !d.Intent.Topic && eachMayAnswer(ans) {
		if each := st.eachAsked(d, scope); len(each) > 0 {
			if !ans.Found {
				ans.Parts, ans.Citations, ans.Found = nil, []rag.Citation{}, true
			}
			d.Matched = true
			return addFigureLines(d, nil, each) // "去年GDP和社零分别增长多少"
		}
	}
	if err := st.answerClaimed(d, mentions, scope); err != nil {
		return err
	}
	return st.quoteOpened(d, opened, scope)
}

// quoteOpened quotes the figures the report confirms the stated clause
// with when they are of another period than the one asked: "公交车去年买
// 了85台，今年呢" is a pair, last year's figure given as context and this
// year's asked, and the quote shows the context right and of which year
// beside the asked year's (as quoteContext does for a clause read whole).
func (st *Stepper) quoteOpened(d *rag.Draft, opened []*Figure, scope string) error {
	if len(opened) == 0 {
		return nil
	}
	kind := normKind(d.Norm(), st.idx.scope(scope))
	if kind == "" {
		return nil
	}
	for _, f := range opened {
		if f.Kind == kind || f.Kind == KindOther {
			continue
		}
		cite, err := clauseCitation(d, *f)
		if err != nil {
			return err
		}
		d.ConfirmOpening(cite) // quoted once the answer is grounded (rag's addOpening)
	}
	return nil
}

// answerClaimed answers with the figures the question's claims name: the
// correction of a wrong one, those it confirms, or those it asks.
func (st *Stepper) answerClaimed(d *rag.Draft, mentions []Mention, scope string) error {
	ans := d.Answer
	c, confirmed := st.correction(d, mentions, scope, nil)
	d.Held = c == nil && len(mentions) > 0 && len(confirmed) >= len(mentions) && !slices.ContainsFunc(mentions, bounded)
	if c == nil && len(confirmed) == 0 && ans.Found {
		if nc := st.notGivenClaim(d, mentions, scope); nc != nil {
			return answerNotGivenClaim(d, nc)
		}
	}
	if c == nil && len(confirmed) == 0 && ans.Found && st.quotedOtherOnly(d, mentions) {
		// 去年到瑞士招商签了10个项目 quoting only the year's 260个.
		relatedUnder(ans, rag.GroundNoSuchFigure, noSuchFigureNotice(d.Intent.Lang))
		return nil
	}
	lead, figs, err := claimedFigures(d, c, confirmed, mentions)
	switch {
	case err != nil:
		return err
	case c != nil || len(figs) > 0: // what the question states answers
	case st.levelNotGiven(d):
		return nil
	case d.Intent.Figure && ans.Found:
		asked, done, err := st.answerFigures(d, scope, len(mentions) > 0)
		if done || err != nil {
			return err
		}
		if d.ClaimShaped() && claimsMoneyNotIn(mentions, asked) {
			relatedUnder(ans, rag.GroundNoSuchFigure, noSuchFigureNotice(d.Intent.Lang))
			return nil
		}
		figs = append(figs, asked...)
	}
	if c == nil && ans.Found {
		if stated := st.restated(d, figs); stated != "" {
			if !st.quotedBeside(d) {
				// The quotes stay as related text: they give the figure the
				// question stated, not the one it asks.
				relatedUnder(ans, rag.GroundNoSuchFigure, restatedNotice(d.Intent.Lang, stated))
				return nil
			}
			figs = nil // the stated figure is no headline: the quotes answer
		}
	}
	if len(figs) > 0 || len(lead) > 0 {
		if err := addFigureLines(d, lead, figs); err != nil {
			return err
		}
	}
	if c != nil {
		if err := quoteCorrected(d, c); err != nil {
			return err
		}
	}
	if c == nil {
		pointsNote(d, mentions)
		percentNote(d, mentions)
	}
	return st.quoteContext(d, mentions, confirmed, scope)
}

// quoteContext quotes the figures confirmed of the other year than the
// one asked when the question gives a figure as context for the one it
// asks (contextClaim: "城镇新增就业2.04万人，今年目标是多少"): the quote shows
// the stated figure right, and of which year, beside the asked year's.
func (st *Stepper) quoteContext(d *rag.Draft, mentions []Mention, confirmed []*Figure, scope string) error {
	sp := st.idx.scope(scope)
	kind := normKind(d.Norm(), sp)
	rs := []rune(d.Read)
	if kind == "" || !d.Answer.Found || !slices.ContainsFunc(mentions, func(m Mention) bool { return contextClaim(rs, m, sp) }) {
		return nil
	}
	for _, f := range confirmed {
		if f.Kind == kind {
			continue
		}
		if err := quoteClause(d, *f); err != nil {
			return err
		}
	}
	return nil
}

// otherKindClaimed reports whether correction c is of another kind of
// thing than the claim it corrects names (Draft.OtherKind). Of a pair,
// each figure names its own thing (pairedWords): "今年稻蟹共生97万亩、苇田
// 50万亩吗" names 苇田 for 50万亩, whose correction 苇田鱼虾蟹立体生态养殖面积
// is no other kind of it, though the question names 稻蟹共生 first.
func otherKindClaimed(d *rag.Draft, stated []Mention, c *Correction) bool {
	if paired := pairedWords([]rune(d.Read), stated); paired != nil {
		at := -1
		for i, m := range stated {
			if m.Text == c.Stated {
				if at >= 0 {
					at = -1 // two claims state it: which one c corrects is not known
					break
				}
				at = i
			}
		}
		if at >= 0 {
			return d.OtherKindOf(paired[at], c.Actual.Indicator)
		}
	}
	return d.OtherKind(c.Actual.Indicator)
}

// correctOpening corrects the figure a question opens with
// (Draft.StatedClause) when the report gives its indicator another:
// "今年GDP目标6%，社零目标是多少" is told 5.5%左右 before 社零's 5%.
// When it corrects nothing, confirmed are the figures the report confirms
// the stated clause with (quoteOpened).
func (st *Stepper) correctOpening(d *rag.Draft, stated, scope string) (confirmed []*Figure, err error) {
	stated = strings.TrimRight(stated, "，,；; ")
	c, confirmed := premise(stated, rag.Normalize(stated), statedFigures(stated), false, st.idx, scope)
	if c == nil {
		return confirmed, nil
	}
	if d.OtherKindOf(stated, c.Actual.Indicator) {
		return nil, nil // its own thing's other kind, not what the rest asks
	}
	f := c.Actual
	cite, err := clauseCitation(d, f) // quoted when the answer is found (rag's addOpening)
	if err != nil {
		return nil, err
	}
	d.CorrectOpening(c.part(f.JSON()), cite)
	return nil, nil
}

// correction is the correction of a figure the question states (mentions)
// that the report contradicts, nil when there is none: checked against
// the figures index, else against the answer's quotes; and the report's
// figures the index confirms stated figures with.
// A claimed difference's amount (gap) is left to CheckGap, and its way
// word is no move.
func (st *Stepper) correction(d *rag.Draft, mentions []Mention, scope string, gap *gapClaim) (*Correction, []*Figure) {
	others := gap.others(mentions)
	c, confirmed := premise(d.Read, d.Norm(), others, gap != nil, st.idx, scope)
	if c == nil && len(confirmed) == 0 {
		c = st.quotedPremise(d, others)
	}
	if c == nil && len(confirmed) == 0 && gap == nil {
		c = st.quotedMove(d, mentions, scope)
	}
	if c != nil && c.WrongWay && d.Intent.Figure && !d.Supports(c.Actual.JSON()) {
		// How much a move was, asked of another measure of the thing
		// (单位GDP能耗 is no GDP), is no claim the thing's own figure
		// contradicts: the figure would not answer the question either.
		c = nil
	}
	if c != nil && (otherKindClaimed(d, others, c) || st.claimKinds.OtherKindOf(d.Read, c.Actual.Indicator)) {
		return nil, confirmed // "工业投资增长25%吧" is not corrected by 固定资产投资's 20%以上
	}
	if c != nil && topicUnwritten(d, mentions, c) {
		return nil, confirmed // "三农工作搞了十项举措" is not corrected by 化债's 15项举措
	}
	if c != nil && otherLevelsCount(d, c) {
		return nil, confirmed // "1个国家级产教联合体" is not corrected by 2个市级's count
	}
	if c != nil && countsWithOtherWord(c) {
		return nil, confirmed // "有30处公园" is not corrected by 175个 projects
	}
	if c != nil && stockOfDoing(d, c) {
		return nil, confirmed // "托育学位总数达到3000个" is not corrected by 增加…640个
	}
	if c != nil && periodOfOtherThing(d, c) {
		return nil, confirmed // "亿元以上项目125个是去年的吗" is not corrected by 亿元以上产业链项目's 39个
	}
	if c != nil {
		c = st.ownWordsCorrection(d, c)
	}
	// One claim only: of a pair, a sibling's words are the other claim's.
	if c != nil && len(others) == 1 && siblingHolds(c, st.quotedAfter(d), d.Read, d.Norm()) {
		c = nil
	}
	if c == nil && gap == nil {
		c = st.valueFirst(d, others, confirmed, scope)
	}
	if c == nil && gap == nil {
		// "去年GDP增长3.5%，高于全省2.8个百分点": the margin is 一般公共预算
		// 收入's, though both figures are the report's.
		c = st.carriedSubject(d, others, confirmed, scope)
	}
	if c == nil && gap == nil {
		// "全市油井一共301口对吗": 301口 is what 2024 retired, no total.
		c = st.doneForStock(d, others, confirmed, scope)
	}
	if c == nil && gap == nil {
		// "一次招商活动签约了260个项目": 260个 is 全年新签约注册项目.
		c = st.yearForGathering(d, others, confirmed)
	}
	return c, confirmed
}

// stockOfDoing reports whether correction c holds a claim of how much of a
// thing there is in all (rag.ClaimsStock: 学位总数达到3000个) to a figure of
// what one year did to it (rag.YearsDoing: 增加普惠性托育学位640个). WHY: the
// report gives no total, so the year's figure is no correction of it, and
// shown as one it passes the year's addition off as the total, the
// mistake doneForStock keeps a confirmation from.
func stockOfDoing(d *rag.Draft, c *Correction) bool {
	return !c.Named && rag.ClaimsTotal(d.Norm(), d.Intent.Period) && rag.YearsDoing(c.Actual.Indicator)
}

// periodOfOtherThing reports whether correction c answers a question
// asking the period of a value it states (rag.AsksValuesPeriod) with a
// figure whose indicator the question does not write whole. WHY: such a
// figure is another thing's of the period asked (亿元以上产业链项目 for
// 亿元以上项目); whether the value is of another period is for the period
// claim check to say.
func periodOfOtherThing(d *rag.Draft, c *Correction) bool {
	return rag.AsksValuesPeriod(d.Read) && literalShare(c.Actual.Indicator, d.Norm()) < 1
}

// ownWordsCorrection is correction c held to the figure the question's
// own words name (preferOwnWords) when the answer quotes one that names
// them better than c's: "去年央地合作项目新签约30个吗" is of ¶10's 新签约19个,
// not ¶8's 新签约注册项目260个. Nil when that figure is the number stated.
// A correction of its own kind (a way, a unit, a name, a pair) stays.
func (st *Stepper) ownWordsCorrection(d *rag.Draft, c *Correction) *Correction {
	if c.WrongWay || c.OtherUnit || c.Named || c.Level || c.FallTo || len(c.More) > 0 {
		return c
	}
	stated, ok := Parse(c.Stated)
	if !ok || !UnitsCompatible(stated.Unit, c.Actual.Unit) {
		return c
	}
	figs, _ := preferOwnWords(d, []Figure{c.Actual}, st.answerQuoted(d), func(f Figure) bool { return d.Supports(f.JSON()) })
	f := figs[0]
	switch {
	case f == c.Actual || !UnitsCompatible(stated.Unit, f.Unit):
		return c
	case stated.Admits(f.Amount()):
		return nil
	}
	return &Correction{Stated: c.Stated, Actual: f}
}

// uniqueFigures are figs, each once, in order.
func uniqueFigures(figs []*Figure) []Figure {
	var out []Figure
	for _, f := range figs {
		if !containsFigure(out, f) {
			out = append(out, *f)
		}
	}
	return out
}

// claimedFigures are the parts and figures the question's stated figures
// (mentions) give the answer: correction c's (correctionParts), or a
// right pair's, each of its own thing ("去年GDP增长3.5%左右、社零增长4%对吧":
// every figure confirmed is an answer); none otherwise.
func claimedFigures(d *rag.Draft, c *Correction, confirmed []*Figure, mentions []Mention) ([]rag.Part, []Figure, error) {
	if c != nil {
		if len(confirmed) > 0 && allOfKind(confirmed, c.Actual.Kind) {
			c.Also = ofKind(c.Also, c.Actual.Kind)
		}
		return correctionParts(d, c)
	}
	if len(confirmed) == len(mentions) && (pairedWords([]rune(d.Read), mentions) != nil || bothYears(confirmed) || pointsConfirmedAsPercent(mentions, confirmed)) {
		d.Matched = true
		return nil, uniqueFigures(confirmed), nil
	}
	return nil, nil, nil
}

// allOfKind reports whether every figure of figs is of kind k.
func allOfKind(figs []*Figure, k Kind) bool {
	return !slices.ContainsFunc(figs, func(f *Figure) bool { return f.Kind != k })
}

// ofKind are the figures of figs of kind k. WHY: where the question's
// other figures hold as one period's (稻蟹共生、苇田、海洋牧场面积分别是95万
// 亩、70万亩、84万亩), that period is the one it claims: the other period's
// figure of the corrected thing (the plan's 50万亩) answers nothing asked.
func ofKind(figs []Figure, k Kind) []Figure {
	var out []Figure
	for _, f := range figs {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

// correctionParts are the parts of correction c and of the others it
// holds (Correction.More), each cited, and the figures they give.
func correctionParts(d *rag.Draft, c *Correction) (lead []rag.Part, figs []Figure, err error) {
	all := append([]Correction{*c}, c.More...)
	if swapped(all) {
		// "稻蟹共生70万亩、苇田95万亩对吧" states one period's two figures
		// swapped: that period is the one asked, not the other's 97万亩.
		for i := range all {
			all[i].Also = nil
		}
	}
	for i := range all {
		part, err := correctionPart(d, &all[i])
		if err != nil {
			return nil, nil, err
		}
		lead = append(lead, part)
		figs = append(append(figs, all[i].Actual), all[i].Also...)
	}
	return lead, figs, nil
}

// swapped reports whether a pair's two corrections each correct the
// figure the other gives (same number, same unit) of one period: the
// question stated that period's figures, each on the other's thing.
func swapped(all []Correction) bool {
	if len(all) != 2 {
		return false
	}
	a, b := all[0], all[1]
	states := func(stated string, f Figure) bool {
		return sameDigits(stated, f.Text) && strings.HasSuffix(stated, f.Unit)
	}
	return a.Actual.Kind == b.Actual.Kind && a.Actual.Indicator != b.Actual.Indicator &&
		states(a.Stated, b.Actual) && states(b.Stated, a.Actual)
}

// correctionPart is the correction of a stated figure, cited. When the
// engine found nothing to quote, the correction and the figures become
// the answer, not a refusal beneath them.
func correctionPart(d *rag.Draft, c *Correction) (rag.Part, error) {
	ans := d.Answer
	if !ans.Found {
		ans.Parts, ans.Citations, ans.Found = nil, []rag.Citation{}, true
	}
	i, err := cite(d, c.Actual)
	if err != nil {
		return rag.Part{}, err
	}
	af := c.Actual.JSON()
	if c.Named {
		af = namedFigure(d, c.Actual, af)
	}
	p := c.part(af)
	p.Citations = []int{i}
	if c.Change != nil {
		j, err := cite(d, *c.Change)
		if err != nil {
			return rag.Part{}, err
		}
		ch := c.Change.JSON()
		p.Change = &ch
		if j != i {
			p.Citations = append(p.Citations, j)
		}
	}
	return p, nil
}

// part is the correction as an answer part showing af, not yet cited.
func (c *Correction) part(af rag.AnswerFigure) rag.Part {
	return rag.Part{Type: rag.PartCorrection, Stated: c.Stated, WrongWay: c.WrongWay, OtherUnit: c.OtherUnit, FallTo: c.FallTo, Level: c.Level, ClaimedPeriod: c.ClaimedPeriod, Figure: &af}
}

// answerFigures picks the figures a figure question asks for; done is
// true when it has instead made the answer a "not given" one.
func (st *Stepper) answerFigures(d *rag.Draft, scope string, states bool) (figs []Figure, done bool, err error) {
	in := d.Intent
	found, full, unit, written, loose, looser, unnamed := st.matches(rag.Query{Text: d.Read, Report: scope}, d.Norm(), in)
	strong, named, isNamed := st.strongMatches(d, found, full, unit)
	if nf := unsupported(d, strong, unit, written); nf != nil {
		return st.unsupportedAnswer(d, nf, unit, loose, looser, states)
	}
	if u, w := noneInUnitsAsked(d.Norm(), strong); unit == "" && u != "" {
		if nf := unsupported(d, strong, u, w); nf != nil {
			return st.unsupportedAnswer(d, nf, u, loose, looser, states)
		}
	}
	// A name contracting the one asked (普惠性幼儿园覆盖率 for 普惠率) holds
	// what was asked though its clause does not write the question's words.
	contracted := isNamed && !strings.Contains(named.Indicator, strings.Trim(strong[1].Indicator, "“”\""))
	supports := func(f Figure) bool { return contracted && f == named || d.Supports(f.JSON()) }
	strong, demoted := preferOwnWords(d, strong, st.answerQuoted(d), supports)
	if demoted {
		// The best is of another thing than the quotes give: no figure
		// line, the quotes answer.
		found = slices.DeleteFunc(slices.Clone(found), func(f Figure) bool { return f == strong[0] })
		strong = strong[1:]
	}
	figs = pick(in, strong, full, unit, supports)
	if contracted && slices.Contains(figs, named) {
		d.Matched = true
		// Its clause too: the quotes were found for the short name.
		if err := quoteClause(d, named); err != nil {
			return nil, true, err
		}
	}
	if unnamed && len(figs) == 1 {
		// Found by its unit alone, the figure is shown in its clause:
		// the quotes were found for the question's words, which its
		// indicator barely holds (技改 of 投入技改资金70.1亿元).
		if err := quoteClause(d, figs[0]); err != nil {
			return nil, true, err
		}
	}
	if unit != "" && unit != unitCount && len(figs) == 0 && !st.quotesSupportedIn(d, unit) {
		// Asked for an amount in a unit ("暖气费多少钱") and nothing
		// quoted gives one: the quotes are related, not the answer.
		relatedUnder(d.Answer, rag.GroundOtherUnit, noFigureNotice(in.Lang, written))
		return nil, true, nil
	}
	if pair := bothYearsLevels(in, strong, full, figs); pair != nil && movesAsAsked(d.Norm(), pair[0], pair[1]) {
		d.Matched = true // named whole, matched: neither level's clause holds a change
		return pair, false, nil
	}
	if st.quotesOnlyRelated(d, in, figs) {
		return nil, true, nil
	}
	if len(figs) == 0 && !in.List && !in.Topic {
		// The best figures found, though none is of what was asked
		// (进出口总额 for exports): offered, the engine's grounding
		// drops them, and shows them as related text when nothing
		// else answers.
		figs = pick(in, found, full, unit, func(Figure) bool { return true })
	}
	return figs, false, nil
}

// strongMatches are the figures found less those of another kind of what
// was asked, with the one named in the asked period (isNamed) put first.
func (st *Stepper) strongMatches(d *rag.Draft, found []Figure, full map[Figure]bool, unit string) (strong []Figure, named Figure, isNamed bool) {
	// Another kind of what was asked (规上工业增加值 for 工业投资) answers
	// nothing, not even as the other year's figure; it may still be shown
	// as related text (answerFigures).
	other := func(f Figure) bool { return d.OtherKind(f.Indicator) }
	strong = found
	if slices.ContainsFunc(found, other) {
		strong = slices.DeleteFunc(slices.Clone(found), other)
	}
	named, isNamed = st.namedInAskedPeriod(d, strong, full, unit)
	if isNamed {
		strong = append([]Figure{named}, strong...)
	}
	return strong, named, isNamed
}

// quotesOnlyRelated reports whether figs, picked for d as in asks, leave a
// question of another figure than the quotes hold — a change where they
// give amounts, now where they give a target — and if so makes the quotes
// related text under its notice.
func (st *Stepper) quotesOnlyRelated(d *rag.Draft, in rag.Intent, figs []Figure) bool {
	if in.Change && d.Answer.Found && len(figs) == 0 && !in.List && !in.Topic && !st.quotesHoldChange(d) {
		// Asked by how much it moved ("实际利用外资增长了多少") and the
		// quotes give only amounts (7.5亿美元): related, not the answer.
		relatedUnder(d.Answer, rag.GroundNoSuchFigure, noChangeNotice(in.Lang))
		return true
	}
	if in.Period == rag.PeriodNone && len(in.Years) == 0 && len(figs) > 0 && asksNow(d.Norm()) && allTargets(figs) {
		// "现在每千人托位数是多少" where the report gives only the plan
		// year's target (4.5个): a target is no figure of now.
		relatedUnder(d.Answer, rag.GroundOtherPeriod, onlyTargetNotice(in.Lang))
		return true
	}
	return false
}

// namedMembers puts for each figure the member of its list that
// the question names by its own word instead (Index.listNeighbour):
// "央地合作项目去年新签了几个" asks 新签约19个, not 谋划梳理87个 of the
// same breath, which the longer name of the whole found first.
func (st *Stepper) namedMembers(figs []Figure, norm string) []Figure {
	for i := range figs {
		if g := st.idx.listNeighbour(&figs[i], norm); g != nil {
			figs[i] = *g
		}
	}
	return figs
}

// unsupportedAnswer answers a figure question whose best figures are not
// of what was asked (nf says why): the engine's quote in words, another
// year's figure of the same thing, or a "not given" answer.
func (st *Stepper) unsupportedAnswer(d *rag.Draft, nf *notGivenFigure, unit string, loose *Figure, looser, states bool) ([]Figure, bool, error) {
	if nf.grounding == rag.GroundOtherPeriod && unit == "" && !asksExactFigure(d.Norm()) && d.Answer.Found && st.targetInWords(d) {
		d.Matched = true // the engine's quote is the answer, in words
		return nil, true, nil
	}
	if nf.grounding == rag.GroundOtherPeriod && loose != nil {
		if !states && namesNoLess(*loose, nf.near, d.Norm()) && d.Supports(loose.JSON()) {
			// "去年修了多少路": 维修新建农村公路182.3公里 is 2024's
			// figure of what 2025's 四好农村路 named, and the question
			// writes nothing of 2025's that 2024's lacks. A question
			// stating a figure ("260个项目里…") asks of that one.
			return st.namedMembers([]Figure{*loose}, d.Norm()), false, nil
		}
		// The year asked has a figure like it: shown as the nearest,
		// not "that year's is not given" — unless it is named only
		// as loosely as looseOfPeriod's second reading allows, which
		// answers or says nothing (一般公共预算收入 is no nearer to
		// 居民收入 than the other year's figure).
		if !looser {
			nf = &notGivenFigure{near: *loose, reason: "这项数字", grounding: rag.GroundNoSuchFigure}
		}
	}
	return nil, true, notGiven(d, nf)
}

// bothYearsLevels answers a rise asked of a level this year ("化工精细化率今年要提高
// 多少个百分点", "海洋牧场面积今年比去年增加多少") that the report gives no
// change of, but whose level it gives for both years under one indicator
// and one unit (提升至45%, 达到48%; 48万亩, 50万亩): the two
// levels are the answer, the rise read between them, where "no change
// given" would decline what the report does say. Not a rise asked of the
// year reviewed: its change is from the year before, which the report
// does not give. The question must name the indicator whole (full), as
// it must any figure it is shown beside another year's. Nil when no such
// pair is found, or a change was picked.
func bothYearsLevels(in rag.Intent, strong []Figure, full map[Figure]bool, picked []Figure) []Figure {
	if !in.Change || len(picked) > 0 || in.List || in.Topic || in.Period == rag.PeriodResult || len(in.Years) > 0 || len(strong) < 2 {
		return nil
	}
	var result, target *Figure
	for i := range strong {
		f := &strong[i]
		if f.Unit != strong[0].Unit || isChange(*f) || f.Indicator != strong[0].Indicator || f.Unit != "%" && rag.YearsDoing(f.Indicator) {
			// What a year did (城镇新增就业) is no level: two years' flows
			// do not tell a rise.
			continue
		}
		switch {
		case f.Kind == KindResult && result == nil:
			result = f
		case f.Kind == KindTarget && target == nil:
			target = f
		}
	}
	if result == nil || target == nil || !full[*result] || !full[*target] {
		return nil
	}
	return []Figure{*result, *target}
}

// movesAsAsked reports whether the target moves from the result the way
// the question asks (提高 up, 下降 down): a target below the result
// (实际利用外资 7.5亿美元 then 4亿美元) tells no rise, and shown for
// "增长多少" it would read as one.
func movesAsAsked(norm string, result, target Figure) bool {
	if fallAsked.MatchString(norm) {
		return target.Value < result.Value
	}
	return target.Value > result.Value
}

// fallAsked asks how much a thing falls, not rises.
var fallAsked = regexp.MustCompile(`下降|降低|减少|压减|回落|\bfall|\bdecline|\bdecrease|\breduc|\bdrop`)

// namesNoLess reports whether a question (norm) names of figure loose's
// indicator every word it names of strong's: "去年央地合作项目实施多少个"
// writes 实施 of 2025's 滚动实施央地合作项目, which 2024's 央地合作项目谋划
// 梳理 lacks: a sibling stage, not the same figure a year apart.
func namesNoLess(loose, strong Figure, norm string) bool {
	have := rag.Normalize(loose.Indicator)
	for _, g := range bigrams(rag.Normalize(strong.Indicator)) {
		if strings.Contains(norm, g) && !strings.Contains(have, g) {
			return false
		}
	}
	return true
}

// relatedUnder makes the answer not found: a notice, then its quotes as
// related text.
func relatedUnder(ans *rag.Answer, grounding, notice string) {
	ans.Found = false
	ans.Understood.Grounding = grounding
	ans.Parts = append([]rag.Part{rag.TextPart(rag.RoleNotice, notice)}, withoutIntro(ans.Parts)...)
}

// quoteCorrected quotes the clause of each figure correction c gives
// that no quote of the answer holds: the quotes were found for the
// question's words, stated figure too ("今年实施亿元以上项目80个吧" finds
// 新签约's 其中亿元以上项目80个), and the figure that corrects it is shown
// as the report writes it as well (其中亿元以上项目125个).
func quoteCorrected(d *rag.Draft, c *Correction) error {
	for _, f := range append([]Figure{c.Actual}, moreActual(c)...) {
		if err := quoteClause(d, f); err != nil {
			return err
		}
	}
	return nil
}

// quoteClause quotes the clause of f unless a quote of the answer holds it.
func quoteClause(d *rag.Draft, f Figure) error {
	ans := d.Answer
	quoted := slices.ContainsFunc(ans.Parts, func(p rag.Part) bool {
		if p.Type != rag.PartQuote || len(p.Citations) == 0 {
			return false
		}
		q := ans.Citations[p.Citations[0]]
		return q.Report == f.Report && q.Paragraph == f.Paragraph && q.Start <= f.Start && f.End <= q.End
	})
	if quoted {
		return nil
	}
	cite, err := clauseCitation(d, f)
	if err != nil {
		return err
	}
	i := ans.Cite(cite)
	ans.Parts = append(ans.Parts, rag.Part{Type: rag.PartQuote, Text: ans.Citations[i].Quote, Citations: []int{i}})
	return nil
}

// moreActual are the figures of the other corrections c holds.
func moreActual(c *Correction) []Figure {
	out := make([]Figure, 0, len(c.More))
	for _, m := range c.More {
		out = append(out, m.Actual)
	}
	return out
}

// quotedPremise corrects a figure the question states that the answer's
// own quotes contradict, when the figures index found none of the stated
// indicator to hold it to ("红海滩…排第3名，是吗" quoting 排行榜第7名): the one
// figure of a compatible unit the quotes give stands where the stated one
// would. Nil when the quotes give that figure, or more than one candidate.
// stated are the question's figures (statedFigures).
func (st *Stepper) quotedPremise(d *rag.Draft, stated []Mention) *Correction {
	ans := d.Answer
	if !ans.Found {
		return nil
	}
	rs := []rune(d.Read)
	whoFirst := rag.AsksWhoFirst(d.Norm())
	claim := d.ClaimShaped()
	paired := pairedWords(rs, stated)
	for i, m := range stated {
		// A bare number a claim says its thing is ("PM2.5是30吧") is
		// held to the quoted figure of that thing in whatever unit.
		bareIs := m.Value.Unit == "" && readBare(m, rs, d.Intent.Lang == "en", claim) == bareIs
		if m.Value.Unit == "" && !bareIs || namesWhole(rs[m.End:]) || selectsClass(m, rs) || topN(m, rs) || whoFirst && m.Value.Unit == UnitRank {
			continue
		}
		var cands []Figure
		for _, p := range ans.Parts {
			if p.Type != rag.PartQuote || len(p.Citations) == 0 {
				continue
			}
			c := ans.Citations[p.Citations[0]]
			figs, own := st.quotedFigures(c), false
			if paired != nil {
				figs, own = ownThingsFigures(d, paired[i], figs)
			}
			supports := func(f Figure) bool { return own || d.Supports(f.JSON()) }
			for _, f := range figs {
				if !UnitsCompatible(m.Value.Unit, f.Unit) || bareIs && (f.Unit == "" || f.Unit == UnitRank) {
					continue
				}
				if m.Value.Admits(f.Amount()) {
					supported := supports(f)
					if dir, said := statedChange(rs, m); wrongWay(dir, &f) && supported {
						// The number quoted, moved the other way
						// ("物业投诉量上升18.6%" quoting 下降18.6%).
						return &Correction{Stated: said, Actual: f, WrongWay: true}
					}
					if supported && !st.outnamedInQuotes(d, m, rs, f) || !claim {
						// Of what was asked, or a number the question
						// sets out from ("去年11个老旧小区平均每个惠及多少户"):
						// nothing contradicts it. A figure of the
						// sentence asked whose own words name less of
						// the claim than another's (230个续建项目 for
						// 新开工项目, beside 272个新建项目开工建设) is
						// another thing's: it confirms nothing.
						return nil
					}
					// A claim whose number the quote gives of another
					// thing (198件政协提案 for 人大代表建议) is confirmed by
					// nothing, and contradicted only when the thing asked
					// has its own figure there (126件人大代表建议).
					continue
				}
				if supports(f) && !st.quotedOfOther(d, rs, m, f) {
					cands = append(cands, f)
				}
			}
		}
		if cands = namesClaimed(m, rs, ownMeasure(m, cands)); len(cands) == 1 {
			return &Correction{Stated: m.Text, Actual: cands[0]}
		}
	}
	return nil
}

// outnamedInQuotes reports whether another quoted figure the question's
// words support, in a unit the stated figure m's fits, names the claim
// better than f does (namesClaimed): the claim is of that one.
func (st *Stepper) outnamedInQuotes(d *rag.Draft, m Mention, rs []rune, f Figure) bool {
	if !d.ClaimShaped() {
		return false
	}
	all := []Figure{f}
	for _, p := range d.Answer.Parts {
		if p.Type != rag.PartQuote || len(p.Citations) == 0 {
			continue
		}
		for _, o := range st.quotedFigures(d.Answer.Citations[p.Citations[0]]) {
			if !containsFigure(all, &o) && UnitsCompatible(m.Value.Unit, o.Unit) && d.Supports(o.JSON()) {
				all = append(all, o)
			}
		}
	}
	best := namesClaimed(m, rs, all)
	return len(best) == 1 && best[0] != f
}

// ownThingsFigures are the figures of figs whose indicators write most of
// what words, the words of one figure of a pair (pairedWords), ask, and
// true: they are of the claim's own thing. All of figs and false when
// words name nothing any of them writes. WHY: each figure of a pair is
// claimed of its own thing, and the other thing's figure in the same
// quote (刑事、治安警情分别下降26.1%、24.3%) neither confirms it nor is its
// correction; the question's words as a whole name both, and its head
// (public order) is not the first figure's.
func ownThingsFigures(d *rag.Draft, words string, figs []Figure) ([]Figure, bool) {
	best := 0
	for _, f := range figs {
		best = max(best, d.HeldOwn(words, f.Indicator))
	}
	if best == 0 {
		return figs, false
	}
	return slices.DeleteFunc(slices.Clone(figs), func(f Figure) bool { return d.HeldOwn(words, f.Indicator) < best }), true
}

// namesClaimed narrows the quoted figures a stated figure may stand for
// to the one whose indicator holds the most characters of the words its
// clause claims it of, when one holds more than every other: "去年新开工项目
// 230个吧" quoting 开复工项目502个 and 272个新建项目开工建设 is of 272个, whose
// own words name 新 and 开工 both — not of 502个, and not of 230个续建项目,
// which names neither.
func namesClaimed(m Mention, rs []rune, cands []Figure) []Figure {
	if len(cands) < 2 {
		return cands
	}
	claimed := string(rs[clauseStart(rs, m.Start):m.Start])
	best, bestN, tie := 0, -1, false
	for i, f := range cands {
		n := 0
		seen := map[rune]bool{}
		for _, r := range claimed {
			if r >= 0x80 && !seen[r] && strings.ContainsRune(f.Indicator, r) {
				seen[r] = true
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = i, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie {
		return cands
	}
	return cands[best : best+1]
}

// ownMeasure narrows the quoted figures a stated figure may stand for to
// those in its own measure word when there are several: counting words
// compare (85台 = 85辆), yet "公交买100台" is of 132台 of buses, not 10条 of
// routes quoted beside it.
func ownMeasure(m Mention, cands []Figure) []Figure {
	if len(cands) < 2 || m.Value.Unit == "" {
		return cands
	}
	var same []Figure
	for _, f := range cands {
		if measureOf(f.Unit) == measureOf(m.Value.Unit) {
			same = append(same, f)
		}
	}
	if len(same) == 0 {
		return cands
	}
	return same
}

// quotedMove corrects a claim of a move with no number (moveClaim) that
// the answer's quotes contradict, when the figures index found no
// indicator named strongly enough ("去年信访量上升了吧" quoting 信访总量
// 下降25.8%): the one quoted figure of the kind asked that moved, and whose
// indicator shares the claim's words, moved the other way. Nil when a
// quote's figure moved the way claimed, or more than one could be meant.
func (st *Stepper) quotedMove(d *rag.Draft, stated []Mention, scope string) *Correction {
	if !d.Answer.Found {
		return nil
	}
	named, w, kind, ok := moveClaim(d.Read, d.Norm(), stated, st.idx.scope(scope))
	if !ok {
		return nil
	}
	norm := rag.Normalize(named)
	var cands []Figure
	for _, p := range d.Answer.Parts {
		if p.Type != rag.PartQuote || len(p.Citations) == 0 {
			continue
		}
		for _, f := range st.quotedFigures(d.Answer.Citations[p.Citations[0]]) {
			if f.Direction == 0 || f.Kind != kind || literalShare(f.Indicator, norm) == 0 {
				continue
			}
			if f.Direction == w.dir {
				return nil
			}
			if d.Supports(f.JSON()) && !slices.ContainsFunc(cands, func(c Figure) bool { return c.Paragraph == f.Paragraph && c.Start == f.Start }) {
				cands = append(cands, f)
			}
		}
	}
	if len(cands) != 1 {
		return nil
	}
	return &Correction{Stated: w.word, Actual: cands[0], WrongWay: true}
}

// track answers whether a year's targets were met: each target of the
// report that set them (those the question names, or all) beside its
// result in the report that reviewed the year, both cited. Without a pair
// it leaves the answer to the engine.
func (st *Stepper) track(d *rag.Draft) error {
	tr := d.Track
	pairs := st.idx.named(st.idx.Track(tr.Target.Meta.ID, tr.Result.Meta.ID, tr.Year), d.Read, d.Intent.Expand, tr.Target.Meta.ID)
	if len(pairs) == 0 {
		return nil
	}
	ans := d.Answer
	ans.Citations, ans.Figures, ans.Found = []rag.Citation{}, nil, true
	intro := fmt.Sprintf("%d年的目标（《%s》）与结果（《%s》）对照：", tr.Year, tr.Target.Meta.Title, tr.Result.Meta.Title)
	if d.Intent.Lang == "en" {
		intro = fmt.Sprintf("%d targets (%s) against results (%s):", tr.Year, tr.Target.Meta.Title, tr.Result.Meta.Title)
	}
	ans.Parts = []rag.Part{rag.TextPart(rag.RoleIntro, intro)}
	for _, p := range pairs {
		ti, err := cite(d, p.Target)
		if err != nil {
			return err
		}
		ri, err := cite(d, p.Result)
		if err != nil {
			return err
		}
		target, result := p.Target.JSON(), p.Result.JSON()
		ans.Figures = append(ans.Figures, target, result)
		ans.Parts = append(ans.Parts, rag.Part{Type: rag.PartTrack, Figure: &target, Result: &result, Status: p.Status, Citations: []int{ti, ri}})
	}
	ans.Report, ans.Reports = tr.Result.Ref(), []rag.ReportRef{tr.Target.Ref(), tr.Result.Ref()}
	ans.Understood.Intent, ans.Understood.Grounding = "track", ""
	d.Track = nil
	return nil
}

// maxHeadline bounds the figures a summary answer gives: a phone screen.
const maxHeadline = 8

// headline puts the figures of a period's overview paragraph (2024's
// results in ¶6) at the head of a summary answer, each cited.
func (st *Stepper) headline(d *rag.Draft, ov *rag.Paragraph) error {
	var figs []Figure
	for _, f := range st.idx.inParagraph(ov.Report, ov.N) {
		if len(figs) == maxHeadline {
			break
		}
		if f.Kind == KindOther || f.Indicator == "" || f.Unit == "周年" || f.Unit == "年" {
			continue // "建市40周年" is a date, not a result
		}
		figs = append(figs, f)
	}
	return addFigureLines(d, nil, figs)
}

// rankedAt answers "哪些指标在全省排第一": every ranking of the report in
// scope at the place the question names, where the question names it
// (全省 or 全国), of the period it asks.
func (st *Stepper) rankedAt(d *rag.Draft) []Figure {
	ms := findRanks(d.Read)
	if len(ms) != 1 {
		return nil
	}
	rs := []rune(d.Read)
	where := "" // 全省, 全国: rankings elsewhere are not asked
	if w := string(rs[ms[0].start:ms[0].ordinal]); strings.HasPrefix(w, "全省") || strings.HasPrefix(w, "全国") {
		where = w[:len("全省")]
	}
	var out []Figure
	for _, f := range st.idx.figs { // read in place: All copies them all
		if f.Unit != UnitRank || f.Value != ms[0].place || !strings.HasPrefix(f.Text, where) ||
			d.Scope != nil && f.Report != d.Scope.Meta.ID {
			continue
		}
		if want := askedKind(d.Intent); want != "" && f.Kind != want {
			continue
		}
		out = append(out, f)
	}
	return out
}

// figurePart cites f and adds it to the answer's figures: a headline line.
func figurePart(d *rag.Draft, f Figure) (rag.Part, error) {
	i, err := cite(d, f)
	if err != nil {
		return rag.Part{}, err
	}
	af := f.JSON()
	d.Answer.Figures = append(d.Answer.Figures, af)
	return rag.Part{Type: rag.PartFigure, Figure: &af, Citations: []int{i}}, nil
}

// headlines puts figures at the head of the answer, each cited.
func (st *Stepper) headlines(d *rag.Draft, figs []Figure) error {
	if !d.Answer.Found {
		d.Answer.Parts, d.Answer.Found = nil, true
	}
	return addFigureLines(d, nil, figs)
}

// withoutIntro is parts without an opening "根据报告：".
func withoutIntro(parts []rag.Part) []rag.Part {
	if len(parts) > 0 && parts[0].Role == rag.RoleIntro {
		return parts[1:]
	}
	return parts
}

// insertAfterIntro puts lines after the answer's introduction when it
// has one, else before the answer.
func insertAfterIntro(parts, lines []rag.Part) []rag.Part {
	out := make([]rag.Part, 0, len(parts)+len(lines))
	if len(parts) > 0 && parts[0].Role == rag.RoleIntro {
		out = append(out, parts[0])
		parts = parts[1:]
	}
	out = append(out, lines...)
	return append(out, parts...)
}

// cite makes sure the answer cites figure f: a citation of its paragraph
// whose quote contains it, or a new one quoting the figure itself.
func cite(d *rag.Draft, f Figure) (int, error) {
	i, err := d.CiteSpan(f.Report, f.Paragraph, f.Start, f.End, f.Period)
	if err != nil {
		return 0, fmt.Errorf("figures: %w", err)
	}
	return i, nil
}

// notGiven turns the answer into "the report does not give this", showing
// the nearby figure it does give, labelled and cited.
func notGiven(d *rag.Draft, nf *notGivenFigure) error {
	f := nf.near
	notice := fmt.Sprintf("报告没有给出%s。报告给出的是：", nf.reason)
	if d.Intent.Lang == "en" {
		notice = "The report does not give this figure. The nearest it gives:"
	}
	ans := d.Answer
	ans.Found = false
	ans.Understood.Grounding = nf.grounding
	ans.Citations = []rag.Citation{}
	i, err := cite(d, f)
	if err != nil {
		return err
	}
	af := f.JSON()
	ans.Figures = []rag.AnswerFigure{af}
	ans.Parts = []rag.Part{rag.TextPart(rag.RoleNotice, notice), {Type: rag.PartFigure, Figure: &af, Citations: []int{i}}}
	// The figure's clause too, as a found figure shows its sentence: the
	// card's indicator is the index's reading ("旅客接待量增长：64％"), the
	// clause is what the report writes of it (旅客接待量、旅游收入分别增长64％),
	// so the reader sees what the figure given instead is of.
	c, err := clauseCitation(d, f)
	if err != nil {
		return err
	}
	if j := ans.Cite(c); j != i {
		ans.Parts = append(ans.Parts, rag.Part{Type: rag.PartQuote, Text: ans.Citations[j].Quote, Citations: []int{j}})
	}
	return nil
}

// JSON is the figure as answers and the figures API show it.
func (f Figure) JSON() rag.AnswerFigure {
	af := rag.AnswerFigure{
		Indicator: f.Indicator, Value: f.Text, Number: f.Value, Unit: f.Unit, Qualifier: f.Qualifier,
		Direction: f.Direction, Kind: string(f.Kind), Period: f.Period, Report: f.Report, Paragraph: f.Paragraph, Start: f.Start, End: f.End,
	}
	if f.Max != f.Value {
		m := f.Max
		af.Max = &m
	}
	return af
}

// strongCoverage is the share of an indicator's words a question must
// contain before that indicator's figure is offered as the answer.
const strongCoverage = 0.5

// unitCoverage is strongCoverage for a figure of the period asked in the
// unit asked.
const unitCoverage = 0.4

// fullCoverage: the question names all of the indicator.
const fullCoverage = 0.99

// askedUnit finds where a figure question asks for a unit: "多少亿元",
// "几台", "多少户", and "多少亿" (an amount in 亿元).
var askedUnit = regexp.MustCompile(`(?:多少|几)((?:万|亿|千)?)(美元|元|万标箱|标箱|人次|人|台|辆|家|项|所|万吨|吨|顿|公顷|平方米|亩|公里|场|次|件|条|座|倍|钱|户|张|名|位|套|处|部|口|颗|只|头|艘|架|棵|株|篇|栋|类|天|小时|分钟)?`)

// englishUnitAsked finds the unit an English figure question asks for:
// "how many TEU", "in tons", "how many kilometres of", "how many people".
// A scale may be plural and take "of" ("in billions of yuan"); containers
// are counted in TEU.
var englishUnitAsked = regexp.MustCompile(`\b(?:how many|in|number of)\s+(?:(?:thousands?|millions?|billions?|hundreds? of millions|hundred million|ten thousand)\s+(?:of\s+)?)?(teu|tons|tonnes|kilometers|kilometres|km|yuan|mu|hectares|households|people|containers)\b`)

// englishMoneyAsked: "how much" with a verb of money, or with debt a word
// or two on, asks an amount in yuan ("how much is it spending", "how much
// outstanding government debt"); so does "how much is" a payment's noun
// (subsidy, allowance, fee, price), which is a sum per head or per thing,
// not a count of places. Not money or funds: the report may give those as
// a multiple (奖励资金为2023年五倍).
var englishMoneyAsked = regexp.MustCompile(`\bhow much\b.*\b(?:owe|owes|owed|owing|cost|costs|costing|spend|spends|spending|spent|pay|pays|paying|paid|earn|earns|earning|earned)\b|\bhow much\s+(?:[a-z'-]+\s+){0,2}(?:debt|debts)\b|` +
	`\bhow much\s+(?:is|are|was|were|will be)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z'-]+\s+){0,3}(?:subsidy|subsidies|allowance|allowances|fee|fees|price|prices|stipend|stipends)\b`)

// englishChangeAsked: a change asked ("how much should R&D spending
// grow") is no amount.
var englishChangeAsked = regexp.MustCompile(`\b(?:grow|grew|grown|growth|increase|increased|rise|rose|up|down|fall|fell|drop|dropped|cut|reduce|reduced|decline|declined|change|changed|save|saved)\b`)

// englishCountedAs are the units of English count nouns the scanner does
// not read as units.
var englishCountedAs = map[string]string{"containers": "标箱"}

// englishSpace is what \s matches in englishUnitAsked and englishPercentAsked.
const englishSpace = " \t\n\f\r"

// englishPercentAsked: an English question asking a percentage.
var englishPercentAsked = regexp.MustCompile(`\b(?:what|which|how many|by what|how much of a)\s+(?:percentage|percent|per cent)\b`)

// unitAsked is the unit a normalized figure question asks for and how it
// writes it ("多少亿元" → 元, 亿元); "" when it does not say. A measure
// word that starts a noun asks for no unit ("多少项目", "几家企业": the
// count may be written in 个), and 个 asks for a count of anything.
func unitAsked(norm string) (unit, written string) {
	norm = countedYi.Replace(norm)
	if strings.Count(norm, "多少")+strings.Count(norm, "几") > 1 {
		return "", "" // several figures asked: no one unit for all
	}
	if strings.Contains(norm, "百分之几") || strings.Contains(norm, "百分之多少") {
		return "%", "%" // a share or a growth rate, not an amount
	}
	if (strings.Contains(norm, "总") || strings.Contains(norm, "total")) && investmentAsked.MatchString(norm) && !changeAsked.MatchString(norm) {
		return "元", "元" // "12项重点水利工程 总投资": an amount of money
	}
	// The English patterns need an ASCII space: most questions have none,
	// and need not be run through them.
	if strings.ContainsAny(norm, englishSpace) {
		if unit, written := englishUnitAskedIn(norm); unit != "" {
			return unit, written
		}
	}
	if !strings.Contains(norm, "多少") && !strings.Contains(norm, "几") {
		return shorthandUnitAsked(norm)
	}
	for _, m := range askedUnit.FindAllStringSubmatchIndex(norm, -1) {
		if strings.HasSuffix(norm[:m[0]], "哪") {
			continue // "哪几个项目" asks which, not how many
		}
		scale := norm[m[2]:m[3]]
		if m[4] < 0 {
			if scale == "亿" {
				return "元", "亿元" // "多少亿" is an amount of money
			}
			continue
		}
		unit = norm[m[4]:m[5]]
		if startsWord(unit, norm[m[5]:]) || strings.HasSuffix(norm[:m[0]], "第") {
			continue // a noun, or a rank: "第几位"
		}
		written = scale + unit
		switch unit {
		case "钱": // "多少钱" asks for an amount in 元
			unit, written = "元", "元"
		case "万吨":
			unit = "吨"
		case "顿": // the pinyin slip for 吨
			unit, written = "吨", scale+"吨"
		case "万标箱":
			unit = "标箱"
		}
		return unit, written
	}
	if m := countAsked.FindStringSubmatchIndex(norm); m != nil && !strings.HasSuffix(norm[:m[0]], "哪") && !strings.HasSuffix(norm[:m[0]], "第") {
		// "今年要建设几个配套泊位", "多少个项目": a count of things, which an
		// area (3.57平方公里) or a size class (500万元以上) does not answer.
		return unitCount, "个"
	}
	return "", ""
}

// countAsked asks how many with 个 and no other measure: not 几个百分点, 几个
// 点, 几个月 (a rate or a span of time).
var countAsked = regexp.MustCompile(`(?:多少|几)个(?:[^百点月钟工]|$)`)

// englishUnitAskedIn is unitAsked for an English question; "" when it
// asks no unit. The cheap Contains checks spare most questions the
// regexps.
func englishUnitAskedIn(norm string) (unit, written string) {
	if strings.Contains(norm, "dollar") || strings.Contains(norm, "usd") {
		if englishDollarsAsked.MatchString(norm) && !englishChangeAsked.MatchString(norm) {
			return "美元", "US dollars" // 147亿元 is no sum in dollars
		}
	}
	if strings.Contains(norm, "per") && englishPercentAsked.MatchString(norm) {
		return "%", "percent"
	}
	if strings.Contains(norm, "how much") && englishMoneyAsked.MatchString(norm) && !englishChangeAsked.MatchString(norm) {
		return "元", "yuan"
	}
	if strings.Contains(norm, "value") && englishValueAsked.MatchString(norm) && !englishChangeAsked.MatchString(norm) {
		return "元", "yuan" // a value is money: "the total contract value"
	}
	if m := englishUnitAsked.FindStringSubmatch(norm); m != nil {
		if u, ok := englishCountedAs[m[1]]; ok {
			return u, m[1]
		}
		return englishUnits[m[1]], m[1] // the scanner's English units
	}
	if englishAreaAsked.MatchString(norm) && !englishChangeAsked.MatchString(norm) {
		return unitArea, "units of area"
	}
	if m := englishCountAsked.FindStringSubmatch(norm); m != nil && !notCounted[m[1]] && strings.Count(norm, "how many") == 1 {
		return unitCount, "a count of " + m[1]
	}
	return "", ""
}

// englishDollarsAsked asks a sum in US dollars: "in US dollars", "in
// USD", "how many dollars".
var englishDollarsAsked = regexp.MustCompile(`\bin (?:us |u\.s\. |american )?dollars?\b|\bin usd\b|\bhow many (?:us )?dollars\b`)

// englishAreaAsked asks an area: "the planting area", "acreage", "how
// large an area", "the area of…". A figure in tonnes or a share is no
// area, however much of the question it names (粮食产量 110万吨 for
// "the target for grain planting area").
var englishAreaAsked = regexp.MustCompile(`\b(?:planting|planted|sown|sowing|cultivated|cultivation|growing|crop|farmland|farming|land|floor|covered|irrigated|irrigation|restored|restoration|built-up|total|paddy)\s+areas?\b|\bacreage\b|\bhow (?:large|big|much) (?:an? )?(?:area|land)\b|\barea (?:of|planted|sown|under|covered)\b`)

// englishValueAsked asks a value, an amount of money: "the total contract
// value", "output value", "what is the value of".
var englishValueAsked = regexp.MustCompile(`\b(?:total|contract|output|trade|transaction|investment|production) value\b|\bvalue of\b`)

// englishCountAsked: "how many" and a noun asks a count of things, which
// a share or an amount does not answer ("How many science-based SMEs
// does Panjin have?" is not answered by their growth, 35.8%). Units and
// spans of time are read before it or kept out by notCounted.
var englishCountAsked = regexp.MustCompile(`\bhow many\s+(?:more\s+|new\s+|additional\s+|other\s+)?([a-z][a-z-]*)`)

var notCounted = map[string]bool{"of": true, "percent": true, "percentage": true, "per": true, "times": true, "time": true,
	"days": true, "years": true, "months": true, "hours": true, "minutes": true, "weeks": true, "points": true,
	"are": true, "were": true, "is": true, "was": true, "did": true, "does": true, "do": true, "have": true, "has": true, "will": true, "the": true}

// unitCount is the unit of a count of any things (englishCountAsked):
// a figure in a measure word, or a bare number, fits it.
const unitCount = "#count"

// unitArea is the unit of an area asked in any measure of it
// (englishAreaAsked): 亩, 公顷 or 平方公里 fit it alike.
const unitArea = "#area"

// areaFits: a figure in unit measures an area.
func areaFits(unit string) bool {
	switch measureOf(unit) {
	case "亩", "公顷", "平方公里", "平方千米", "平方米":
		return true
	}
	return false
}

// countFits: a figure in unit counts things.
func countFits(unit string) bool {
	return unit == "" || isClassifier(unit) || strings.Contains("人次 场次 起 次 场", unit)
}

// countedYi reads 多少个亿 as 多少亿: 个 there is no unit asked; and 几个
// 小时 as 几小时, a span of time asked.
var countedYi = strings.NewReplacer("多少个亿", "多少亿", "几个亿", "几亿", "多少个小时", "多少小时", "几个小时", "几小时",
	"多少个钟头", "多少小时", "几个钟头", "几小时", "多少钟头", "多少小时", "几钟头", "几小时")

// investmentAsked names an amount of money a project costs: 总投资,
// 总造价, the total investment of…; changeAsked, a change of it instead.
var (
	investmentAsked = regexp.MustCompile(`总投资|总造价|总投入|投资总额|\btotal (?:investment|cost)\b`)
	changeAsked     = regexp.MustCompile(`增长|增速|增幅|涨|下降|降低|占|比例|比重|\bgrow|\bgrowth\b|\bincrease|\bfell\b|\brose\b|\bshare\b|\bpercent|\bproportion\b`)
)

// shorthandUnit is the unit staff shorthand names without 多少: "旅客接待量
// 2024（万人次）", "集装箱吞吐量 2024 万TEU", "刑事警情 2024 起数".
var shorthandUnit = regexp.MustCompile(`(?:[(（]|\s)(万|亿|千)?(人次|teu|标箱|吨|美元|元)(?:[)）]|\s*[?？]?$)|(起|件|户|家)数(?:\s*$|[?？])`)

func shorthandUnitAsked(norm string) (unit, written string) {
	m := shorthandUnit.FindStringSubmatch(norm)
	switch {
	case m == nil:
		return "", ""
	case m[3] != "":
		return m[3], m[3]
	case m[2] == "teu":
		return "标箱", m[1] + "标箱"
	}
	return m[2], m[1] + m[2]
}

// startsWord reports whether the measure word before rest is the first
// character of a noun (项目, 人口, 家庭) rather than the unit of a count
// ("几家企业" counts in 家).
func startsWord(unit, rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.Contains(measureNouns, unit+string(r))
}

// measureNouns are nouns that begin with a measure word.
const measureNouns = "项目 人口 人才 人员 人民 人均 人次 家庭 家长 条件 条例 位置 所得 部门 名额 场所 场景 台风 户籍 户口 次数 件数 起步 起来 起码 起点 起飞 起草 起始 起诉 起源 起跑 起伏 起重 起降"

// matches are the figures whose indicator the question q (norm
// normalized) names strongly, best first, with the unit the question asks
// for (if any).
//
// loose is a figure of the period asked, named less strongly, in the unit
// of a strong figure of the other period, when all the strong ones are;
// nil when none.
func (st *Stepper) matches(q rag.Query, norm string, in rag.Intent) (strong []Figure, full map[Figure]bool, unit, written string, loose *Figure, looser, unnamed bool) {
	unit, written = unitAsked(norm)
	// A figure in the very unit asked may be named more loosely: "去年农村
	// 公路修了多少公里" names 农村公路 of 维修新建农村公路182.3公里, which
	// is no less the answer for the verb it does not repeat.
	inUnit := func(f *Figure) float64 {
		if unit != "" && unit == f.Unit {
			return unitCoverage
		}
		return strongCoverage
	}
	seen := map[*Figure]bool{}
	var all []scored
	add := func(found []scored) {
		for _, s := range found {
			if s.coverage >= inUnit(s.fig) && !seen[s.fig] {
				seen[s.fig] = true
				all = append(all, s)
			}
		}
	}
	first := Query{Text: q.Text, Expand: in.Expand, Report: q.Report, Limit: 8, Rank: in.Rank, norm: norm}
	first.grams = st.idx.queryGramIDs(first) // the same words are searched again below
	add(st.idx.search(first))
	if want := askedKind(in); want != "" {
		// The best figures of the period asked, too: a shorter indicator
		// of that period (普惠率) can score below a longer one of the other
		// period (普惠性幼儿园覆盖率) and be cut from the first search.
		again := first
		again.Kind = want
		ofWant := st.idx.search(again)
		add(ofWant)
		if len(all) > 0 && !slices.ContainsFunc(all, func(s scored) bool { return s.fig.Kind == want }) {
			// Only the other year's figure is named strongly ("去年修了多少
			// 路": the plan's 四好农村路100公里). A figure of the year asked
			// in the same unit, named as loosely as inUnit allows, may be
			// its figure or a sibling's (谋划梳理87个 for 实施): the year
			// asked is then not "not given".
			loose, looser = looseOfPeriod(ofWant, all[0].fig, seen, norm)
		}
	}
	byUnit := unit
	if byUnit == "" && in.Rank {
		// "辽滨经开区排名第几": a rank asked is a figure in UnitRank, and
		// the rank's indicator (辽滨经开区连续跻身全国化工园区30强) is
		// long beside the few words the question names it by.
		byUnit = UnitRank
	}
	if s, ok := st.onlyInUnit(first, byUnit, in, all); ok {
		unnamed = len(all) == 0
		all = append([]scored{s}, all...)
	}
	preferNamed(all, norm)
	full = map[Figure]bool{}
	for _, s := range all {
		strong = append(strong, *s.fig)
		full[*s.fig] = s.coverage >= fullCoverage
	}
	return strong, full, unit, written, loose, looser, unnamed
}

// looseOfPeriod is the figure of the period asked, among ofWant, that
// may answer when only the other period's figure (other) is named
// strongly: in other's unit, named as loosely as unitCoverage allows, or
// more loosely still when it names all that other names of the question
// ("今年新增多少个一件事应用场景": 新增便民利企“高效办成一件事” 8个 is
// long, yet holds every word 2024's “一件事” 47个 is found by); looser
// marks the second.
func looseOfPeriod(ofWant []scored, other *Figure, seen map[*Figure]bool, norm string) (loose *Figure, looser bool) {
	for _, s := range ofWant {
		if s.coverage >= unitCoverage && s.fig.Unit == other.Unit && !seen[s.fig] {
			return s.fig, false
		}
	}
	for _, s := range ofWant {
		if s.coverage >= namedCoverage && s.fig.Unit == other.Unit && !seen[s.fig] && namesNoLess(*s.fig, *other, norm) {
			return s.fig, true
		}
	}
	return nil, false
}

// namedCoverage is unitCoverage for a figure that names all the other
// period's strong figure names of the question.
const namedCoverage = 0.2

// inUnitCoverage is the share of an indicator's words a question must
// name for onlyInUnit to offer its figure.
const inUnitCoverage = 0.15

// onlyInUnit is the figure in the unit asked that the question names
// best, when none of the figures it names strongly (found) is in that
// unit: "去年粮食种了多少亩" names 粮食, which the lexicon reads as
// 粮食产量 (万吨), while 粮食播种面积 is the one figure of 粮食 in 亩. It
// must name the indicator in words the question writes, and no other
// figure of the period asked in that unit may be named as well. When no
// figure is named strongly at all ("去年企业技改砸了多少钱": 技改 alone of
// 投入技改资金), the same holds, the unit then its very own.
func (st *Stepper) onlyInUnit(q Query, unit string, in rag.Intent, found []scored) (scored, bool) {
	if unit == "" || unit == unitCount ||
		slices.ContainsFunc(found, func(s scored) bool { return askedUnitFits(unit, s.fig.Unit) }) {
		return scored{}, false
	}
	q.unit, q.Limit = unit, 0
	if want := askedKind(in); want != "" {
		q.Kind = want
	}
	cands := inOwnMeasure(namedInUnit(st.idx.search(q), q, unit), unit)
	if len(cands) == 0 || len(cands) > 1 && cands[1].score >= cands[0].score*relativeKeep {
		return scored{}, false
	}
	if len(found) == 0 && (cands[0].fig.Unit != unit || in.Both) {
		// Nothing else named strongly, the unit is the one sign the
		// figure is of what was asked, and the year asked the other:
		// a count in 个 is no answer to "装了多少部" (电梯阻车装置 4166部
		// beside 充电装置点 276个), nor 20处 to "多少座公园", nor the
		// plan's 2条 to "今年新开航线，去年开了几条".
		return scored{}, false
	}
	return cands[0], true
}

// inOwnMeasure keeps, of cands, the figures counted in the very measure
// word asked when the question names one of them well: "华锦阿美项目有几
// 套主装置" asks 32套 of 主装置, not 8个 berths that 个 would also count.
// Otherwise cands stand.
func inOwnMeasure(cands []scored, unit string) []scored {
	if !isClassifier(unit) || unit == "个" {
		return cands
	}
	var own []scored
	for _, s := range cands {
		if s.fig.Unit == unit && s.coverage >= unitCoverage {
			own = append(own, s)
		}
	}
	if len(own) == 0 {
		return cands
	}
	return own
}

// preferNamed orders figures that score alike by how much of their
// indicator the question writes itself: the lexicon reads 保交楼 and 保交房
// as one concept, and "保交房任务几个" asks 保交房's 2个, not 保交楼's 3个.
func preferNamed(all []scored, norm string) {
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].score == all[i].score && all[j].coverage == all[i].coverage {
			j++
		}
		if j-i > 1 {
			run := all[i:j]
			sort.SliceStable(run, func(a, b int) bool {
				return literalShare(run[a].fig.Indicator, norm) > literalShare(run[b].fig.Indicator, norm)
			})
		}
		i = j
	}
}

// aboutYears: a question that names years asks about figures of those
// years (with several reports loaded, 2023年 picks the report reviewing
// 2023); one that names none asks about any.
func aboutYears(f Figure, years []int) bool {
	if len(years) == 0 {
		return true
	}
	for _, y := range years {
		if f.Period.Year == y {
			return true
		}
	}
	return false
}

// pick chooses among the strong matches the figures a figure question asks
// for: the best of the period it names, or of each period when it names
// none or both.
func pick(in rag.Intent, found []Figure, full map[Figure]bool, unit string, supported func(Figure) bool) []Figure {
	kinds := []Kind{KindResult, KindTarget}
	switch {
	case in.Both || len(in.Years) > 0:
		// A named year selects by itself (aboutYears); with several reports
		// one year can be one report's result and another's target.
	case in.Period == rag.PeriodResult:
		kinds = []Kind{KindResult}
	case in.Period == rag.PeriodPlan:
		kinds = []Kind{KindTarget}
	}
	var out []Figure
	for _, k := range kinds {
		first := true
		ask := in.AskedOf(periodOfKind(k)) // a half's own kind (去年多少亿，今年增长多少)
		if !ask.Figure {
			continue // "今年怎么稳就业" asks a plan, not its figure
		}
		for _, f := range found {
			if f.Kind != k || !askedUnitFits(unit, f.Unit) || !aboutYears(f, in.Years) || ask.Level && f.Direction != 0 || ask.Change && !isChange(f) || ask.Amount && isShare(f) || ask.Share && !isPercent(f.Unit) {
				continue
			}
			// The best match, if it answers; past it, only an indicator
			// the question names whole (普惠率 for 普惠性幼儿园覆盖率,
			// through the lexicon), not any figure that happens to pass.
			if (first || full[f]) && supported(f) {
				out = append(out, f)
				break
			}
			first = false
		}
	}
	return out
}

// periodOfKind is the period whose figures are of kind k.
func periodOfKind(k Kind) rag.PeriodKind {
	if k == KindResult {
		return rag.PeriodResult
	}
	return rag.PeriodPlan
}

// isChange: a figure that tells how something moved: a direction,
// percentage points or a multiple. Not an amount, a count, or a share as
// it stands: 普惠率达到90.6% is no answer to 普惠率提高了多少.
func isChange(f Figure) bool {
	return f.Direction != 0 || f.Unit == "个百分点" || f.Unit == "倍"
}

// isShare: a percentage, percentage points or a multiple, which tells no
// count of anything.
func isShare(f Figure) bool { return isPercent(f.Unit) || f.Unit == "倍" }

// answerQuoted are the figures inside the answer's quotes, in order.
func (st *Stepper) answerQuoted(d *rag.Draft) []Figure {
	var out []Figure
	for _, p := range d.Answer.Parts {
		if p.Type == rag.PartQuote && len(p.Citations) > 0 {
			out = append(out, st.quotedFigures(d.Answer.Citations[p.Citations[0]])...)
		}
	}
	return out
}

// quotedFigures are the figures inside citation c's quote.
func (st *Stepper) quotedFigures(c rag.Citation) []Figure {
	var out []Figure
	for _, f := range st.idx.inParagraph(c.Report, c.Paragraph) {
		if f.Start >= c.Start && f.End <= c.End {
			out = append(out, f)
		}
	}
	return out
}

// quotesSupportedIn reports whether a quote of the answer holds a figure
// in unit of what was asked: 稻蟹共生 95万亩 is in 亩, and not 大豆's.
func (st *Stepper) quotesSupportedIn(d *rag.Draft, unit string) bool {
	return st.quotesHold(d, func(f Figure) bool { return askedUnitFits(unit, f.Unit) }, d.Covers, true)
}

// yearBeforeCompared compares with a year named before the one asked: 比前年,
// 较2023年, 比上一年.
var yearBeforeCompared = regexp.MustCompile(`[比较](?:前年|上一年|(?:19|20)[0-9]{2}年)`)

// asksYearOnYear reports whether norm asks how a figure moved from the year
// before: "新增就业同比增加多少", "去年新增就业比前年多多少" ask how the
// count moved, which the year's count (新增就业2.04万人) does not tell.
func asksYearOnYear(norm string) bool {
	return containsAnyOf(norm, "同比", "比上年", "比去年", "较上年", "较去年", "year-on-year", "year on year") || yearBeforeCompared.MatchString(norm)
}

// quotesHoldChange reports whether a quote of the answer holds a change
// (a growth, a fall, a share) of what was asked.
func (st *Stepper) quotesHoldChange(d *rag.Draft) bool {
	yearOnYear := asksYearOnYear(d.Norm())
	// A change of less than another quoted figure names is of another
	// thing: "海洋经济生产总值增长多少" is not told by 地区生产总值增长3.5%
	// beside 海洋经济生产总值403亿元, which names all of it.
	best := st.bestQuotedCover(d)
	covers := func(words string) float64 {
		if c := d.Covers(rankScopeless(d, words)); c >= best {
			return c
		}
		return 0
	}
	return st.quotesHold(d, func(f Figure) bool { return isChange(f) || addedBy(f) && !yearOnYear }, covers, false)
}

// bestQuotedCover is the most of what was asked the words of any figure
// the answer's quotes give name.
func (st *Stepper) bestQuotedCover(d *rag.Draft) float64 {
	best := 0.0
	for _, c := range d.Answer.Citations {
		quote := []rune(c.Quote)
		for _, f := range st.quotedFigures(c) {
			if f.Unit == UnitRank {
				// 增速均全省第一 ranks the change before it: it names the
				// rank asked beside the change ("增长多少，全省第几"), no
				// other thing than the change's.
				continue
			}
			best = max(best, d.Covers(rankScopeless(d, figureWords(quote, f.Start-c.Start, f.End-c.Start))))
		}
	}
	return best
}

// rankScopes are where a ranking ranks (全省第一): asked of the rank.
var rankScopes = strings.NewReplacer("全省", "", "全国", "", "全市", "")

// rankScopeless is words without the scopes of a ranking, where a rank is
// asked beside the change ("进出口增长多少，全省第几"): the question's 全省
// is the rank's, and 进出口总额达到147亿元 after 全省第二 names no more of
// the change asked than 进出口总额增长39.7% does.
func rankScopeless(d *rag.Draft, words string) string {
	if !d.Intent.Rank {
		return words
	}
	return rankScopes.Replace(words)
}

// quotesHold reports whether a quote of the answer holds a figure that
// fits and is of what was asked: the words before it name what was asked,
// or, when supported counts, the answer's checks support the figure.
func (st *Stepper) quotesHold(d *rag.Draft, fits func(Figure) bool, covers func(string) float64, supported bool) bool {
	for _, c := range d.Answer.Citations {
		quote := []rune(c.Quote)
		for _, f := range st.quotedFigures(c) {
			if !fits(f) {
				continue
			}
			if covers(figureWords(quote, f.Start-c.Start, f.End-c.Start)) > 0 || supported && d.Supports(f.JSON()) {
				return true
			}
		}
	}
	return false
}

// addedBy: a count of what was added or taken away (增加普惠性托育学位
// 640个, 压减支出6.7亿元, 退出油井301口), which answers "增加了多少" or
// "减了多少" as a growth rate would.
func addedBy(f Figure) bool {
	return containsAnyOf(f.Indicator, "增加", "新增", "增划", "新建", "减少", "压减", "审减", "削减", "压缩", "节支", "退出", "化解")
}

// nowCues ask how things stand now, which a result answers, not a target.
var nowCues = []string{"现在", "目前", "当前", "眼下", "如今", "currently", "right now", "at present", "at the moment", "as of now"}

func asksNow(norm string) bool { return containsAnyOf(norm, nowCues...) }

func allTargets(figs []Figure) bool {
	for _, f := range figs {
		if f.Kind != KindTarget {
			return false
		}
	}
	return true
}

func onlyTargetNotice(lang string) string {
	if lang == "en" {
		return "The report gives no figure for now, only a target; related text:"
	}
	return "报告没有给出现在的数字，只给出了目标。相关内容："
}

func noChangeNotice(lang string) string {
	if lang == "en" {
		return "The report gives no growth or change for this; related text:"
	}
	return "报告没有给出这项数字的增减幅度。相关内容："
}

// figureWords are the words of rs that say what the figure at [i,j)
// counts: its sentence before it, and its clause after it (14114名党员干部).
func figureWords(rs []rune, i, j int) string {
	for i > 0 && !strings.ContainsRune("。；;！!？?\n", rs[i-1]) {
		i--
	}
	for j < len(rs) && !strings.ContainsRune("，,。；;！!？?\n", rs[j]) {
		j++
	}
	return string(rs[i:j])
}

func restatedNotice(lang, stated string) string {
	if lang == "en" {
		return "The report gives no figure for this beyond the question's own " + stated + ". Related text:"
	}
	return "报告没有给出这项数字，只有问题里已说到的“" + stated + "”。相关内容："
}

func noFigureNotice(lang, written string) string {
	if lang == "en" {
		return "The report gives no figure in " + written + " for this; related text:"
	}
	return "报告没有给出以“" + written + "”计的这项数字。相关内容："
}

// askedUnitFits: the unit a question asks for fits a figure's unit, as a
// compatible unit or as the start of a compound one (吨 in 15万吨级). A
// count asked in one measure word fits a count in the same, in 个, or in
// another word for the same things (人, 名, 位) — not any count: 保交楼
// "多少户" is not answered by "3个" projects.
func askedUnitFits(asked, unit string) bool {
	switch asked {
	case unitCount:
		return countFits(unit)
	case unitArea:
		return areaFits(unit)
	}
	if asked == unit || strings.HasPrefix(unit, asked) || asked == "元" && unit == "美元" {
		// Money asked (多少钱) is answered in the currency the report uses.
		return true
	}
	if sameThings(asked, unit) {
		return true // 几次 of 6期 (次 counts times, not things)
	}
	if isClassifier(asked) && isClassifier(unit) {
		return unit == "个" && !sameThings(asked, "人") && asked != "户"
	}
	return UnitsCompatible(asked, unit)
}

// sameThings: two measure words that count the same kind of thing: a
// firm or a household (家, 户), a session (场, 次, 期), a site (座, 处), a
// machine (台, 辆, 部, 套), a report (篇, 条, 次), a tree (株, 棵, and 颗
// as residents often type it). Not measures of size:
// 亩 and 公顷 are not measure words.
func sameThings(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	for _, g := range []string{"人名位", "台辆部套", "场次期", "株棵颗", "家户", "座处", "篇条", "篇次"} {
		if strings.Contains(g, a) && strings.Contains(g, b) {
			return true
		}
	}
	return false
}

// notGivenFigure is a figure question the report has a figure near to but
// does not answer: the measure it gives, and why it is not the one asked.
type notGivenFigure struct {
	near      Figure
	reason    string // what the report lacks, e.g. "2024年的数字"
	grounding string // rag.GroundOtherPeriod or rag.GroundOtherUnit
}

// unsupported finds figure questions the report does not answer although
// it names their indicator: a unit it never gives for it ("总量多少亿元"
// when only growth rates are given), or the period it gives only the other
// figure for. Quoting the nearby figure as the answer would mislead.
func unsupported(d *rag.Draft, strong []Figure, unit, written string) *notGivenFigure {
	in := d.Intent
	if len(strong) == 0 {
		return nil
	}
	// The period first: among the figures of the period asked (all, when
	// the question names none or both), then the unit.
	ofPeriod := strong
	if want := askedKind(in); want != "" {
		ofPeriod = nil
		for _, f := range strong {
			if f.Kind == want {
				ofPeriod = append(ofPeriod, f)
			}
		}
		if len(ofPeriod) == 0 {
			if strong[0].Kind == KindOther {
				return nil
			}
			return &notGivenFigure{near: strong[0], reason: fmt.Sprintf("%d年的这项数字", yearOf(d, want)), grounding: rag.GroundOtherPeriod}
		}
	}
	if unit == "" || unit == unitCount {
		// An English count leaves the quotes to answer: the strong
		// figures may all be of something else (150.2公顷 of wetland for
		// "how many oil wells"), while a quote gives the count (退出油井301口).
		return nil
	}
	for _, f := range ofPeriod {
		if askedUnitFits(unit, f.Unit) && !countedHeadAfter(d.Norm(), written, f.Unit, f.Indicator) {
			return nil
		}
	}
	return &notGivenFigure{near: ofPeriod[0], reason: "以“" + written + "”计的这项数字", grounding: rag.GroundOtherUnit}
}

// targetInWords reports whether the engine's answer quotes, from the
// report's list of main targets (主要预期目标), a target of the period
// asked that states all the question asks in words and holds no figure:
// "今年居民收入增长多少" is answered by 居民收入增长与经济增长基本同步, which
// no other year's figure (8.7% of 营业收入) may stand in for. Elsewhere a
// clause without a figure (推进公园建设) answers no "多少".
func (st *Stepper) targetInWords(d *rag.Draft) bool {
	want := askedKind(d.Intent)
	for _, p := range d.Answer.Parts {
		if p.Type != rag.PartQuote || len(p.Citations) == 0 {
			continue
		}
		c := d.Answer.Citations[p.Citations[0]]
		if want == KindTarget && KindOf(c.Period) == want && len(st.quotedFigures(c)) == 0 &&
			d.Covers(c.Quote) >= fullCoverage && listsMainTargets(d, c) {
			return true
		}
	}
	return false
}

// asksExactFigure: the question insists on a number ("具体是百分之几",
// "几个百分点"), which a target written in words does not give.
func asksExactFigure(norm string) bool {
	return containsAnyOf(norm, "具体", "百分之几", "百分之多少", "百分点", "%", "percent", "exact")
}

// listsMainTargets reports whether c quotes a paragraph that opens as the
// list of main targets ("全市经济社会发展的主要预期目标是：").
func listsMainTargets(d *rag.Draft, c rag.Citation) bool {
	p, err := d.Paragraph(c.Report, c.Paragraph)
	if err != nil {
		return false
	}
	head, _, found := strings.Cut(p.Text, "：")
	return found && strings.Contains(head, "预期目标")
}

// namedInAskedPeriod finds, when every figure matched is of the other
// period than asked, a figure of the period asked whose longer name holds
// the best match's whole name: 2024's “一件事” (47个) is 2025's 新增便民利企
// “高效办成一件事” (8个), the same thing named with what the plan adds to
// it, which the question's few words matched too loosely to count. Not
// declined as "no 2025 figure" while the report gives one. Only a name of
// three runes or more that the question names, in a unit it may ask.
func (st *Stepper) namedInAskedPeriod(d *rag.Draft, strong []Figure, full map[Figure]bool, unit string) (Figure, bool) {
	want := askedKind(d.Intent)
	if want == "" && d.Intent.Both && len(strong) > 0 {
		want = otherKind(strong[0].Kind) // both years asked: the one not matched
	}
	if want == "" || len(strong) == 0 || slices.ContainsFunc(strong, func(f Figure) bool { return f.Kind == want }) {
		return Figure{}, false
	}
	name := strings.Trim(strong[0].Indicator, "“”\"")
	if utf8.RuneCountInString(name) < 3 || !full[strong[0]] {
		return Figure{}, false // not named whole: a match by its unit (几场 of 演出100场) names nothing asked
	}
	for _, f := range st.idx.All() {
		if f.Report == strong[0].Report && f.Kind == want && f.Unit != UnitRank && len(f.Indicator) > len(strong[0].Indicator) &&
			(strings.Contains(f.Indicator, name) || shortFor(name, f.Indicator)) && (unit == "" || askedUnitFits(unit, f.Unit)) {
			return f, true
		}
	}
	return Figure{}, false
}

// askedKind is the kind of figure of the one period a question asks
// (result for 去年, target for 今年); "" when it names none, or both.
func askedKind(in rag.Intent) Kind {
	if in.Both || in.Period == rag.PeriodNone {
		return ""
	}
	return KindOf(rag.Period{Kind: in.Period})
}

// yearOf is the year the report reviews (results) or plans (targets).
func yearOf(d *rag.Draft, k Kind) int {
	r := d.Scope
	if r == nil {
		r = d.Latest() // unscoped: as the engine reads 去年/今年
	}
	if k == KindResult {
		return r.Meta.ReviewYear
	}
	return r.Meta.Year
}

// gapAnswer answers a claimed difference from the year before (gc):
// both years' figures, labelled and cited, after a correction giving the
// true difference when the claim cannot hold. With one year's figure,
// that one and no correction: a difference needs both. With neither,
// the engine's answer stands. c corrects another figure the question
// states, if any: its figures are shown too.
func (st *Stepper) gapAnswer(d *rag.Draft, gc *GapCheck, c *Correction) error {
	figs := gc.shown(d)
	both := len(figs) == 2 // neither is another kind of what was asked
	var lead []rag.Part
	if c != nil {
		part, err := correctionPart(d, c) // "比去年的8亿美元…": last year's level is wrong
		if err != nil {
			return err
		}
		lead = append(lead, part)
		for _, f := range append([]Figure{c.Actual}, c.Also...) {
			if !slices.ContainsFunc(figs, func(g Figure) bool { return sameFigure(f, g) }) {
				figs = append(figs, f)
			}
		}
	}
	ans := d.Answer
	if len(figs) == 0 || gc.Missing != "" {
		// Nothing to compare, or one side the figures index cannot tell
		// (a word it does not know, a part the report does not split):
		// the engine's answer stands, grounded as any other.
		return nil
	}
	if !ans.Found {
		// The figures answer; what the engine found nearest does not.
		ans.Parts, ans.Citations, ans.Found = nil, []rag.Citation{}, true
		ans.Understood.Grounding = ""
	}
	if gc.Wrong && both {
		part, err := gapCorrectionPart(d, gc)
		if err != nil {
			return err
		}
		lead = append(lead, part)
	} else if gc.Undecided {
		lead = append(lead, rag.TextPart(rag.RoleNotice, undecidedNotice(d.Intent.Lang)))
	}
	if err := addFigureLines(d, lead, figs); err != nil {
		return err
	}
	d.Derived = true
	return nil
}

// shown are the figures of a gap check an answer shows: each year's the
// report gives, but not another kind of what was asked (工业增加值 for
// 工业投资).
func (gc *GapCheck) shown(d *rag.Draft) []Figure {
	var figs []Figure
	order := []*Figure{gc.Base, gc.Then}
	if gc.Base != nil && gc.Then != nil && gc.Base.Period == gc.Then.Period {
		order = []*Figure{gc.Then, gc.Base} // two indicators: the subject's first
	}
	for _, f := range order {
		if f != nil && !d.OtherKind(f.Indicator) {
			figs = append(figs, *f)
		}
	}
	return figs
}

// gapCorrectionPart corrects a claimed difference with both years'
// figures, each cited, and the difference they give.
func gapCorrectionPart(d *rag.Draft, gc *GapCheck) (rag.Part, error) {
	bi, err := cite(d, *gc.Base)
	if err != nil {
		return rag.Part{}, err
	}
	ti, err := cite(d, *gc.Then)
	if err != nil {
		return rag.Part{}, err
	}
	b, t, gap := gc.Base.JSON(), gc.Then.JSON(), *gc.Gap
	return rag.Part{Type: rag.PartCorrection, Stated: gc.Claim, Figure: &t, Result: &b, Gap: &gap, Citations: []int{bi, ti}}, nil
}

// addFigureLines puts lead (corrections) first in the answer and a
// figure part for each of figs after its intro.
func addFigureLines(d *rag.Draft, lead []rag.Part, figs []Figure) error {
	lines := make([]rag.Part, 0, len(figs))
	for _, f := range figs {
		p, err := figurePart(d, f)
		if err != nil {
			return err
		}
		lines = append(lines, p)
	}
	d.Answer.Parts = append(lead, insertAfterIntro(d.Answer.Parts, lines)...)
	return nil
}

// claimsMoneyNotIn reports whether the question states one sum of money
// exactly ("盘锦河蟹电商平台去年交易额20亿元？"; no bound, which may pick
// a class of things: 500万元以上项目) that neither the index confirmed
// nor corrected, and the figures found for it (asked) are all counts of
// things (家, 个). WHY: a sum is claimed of a thing's money (交易额); a count of the
// thing (入驻商户85家) neither bears it out nor answers it, and shown as
// the headline it passes for the asked figure.
func claimsMoneyNotIn(mentions []Mention, asked []Figure) bool {
	if len(mentions) != 1 || !isMoney(mentions[0].Value.Unit) || mentions[0].Value.Qualifier != "" || len(asked) == 0 {
		return false
	}
	return !slices.ContainsFunc(asked, func(f Figure) bool { return f.Unit == "" || !isClassifier(f.Unit) })
}
