package rag

import (
	"container/list"
	"sync"
)

// answerCache remembers recent extractive answers. The engine is immutable
// and its answers deterministic, and the public asks the same questions
// again and again, so a bounded LRU saves the whole pipeline on repeats.
type answerCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front = most recent
	byKey map[cacheKey]*list.Element
}

type cacheKey struct{ question, report string }

type cacheEntry struct {
	key cacheKey
	ans *Answer
}

func newAnswerCache(max int) *answerCache {
	return &answerCache{max: max, order: list.New(), byKey: map[cacheKey]*list.Element{}}
}

// get returns a copy, so callers may change what they get.
func (c *answerCache) get(k cacheKey) (*Answer, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[k]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*cacheEntry).ans.clone(), true
}

func (c *answerCache) put(k cacheKey, a *Answer) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[k]; ok {
		c.order.MoveToFront(el)
		return
	}
	c.byKey[k] = c.order.PushFront(&cacheEntry{k, a.clone()})
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
