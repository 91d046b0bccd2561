package cli

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/reportbot/reportbot/config"
)

// Limits of a logBatcher's batches.
const (
	// logFlushAfter is the longest a line waits to be written.
	logFlushAfter = 50 * time.Millisecond
	// logMaxBatch is how many bytes of lines are written at once at most
	// (a batch is written when it reaches this size).
	logMaxBatch = 64 << 10
)

// logBatcher writes serve's log lines to w in batches once the server is
// serving: the access log writes a line per request, and a write(2) per
// line was 2–3% of the server's CPU under load (docs/load.md). Lines keep
// their order and wait at most logFlushAfter; a line at Warn or above is
// written at once with every line before it (newBatchedLogger). Until
// start and after Close, each line is written as it comes, in order with
// anything else written to w meanwhile (indexing progress).
type logBatcher struct {
	w     io.Writer
	after time.Duration
	limit int // bytes: a batch this long is written at once

	// flushMu orders writes to w: one batch (or passed-through line) at a
	// time, in the order they were taken.
	flushMu sync.Mutex

	mu       sync.Mutex // guards the fields below
	batching bool
	buf      []byte // lines not yet written
	spare    []byte // the last batch written, reused
	timer    *time.Timer
	armed    bool // the timer will flush buf
}

func newLogBatcher(w io.Writer, after time.Duration, limit int) *logBatcher {
	return &logBatcher{w: w, after: after, limit: limit}
}

// newBatchedLogger is cfg's logger writing through b; records at Warn or
// above flush b.
func newBatchedLogger(cfg config.Log, b *logBatcher) *slog.Logger {
	return slog.New(flushingHandler{cfg.NewLogger(b).Handler(), b})
}

// start begins batching.
func (b *logBatcher) start() {
	b.mu.Lock()
	b.batching = true
	b.mu.Unlock()
}

// Write takes one log line (slog's handlers write a record at once).
func (b *logBatcher) Write(p []byte) (int, error) {
	b.mu.Lock()
	if !b.batching {
		b.mu.Unlock()
		b.flushMu.Lock()
		defer b.flushMu.Unlock()
		return b.w.Write(p)
	}
	b.buf = append(b.buf, p...)
	full := len(b.buf) >= b.limit
	if !full && !b.armed {
		b.arm()
	}
	b.mu.Unlock()
	if full {
		return len(p), b.Flush()
	}
	return len(p), nil
}

// arm has the timer flush buf after b.after; b.mu is held.
func (b *logBatcher) arm() {
	b.armed = true
	if b.timer == nil {
		b.timer = time.AfterFunc(b.after, func() { b.Flush() })
		return
	}
	b.timer.Reset(b.after)
}

// Flush writes the lines taken so far.
func (b *logBatcher) Flush() error {
	b.flushMu.Lock()
	defer b.flushMu.Unlock()
	return b.writeTaken(false)
}

// Close writes the lines taken and stops batching: later lines are
// written as they come, after these.
func (b *logBatcher) Close() error {
	b.flushMu.Lock()
	defer b.flushMu.Unlock()
	return b.writeTaken(true)
}

// writeTaken writes buf, and ends batching if stop; b.flushMu is held.
func (b *logBatcher) writeTaken(stop bool) error {
	b.mu.Lock()
	out := b.buf
	b.buf, b.spare = b.spare[:0], nil
	b.armed = false // a timer still pending finds nothing, or the next lines
	if stop {
		b.batching = false
		if b.timer != nil {
			b.timer.Stop()
		}
	}
	b.mu.Unlock()
	var err error
	if len(out) > 0 {
		_, err = b.w.Write(out) // outside mu: lines logged meanwhile do not wait
	}
	b.mu.Lock()
	b.spare = out[:0]
	b.mu.Unlock()
	return err
}

// flushingHandler flushes the batcher after a record at Warn or above, so
// that warnings and errors are written when they happen.
type flushingHandler struct {
	slog.Handler
	b *logBatcher
}

func (h flushingHandler) Handle(ctx context.Context, r slog.Record) error {
	err := h.Handler.Handle(ctx, r)
	if r.Level >= slog.LevelWarn {
		if ferr := h.b.Flush(); err == nil {
			err = ferr
		}
	}
	return err
}

func (h flushingHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return flushingHandler{h.Handler.WithAttrs(as), h.b}
}

func (h flushingHandler) WithGroup(name string) slog.Handler {
	return flushingHandler{h.Handler.WithGroup(name), h.b}
}
