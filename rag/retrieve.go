package rag

import (
	"cmp"
	"context"
	"fmt"
	"slices"
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
	_, read := e.ix.readAsked(text, rep)
	norm := Normalize(read)
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
	// Only the passages in scope are scored, with their own statistics:
	// one report's question costs what it would with that report alone.
	docs := e.ix.scopeFor(rep).docs
	// Fused scores and ranks by document, dense over the scope: a few
	// hundred passages a report, in memory the next question reuses, as
	// are the lexical hits.
	n := docs.Hi - docs.Lo
	buf, _ := e.scratch.Get().(*retrieveScratch)
	if buf == nil {
		buf = new(retrieveScratch)
	}
	defer e.scratch.Put(buf)
	lexical := e.ix.bm25.searchRangeInto(buf.lexical, a.terms, docs)
	buf.lexical = lexical[:0]
	score := zeroed(&buf.score, n)
	lexRank := zeroed(&buf.lexRank, n)
	vecRank := zeroed(&buf.vecRank, n)
	for rank, s := range lexical {
		d := s.Doc - docs.Lo
		lexRank[d] = int32(rank + 1)
		score[d] += 1 / (rrfK + float64(rank+1))
	}
	if e.vec != nil {
		if err := e.vectorLeg(ctx, a, rep, docs, buf, score, vecRank); err != nil {
			return nil, err
		}
	}
	best, found := e.bestPassages(a, docs, buf, score, lexRank, vecRank)
	// The k best, kept in order as they come: a total order (one hit a
	// paragraph), so they are the first k of any sort of them all, which
	// was 3% of an answer.
	kept := make([]Hit, 0, min(k, found))
	for _, b := range best {
		if b == 0 {
			continue
		}
		d := int(b - 1)
		p := e.ix.passages[docs.Lo+d]
		kept = keepBest(kept, Hit{Passage: p, Paragraph: e.ix.paragraphOf(p),
			Score: score[d], LexicalRank: int(lexRank[d]), VectorRank: int(vecRank[d])})
	}
	return kept, nil
}

// vectorLeg adds the nearest passages' fused scores and ranks to score and
// vecRank, dense over docs.
func (e *Engine) vectorLeg(ctx context.Context, a analysis, rep *Report, docs Range, buf *retrieveScratch, score []float64, vecRank []int32) error {
	ids, err := e.vec.AppendNearest(ctx, buf.ids[:0], a.norm+" "+strings.Join(a.expand, " "), vectorDepth, reportID(rep))
	buf.ids = ids[:0]
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("retrieve: vector leg: %w", err)
		}
		// A remote embedding endpoint that fails must not take answers
		// down: BM25 alone still answers. Counted for /metrics.
		e.vecFailures.Add(1)
		ids = nil
	}
	rank := 0
	for _, id := range ids {
		doc, ok := e.ix.byPID[id]
		if !ok || doc < docs.Lo || doc >= docs.Hi {
			continue
		}
		rank++
		vecRank[doc-docs.Lo] = int32(rank)
		score[doc-docs.Lo] += vectorWeight / (rrfK + float64(rank))
	}
	return nil
}

// bestPassages keeps one hit per paragraph, its best passage, weighed for
// the period asked: by paragraph ordinal from the scope's first, the
// passage's offset in docs plus one (0: none), with how many paragraphs
// have one. Paragraph ordinals of the scope's passages are contiguous.
func (e *Engine) bestPassages(a analysis, docs Range, buf *retrieveScratch, score []float64, lexRank, vecRank []int32) ([]int32, int) {
	n := docs.Hi - docs.Lo
	first, paras := 0, 0
	if n > 0 {
		first = int(e.ix.paraOrd[docs.Lo])
		paras = int(e.ix.paraOrd[docs.Hi-1]) - first + 1
	}
	best := zeroed(&buf.best, paras)
	found := 0
	for d := range n {
		if lexRank[d] == 0 && vecRank[d] == 0 {
			continue
		}
		p := e.ix.passages[docs.Lo+d]
		score[d] *= periodFactor(a, e.ix.paragraphOf(p))
		ord := int(e.ix.paraOrd[docs.Lo+d]) - first
		b := int(best[ord]) - 1
		if b < 0 {
			found++
		}
		if b < 0 || score[d] > score[b] || (score[d] == score[b] && p.Start < e.ix.passages[docs.Lo+b].Start) {
			best[ord] = int32(d + 1)
		}
	}
	return best, found
}

// keepBest adds h to kept, the best hits so far in hitOrder, when it is
// among the cap(kept) best.
func keepBest(kept []Hit, h Hit) []Hit {
	if len(kept) == cap(kept) {
		if len(kept) == 0 || hitOrder(h, kept[len(kept)-1]) >= 0 {
			return kept
		}
		kept = kept[:len(kept)-1]
	}
	i := len(kept)
	for i > 0 && hitOrder(h, kept[i-1]) < 0 {
		i--
	}
	return slices.Insert(kept, i, h)
}

// hitOrder orders hits best first: by score, then report and paragraph.
func hitOrder(x, y Hit) int {
	if x.Score != y.Score {
		return cmp.Compare(y.Score, x.Score)
	}
	if x.Passage.Report != y.Passage.Report {
		return strings.Compare(x.Passage.Report, y.Passage.Report)
	}
	return cmp.Compare(x.Passage.Para, y.Passage.Para)
}

// retrieveScratch is retrieve's working memory, dense over a scope's
// passages, kept in Engine.scratch for the next question: made anew for
// each, it was a tenth of what an answer allocated.
type retrieveScratch struct {
	score                  []float64
	lexRank, vecRank, best []int32
	ids                    []string // the vector leg's
	lexical                []Scored
}

// zeroed sets *s to n zero values, reusing its memory when it holds them.
func zeroed[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
		return *s
	}
	*s = (*s)[:n]
	clear(*s)
	return *s
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
