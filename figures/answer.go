package figures

import (
	"context"
	"fmt"
	"regexp"
	"runtime"
	"strings"

	"github.com/reportbot/reportbot/rag"
)

// Engine is what Answerer needs of the extractive engine.
type Engine interface {
	AskIntent(ctx context.Context, q rag.Query) (*rag.Answer, rag.Intent, error)
	Search(ctx context.Context, q rag.Query, k int) ([]rag.Hit, error)
	Index() *rag.Index
	Intent(q rag.Query) rag.Intent
}

// Answerer makes figures first-class in answers: a figure question gets the
// figure itself, exactly as written and cited, labelled as a result or a
// target (both when the question could mean either), and a question that
// states a figure the report contradicts is corrected first.
type Answerer struct {
	eng   Engine
	idx   *Index
	cache *rag.AnswerCache // its answers are as deterministic as the engine's
	// slots bounds the answers computed at once (see Concurrency).
	slots chan struct{}
}

// Option configures an Answerer.
type Option func(*Answerer)

// Concurrency bounds the uncached answers computed at once to n; beyond
// that they wait their turn in arrival order. n <= 0 means one fewer than
// GOMAXPROCS, at least one.
//
// An answer is pure CPU work: more at once only share the CPUs, and
// unevenly. And while every CPU is busy, the Go runtime looks for network
// events only every 10 ms (sysmon), so requests and replies already on
// the wire wait unseen. Leaving one CPU free of answers keeps network I/O,
// logging and the garbage collector prompt. docs/load.md has the
// measurements. The bound is fixed when the Answerer is built: a later
// change of GOMAXPROCS (Go follows cgroup limits) does not move it.
func Concurrency(n int) Option {
	return func(a *Answerer) {
		if n <= 0 {
			n = max(1, runtime.GOMAXPROCS(0)-1)
		}
		a.slots = make(chan struct{}, n)
	}
}

// NewAnswerer answers with eng and the figures of idx.
func NewAnswerer(eng Engine, idx *Index, opts ...Option) *Answerer {
	a := &Answerer{eng: eng, idx: idx, cache: rag.NewAnswerCache(rag.AnswerCacheSize)}
	Concurrency(0)(a)
	for _, o := range opts {
		o(a)
	}
	return a
}

// Figures is the figures index the answerer draws on.
func (a *Answerer) Figures() *Index { return a.idx }

// Search passes through to the engine.
func (a *Answerer) Search(ctx context.Context, q rag.Query, k int) ([]rag.Hit, error) {
	return a.eng.Search(ctx, q, k)
}

// Index passes through to the engine.
func (a *Answerer) Index() *rag.Index { return a.eng.Index() }

// Intent passes through to the engine.
func (a *Answerer) Intent(q rag.Query) rag.Intent { return a.eng.Intent(q) }

// Ask answers q with the engine, then adds the figures it asks about.
func (a *Answerer) Ask(ctx context.Context, q rag.Query) (*rag.Answer, error) {
	key := rag.Query{Text: q.Text, Report: q.Report}
	if ans, _, ok := a.cache.Get(key); ok {
		return ans, nil
	}
	ans, err := a.answerInSlot(ctx, q)
	if err != nil {
		return nil, err
	}
	a.cache.Put(key, ans, rag.Intent{})
	return ans, nil
}

// answerInSlot waits for a slot, in arrival order, and answers in it; the
// slot is given back even if answering panics (the server recovers).
func (a *Answerer) answerInSlot(ctx context.Context, q rag.Query) (*rag.Answer, error) {
	if err := ctx.Err(); err != nil {
		// select picks at random among ready cases: a free slot must not
		// win over a request already given up.
		return nil, fmt.Errorf("figures: waiting to answer: %w", err)
	}
	select {
	case a.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("figures: waiting to answer: %w", ctx.Err())
	}
	defer func() {
		<-a.slots
		if len(a.slots) == cap(a.slots) {
			// A waiter took the slot at once: it is queued to run on this
			// CPU, but only once this goroutine stops (after writing its
			// reply). Yield, so the CPU goes on answering and the reply
			// is written when a CPU is free (docs/load.md).
			runtime.Gosched()
		}
	}()
	return a.answer(ctx, q)
}

// Slots is the number of answers computed at once.
func (a *Answerer) Slots() int { return cap(a.slots) }

