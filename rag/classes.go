package rag

// groundClasses keeps a question that names a class of things — a level
// (国家级企业技术中心), a size (5000万元以上项目) — from being answered with
// another class's figure or text: a figure or quote that gives, beside the
// same words, another value of that class and not the one asked is no
// answer. When nothing else answers, the report gives no such figure and
// those quotes are related text. Claims are groundClaims' to correct.
func (e *Engine) groundClasses(d *Draft) {
	ans := d.Answer
	if !ans.Found || d.Lookup || hasCorrection(ans) || d.ClaimShaped() {
		return
	}
	q := []rune(d.Read)
	asked := make([][]runeMatch, len(classes)) // the question's matches of each class
	for k, re := range classes {
		asked[k] = findAllRunes(re, q)
	}
	other := map[int]bool{} // parts of another class than asked
	answering := 0
	for i, p := range ans.Parts {
		if p.Type != PartQuote && p.Type != PartFigure {
			continue
		}
		answering++
		for k, re := range classes {
			if len(asked[k]) == 0 {
				continue
			}
			if _, ok, says := compareClass(partText(p), q, asked[k], re); ok && !says {
				other[i] = true
			}
		}
	}
	switch {
	case len(other) == 0:
	case len(other) == answering && d.Intent.Figure:
		ans.relatedOnly(GroundNoSuchFigure, "报告没有给出这项数字。相关内容：", "The report gives no figure for this. Related text:")
	case len(other) == answering:
		ans.relatedOnly(GroundNotAnswered, "报告没有直接回答这个问题。相关内容：", "The report does not answer this directly. Related text:")
	default:
		i := -1
		ans.keepParts(func(Part) bool { i++; return !other[i] }) // renumbers the citations kept
		ans.figuresFromParts()
	}
}

// partText is the words a quote or figure part gives: a quote's text, a
// figure's indicator with its value.
func partText(p Part) []rune {
	if p.Type == PartFigure && p.Figure != nil {
		return []rune(p.Figure.Indicator + p.Figure.Value)
	}
	return []rune(p.Text)
}

// anchoredToAny reports whether text's match tm stands beside the same
// words as one of the question's matches.
func anchoredToAny(text []rune, tm runeMatch, q []rune, asked []runeMatch) bool {
	b, a := anchors(text, tm.start, tm.end)
	for _, m := range asked {
		before, after := anchors(q, m.start, m.end)
		if sameAnchor(before, b, true) || sameAnchor(after, a, false) {
			return true
		}
	}
	return false
}

// sameClause reports whether rune offsets i and j of text lie in one
// clause: no comma or stop between them (a list's 、 does not part them).
func sameClause(text []rune, i, j int) bool {
	for k := min(i, j); k < max(i, j); k++ {
		if clauseEndSet.has(text[k]) {
			return false
		}
	}
	return true
}
