package cli

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/config"
)

// writeCalls records each Write to it apart.
type writeCalls struct {
	mu     sync.Mutex
	writes []string
}

func (w *writeCalls) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

func (w *writeCalls) got() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.writes...)
}

func (w *writeCalls) String() string { return strings.Join(w.got(), "") }

const never = time.Hour // no timer fires during a test

func TestLogBatcherWritesEachLineUntilStartedAndAfterClose(t *testing.T) {
	var w writeCalls
	b := newLogBatcher(&w, never, 1<<10)
	b.Write([]byte("starting\n"))
	b.Write([]byte("listening\n"))
	b.start()
	b.Write([]byte("request\n"))
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	b.Write([]byte("stopped\n"))
	want := []string{"starting\n", "listening\n", "request\n", "stopped\n"}
	if got := w.got(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("writes %q, want %q", got, want)
	}
}

func TestLogBatcherBatches(t *testing.T) {
	var w writeCalls
	b := newLogBatcher(&w, never, 20)
	b.start()
	b.Write([]byte("one\n"))
	b.Write([]byte("two\n"))
	if got := w.got(); len(got) != 0 {
		t.Fatalf("lines written before a flush: %q", got)
	}
	if err := b.Flush(); err != nil {
		t.Fatal(err)
	}
	b.Write([]byte("three\n"))
	b.Write([]byte("four\n"))
	b.Write([]byte("five five\n")) // the batch reaches 20 bytes: written at once
	b.Write([]byte("six\n"))
	want := []string{"one\ntwo\n", "three\nfour\nfive five\n"}
	if got := w.got(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("writes %q, want %q", got, want)
	}
	b.Close()
	if got := w.got(); len(got) != 3 || got[2] != "six\n" {
		t.Errorf("Close wrote %q, want the last line", got[2:])
	}
}

func TestLogBatcherWritesALineWithinItsWait(t *testing.T) {
	var w writeCalls
	b := newLogBatcher(&w, time.Millisecond, 1<<10)
	defer b.Close()
	b.start()
	for _, line := range []string{"first\n", "second\n"} {
		b.Write([]byte(line))
		waitFor(t, func() bool { return strings.HasSuffix(w.String(), line) })
	}
}

// A warning is written when it is logged, after every line before it.
func TestBatchedLoggerWritesWarningsAtOnce(t *testing.T) {
	var w writeCalls
	b := newLogBatcher(&w, never, 1<<10)
	log := newBatchedLogger(config.Log{Format: "json", Level: "info"}, b).With("component", "test")
	b.start()
	log.Info("request")
	log.Warn("engine timed out")
	out := w.String()
	if !strings.Contains(out, `"msg":"request"`) || !strings.Contains(out, `"msg":"engine timed out","component":"test"`) ||
		strings.Index(out, `"request"`) > strings.Index(out, "timed out") {
		t.Fatalf("after the warning the log holds:\n%s", out)
	}
	log.WithGroup("g").Error("failed", "error", "x")
	if !strings.Contains(w.String(), `"g":{"error":"x"}`) {
		t.Errorf("the error was not written at once:\n%s", w.String())
	}
}

// Lines logged at once from many goroutines are each written whole and
// once, each goroutine's in its order.
func TestLogBatcherConcurrentLines(t *testing.T) {
	var w writeCalls
	b := newLogBatcher(&w, time.Millisecond, 256)
	b.start()
	const writers, lines = 8, 300
	var wg sync.WaitGroup
	for g := range writers {
		wg.Go(func() {
			for i := range lines {
				fmt.Fprintf(b, "g%d line %d\n", g, i)
			}
		})
	}
	wg.Wait()
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	next := make([]int, writers)
	for _, line := range strings.Split(strings.TrimSuffix(w.String(), "\n"), "\n") {
		var g, i int
		if _, err := fmt.Sscanf(line, "g%d line %d", &g, &i); err != nil || g < 0 || g >= writers {
			t.Fatalf("broken line %q", line)
		}
		if i != next[g] {
			t.Fatalf("g%d: line %d after %d", g, i, next[g]-1)
		}
		next[g]++
	}
	for g, n := range next {
		if n != lines {
			t.Errorf("g%d: %d lines written, want %d", g, n, lines)
		}
	}
}

// BenchmarkAccessLogLine is the access log's line for a request, logged
// to a file (as serve's standard error is under loadtest/run.sh): a
// write(2) each, or batched.
func BenchmarkAccessLogLine(b *testing.B) {
	cfg := config.Log{Format: "json", Level: "info"}
	for _, bc := range []struct {
		name  string
		batch bool
	}{{"direct", false}, {"batched", true}} {
		b.Run(bc.name, func(b *testing.B) {
			f, err := os.Create(filepath.Join(b.TempDir(), "serve.log"))
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			lb := newLogBatcher(f, logFlushAfter, logMaxBatch)
			defer lb.Close()
			log := newBatchedLogger(cfg, lb)
			if bc.batch {
				lb.start()
			}
			ctx := context.Background()
			for b.Loop() {
				log.LogAttrs(ctx, slog.LevelInfo, "request", slog.String("request_id", "0123456789abcdef"),
					slog.String("method", "POST"), slog.String("route", "/v1/ask"), slog.String("path", "/v1/ask"),
					slog.Int("status", 200), slog.Int64("bytes", 2131), slog.Duration("duration", 11*time.Millisecond),
					slog.String("client", "key:1"))
			}
		})
	}
}
