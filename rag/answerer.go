package rag

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// Answerer answers questions about the loaded reports: the one seam every
// front end (CLI, HTTP API, Telegram, eval) and every layer (the cache, the
// concurrency limit, the model path) uses. *Engine is the extractive one.
type Answerer interface {
	Ask(ctx context.Context, q Query) (*Answer, error)
	// AskStream is Ask that passes text on as it is produced. Deltas are
	// provisional; the returned Answer is authoritative. An answerer that
	// has nothing to stream (the extractive engine) never calls onDelta.
	AskStream(ctx context.Context, q Query, onDelta func(string)) (*Answer, error)
	Search(ctx context.Context, q Query, k int) ([]Hit, error)
	ReportSource
}

// ReportSource looks reports up: what front ends need of the index.
type ReportSource interface {
	// Report returns the report with id; "" means the only report.
	Report(id string) (*Report, error)
	Reports() []*Report
}

// Step is a stage of the answer pipeline after the engine's own
// strategies: it reads the draft and may add to or replace its answer.
// figures.Step gives figure questions their figure.
type Step func(ctx context.Context, d *Draft) error

// Draft is an answer being composed, as the steps see it.
type Draft struct {
	Query Query // the question, checked
	// Read is the question as the engine matched it: traditional
	// characters folded to simplified, typing slips fixed.
	Read   string
	norm   string  // Normalize(Read)
	Scope  *Report // the report the question is answered from; nil = all
	Intent Intent  // how the engine read the question
	// Track is set when the question asks whether a year's targets were
	// met: a step that pairs the targets of Track.Target with the results
	// of Track.Result answers it, and sets Track to nil. (Scope is the
	// Result report.) Left set, the engine answers from both reports,
	// labelled.
	Track  *Track
	Answer *Answer // parts and citations so far
	// Lookup is set when the question only looked paragraphs up: the
	// answer is the paragraphs themselves.
	Lookup bool
	// Derived is set by a step that answered a claim about a number
	// derived from several figures — a difference from the year before
	// ("今年公交车比去年多47台吧"), a total ("两项一共324件吧") — with those
	// figures: it matched them to the question without the claim's amount
	// and words, so the grounding of a figure question, which would read
	// those as words asked ("350 million lower"), leaves them be.
	Derived bool
	// Matched is set by a step whose headline figures each answer one
	// part of the question: the one of several things asked between that
	// the report gives a stated figure for ("39.7%是进出口还是固投"), or
	// each figure of a pair stated, of its own thing ("去年GDP增长3.5%左右、
	// 社零增长4%对吧"). The grounding of a figure question, which would
	// want each headline to hold all that was asked, leaves them be.
	Matched bool
	// Held is set by a step that held every figure the question states
	// to the report's, units and scales read ("12.2万公顷" is 183万亩):
	// the claim checks that compare counts as written have none to correct.
	Held bool
	// stated is the clause stating a figure a question opened with, the
	// asker's context (splitContext); Read is then the rest. "" for most.
	// opening corrects it, when the report gives its indicator another.
	stated  string
	opening *openingCorrection
	// confirmed quotes the stated clause's figure, of another period
	// than the one asked, when the report confirms it (ConfirmOpening).
	confirmed []Citation
	// claim caches ClaimShaped(Read), asked by several steps: 0 unread,
	// 1 no, 2 yes.
	claim  int8
	ix     *Index
	engine *Engine
	asked  []askedTerm // what the question asks about (askedTerms)
	// missing are the English words of the question the reports and the
	// lexicon lack (analysis.missing).
	missing []string
	// onlyMissing are the words the reports lack of a question that asks a
	// figure of nothing else (asksOnlyMissing): no quote answers it.
	onlyMissing []string
	// sibAsks are the sibling families it names one kind of (sibRead: read).
	sibAsks []siblingAsk
	sibRead bool
	place   *PlaceSlot // the place it names
	rank    bool       // it asks a rank (排第几), which an ordinal answers
	// howPlan: its plan period is read from a how-to word alone (停车难
	// 怎么解决): what was done answers it when the plan says nothing.
	howPlan bool
	// alone: it asks one thing's own figure (单独, 各自), which a total
	// of several (合计) does not give.
	alone bool
	// onlyChange: groundFigures declined it saying the report gives only
	// how the figure asked moved (onlyChangeOfLevel); groundWholeHead may
	// say more sharply that the figure is only a member's.
	onlyChange bool
	// money: its head asks an amount of money (成交额, 营业收入), which a
	// count of things (跨境电商企业70家) does not give.
	money bool
	// part is what a question asks of a whole it names ("2.04万人里高校毕业生
	//有多少": 高校毕业生): the asked terms after the whole; partOf says it
	// names one (an English part may be in words the lexicon lacks).
	part   []askedTerm
	whole  string // the whole's figure as the question gives it ("360公里")
	partOf bool
	// retrieved are the engine's citations before the steps: a step may
	// put a figure of another paragraph in their place, and the clause
	// they quoted may still answer ("未发生重特大事故" for 几起).
	retrieved []Citation
	// focus is what a question asks after setting out from something else
	// ("刑事警情下降了，那电信诈骗…": 电信诈骗); nil when it does not turn.
	focus []askedTerm
}

