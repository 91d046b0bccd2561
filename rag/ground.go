package rag

import (
	"strings"
	"unicode"
)

// figureGrounding is the share of what a figure question asks about that
// the sentence holding a figure (with its paragraph's lead phrase, which
// often names the topic) must hold for that figure to answer it. Tuned on
// the tuning sets, counting a confidently wrong answer as three false
// refusals (docs/eval.md): 0.3 let through eight more wrong answers than
// 0.5 to save five refusals.
const figureGrounding = 0.5

// indicatorGrounding is the share of what was asked that a headline
// figure's own indicator must hold: far lower than figureGrounding, since
// indicators are short ("争取航道") and a question may ask two figures
// ("托育学位多少个？残疾儿童多少名？"); it stops a figure whose indicator
// shares nothing with the question (旅客接待量 for 旅游收入).
const indicatorGrounding = 0.15

// groundFigures keeps a figure question from being answered with a figure
// of something else: unless some quoted or stated figure's clause holds
// what was asked (常住人口 is not 低收入人口; 住院报销 is not 门诊统筹),
// the answer becomes "the report gives no such figure", with the quotes
// kept as related text, labelled so.
func (e *Engine) groundFigures(d *Draft, figure bool) {
	ans := d.Answer
	if !figure || !ans.Found || d.Lookup || hasCorrection(ans) {
		return
	}
	// A headline figure must be one of what was asked, not its neighbour
	// in the sentence (旅客接待量 beside 旅游收入).
	ans.keepParts(func(p Part) bool { return p.Type != PartFigure || e.groundedPart(d, p) })
	ans.Figures = ans.Figures[:0]
	for _, p := range ans.Parts {
		if p.Type == PartFigure {
			ans.Figures = append(ans.Figures, *p.Figure)
		}
	}
	if len(ans.Figures) == 0 {
		ans.Figures = nil
	}
	support := 0.0
	for _, p := range ans.Parts {
		if p.Type != PartQuote && p.Type != PartFigure {
			continue
		}
		ok, share := e.partSupport(d, p)
		support = max(support, share)
		if ok {
			return
		}
	}
	ans.Understood.Support = support
	ans.Found = false
	ans.Understood.Grounding = GroundNoSuchFigure
	notice := "报告没有给出这项数字。相关内容："
	if ans.Lang == "en" {
		notice = "The report gives no figure for this. Related text:"
	}
	ans.Figures = nil
	ans.keepParts(func(p Part) bool { return p.Type == PartQuote })
	ans.Parts = append([]Part{TextPart(RoleNotice, notice)}, ans.Parts...)
}

func hasCorrection(ans *Answer) bool {
	for _, p := range ans.Parts {
		if p.Type == PartCorrection {
			return true
		}
	}
	return false
}

// groundedPart reports whether a quote or figure part holds a figure
// whose clause covers what was asked.
func (e *Engine) groundedPart(d *Draft, p Part) bool {
	ok, _ := e.partSupport(d, p)
	return ok
}

// partSupport is groundedPart with the best share of what was asked that a
// figure clause of the part holds.
func (e *Engine) partSupport(d *Draft, p Part) (bool, float64) {
	if len(p.Citations) == 0 {
		return false, 0
	}
	c := d.Answer.Citations[p.Citations[0]]
	start, end := c.Start, c.End
	if p.Type == PartFigure {
		// The figure's own clause, and its indicator: a list of figures
		// in one clause ("旅客接待量、旅游收入分别增长64％、29.9％")
		// names each by its indicator.
		start, end = p.Figure.Start, p.Figure.End
		if share := coveredShare(d.asked, Normalize(p.Figure.Indicator)); share < indicatorGrounding {
			return false, share
		}
	}
	r, ok := e.ix.byID[c.Report]
	if !ok || c.Paragraph < 1 || c.Paragraph > len(r.Paragraphs) {
		return false, 0
	}
	best := 0.0
	para := &r.Paragraphs[c.Paragraph-1]
	cl := e.ix.para(para).clauses
	var sents []Span // cut when a clause first needs them
	for i, k := range cl {
		if k.span.End <= start || k.span.Start >= end || !(k.digit || d.rank && holdsOrdinal(k.norm)) {
			continue
		}
		window := k.norm
		if i > 0 {
			window = cl[i-1].norm + window
		}
		if sents == nil {
			sents = Sentences(para.Text)
		}
		for _, sp := range sents {
			if sp.Start <= k.span.Start && k.span.End <= sp.End {
				window = Normalize(para.Lead + para.Text[sp.byteStart:sp.byteEnd])
			}
		}
		// English word order puts no head last: only the share counts.
		share := coveredShare(d.asked, window)
		best = max(best, share)
		if share >= figureGrounding && (d.Intent.Lang == "en" || coversHead(d.asked, window)) {
			return true, share
		}
	}
	return false, best
}

