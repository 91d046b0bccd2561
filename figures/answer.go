package figures

import (
	"context"
	"fmt"
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
}

// NewAnswerer answers with eng and the figures of idx.
func NewAnswerer(eng Engine, idx *Index) *Answerer {
	return &Answerer{eng: eng, idx: idx, cache: rag.NewAnswerCache(rag.AnswerCacheSize)}
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
	ans, err := a.answer(ctx, q)
	if err != nil {
		return nil, err
	}
	a.cache.Put(key, ans, rag.Intent{})
	return ans, nil
}

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
		ans.Found = true
	} else if in.Figure && ans.Found {
		figs = a.pick(q, in)
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
	ans.Answer = lead.String() + insertAfterIntro(ans.Answer, lines.String())
	return ans, nil
}

// pick chooses the figures a figure question asks for: the best match of
// the period it names, or of each period when it names none or both.
func (a *Answerer) pick(q rag.Query, in rag.Intent) []Figure {
	found := a.idx.Search(Query{Text: q.Text, Expand: in.Expand, Report: q.Report, Limit: 8})
	kinds := []Kind{KindResult, KindTarget}
	switch {
	case in.Both:
	case in.Period == rag.PeriodResult:
		kinds = []Kind{KindResult}
	case in.Period == rag.PeriodPlan:
		kinds = []Kind{KindTarget}
	}
	var out []Figure
	for _, k := range kinds {
		for _, f := range found {
			if f.Kind == k {
				out = append(out, f)
				break
			}
		}
	}
	return out
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