// Track is a year whose targets one report set and the next reviewed.
type Track struct {
	Target, Result *Report
	Year           int
}

// Supports reports whether figure f would answer the question as a
// headline: its indicator and its sentence hold what was asked (the test
// groundFigures puts every headline figure to).
func (d *Draft) Supports(f AnswerFigure) bool {
	probe := &Answer{Citations: []Citation{{Report: f.Report, Paragraph: f.Paragraph, Start: f.Start, End: f.End}}}
	saved := d.Answer
	d.Answer = probe
	defer func() { d.Answer = saved }()
	ok, _ := d.engine.partSupport(d, Part{Type: PartFigure, Figure: &f, Citations: []int{0}})
	return ok
}

// Covers is the share of what the question asks about that text holds,
// itself or through the report terms that stand for it: 1 when the text
// answers all of it, 0 when it shares only generic words with it.
func (d *Draft) Covers(text string) float64 { return coveredShare(d.asked, Normalize(text)) }

// ClaimShaped is ClaimShaped(d.Read), read once.
func (d *Draft) ClaimShaped() bool {
	if d.claim == 0 {
		d.claim = 1
		if ClaimShaped(d.Read) {
			d.claim = 2
		}
	}
	return d.claim == 2
}

// StatedClause is the clause stating a figure a question opened with
// ("今年GDP目标5.5%左右，社零目标是多少"): the asker's context, to be checked
// against its own indicator; Read is what it asks. "" when it opened so not.
func (d *Draft) StatedClause() string { return d.stated }

// openingCorrection is a correction of the stated clause and its citation.
type openingCorrection struct {
	part Part
	cite Citation
}

// CorrectOpening sets the correction of the stated clause (StatedClause).
// It leads the answer once the answer to what was asked is grounded, and
// decides nothing of it: a wrong context figure neither makes the answer
// found nor spares it any check.
func (d *Draft) CorrectOpening(p Part, c Citation) { d.opening = &openingCorrection{p, c} }

// ConfirmOpening sets a clause the report confirms the stated clause's
// figure with, of another period than the one asked (StatedClause).
func (d *Draft) ConfirmOpening(c Citation) { d.confirmed = append(d.confirmed, c) }

// quoteConfirmed quotes, after a found answer's quotes, the clauses
// ConfirmOpening set that no quote holds. WHY: "公交车去年买了85台，今年呢"
// asks a pair, last year's figure stated as context and this year's
// asked; the quote shows the context right and of which year beside the
// asked year's. After the grounding: a context quote decides nothing of
// the answer to what was asked.
func (d *Draft) quoteConfirmed() {
	if !d.Answer.Found {
		return
	}
	for _, c := range d.confirmed {
		holds := func(q Part) bool {
			if q.Type != PartQuote || len(q.Citations) == 0 {
				return false
			}
			return d.Answer.Citations[q.Citations[0]].holds(c)
		}
		if slices.ContainsFunc(d.Answer.Parts, holds) {
			continue
		}
		at := d.Answer.Cite(c)
		d.Answer.Parts = append(d.Answer.Parts, Part{Type: PartQuote, Text: d.Answer.Citations[at].Quote, Citations: []int{at}})
	}
}

