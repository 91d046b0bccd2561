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
	norm := Normalize(e.ix.rd.read(text))
	if nums := lookupNumbers(norm); nums != nil {
		return e.paragraphHits(nums, rep, k), nil // "第23段": that paragraph
	}
	// As in Ask: "第23段说的项目" searches for the project, not for "23".
	a := e.ix.analyze(stripParaRefs(norm), rep)
	hits, err := e.retrieve(ctx, a, rep, k)
	if err != nil {
		return nil, err
	}
	asked := e.ix.askedTerms(a)
	for i := range hits {
		p := hits[i].Paragraph
		hits[i].Relevance = coveredShare(asked, Normalize(p.Lead+p.Text))
	}
	return hits, nil
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
	// Fused scores and ranks by document, dense: a few hundred passages.
	n := len(e.ix.passages)
	score := make([]float64, n)
	lexRank := make([]int32, n)
	vecRank := make([]int32, n)
	for rank, s := range lexical {
		lexRank[s.Doc] = int32(rank + 1)
		score[s.Doc] += 1 / (rrfK + float64(rank+1))
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
			vecRank[doc] = int32(rank)
			score[doc] += vectorWeight / (rrfK + float64(rank))
		}
	}
	// One hit per paragraph: its best passage.
	best := make([]int32, e.ix.paragraphs) // paragraph ordinal -> doc+1 (0: none)
	found := 0
	for doc := range n {
		if lexRank[doc] == 0 && vecRank[doc] == 0 {
			continue
		}
		p := e.ix.passages[doc]
		score[doc] *= periodFactor(a, e.ix.paragraphOf(p))
		ord := e.ix.paraOrd[doc]
		b := int(best[ord]) - 1
		if b < 0 {
			found++
		}
		if b < 0 || score[doc] > score[b] || (score[doc] == score[b] && p.Start < e.ix.passages[b].Start) {
			best[ord] = int32(doc + 1)
		}
	}
	out := make([]Hit, 0, found)
	for _, d := range best {
		if d == 0 {
			continue
		}
		doc := int(d - 1)
		p := e.ix.passages[doc]
		out = append(out, Hit{Passage: p, Paragraph: e.ix.paragraphOf(p),
			Score: score[doc], LexicalRank: int(lexRank[doc]), VectorRank: int(vecRank[doc])})
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