// keepParts keeps the parts keep accepts and the citations they use,
// renumbered.
func (a *Answer) keepParts(keep func(Part) bool) {
	var parts []Part
	used := map[int]int{}
	cits := []Citation{}
	for _, p := range a.Parts {
		if !keep(p) {
			continue
		}
		for i, c := range p.Citations {
			n, ok := used[c]
			if !ok {
				n = len(cits)
				used[c] = n
				cits = append(cits, a.Citations[c])
			}
			p.Citations[i] = n
		}
		parts = append(parts, p)
	}
	a.Parts, a.Citations = parts, cits
}

// holdsNumber reports whether normalized text holds a number: a digit, or
// a Chinese numeral before a measure word or unit (四星级, 两个, 千亿元).
func holdsNumber(s string) bool {
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return true
	}
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		if strings.ContainsRune(chineseNumerals, rs[i]) && strings.ContainsRune(measureRunes, rs[i+1]) {
			return true
		}
	}
	return false
}

const (
	chineseNumerals = "一二两三四五六七八九十百千万亿"
	measureRunes    = "个项家台人所条座户名张套倍岁天年星级成批轮次场件处万亿元"
)

// holdsOrdinal: 第一, 第三 — a rank is a figure too.
func holdsOrdinal(s string) bool {
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == '第' && strings.ContainsRune(chineseNumerals, rs[i+1]) {
			return true
		}
	}
	return false
}

// groundPlace keeps a question about a part of a report's place (大洼区)
// or a place the report only mentions from being answered with text about
// the whole: only quotes that name the place answer it.
func (e *Engine) groundPlace(d *Draft) {
	s, ans := d.place, d.Answer
	if s == nil || !ans.Found || d.Lookup || s.Relation == PlaceOwn || s.Relation == PlaceWider {
		return
	}
	short := ""
	if p, ok := e.ix.gaz.ByName(s.Name); ok {
		short = p.Short
	}
	for _, p := range ans.Parts {
		if p.Type == PartQuote && placeHeld(s, short, Normalize(p.Text)) {
			return
		}
	}
	ans.Found = false
	ans.Understood.Grounding = GroundOtherPlace
	ans.Figures = nil
	a := analysis{place: s, lang: ans.Lang, rep: d.Scope}
	ans.keepParts(func(Part) bool { return false })
	ans.Parts = []Part{TextPart(RoleNotFound, e.placeSentence(a))}
}

// quoteGrounding is the share of what a question that asks no figure asks
// about that one of its quotes must hold. Low on purpose: how and what
// questions are paraphrased more than figure questions, and on the tuning
// sets any higher share refused answerable questions; this one only stops
// quotes that share nothing but the question's generic words.
const quoteGrounding = 0.1

// groundQuotes keeps any other question from being answered with quotes
// that share next to nothing of what it asks: the quotes are then offered
// as related text under "the report does not answer this directly".
func (e *Engine) groundQuotes(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || d.Intent.List || d.Intent.Figure && !d.Intent.Topic {
		return
	}
	best := 0.0
	for _, p := range ans.Parts {
		if p.Type != PartQuote {
			if p.Type == PartItem || p.Type == PartFigure {
				return // a list of the report's own structure, or a figure
			}
			continue
		}
		c := ans.Citations[p.Citations[0]]
		r := e.ix.byID[c.Report]
		para := &r.Paragraphs[c.Paragraph-1]
		text := Normalize(para.Lead + p.Text)
		share := coveredShare(d.asked, text)
		best = max(best, share)
		if share >= quoteGrounding {
			return
		}
	}
	ans.Found = false
	ans.Understood.Grounding = GroundNotAnswered
	ans.Understood.Support = best
	notice := "报告没有直接回答这个问题。相关内容："
	if ans.Lang == "en" {
		notice = "The report does not answer this directly. Related text:"
	}
	ans.keepParts(func(p Part) bool { return p.Type == PartQuote })
	ans.Parts = append([]Part{TextPart(RoleNotice, notice)}, ans.Parts...)
}
