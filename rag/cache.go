package rag

import (
	"container/list"
	"context"
	"slices"
	"sync"
)

// AnswerCacheSize is the default bound of a Cached answerer (a few MB).
const AnswerCacheSize = 2048

// CachedAnswerer remembers recent answers of a deterministic answerer (the
// extractive engine with its steps). The public asks the same questions
// again and again, so a bounded LRU saves the whole pipeline on repeats.
// The engine ignores Query.Conversation (Conversing reads follow-ups into
// standalone questions before they get here), so it is no part of the key.
type CachedAnswerer struct {
	Answerer
	cache *answerCache
}

// Cached wraps a with an LRU of up to size answers.
func Cached(a Answerer, size int) *CachedAnswerer {
	return &CachedAnswerer{Answerer: a, cache: newAnswerCache(size)}
}

// Ask returns a copy of the remembered answer, or asks a and remembers it.
func (c *CachedAnswerer) Ask(ctx context.Context, q Query) (*Answer, error) {
	text, err := checkQuestion(q.Text)
	if err != nil {
		return nil, err
	}
	key := cacheKey{text, q.Report, q.Context}
	if ans, ok := c.cache.get(key); ok {
		return ans, nil
	}
	ans, err := c.Answerer.Ask(ctx, q)
	if err != nil {
		return nil, err
	}
	c.cache.put(key, ans)
	return ans, nil
}

// AskStream is Ask for an answerer with nothing to stream.
func (c *CachedAnswerer) AskStream(ctx context.Context, q Query, _ func(string)) (*Answer, error) {
	return c.Ask(ctx, q)
}

// answerCache is a bounded LRU of answers; it hands out copies.
type answerCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front = most recent
	byKey map[cacheKey]*list.Element
}

type cacheKey struct{ question, report, context string }

type cacheEntry struct {
	key cacheKey
	ans *Answer
}

func newAnswerCache(max int) *answerCache {
	return &answerCache{max: max, order: list.New(), byKey: map[cacheKey]*list.Element{}}
}

func (c *answerCache) get(k cacheKey) (*Answer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[k]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*cacheEntry).ans.Clone(), true
}

func (c *answerCache) put(k cacheKey, a *Answer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[k]; ok {
		c.order.MoveToFront(el)
		return
	}
	c.byKey[k] = c.order.PushFront(&cacheEntry{k, a.Clone()})
	for c.order.Len() > c.max {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.byKey, old.Value.(*cacheEntry).key)
	}
}

// Clone is a deep copy of a that the caller may change.
func (a *Answer) Clone() *Answer {
	b := *a
	b.Citations = append(make([]Citation, 0, len(a.Citations)), a.Citations...) // [] stays [] in JSON
	b.Figures = append([]AnswerFigure(nil), a.Figures...)
	b.Reports = slices.Clone(a.Reports)
	b.Parts = clonePartList(a.Parts)
	if a.Understood != nil {
		u := *a.Understood
		u.Asks = slices.Clone(a.Understood.Asks)
		b.Understood = &u
	}
	return &b
}

func clonePartList(ps []Part) []Part {
	if ps == nil {
		return nil
	}
	out := make([]Part, len(ps))
	for i, p := range ps {
		out[i] = p
		out[i].Citations = append(make([]int, 0, len(p.Citations)), p.Citations...)
		out[i].Children = clonePartList(p.Children)
		if p.Figure != nil {
			f := *p.Figure
			out[i].Figure = &f
		}
		if p.Result != nil {
			f := *p.Result
			out[i].Result = &f
		}
	}
	return out
}
