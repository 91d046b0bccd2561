package rag

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// Retrieval tuning, measured with `reportbot eval` (see README).
const (
	rrfK          = 60.0 // reciprocal rank fusion constant
	vectorWeight  = 0.1  // the hashed embedding is weaker evidence than BM25
	vectorDepth   = 40   // passages asked of the vector leg
	periodBoost   = 1.25 // passage period matches the question's
	periodPenalty = 0.8  // passage period contradicts it
)

// Search returns up to k hits for q, one per paragraph, best first.
func (e *Engine) Search(ctx context.Context, q Query, k int) ([]Hit, error) {
	text, err := checkQuestion(q.Text)
	if err != nil {
		return nil, err
	}
	rep, err := e.scope(q.Report)
	if err != nil {
		return nil, err
	}
	norm := Normalize(text)
	if nums := lookupNumbers(norm); nums != nil {
		return e.paragraphHits(nums, rep, k), nil // "第23段": that paragraph
	}
	// As in Ask: "第23段说的项目" searches for the project, not for "23".
	a := e.ix.analyze(stripParaRefs(norm), rep)
	return e.retrieve(ctx, a, rep, k)
}

// scope resolves an optional report id; nil means all reports.
func (e *Engine) scope(id string) (*Report, error) {
	if id == "" {
		return nil, nil
	}
	return e.ix.Report(id)
}

func (e *Engine) retrieve(ctx context.Context, a analysis, rep *Report, k int) ([]Hit, error) {
	if k <= 0 || (len(a.terms) == 0 && len(a.expand) == 0) {
		return nil, nil // nothing to match ("？", "今年"): no arbitrary neighbours
	}
	keep := func(doc int) bool {
		p := e.ix.passages[doc]
		return rep == nil || p.Report == rep.Meta.ID
	}
	lexical := e.ix.bm25.Search(a.terms, keep)
	fused := make([]Hit, 0, len(lexical)+vectorDepth)
	at := make(map[int]int, cap(fused)) // doc -> its hit in fused
	hitFor := func(doc int) *Hit {
		i, ok := at[doc]
		if !ok {
			p := e.ix.passages[doc]
			i = len(fused)
			fused = append(fused, Hit{Passage: p, Paragraph: &e.ix.byID[p.Report].Paragraphs[p.Para-1]})
			at[doc] = i
		}
		return &fused[i]
	}
	for rank, s := range lexical {
		h := hitFor(s.Doc)
		h.LexicalRank = rank + 1
		h.Score += 1 / (rrfK + float64(rank+1))
	}
	if e.vec != nil {
		ids, err := e.vec.Nearest(ctx, a.norm+" "+strings.Join(a.expand, " "), vectorDepth)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("retrieve: vector leg: %w", err)
			}
			// A remote embedding endpoint that fails must not take answers
			// down: BM25 alone still answers. Counted for /metrics.
			e.vecFailures.Add(1)
			ids = nil
		}
		rank := 0
		for _, id := range ids {
			doc, ok := e.ix.byPID[id]
			if !ok || !keep(doc) {
				continue
			}
			rank++
			h := hitFor(doc)
			h.VectorRank = rank
			h.Score += vectorWeight / (rrfK + float64(rank))
		}
	}
	// One hit per paragraph: its best passage.
	best := make(map[*Paragraph]*Hit, len(fused))
	for i := range fused {
		h := &fused[i]
		h.Score *= periodFactor(a, h.Paragraph)
		if b, ok := best[h.Paragraph]; !ok || h.Score > b.Score || (h.Score == b.Score && h.Passage.Start < b.Passage.Start) {
			best[h.Paragraph] = h
		}
	}
	out := make([]Hit, 0, len(best))
	for _, h := range best {
		out = append(out, *h)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if out[i].Passage.Report != out[j].Passage.Report {
			return out[i].Passage.Report < out[j].Passage.Report
		}
		return out[i].Passage.Para < out[j].Passage.Para
	})
	if len(out) > k {
		out = out[:k]
	}
	return out, nil
}

func periodFactor(a analysis, p *Paragraph) float64 {
	if p.Period.Kind == PeriodNone {
		return 1
	}
	if len(a.years) > 0 {
		// A named year picks passages about that year, in any report.
		for _, y := range a.years {
			if p.Period.Year == y {
				return periodBoost
			}
		}
		return periodPenalty
	}
	if a.both || a.period == PeriodNone {
		return 1
	}
	if p.Period.Kind == a.period {
		return periodBoost
	}
	return periodPenalty
}
