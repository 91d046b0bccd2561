package rag

import (
	"container/list"
	"sync"
)

// AnswerCache remembers recent answers of a deterministic answerer (the
// extractive engine, the figures answerer). The public asks the same
// questions again and again, so a bounded LRU saves the whole pipeline on
// repeats. A nil *AnswerCache remembers nothing.
type AnswerCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front = most recent
	byKey map[cacheKey]*list.Element
}

type cacheKey struct{ question, report string }

type cacheEntry struct {
	key    cacheKey
	ans    *Answer
	intent Intent
}

// NewAnswerCache remembers up to max answers.
func NewAnswerCache(max int) *AnswerCache {
	return &AnswerCache{max: max, order: list.New(), byKey: map[cacheKey]*list.Element{}}
}

// Get returns the answer remembered for q (its text and report), as a copy
// the caller may change, with how the question was read.
func (c *AnswerCache) Get(q Query) (*Answer, Intent, bool) {
	if c == nil {
		return nil, Intent{}, false
	}
	k := cacheKey{q.Text, q.Report}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[k]
	if !ok {
		return nil, Intent{}, false
	}
	c.order.MoveToFront(el)
	e := el.Value.(*cacheEntry)
	return e.ans.clone(), e.intent, true
}

// Put remembers a copy of a as the answer to q, read as in.
func (c *AnswerCache) Put(q Query, a *Answer, in Intent) {
	if c == nil {
		return
	}
	k := cacheKey{q.Text, q.Report}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[k]; ok {
		c.order.MoveToFront(el)
		return
	}
	c.byKey[k] = c.order.PushFront(&cacheEntry{k, a.clone(), in})
	for c.order.Len() > c.max {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.byKey, old.Value.(*cacheEntry).key)
	}
}

func (a *Answer) clone() *Answer {
	b := *a
	b.Citations = make([]Citation, len(a.Citations)) // [] stays [] in JSON
	copy(b.Citations, a.Citations)
	b.Figures = append([]AnswerFigure(nil), a.Figures...)
	return &b
}
