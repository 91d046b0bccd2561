package rag

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// blockingAnswerer holds every answer until released, records the order
// questions reach it and panics on "panic".
type blockingAnswerer struct {
	Answerer
	release             chan struct{}
	inFlight, most, all atomic.Int64
	mu                  sync.Mutex
	order               []string
}

func newBlocking() *blockingAnswerer { return &blockingAnswerer{release: make(chan struct{})} }

func (b *blockingAnswerer) Ask(_ context.Context, q Query) (*Answer, error) {
	if q.Text == "panic" {
		panic("answer failed")
	}
	n := b.inFlight.Add(1)
	defer b.inFlight.Add(-1)
	b.all.Add(1)
	for m := b.most.Load(); n > m && !b.most.CompareAndSwap(m, n); m = b.most.Load() {
	}
	b.mu.Lock()
	b.order = append(b.order, q.Text)
	b.mu.Unlock()
	<-b.release
	return &Answer{Question: q.Text, Citations: []Citation{}}, nil
}

// poll waits until cond holds, yielding; the test's own timeout bounds it.
func poll(cond func() bool) {
	for !cond() {
		runtime.Gosched()
	}
}

// At most the configured number of answers are computed at once; the rest
// wait their turn, or give up with their context; cached answers (the cache
// wraps the limit, as the wiring does) do not wait at all.
func TestLimitedSlots(t *testing.T) {
	for _, tc := range []struct{ n, slots int }{
		{0, runtime.GOMAXPROCS(0)},
		{1, 1},
		{3, 3},
	} {
		t.Run(fmt.Sprintf("concurrency %d", tc.n), func(t *testing.T) {
			inner := newBlocking()
			l := Limited(inner, tc.n)
			if l.Slots() != tc.slots {
				t.Fatalf("Slots() = %d, want %d", l.Slots(), tc.slots)
			}
			a := Cached(l, 16)
			ctx := context.Background()
			close(inner.release) // cache one answer first
			if _, err := a.Ask(ctx, Query{Text: "cached"}); err != nil {
				t.Fatal(err)
			}
			inner.release = make(chan struct{})
			inner.all.Store(0)
			inner.most.Store(0)

			n := tc.slots + 3
			errs := make(chan error, n)
			for i := range n {
				go func() {
					_, err := a.Ask(ctx, Query{Text: fmt.Sprintf("q%d", i)})
					errs <- err
				}()
			}
			poll(func() bool { return inner.inFlight.Load() == int64(tc.slots) && l.waiting() == 3 })
			if got := inner.all.Load(); got != int64(tc.slots) {
				t.Errorf("%d answers started with %d slots", got, tc.slots)
			}
			if _, err := a.Ask(ctx, Query{Text: "cached"}); err != nil { // would block if it queued
				t.Errorf("cached Ask: %v", err)
			}
			cctx, cancel := context.WithCancel(ctx)
			gaveUp := make(chan error, 1)
			go func() { _, err := a.Ask(cctx, Query{Text: "gives up"}); gaveUp <- err }()
			poll(func() bool { return l.waiting() == 4 })
			cancel()
			if err := <-gaveUp; !errors.Is(err, context.Canceled) {
				t.Errorf("cancelled while waiting: %v, want context.Canceled", err)
			}
			close(inner.release)
			for range n {
				if err := <-errs; err != nil {
					t.Errorf("Ask: %v", err)
				}
			}
			if got, most := inner.all.Load(), inner.most.Load(); got != int64(n) || most > int64(tc.slots) {
				t.Errorf("%d answers computed (want %d), at most %d at once (want <= %d)", got, n, most, tc.slots)
			}
		})
	}
}

// Waiting answers get the slot in the order they asked, and a panic in an
// answer gives its slot back.
func TestLimitedOrderAndPanic(t *testing.T) {
	inner := newBlocking()
	l := Limited(inner, 1)
	ctx := context.Background()
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("no panic")
			}
		}()
		l.Ask(ctx, Query{Text: "panic"})
	}()
	done := make(chan error, 6)
	go func() { _, err := l.Ask(ctx, Query{Text: "q0"}); done <- err }()
	poll(func() bool { return inner.inFlight.Load() == 1 })
	for i := 1; i <= 5; i++ {
		go func() { _, err := l.Ask(ctx, Query{Text: fmt.Sprintf("q%d", i)}); done <- err }()
		poll(func() bool { return l.waiting() == i }) // queued before the next one asks
	}
	close(inner.release)
	for range 6 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	inner.mu.Lock()
	defer inner.mu.Unlock()
	if got := strings.Join(inner.order, " "); got != "q0 q1 q2 q3 q4 q5" {
		t.Errorf("answered in order %s, want q0 q1 q2 q3 q4 q5", got)
	}
}

// steppedAnswerer finishes one answer per value sent on step.
type steppedAnswerer struct {
	Answerer
	step     chan struct{}
	inFlight atomic.Int64
}

func (s *steppedAnswerer) Ask(_ context.Context, q Query) (*Answer, error) {
	s.inFlight.Add(1)
	defer s.inFlight.Add(-1)
	<-s.step
	return &Answer{Question: q.Text, Citations: []Citation{}}, nil
}

// Slots go to waiters through the hand-off goroutine while some wait, and
// it ends, closing its pipe, once the queue has drained.
func TestLimitedHandoffEnds(t *testing.T) {
	inner := &steppedAnswerer{step: make(chan struct{})}
	l := Limited(inner, 1)
	ctx := context.Background()
	done := make(chan error, 3)
	ask := func(q string) { _, err := l.Ask(ctx, Query{Text: q}); done <- err }
	go ask("q0")
	poll(func() bool { return inner.inFlight.Load() == 1 })
	go ask("q1")
	go ask("q2")
	poll(func() bool { return l.waiting() == 2 })
	gate := func() *handoff {
		l.mu.Lock()
		defer l.mu.Unlock()
		return l.gate
	}
	inner.step <- struct{}{} // q0 ends: q1 is handed its slot
	poll(func() bool { return l.waiting() == 1 && inner.inFlight.Load() == 1 })
	g := gate()
	if g == nil {
		t.Fatal("no hand-off goroutine while answers wait")
	}
	inner.step <- struct{}{} // q1 ends: q2 is handed its slot
	inner.step <- struct{}{} // q2 ends: nothing waits
	for range 3 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if gate() != nil {
		t.Error("the hand-off goroutine kept after the queue drained")
	}
	poll(func() bool { _, err := g.r.Read(nil); return errors.Is(err, os.ErrClosed) })
	if g.pass(make(chan struct{})) {
		t.Error("a stopped hand-off took a turn")
	}
}
