package rag

import (
	"context"
	"fmt"
	"runtime"
	"sync"
)

// LimitedAnswerer computes at most a fixed number of answers at once; the
// rest wait their turn in arrival order, or give up with their context.
//
// An answer is pure CPU work: more at once than CPUs only share them, and
// unevenly. While every CPU is answering, the Go runtime looks for network
// events only every 10 ms (sysmon), so requests on the wire wait unseen
// for up to that long; an answer handed a slot yields first, so that the
// replies and requests the runtime queued meanwhile are not kept waiting
// longer (release, acquire). Measured on two CPUs, one answer per CPU
// serves half as many again as leaving one CPU to the network, with no
// worse a tail (docs/load.md). Search is cheap and not limited.
type LimitedAnswerer struct {
	Answerer
	slots int

	mu    sync.Mutex
	free  int
	queue []chan struct{} // waiters, oldest first; closed when given a slot
}

// Limited bounds the answers a computes at once to n; n <= 0 means
// GOMAXPROCS, one per CPU. The bound is fixed here: a later change of
// GOMAXPROCS does not move it.
func Limited(a Answerer, n int) *LimitedAnswerer {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	return &LimitedAnswerer{Answerer: a, slots: n, free: n}
}

// Slots is the number of answers computed at once.
func (l *LimitedAnswerer) Slots() int { return l.slots }

// Ask waits for a slot and answers in it; the slot is given back even if
// answering panics (the server recovers).
func (l *LimitedAnswerer) Ask(ctx context.Context, q Query) (*Answer, error) {
	if err := l.acquire(ctx); err != nil {
		return nil, err
	}
	defer l.release()
	return l.Answerer.Ask(ctx, q)
}

// AskStream is Ask in a slot.
func (l *LimitedAnswerer) AskStream(ctx context.Context, q Query, onDelta func(string)) (*Answer, error) {
	if err := l.acquire(ctx); err != nil {
		return nil, err
	}
	defer l.release()
	return l.Answerer.AskStream(ctx, q, onDelta)
}

func (l *LimitedAnswerer) acquire(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("waiting to answer: %w", err)
	}
	l.mu.Lock()
	if l.free > 0 && len(l.queue) == 0 {
		l.free--
		l.mu.Unlock()
		return nil
	}
	turn := make(chan struct{})
	l.queue = append(l.queue, turn)
	l.mu.Unlock()
	select {
	case <-turn:
		// The releaser readied this goroutine to run next on its CPU, in
		// the releaser's time slice, ahead of every goroutine the runtime
		// queued meanwhile: the network's (replies, requests read) would
		// wait behind a chain of answers. Take a place at the back.
		runtime.Gosched()
		return nil
	case <-ctx.Done():
	}
	l.mu.Lock()
	for i, w := range l.queue {
		if w == turn {
			l.queue = append(l.queue[:i], l.queue[i+1:]...)
			l.mu.Unlock()
			return fmt.Errorf("waiting to answer: %w", ctx.Err())
		}
	}
	l.mu.Unlock()
	// The slot came as the context ended: pass it on.
	l.release()
	return fmt.Errorf("waiting to answer: %w", ctx.Err())
}

func (l *LimitedAnswerer) release() {
	l.mu.Lock()
	if len(l.queue) == 0 {
		l.free++
		l.mu.Unlock()
		return
	}
	next := l.queue[0]
	l.queue = l.queue[1:]
	l.mu.Unlock()
	close(next)
	// The waiter is queued to run on this CPU, but only once this
	// goroutine stops (after writing its reply). Yield, so the CPU goes on
	// answering and the reply is written when a CPU is free (docs/load.md);
	// the waiter yields in turn (acquire), so that what queued before it
	// runs first.
	runtime.Gosched()
}

// waiting is how many asks wait for a slot (for tests).
func (l *LimitedAnswerer) waiting() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.queue)
}
