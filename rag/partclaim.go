package rag

import (
	"strings"
	"unicode/utf8"
)

// A claim may name a whole by its figure and state a part of it: "增划的
// 1.1万个停车泊位里有6000个是收费泊位", "147亿元进出口总额里出口占了一半多吧".
// The part's figure, when the report gives one, is written beside the
// whole's (…项目300个，其中亿元以上项目80个): the whole's own figure, or one
// from another sentence, neither confirms nor corrects the part's. Such a
// claim is held to what the same question asked as a figure would be.

// groundPartClaim grounds a claim of a part of a named whole as a figure
// question: corrections of the part's stated figure by a figure that is
// not the part's go, and the rest must answer the part.
func (e *Engine) groundPartClaim(d *Draft) {
	ans := d.Answer
	// A claim adding the parts up (…其中…80个，合计380个) states a total.
	if !d.partOf || d.whole == "" || d.Intent.Figure || ans.Lang == "en" || containsAny(d.norm, wholeCues) {
		return
	}
	// A statement of the part's figure claims it too, asked or not
	// ("…里有6000个是收费泊位").
	partAt := strings.Index(d.norm, d.whole)
	if partAt < 0 {
		return
	}
	partAt += len(d.whole)
	if !statesPartFigure(d.norm[partAt:]) || !d.ClaimShaped() && asksIn(d.norm) {
		return
	}
	if hasCorrection(ans) {
		ans.keepParts(func(p Part) bool { return p.Type != PartCorrection || e.correctsPart(d, p, partAt) })
		ans.figuresFromParts()
		if hasCorrection(ans) {
			return
		}
	}
	// The part's own figure beside the whole's (…300个，其中亿元以上项目80个)
	// corrects the part's claimed one: the checks above read the first
	// anchored count, which may be another whole's part (¶27's 125个).
	if _, ok := partCountCorrection(d, partAt); ok {
		// Another whole's sentence (¶27's 600个、其中…125个) is no context.
		ans.keepParts(func(q Part) bool {
			return len(q.Citations) == 0 || holdsWholeFigure(Normalize(ans.Citations[q.Citations[0]].Quote), d.whole)
		})
		// Read again: keepParts renumbers the citations.
		p, _ := partCountCorrection(d, partAt)
		ans.Parts = append([]Part{p}, ans.Parts...)
		ans.figuresFromParts()
		return
	}
	e.groundFigures(d, true)
}

// partCountCorrection corrects the count a claim states of a part (after
// byte partAt of d.norm) by the count a quote gives after 其中 in the
// sentence holding the whole's figure, when it is of the same unit, named
// by the part's words and another number. A bounded claim (90多个) states
// no exact count to correct.
func partCountCorrection(d *Draft, partAt int) (Part, bool) {
	rest := d.norm[partAt:]
	claimed := countFigure.FindString(rest)
	if claimed == "" || containsAny(rest, countBounds) {
		return Part{}, false
	}
	for i, c := range d.Answer.Citations {
		at := strings.Index(c.Quote, "其中")
		if at < 0 || !holdsWholeFigure(Normalize(c.Quote[:at]), d.whole) {
			continue
		}
		text := []rune(c.Quote)
		from := utf8.RuneCountInString(c.Quote[:at]) + 2
		for _, tm := range findAllRunes(countFigure, text) {
			said := string(text[tm.vStart:tm.vEnd])
			if tm.start < from || countUnit(said) != countUnit(claimed) {
				continue
			}
			named := string(text[from:tm.start])
			if sameCount(said, claimed) || strings.ContainsAny(named, "，。；、,;") || !indicatorNamesPart(d, Normalize(named)) {
				return Part{}, false
			}
			return citedCorrection(c, i, tm.start, tm.end, claimed, named), true
		}
	}
	return Part{}, false
}

// correctsPart reports whether correction p may stand in a claim of a
// part stated after byte partAt: it corrects the whole's own figure, or
// its figure is the part's — in the sentence that gives the whole, named
// by the part's words, and not the whole's figure itself.
func (e *Engine) correctsPart(d *Draft, p Part, partAt int) bool {
	if p.Figure == nil || len(p.Citations) == 0 {
		return true
	}
	if i := strings.Index(d.norm, Normalize(p.Stated)); i < partAt {
		return true // the whole's figure stated wrong, or a wording apart
	}
	quote := Normalize(d.Answer.Citations[p.Citations[0]].Quote)
	value := Normalize(p.Figure.Value)
	return holdsWholeFigure(quote, d.whole) && !holdsWholeFigure(value, d.whole) &&
		indicatorNamesPart(d, Normalize(p.Figure.Indicator))
}

// statesPartFigure reports whether rest, a claim after the whole it names,
// states a figure or a share of the whole (占了一半多): an ordinal (第一项)
// places a member, counting none.
func statesPartFigure(rest string) bool {
	if containsAny(rest, partShareWords) {
		return true
	}
	i := statedNumberAt(rest)
	return i >= 0 && !strings.HasSuffix(rest[:i], "第")
}

// partShareWords claim a part's share of a whole.
var partShareWords = []string{"占", "一半", "半数", "多半", "大半", "大头"}
