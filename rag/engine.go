package rag

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Engine answers questions from an Index, with an optional vector leg.
type Engine struct {
	ix          *Index
	vec         Vectors
	steps       []Step
	siblings    *Siblings
	vecFailures atomic.Int64
	scratch     sync.Pool // *retrieveScratch
	spans       sync.Pool // *[]Span: candidates' sentences
	cands       sync.Pool // *[]candidate, handed back by quoteAnswer
	scorers     sync.Pool // *scorer, handed back by quoteAnswer
}

var _ Answerer = (*Engine)(nil)

// NewEngine combines the lexical index and the vector leg (may be nil);
// steps run, in order, on every answer the engine composes.
func NewEngine(ix *Index, vec Vectors, steps ...Step) *Engine {
	return &Engine{ix: ix, vec: vec, steps: steps, siblings: DefaultSiblings()}
}

// Index returns the engine's index.
func (e *Engine) Index() *Index { return e.ix }

// Report returns the report with id; "" means the only report.
func (e *Engine) Report(id string) (*Report, error) { return e.ix.Report(id) }

// Reports lists the loaded reports.
func (e *Engine) Reports() []*Report { return e.ix.Reports() }

// checkQuestion refuses questions no one could answer.
func checkQuestion(q string) (string, error) {
	q = strings.ToValidUTF8(q, "")
	q = strings.TrimSpace(q)
	if q == "" {
		return "", ErrEmptyQuestion
	}
	if utf8.RuneCountInString(q) > MaxQuestionRunes {
		return "", fmt.Errorf("%w: over %d characters", ErrQuestionTooLong, MaxQuestionRunes)
	}
	return q, nil
}

// VectorFailures counts searches that went on without the vector leg
// because it failed (a remote embedding endpoint down).
func (e *Engine) VectorFailures() int64 { return e.vecFailures.Load() }

// Intent reads q the way Ask does, without answering it.
func (e *Engine) Intent(q Query) Intent {
	rep, _ := e.scope(q.Report)
	_, read := e.ix.readAsked(strings.TrimSpace(strings.ToValidUTF8(q.Text, "")), rep)
	return e.ix.analyze(read, rep).intent()
}