// addOpening puts the stated clause's correction first in the answer,
// and, in a found answer, quotes its citation (the clause the report
// gives the corrected thing's figure in) after the answer's quotes when
// none holds it. WHY: "14114名受灾群众被转移，党员干部去了多少" is told
// 5214名, which only the clause (5214名受灾群众…及时转移) shows is 受灾群众's;
// the answer's own quotes are of what was asked (党员干部).
func (d *Draft) addOpening() {
	d.quoteConfirmed()
	if d.opening == nil {
		return
	}
	p := d.opening.part
	if !d.Answer.Found {
		p.Citations = []int{d.Answer.Cite(d.opening.cite)}
		d.Answer.Parts = append([]Part{p}, d.Answer.Parts...)
		return
	}
	ps := correctionQuoting(d.Answer, p, d.opening.cite)
	d.Answer.Parts = append(append([]Part{ps[0]}, d.Answer.Parts...), ps[1:]...)
}

// HeldOwn is how much of the asked terms written inside words, the words
// of one of several things a question states a figure of ("criminal cases
// fell" of "Criminal cases fell 24.3% and public order cases fell 26.1%"),
// text writes: the runes of every Chinese spelling of theirs it holds, so
// that 刑事警情 (刑事, 警情) holds more of "criminal cases" than 治安警情,
// which writes only its 警情.
func (d *Draft) HeldOwn(words, text string) int {
	w, t := Normalize(words), Normalize(text)
	var seen []string
	n := 0
	for _, a := range d.asked {
		if !strings.Contains(w, a.term) {
			continue
		}
		for _, s := range a.spellings() {
			if startsHan(s) && strings.Contains(t, s) && !slices.Contains(seen, s) {
				seen = append(seen, s)
				n += runeLen(s)
			}
		}
	}
	return n
}

// CoversBut is Covers without the asked terms inside skip, words of the
// question that name no topic: in "GDP过千亿了吗" 千亿 is asked, and any
// amount in 亿 would cover it.
func (d *Draft) CoversBut(text, skip string) float64 {
	topic := slices.DeleteFunc(slices.Clone(d.asked), func(t askedTerm) bool { return strings.Contains(skip, t.term) })
	if len(topic) == 0 {
		return 0
	}
	return coveredShare(topic, Normalize(text))
}

// Norm is Normalize(d.Read), made once: steps that read the question
// need not copy it again.
func (d *Draft) Norm() string { return d.norm }

// Words cuts text into dictionary words (words.Dict.Segment).
func (d *Draft) Words(text string) []string { return d.ix.dict.Segment(text, nil) }

// Multi reports whether several reports are loaded.
func (d *Draft) Multi() bool { return len(d.ix.reports) > 1 }

// Overview is the paragraph a summary answer sums up (2024's results in
// ¶6): its figures are the answer's headline. nil for other answers.
func (d *Draft) Overview() *Paragraph { return d.Answer.overview }

// Latest is the newest report: with several loaded and none named, 去年
// and 今年 are read as it reads them.
func (d *Draft) Latest() *Report { return d.ix.Latest() }

// Paragraph returns ¶n of report id.
func (d *Draft) Paragraph(id string, n int) (*Paragraph, error) {
	r, err := d.ix.Report(id)
	if err != nil {
		return nil, err
	}
	return r.Paragraph(n)
}

// CiteSpan cites runes [start,end) of ¶n of report id with the given
// period, reusing a citation whose quote already holds the span, and
// returns the citation's index.
func (d *Draft) CiteSpan(id string, n, start, end int, period Period) (int, error) {
	c, err := d.SpanCitation(id, n, start, end, period)
	if err != nil {
		return 0, err
	}
	return d.Answer.Cite(c), nil
}

// SpanCitation is the citation of runes [start,end) of ¶n of report id.
func (d *Draft) SpanCitation(id string, n, start, end int, period Period) (Citation, error) {
	p, err := d.Paragraph(id, n)
	if err != nil {
		return Citation{}, err
	}
	quote, ok := runeSlice(p.Text, start, end)
	if !ok {
		return Citation{}, fmt.Errorf("cite %s ¶%d: span [%d,%d) outside the paragraph", id, n, start, end)
	}
	return Citation{Report: id, Paragraph: n, Section: p.Path(), Period: period, Quote: quote, Start: start, End: end}, nil
}

// runeSlice is the text of runes [start,end) of s, a non-empty span inside
// it, without decoding the whole of s into runes (a paragraph's text is
// valid UTF-8, so its bytes are those runes' encoding).
func runeSlice(s string, start, end int) (string, bool) {
	if start < 0 || start >= end {
		return "", false
	}
	i, bs := 0, -1
	for b := range s {
		if i == start {
			bs = b
		}
		if i == end {
			return s[bs:b], true
		}
		i++
	}
	if i == end && bs >= 0 {
		return s[bs:], true
	}
	return "", false
}
