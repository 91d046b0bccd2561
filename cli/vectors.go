package cli

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/reportbot/reportbot/rag"
)

// Retries of the embeddings endpoint after a degraded start: the first
// after defaultEmbedRetry unless configured, then doubling up to
// embedRetryGrowth times the first (5 minutes for the default). The cap
// scales with the first wait, so a short retry (a test's 1 ms) never
// grows into minutes while the endpoint recovers slowly.
const (
	defaultEmbedRetry = 30 * time.Second
	embedRetryGrowth  = 10
)

// fallbackVectors is the vector leg when the configured (remote) embedding
// could not index the reports at start: it answers with the local
// embedding, retries the remote one in the background, and switches to it
// once the reports are indexed with it. Retrieval never waits for it.
type fallbackVectors struct {
	cur atomic.Pointer[vectorState]
}

type vectorState struct {
	v        rag.Vectors
	degraded string // why the local embedding stands in; "" once switched
}

// AppendNearest is the current leg's AppendNearest.
func (f *fallbackVectors) AppendNearest(ctx context.Context, dst []string, text string, n int, report string) ([]string, error) {
	return f.cur.Load().v.AppendNearest(ctx, dst, text, n, report)
}

// Degraded says what the leg runs without; "" once on the remote model.
func (f *fallbackVectors) Degraded() string { return f.cur.Load().degraded }

// degradedVectors starts on local and retries build (the remote leg) every
// retry, doubling up to embedRetryGrowth times retry, until it succeeds or
// ctx ends.
func degradedVectors(ctx context.Context, local rag.Vectors, remote string, cause error, build func(context.Context) (rag.Vectors, error), retry time.Duration, log *slog.Logger) *fallbackVectors {
	f := &fallbackVectors{}
	why := fmt.Sprintf("embeddings endpoint unavailable at start (%v): the vector leg uses the local embedding until %s answers", cause, remote)
	f.cur.Store(&vectorState{v: local, degraded: why})
	log.Warn("degraded start: "+why, "retry_in", retry)
	go func() {
		for wait := retry; ; wait = nextEmbedWait(wait, retry) {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
			v, err := build(ctx)
			if err != nil {
				if ctx.Err() == nil {
					log.Warn("embeddings endpoint still unavailable; keeping the local embedding", "model", remote, "err", err, "retry_in", nextEmbedWait(wait, retry))
				}
				continue
			}
			// Logged before the switch is published, so whoever sees
			// Degraded() == "" also finds the line in the log.
			log.Info("embeddings endpoint is back: the vector leg uses it", "model", remote)
			f.cur.Store(&vectorState{v: v})
			return
		}
	}()
	return f
}

// nextEmbedWait is the wait after wait when the first was first: double,
// up to embedRetryGrowth times first.
func nextEmbedWait(wait, first time.Duration) time.Duration {
	return min(2*wait, embedRetryGrowth*first)
}
