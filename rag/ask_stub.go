package rag

import "context"

// Search returns up to k passages for q, one per paragraph, best first.
func (e *Engine) Search(ctx context.Context, q Query, k int) ([]Hit, error) { return nil, nil }

// Ask answers q extractively.
func (e *Engine) Ask(ctx context.Context, q Query) (*Answer, error) { return nil, nil }
