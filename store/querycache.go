package store

import (
	"container/list"
	"context"
	"fmt"
	"slices"
	"sync"
)

// queryCache remembers the embeddings of recent queries by model and
// text: the same question is embedded once, however many collections it
// is put to and however often it is asked.
type queryCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front = most recent
	byKey map[string]*list.Element
}

type cachedQuery struct {
	key string
	vec []float32
	// sparse, for a vector embedded by an EmbedIntoFunc with at most half
	// its dimensions set, holds them instead of vec: the local
	// embedding's queries set a few dozen of 768.
	sparse []sparseDim
}

type sparseDim struct {
	d int32
	v float32
}

func newQueryCache(max int) *queryCache {
	return &queryCache{max: max, order: list.New(), byKey: map[string]*list.Element{}}
}

// get returns text's embedding by model, computing it with embed when it
// is not remembered. Callers must not modify the vector.
func (c *queryCache) get(ctx context.Context, model string, embed EmbedFunc, text string) ([]float32, error) {
	if c.max <= 0 {
		return embed(ctx, text)
	}
	key := model + "\x00" + text
	c.mu.Lock()
	if el, ok := c.byKey[key]; ok {
		c.order.MoveToFront(el)
		v := el.Value.(*cachedQuery).vec
		c.mu.Unlock()
		return v, nil
	}
	c.mu.Unlock()
	v, err := embed(ctx, text)
	if err != nil {
		return nil, err
	}
	if err := checkVector(v); err != nil {
		return nil, err
	}
	c.add(&cachedQuery{key: key, vec: v})
	return v, nil
}

// getInto writes text's embedding by model into dst, which is all zeros,
// computing it with embed when it is not remembered.
func (c *queryCache) getInto(ctx context.Context, model string, embed EmbedIntoFunc, text string, dst []float32) error {
	if c.max <= 0 {
		return embed(ctx, text, dst)
	}
	key := model + "\x00" + text
	c.mu.Lock()
	if el, ok := c.byKey[key]; ok {
		c.order.MoveToFront(el)
		q := el.Value.(*cachedQuery)
		c.mu.Unlock()
		return q.writeTo(dst)
	}
	c.mu.Unlock()
	if err := embed(ctx, text, dst); err != nil {
		return err
	}
	if err := checkVector(dst); err != nil {
		return err
	}
	c.add(remembered(key, dst))
	return nil
}

// remembered is the cache entry of key's vector v, which the caller keeps.
func remembered(key string, v []float32) *cachedQuery {
	n := 0
	for _, x := range v {
		if x != 0 {
			n++
		}
	}
	if 2*n > len(v) {
		return &cachedQuery{key: key, vec: slices.Clone(v)}
	}
	sparse := make([]sparseDim, 0, n)
	for d, x := range v {
		if x != 0 {
			sparse = append(sparse, sparseDim{int32(d), x})
		}
	}
	return &cachedQuery{key: key, sparse: sparse}
}

// writeTo writes q's vector into dst, which is all zeros.
func (q *cachedQuery) writeTo(dst []float32) error {
	if q.vec != nil {
		if len(q.vec) != len(dst) {
			return fmt.Errorf("a cached query of %d dimensions, not %d", len(q.vec), len(dst))
		}
		copy(dst, q.vec)
		return nil
	}
	for _, s := range q.sparse {
		if int(s.d) >= len(dst) {
			return fmt.Errorf("a cached query of over %d dimensions", len(dst))
		}
		dst[s.d] = s.v
	}
	return nil
}

// add remembers q unless its key is already remembered, forgetting the
// least recent query when full.
func (c *queryCache) add(q *cachedQuery) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byKey[q.key]; ok {
		return
	}
	c.byKey[q.key] = c.order.PushFront(q)
	for c.order.Len() > c.max {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.byKey, old.Value.(*cachedQuery).key)
	}
}
