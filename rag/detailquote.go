package rag

// requoteDetail answers a detail the quotes lack from a clause of a cited
// paragraph that gives it: "去年洪水死了多少人" is quoted 3万余人抢险队伍
// from the sentence on the flood, and the paragraph's 实现了人员不伤亡 is
// the answer. Reports whether it found one; the answer is then that clause.
func (e *Engine) requoteDetail(d *Draft, k detailKind) bool {
	para, cl, ok := e.citedDetail(d, k)
	if ok {
		d.Answer.quoteOnly(citationFor(para, trimSpan(para.Text, cl.span)))
	}
	return ok
}

// citedGive reports whether a cited paragraph has a clause giving detail k.
func (e *Engine) citedGive(d *Draft, k detailKind) bool {
	_, _, ok := e.citedDetail(d, k)
	return ok
}

// citedDetail finds the first clause of a cited paragraph giving detail k.
func (e *Engine) citedDetail(d *Draft, k detailKind) (*Paragraph, normClause, bool) {
	for _, c := range d.Answer.Citations {
		r, ok := e.ix.byID[c.Report]
		if !ok || c.Paragraph < 1 || c.Paragraph > len(r.Paragraphs) {
			continue
		}
		para := &r.Paragraphs[c.Paragraph-1]
		for _, cl := range e.ix.para(para).clauses {
			if !k.evidence.MatchString(cl.norm) {
				continue
			}
			return para, cl, true
		}
	}
	return nil, normClause{}, false
}
