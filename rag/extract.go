package rag

import (
	"cmp"
	"context"
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Extraction tuning, measured with `reportbot eval`.
const (
	answerDepth    = 6   // paragraphs whose sentences compete for the answer
	maxQuotes      = 3   // quotes in an ordinary answer
	secondQuoteMin = 0.6 // a further quote must score this share of the best
	narrowAbove    = 70  // quotes longer than this (runes) narrow to clauses
	maxListItems   = 12  // items in a structural list answer
	// A list question's answer goes on with the sentences after its best
	// one in that paragraph (a list's items rarely repeat the question's
	// words), up to this many runes in all.
	listQuoteRunes = 320
	// A question is taken as unanswered when its best paragraphs cover less
	// than minCoverage of its weight, or less than weakCoverage while it
	// names things the reports never mention.
	minCoverage  = 0.25
	weakCoverage = 0.41
)

// candidate is a sentence or clause window that might be quoted.
type candidate struct {
	para  *Paragraph
	span  Span
	score float64
	rank  int    // retrieval rank of its paragraph
	mask  uint64 // question terms it contains (see scorer)
}

// scorer scores clause windows by bit masks: which of the question's terms
// each clause contains is computed once per clause, not once per window.
// Terms are in a fixed order, so scores do not depend on map iteration.
type scorer struct {
	terms  []string
	weight []float64 // term weight × IDF
	idf    []float64
	orig   uint64 // terms from the question itself, not lexicon expansions
	figure bool
	memo   map[*Paragraph][]clauseMatch
}

type clauseMatch struct {
	mask  uint64
	digit bool
}

// maxScoredTerms bounds a question's terms to one machine word of bits;
// questions are bounded in length, and the weakest terms go first.
const maxScoredTerms = 64

func (e *Engine) newScorer(a analysis) *scorer {
	sc := &scorer{figure: a.figure, memo: map[*Paragraph][]clauseMatch{}}
	type tw struct {
		t    string
		w, i float64
	}
	var ts []tw
	for t, w := range a.terms {
		ts = append(ts, tw{t, w, e.ix.bm25.IDF(t)})
	}
	sort.Slice(ts, func(i, j int) bool {
		if ts[i].w*ts[i].i != ts[j].w*ts[j].i {
			return ts[i].w*ts[i].i > ts[j].w*ts[j].i
		}
		return ts[i].t < ts[j].t
	})
	if len(ts) > maxScoredTerms {
		ts = ts[:maxScoredTerms]
	}
	for k, t := range ts {
		sc.terms = append(sc.terms, t.t)
		sc.weight = append(sc.weight, t.w*t.i)
		sc.idf = append(sc.idf, t.i)
		if t.w >= 1 {
			sc.orig |= 1 << k
		}
	}
	return sc
}

func (sc *scorer) matches(e *Engine, p *Paragraph) []clauseMatch {
	if m, ok := sc.memo[p]; ok {
		return m
	}
	cl := e.ix.clauses[p]
	m := make([]clauseMatch, len(cl))
	for i, c := range cl {
		m[i].digit = c.digit
	}
	grams := e.ix.grams[p]
	for k, t := range sc.terms {
		bit := uint64(1) << k
		grams.containing(cl, t, func(i int) { m[i].mask |= bit })
	}
	sc.memo[p] = m
	return m
}

// window scores clauses [i,j) of p as one quote: IDF mass of the question's
// terms it contains, a bonus for a figure when the question asks for one,
// slightly favouring short quotes.
func (sc *scorer) window(e *Engine, p *Paragraph, i, j int) (float64, uint64) {
	m := sc.matches(e, p)
	cl := e.ix.clauses[p]
	var mask uint64
	digit := false
	for k := i; k < j; k++ {
		mask |= m[k].mask
		digit = digit || m[k].digit
	}
	var s float64
	for m := mask; m != 0; m &= m - 1 { // set bits, lowest first
		s += sc.weight[bits.TrailingZeros64(m)]
	}
	if s == 0 {
		return 0, mask
	}
	if sc.figure && digit {
		s *= 1.5
	}
	n := cl[j-1].span.End - cl[i].span.Start
	return s / (1 + float64(n)/400), mask
}

// Ask answers q extractively: it quotes the sentences that answer it, each
// with its paragraph number, or says the report does not answer it.
func (e *Engine) Ask(ctx context.Context, q Query) (*Answer, error) {
	ans, _, err := e.AskIntent(ctx, q)
	return ans, err
}

// AskIntent is Ask that also says how it read the question, for answerers
// built on the engine (the figures answerer) that would otherwise read it
// a second time.
func (e *Engine) AskIntent(ctx context.Context, q Query) (*Answer, Intent, error) {
	text, err := checkQuestion(q.Text)
	if err != nil {
		return nil, Intent{}, err
	}
	rep, err := e.scope(q.Report)
	if err != nil {
		return nil, Intent{}, err
	}
	key := Query{Text: text, Report: q.Report}
	if ans, in, ok := e.cache.Get(key); ok {
		return ans, in, nil
	}
	norm := Normalize(text)
	if ans := e.paragraphAnswer(text, norm, rep); ans != nil {
		e.setReport(ans, rep, nil)
		return ans, Intent{Lang: ans.Lang}, nil
	}
	// A question that names paragraphs and asks more is read without them
	// (matched on the normalized text, as the lookup is: "第２３段" too).
	a := e.ix.analyze(stripParaRefs(norm), rep)
	ans, err := e.answer(ctx, a, rep, text)
	if err != nil {
		return nil, Intent{}, err
	}
	e.cache.Put(key, ans, a.intent())
	return ans, a.intent(), nil
}

func (e *Engine) answer(ctx context.Context, a analysis, rep *Report, text string) (*Answer, error) {
	hits, err := e.retrieve(ctx, a, rep, answerDepth)
	if err != nil {
		return nil, err
	}
	ans := &Answer{Question: text, Mode: ModeExtractive, Lang: a.lang, Citations: []Citation{}}
	switch {
	case a.otherYear != 0:
		e.notFound(ans, a, hits)
	case a.list && containsAny(a.norm, areaCues) && e.listAnswer(ans, a, hits):
		// "Which areas of work": the report's structure answers, whatever
		// words the question shares with the text.
	case len(hits) == 0 || e.unanswered(a, hits):
		e.notFound(ans, a, hits)
	case a.list && e.listAnswer(ans, a, hits):
	default:
		e.quoteAnswer(ans, a, hits)
	}
	e.setReport(ans, rep, hits)
	return ans, nil
}

func (e *Engine) unanswered(a analysis, hits []Hit) bool {
	for _, m := range a.missing {
		// Another city, province or county: the report is about its own.
		if r := []rune(m); len(r) >= 3 && strings.ContainsRune("市省县", r[len(r)-1]) {
			return true
		}
	}
	cov := e.coverage(a, hits)
	return cov < minCoverage || (len(a.missing) > 0 && cov < weakCoverage)
}

// coverage is the share of the question's term weight that its best few
// paragraphs contain: low coverage means retrieval matched only generic words.
func (e *Engine) coverage(a analysis, hits []Hit) float64 {
	var total, got float64
	top := hits
	if len(top) > 3 {
		top = top[:3]
	}
	in := func(t string) bool {
		for _, h := range top {
			if e.ix.pathPairs[h.Paragraph].contains(e.ix.withPath[h.Paragraph], t) {
				return true
			}
		}
		return false
	}
	for t, w := range a.terms {
		idf := e.ix.bm25.IDF(t)
		if idf == 0 {
			idf = 1 // unseen words count against coverage
		}
		if w < 1 || utf8.RuneCountInString(t) == 1 {
			continue // expansions and single characters are hints, not demands
		}
		total += idf
		if in(t) {
			got += idf
		}
	}
	// Expanded concepts stand for the colloquial words they replaced.
	for _, x := range a.expand {
		if in(x) {
			got += e.ix.bm25.IDF(x) + 1
			total += e.ix.bm25.IDF(x) + 1
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

func (e *Engine) quoteAnswer(ans *Answer, a analysis, hits []Hit) {
	sc := e.newScorer(a)
	cands := e.candidates(a, sc, hits)
	if len(cands) == 0 || cands[0].score <= 0 {
		e.notFound(ans, a, hits)
		return
	}
	if a.otherYear == 0 && len(a.years) > 0 && !a.both && otherYear(a, cands[0].para) &&
		!namedYear(a.norm, e.ix.coveredYears(a.rep)...) {
		// Only years the report does not cover are named ("2023年新购公交车辆"):
		// the best quote is about another year and must not pass as the answer.
		e.otherPeriodOnly(ans, a, cands[0], a.years[0], "的内容")
		return
	}
	if a.figure && !a.both && a.period != PeriodNone && cands[0].para.Period.Kind != a.period &&
		cands[0].para.Period.Kind != PeriodNone && !hasPeriod(cands[:min(len(cands), 4)], a.period) {
		rv, pl := e.ix.years(a.rep)
		asked := pl
		if a.period == PeriodResult {
			asked = rv
		}
		e.otherPeriodOnly(ans, a, cands[0], asked, "的这项数字")
		return
	}
	picked := []candidate{cands[0]}
	wantPeriods := a.both || (a.figure && a.period == PeriodNone)
	for _, c := range cands[1:] {
		if len(picked) == maxQuotes {
			break
		}
		if overlaps(picked, c) || sc.offTopic(cands[0], c) || otherYear(a, c.para) {
			continue
		}
		strong := c.score >= secondQuoteMin*cands[0].score
		// A result beside a target: when the question could mean either,
		// show the best of the other period too.
		otherPeriod := wantPeriods && c.para.Period.Kind != PeriodNone && !hasPeriod(picked, c.para.Period.Kind) && c.score >= 0.35*cands[0].score
		if strong || otherPeriod {
			picked = append(picked, c)
		}
	}
	if a.list {
		picked = e.continueList(picked)
	}
	sort.SliceStable(picked, func(i, j int) bool {
		if picked[i].para.N != picked[j].para.N {
			return picked[i].para.N < picked[j].para.N
		}
		return picked[i].span.Start < picked[j].span.Start
	})
	ans.Found = true
	var b strings.Builder
	b.WriteString(intro(a.lang))
	for _, c := range picked {
		cit := citationFor(c.para, c.span)
		ans.Citations = append(ans.Citations, cit)
		writeQuoteLine(&b, a.lang, cit, e.multi())
	}
	ans.Answer = strings.TrimRight(b.String(), "\n")
}

func intro(lang string) string {
	if lang == "en" {
		return "From the report (quotes are in the original Chinese):\n"
	}
	return "根据报告：\n"
}

func writeQuoteLine(b *strings.Builder, lang string, c Citation, multi bool) {
	label := c.Period.Label()
	if lang == "en" {
		label = c.Period.EnglishLabel()
	}
	if label != "" {
		fmt.Fprintf(b, "【%s】", label)
	}
	fmt.Fprintf(b, "「%s」%s\n", c.Quote, c.Marker(multi))
}

// Marker is the citation mark shown after a quote: 〔¶23〕, or with several
// reports loaded 〔panjin-2025 ¶23〕.
func (c Citation) Marker(multi bool) string {
	if multi {
		return fmt.Sprintf("〔%s ¶%d〕", c.Report, c.Paragraph)
	}
	return fmt.Sprintf("〔¶%d〕", c.Paragraph)
}

// offTopic reports whether c shares less than half of what made the best
// candidate match: a further quote must be about the same thing, not just
// share a word like 增长 or 目标.
func (sc *scorer) offTopic(best, c candidate) bool {
	var want, got float64
	for k := range sc.terms {
		bit := uint64(1) << k
		if sc.orig&bit == 0 || best.mask&bit == 0 {
			continue
		}
		want += sc.idf[k]
		if c.mask&bit != 0 {
			got += sc.idf[k]
		}
	}
	return want > 0 && got < 0.5*want
}

// otherYear: the question named its year(s) and c is about another one.
func otherYear(a analysis, p *Paragraph) bool {
	if len(a.years) == 0 || a.both || p.Period.Kind == PeriodNone {
		return false
	}
	for _, y := range a.years {
		if p.Period.Year == y {
			return false
		}
	}
	return true
}

func hasPeriod(cs []candidate, k PeriodKind) bool {
	for _, c := range cs {
		if c.para.Period.Kind == k {
			return true
		}
	}
	return false
}

func overlaps(cs []candidate, c candidate) bool {
	for _, p := range cs {
		if p.para == c.para && p.span.Start < c.span.End && c.span.Start < p.span.End {
			return true
		}
	}
	return false
}

// continueList extends picked[0], the best quote, over the sentences that
// follow it in its paragraph, as one quote, while the answer stays under
// listQuoteRunes: "给市民办了哪些实事" matches "城市功能更加完善。", and the
// items are the sentences after. Quotes the extension covers are dropped.
func (e *Engine) continueList(picked []candidate) []candidate {
	best := picked[0]
	total := 0
	for _, c := range picked {
		total += c.span.End - c.span.Start
	}
	ext := best.span
	for _, s := range e.ix.fullSentences[best.para] {
		if s.Start < best.span.End {
			continue
		}
		sp := trimSpan(best.para.Text, s)
		if sp.End <= sp.Start {
			continue
		}
		if total+sp.End-ext.End > listQuoteRunes {
			break
		}
		total += sp.End - ext.End
		ext.End, ext.byteEnd = sp.End, sp.byteEnd
	}
	if ext == best.span {
		return picked
	}
	best.span = ext
	out := []candidate{best}
	for _, c := range picked[1:] {
		if !overlaps(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// candidates scores every sentence of the top paragraphs and narrows long
// ones to the clauses that carry the match.
func (e *Engine) candidates(a analysis, sc *scorer, hits []Hit) []candidate {
	n := 0
	for _, h := range hits {
		if a.list {
			n += len(e.ix.fullSentences[h.Paragraph])
		} else {
			n += len(e.ix.sentences[h.Paragraph])
		}
	}
	out := make([]candidate, 0, n)
	for rank, h := range hits {
		p := h.Paragraph
		if !p.Quotable() || p.Kind == ParaPart {
			continue
		}
		prior := 1 / (1 + 0.25*float64(rank))
		cl := e.ix.clauses[p]
		sents := e.ix.sentences[p]
		if a.list {
			sents = e.ix.fullSentences[p] // a list runs on across "；"
		}
		for _, s := range sents {
			// The clauses of this sentence (sentence ends are clause ends).
			i := 0
			for i < len(cl) && cl[i].span.Start < s.Start {
				i++
			}
			j := i
			for j < len(cl) && cl[j].span.End <= s.End {
				j++
			}
			if i == j {
				continue
			}
			sp := s
			score, mask := sc.window(e, p, i, j)
			if !a.list && s.End-s.Start > narrowAbove {
				sp, score, mask = e.narrow(sc, p, i, j)
			}
			score *= prior * periodFactor(a, p)
			out = append(out, candidate{para: p, span: trimSpan(p.Text, sp), score: score, rank: rank, mask: mask})
		}
	}
	// Generic, not sort.SliceStable: swapping 64-byte candidates through
	// reflection was a noticeable share of an answer.
	slices.SortStableFunc(out, func(x, y candidate) int { return cmp.Compare(y.score, x.score) })
	return out
}

// narrow picks the best window of one to three of the clauses [lo,hi) of p.
func (e *Engine) narrow(sc *scorer, p *Paragraph, lo, hi int) (Span, float64, uint64) {
	cl := e.ix.clauses[p]
	var best Span
	var bestMask uint64
	bestScore := -1.0
	for i := lo; i < hi; i++ {
		for j := i; j < hi && j < i+3; j++ {
			score, mask := sc.window(e, p, i, j+1)
			if cl[j].span.End-cl[i].span.Start < 8 {
				score *= 0.5 // a fragment too short to stand alone
			}
			if score > bestScore {
				best = Span{cl[i].span.Start, cl[j].span.End, cl[i].span.byteStart, cl[j].span.byteEnd}
				bestScore, bestMask = score, mask
			}
		}
	}
	return best, bestScore, bestMask
}

// trimSpan drops trailing separators and surrounding space from a quote,
// keeping sentence-final punctuation out of mid-sentence fragments.
func trimSpan(text string, sp Span) Span {
	for sp.byteEnd > sp.byteStart {
		r, size := utf8.DecodeLastRuneInString(text[sp.byteStart:sp.byteEnd])
		if !strings.ContainsRune("，,；;：:、 　", r) {
			break
		}
		sp.byteEnd -= size
		sp.End--
	}
	for sp.byteStart < sp.byteEnd {
		r, size := utf8.DecodeRuneInString(text[sp.byteStart:sp.byteEnd])
		if !unicode.IsSpace(r) {
			break
		}
		sp.byteStart += size
		sp.Start++
	}
	return sp
}

func citationFor(p *Paragraph, sp Span) Citation {
	return Citation{
		Report: p.Report, Paragraph: p.N, Section: p.Path(), Period: p.Period,
		Quote: p.Text[sp.byteStart:sp.byteEnd], Start: sp.Start, End: sp.End,
	}
}

// otherPeriodOnly answers a figure question about one period when the
// report gives the figure only for the other: it says so, and shows that
// figure labelled, so a 2025 target is never passed off as a 2024 result.
func (e *Engine) otherPeriodOnly(ans *Answer, a analysis, c candidate, askedYear int, what string) {
	cit := citationFor(c.para, c.span)
	var b strings.Builder
	if a.lang == "en" {
		fmt.Fprintf(&b, "The report does not give this for %d. The nearest it gives is the %s:\n", askedYear, c.para.Period.EnglishLabel())
	} else {
		fmt.Fprintf(&b, "报告没有给出%d年%s。报告给出的是%s：\n", askedYear, what, c.para.Period.Label())
	}
	writeQuoteLine(&b, a.lang, cit, e.multi())
	ans.Found = false
	ans.Citations = append(ans.Citations, cit)
	ans.Answer = strings.TrimRight(b.String(), "\n")
}

// notFound says the report does not answer, and points at the nearest
// sections by quoting their titles, never at unrelated sentences.
func (e *Engine) notFound(ans *Answer, a analysis, hits []Hit) {
	ans.Found = false
	var b strings.Builder
	topic := strings.Join(a.missing, "、")
	rv, pl := e.ix.years(a.rep)
	switch {
	case a.otherYear != 0 && a.rep == nil && e.multi() && a.lang == "en":
		fmt.Fprintf(&b, "None of the reports gives figures for %d.", a.otherYear)
	case a.otherYear != 0 && a.rep == nil && e.multi():
		fmt.Fprintf(&b, "已加载的报告都没有%d年的数字。", a.otherYear)
	case a.otherYear != 0 && a.lang == "en":
		fmt.Fprintf(&b, "The report gives %d results and %d targets, not figures for %d.", rv, pl, a.otherYear)
	case a.otherYear != 0:
		fmt.Fprintf(&b, "报告只给出%d年的结果和%d年的目标，没有%d年的数字。", rv, pl, a.otherYear)
	case a.lang == "en" && topic != "":
		fmt.Fprintf(&b, "The report does not mention %s.", topic)
	case a.lang == "en":
		b.WriteString("The report does not answer this question.")
	case topic != "":
		fmt.Fprintf(&b, "报告未提及“%s”。", topic)
	default:
		b.WriteString("报告未提及这个问题的答案。")
	}
	seen := map[int]bool{}
	for _, h := range hits {
		head := e.sectionHead(h.Paragraph)
		if head == nil || seen[head.N] {
			continue
		}
		seen[head.N] = true
		title := head.Section
		if head.Kind == ParaPart {
			title = head.Part
		}
		n := utf8.RuneCountInString(title)
		if !strings.HasPrefix(head.Text, title) {
			continue
		}
		ans.Citations = append(ans.Citations, Citation{
			Report: head.Report, Paragraph: head.N, Section: head.Path(), Period: head.Period,
			Quote: title, Start: 0, End: n,
		})
		if len(ans.Citations) == 3 {
			break
		}
	}
	if len(ans.Citations) > 0 {
		if a.lang == "en" {
			b.WriteString("\nThe nearest sections:\n")
		} else {
			b.WriteString("\n最接近的章节：\n")
		}
		for _, c := range ans.Citations {
			fmt.Fprintf(&b, "· %s%s\n", c.Quote, c.Marker(e.multi()))
		}
	}
	ans.Answer = strings.TrimRight(b.String(), "\n")
}

// sectionHead is the heading paragraph of p's section (or part).
func (e *Engine) sectionHead(p *Paragraph) *Paragraph {
	r := e.ix.byID[p.Report]
	for n := p.N; n >= 1; n-- {
		q := &r.Paragraphs[n-1]
		if p.Section != "" && q.Kind == ParaSection && q.Section == p.Section {
			return q
		}
		if p.Section == "" && q.Kind == ParaPart && q.Part == p.Part {
			return q
		}
	}
	return nil
}

// listAnswer answers "which areas / what tasks" from the report's structure:
// the sections of a part, or the topics of a section. It reports false when
// the retrieved paragraphs are not a structural node.
func (e *Engine) listAnswer(ans *Answer, a analysis, hits []Hit) bool {
	if strings.Contains(a.norm, "目标") || strings.Contains(a.norm, "指标") {
		return false // the targets are one paragraph's sentence, not a structure
	}
	top := hits[:min(len(hits), 1)] // a structure further down is not what was asked
	if containsAny(a.norm, areaCues) {
		if head := e.partHead(a, hits); head != nil {
			top = []Hit{{Paragraph: head}}
		}
	}
	for _, h := range top {
		node := h.Paragraph
		if node.Kind == ParaBody && node.Lead != "" {
			head := e.sectionHead(node)
			if head == nil || !containsAny(a.norm, areaCues) && !e.namesItems(a, head, node) {
				// "今年坐公交有哪些新举措": the items are in this paragraph's
				// sentences, not the topics of its section.
				continue
			}
			node = head
		}
		if node == nil {
			continue
		}
		h.Paragraph = node
		items := e.children(h.Paragraph)
		if len(items) < 2 {
			continue
		}
		ans.Found = true
		var b strings.Builder
		b.WriteString(intro(a.lang))
		head := citationFor(h.Paragraph, trimSpan(h.Paragraph.Text, Sentences(h.Paragraph.Text)[0]))
		ans.Citations = append(ans.Citations, head)
		writeQuoteLine(&b, a.lang, head, e.multi())
		for i, p := range items {
			if i == maxListItems {
				break
			}
			title := p.Lead
			if p.Kind == ParaSection {
				title = p.Section
			}
			c := Citation{Report: p.Report, Paragraph: p.N, Section: p.Path(), Period: p.Period,
				Quote: title, Start: 0, End: utf8.RuneCountInString(title)}
			ans.Citations = append(ans.Citations, c)
			fmt.Fprintf(&b, "%d. 「%s」%s\n", i+1, c.Quote, c.Marker(e.multi()))
		}
		ans.Answer = strings.TrimRight(b.String(), "\n")
		return true
	}
	return false
}

// namesItems reports whether the question asks for the topics of section
// head rather than for what paragraph node says: a word of the question
// stands in the lead phrases of at least two and half of the topics
// ("哪几个“大”": 建设大通道, 打造大平台…; "哪些专项行动": …提升行动,
// …发展行动), and node's own lead has no other word of the question
// ("新兴产业和未来产业上推进哪些项目" names node's topic: its items are
// inside it).
func (e *Engine) namesItems(a analysis, head, node *Paragraph) bool {
	items := e.children(head)
	leads := make([]string, len(items))
	for i, p := range items {
		leads[i] = Normalize(p.Lead)
	}
	own := Normalize(node.Lead)
	shared := false
	for t, w := range a.terms {
		if w < 1 {
			continue // a lexicon expansion, not the question's word
		}
		n := 0
		for _, l := range leads {
			if strings.Contains(l, t) {
				n++
			}
		}
		switch {
		case n >= 2 && 2*n >= len(items):
			shared = true
		case strings.Contains(own, t):
			return false
		}
	}
	return shared
}

// areaCues ask for the areas of work of a whole part.
var areaCues = []string{"几个方面", "哪些方面", "哪几方面", "哪八", "八个方面", "哪些领域", "几个领域", "重点任务", "主要任务", "重点工作", "main tasks", "key tasks", "priorities", "which areas"}

// partHead is the heading of the part whose period the question asks about
// (the plan when it does not say), or, for the plan, the paragraph that
// announces its areas of work when there is one.
func (e *Engine) partHead(a analysis, hits []Hit) *Paragraph {
	want := a.period
	if want == PeriodNone || a.both {
		want = PeriodPlan
	}
	r := a.rep
	switch {
	case r != nil:
	case len(hits) > 0:
		r = e.ix.byID[hits[0].Paragraph.Report]
	default:
		r = e.ix.Latest()
	}
	var head *Paragraph
	for i := range r.Paragraphs {
		p := &r.Paragraphs[i]
		if p.Period.Kind != want {
			continue
		}
		if p.Kind == ParaPart && head == nil {
			head = p
		}
		if head != nil && p.Kind == ParaBody && p.Section == "" && strings.HasSuffix(p.Text, "：") && len(e.children(p)) >= 2 {
			return p
		}
	}
	return head
}

// children lists the structural items under p: for a part heading or a
// paragraph announcing a list ("…八个方面工作："), the sections that follow;
// for a section heading, the topic paragraphs of the section.
func (e *Engine) children(p *Paragraph) []*Paragraph {
	r := e.ix.byID[p.Report]
	var out []*Paragraph
	announces := p.Kind == ParaPart || (p.Kind == ParaBody && p.Section == "" && strings.HasSuffix(p.Text, "："))
	for n := p.N + 1; n <= len(r.Paragraphs); n++ {
		q := &r.Paragraphs[n-1]
		if q.Part != p.Part || q.Kind == ParaPart {
			break
		}
		switch {
		case announces && q.Kind == ParaSection:
			out = append(out, q)
		case p.Kind == ParaSection && q.Section == p.Section && q.Lead != "":
			out = append(out, q)
		case p.Kind == ParaSection && q.Section != p.Section:
			return out
		}
	}
	return out
}

// multi reports whether several reports are loaded, so marks name theirs.
func (e *Engine) multi() bool { return len(e.ix.reports) > 1 }

// setReport names the report the answer drew on.
func (e *Engine) setReport(ans *Answer, rep *Report, hits []Hit) {
	if rep == nil {
		switch {
		case len(ans.Citations) > 0:
			rep = e.ix.byID[ans.Citations[0].Report]
		case len(hits) > 0:
			rep = e.ix.byID[hits[0].Passage.Report]
		default:
			rep = e.ix.Latest()
		}
	}
	ans.Report = ReportRef{ID: rep.Meta.ID, Title: rep.Meta.Title, Version: rep.Version}
}
