package store

import (
	"container/list"
	"context"
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
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byKey[key]; !ok {
		c.byKey[key] = c.order.PushFront(&cachedQuery{key, v})
		for c.order.Len() > c.max {
			old := c.order.Back()
			c.order.Remove(old)
			delete(c.byKey, old.Value.(*cachedQuery).key)
		}
	}
	return v, nil
}