func (a *Answerer) answer(ctx context.Context, q rag.Query) (*rag.Answer, error) {
	ans, in, err := a.eng.AskIntent(ctx, q)
	if err != nil {
		return nil, err
	}
	multi := len(a.eng.Index().Reports()) > 1
	var lead strings.Builder
	var figs []Figure
	if c := Premise(q.Text, a.idx); c != nil && (q.Report == "" || c.Actual.Report == q.Report) {
		f := c.Actual
		if in.Lang == "en" {
			fmt.Fprintf(&lead, "Note: the report says %s, not %s %s.\n", f.Text, c.Stated, marker(f, multi))
		} else {
			fmt.Fprintf(&lead, "更正：报告写的是%s，不是%s%s。\n", f.Text, c.Stated, marker(f, multi))
		}
		figs = append(figs, f)
		figs = append(figs, c.Also...)
		if !ans.Found {
			// The engine found nothing to quote: the correction and the
			// figures are the answer, not a refusal beneath them.
			ans.Answer, ans.Citations, ans.Found = "", []rag.Citation{}, true
		}
	} else if in.Figure && ans.Found {
		strong, unit, written := a.matches(q, in)
		if nf := a.unsupported(q, in, strong, unit, written); nf != nil {
			return a.notGiven(ans, in, nf, multi), nil
		}
		figs = pick(in, strong, unit)
		if unit != "" && len(figs) == 0 && !quotesFigureIn(ans, unit) {
			// Asked for an amount in a unit ("暖气费多少钱") and nothing
			// quoted gives one: the quotes are related, not the answer.
			ans.Found = false
			_, quotes, _ := strings.Cut(ans.Answer, "\n") // the quotes, without "根据报告："
			ans.Answer = noFigurePrefix(in.Lang, written) + quotes
			return ans, nil
		}
	}
	if len(figs) == 0 {
		return ans, nil
	}
	var lines strings.Builder
	for _, f := range figs {
		label := f.Period.Label()
		if in.Lang == "en" {
			label = f.Period.EnglishLabel()
		}
		if label != "" {
			fmt.Fprintf(&lines, "【%s】", label)
		}
		fmt.Fprintf(&lines, "%s：%s%s\n", f.Indicator, f.Text, marker(f, multi))
		ans.Figures = append(ans.Figures, answerFigure(f))
		a.cite(ans, f)
	}
	ans.Answer = strings.TrimRight(lead.String()+insertAfterIntro(ans.Answer, lines.String()), "\n")
	return ans, nil
}

// strongCoverage is the share of an indicator's words a question must
// contain before that indicator's figure is offered as the answer.
const strongCoverage = 0.5

// askedUnit reads the unit a figure question asks for ("多少亿元" → 元,
// "几台" → 台); "" when it does not say.
var askedUnit = regexp.MustCompile(`(?:多少|几)(?:个)?((?:万|亿|千)?)(元|美元|人|台|辆|家|项|所|吨|亩|公里|场|次|件|条|座|倍|钱)`)

// unitAsked is the unit a normalized figure question asks for and how it
// writes it ("多少亿元" → 元, 亿元); "" when it does not say.
func unitAsked(norm string) (unit, written string) {
	for _, m := range askedUnit.FindAllStringSubmatchIndex(norm, -1) {
		if strings.HasSuffix(norm[:m[0]], "哪") {
			continue // "哪几个项目" asks which, not how many
		}
		unit, written = norm[m[4]:m[5]], norm[m[2]:m[3]]+norm[m[4]:m[5]]
		if unit == "钱" { // "多少钱" asks for an amount in 元
			unit, written = "元", "元"
		}
		return unit, written
	}
	return "", ""
}

// matches are the figures whose indicator the question names strongly,
// best first, with the unit the question asks for (if any).
func (a *Answerer) matches(q rag.Query, in rag.Intent) (strong []Figure, unit, written string) {
	unit, written = unitAsked(rag.Normalize(q.Text))
	for _, s := range a.idx.search(Query{Text: q.Text, Expand: in.Expand, Report: q.Report, Limit: 8}) {
		if s.coverage >= strongCoverage {
			strong = append(strong, *s.fig)
		}
	}
	return strong, unit, written
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
func pick(in rag.Intent, found []Figure, unit string) []Figure {
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
		for _, f := range found {
			if f.Kind == k && askedUnitFits(unit, f.Unit) && aboutYears(f, in.Years) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// quotesFigureIn reports whether any quote of ans holds a figure in unit.
func quotesFigureIn(ans *rag.Answer, unit string) bool {
	for _, c := range ans.Citations {
		for _, m := range Find(c.Quote) {
			if m.Value.Unit != "" && askedUnitFits(unit, m.Value.Unit) {
				return true
			}
		}
	}
	return false
}

func noFigurePrefix(lang, written string) string {
	if lang == "en" {
		return "The report gives no figure in " + written + " for this; related text:\n"
	}
	return "报告没有给出以“" + written + "”计的这项数字。相关内容：\n"
}

// askedUnitFits: the unit a question asks for fits a figure's unit, as a
// compatible unit or as the start of a compound one (吨 in 15万吨级).
func askedUnitFits(asked, unit string) bool {
	return UnitsCompatible(asked, unit) || strings.HasPrefix(unit, asked)
}

// notGivenFigure is a figure question the report has a figure near to but
// does not answer: the measure it gives, and why it is not the one asked.
type notGivenFigure struct {
	near   Figure
	reason string // what the report lacks, e.g. "2024年的数字"
}

// unsupported finds figure questions the report does not answer although
// it names their indicator: a unit it never gives for it ("总量多少亿元"
// when only growth rates are given), or the period it gives only the other
// figure for. Quoting the nearby figure as the answer would mislead.
func (a *Answerer) unsupported(q rag.Query, in rag.Intent, strong []Figure, unit, written string) *notGivenFigure {
	if len(strong) == 0 {
		return nil
	}
	// The period first: among the figures of the period asked (all, when
	// the question names none or both), then the unit.
	ofPeriod := strong
	if !in.Both && in.Period != rag.PeriodNone {
		want := KindResult
		if in.Period == rag.PeriodPlan {
			want = KindTarget
		}
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
			return &notGivenFigure{near: strong[0], reason: fmt.Sprintf("%d年的这项数字", yearOf(a, q, want))}
		}
	}
	if unit == "" {
		return nil
	}
	for _, f := range ofPeriod {
		if askedUnitFits(unit, f.Unit) {
			return nil
		}
	}
	return &notGivenFigure{near: ofPeriod[0], reason: "以“" + written + "”计的这项数字"}
}

// yearOf is the year the report reviews (results) or plans (targets).
func yearOf(a *Answerer, q rag.Query, k Kind) int {
	r := a.eng.Index().Latest() // unscoped: as the engine reads 去年/今年
	if q.Report != "" {
		if scoped, err := a.eng.Index().Report(q.Report); err == nil {
			r = scoped
		}
	}
	if k == KindResult {
		return r.Meta.ReviewYear
	}
	return r.Meta.Year
}

// notGiven turns ans into "the report does not give this", showing the
// nearby figure it does give, labelled and cited.
func (a *Answerer) notGiven(ans *rag.Answer, in rag.Intent, nf *notGivenFigure, multi bool) *rag.Answer {
	f := nf.near
	label := f.Period.Label()
	var b strings.Builder
	if in.Lang == "en" {
		fmt.Fprintf(&b, "The report does not give this figure. The nearest it gives:\n【%s】%s：%s%s", f.Period.EnglishLabel(), f.Indicator, f.Text, marker(f, multi))
	} else {
		fmt.Fprintf(&b, "报告没有给出%s。报告给出的是：\n【%s】%s：%s%s", nf.reason, label, f.Indicator, f.Text, marker(f, multi))
	}
	out := *ans
	out.Found = false
	out.Answer = b.String()
	out.Citations = nil
	a.cite(&out, f)
	out.Figures = []rag.AnswerFigure{answerFigure(f)}
	return &out
}

// cite makes sure the answer cites the figure: a citation of its paragraph
// whose quote contains it, or a new citation quoting the figure itself.
func (a *Answerer) cite(ans *rag.Answer, f Figure) {
	for _, c := range ans.Citations {
		if c.Report == f.Report && c.Paragraph == f.Paragraph && c.Start <= f.Start && f.End <= c.End {
			return
		}
	}
	r, err := a.eng.Index().Report(f.Report)
	if err != nil {
		return
	}
	p, err := r.Paragraph(f.Paragraph)
	if err != nil {
		return
	}
	ans.Citations = append(ans.Citations, rag.Citation{
		Report: f.Report, Paragraph: f.Paragraph, Section: p.Path(), Period: f.Period,
		Quote: f.Text, Start: f.Start, End: f.End,
	})
}

func marker(f Figure, multi bool) string {
	return rag.Citation{Report: f.Report, Paragraph: f.Paragraph}.Marker(multi)
}

// insertAfterIntro puts lines after the answer's first line ("根据报告：")
// when it has one, else before the answer.
func insertAfterIntro(answer, lines string) string {
	first, rest, ok := strings.Cut(answer, "\n")
	if ok && (strings.HasSuffix(first, "：") || strings.HasSuffix(first, ":")) {
		return first + "\n" + lines + rest
	}
	return lines + answer
}

func answerFigure(f Figure) rag.AnswerFigure {
	return rag.AnswerFigure{
		Indicator: f.Indicator, Value: f.Text, Number: f.Value, Unit: f.Unit, Qualifier: f.Qualifier,
		Kind: string(f.Kind), Period: f.Period, Report: f.Report, Paragraph: f.Paragraph, Start: f.Start, End: f.End,
	}
}
