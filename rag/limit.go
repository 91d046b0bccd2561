package rag

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
)

// LimitedAnswerer computes at most a fixed number of answers at once; the
// rest wait their turn in arrival order, or give up with their context.
//
// An answer is pure CPU work: more at once than CPUs only share them, and
// unevenly. While every CPU is answering, the Go runtime looks for network
// events only when a CPU runs out of goroutines to run, or every 10 ms
// (sysmon): requests on the wire would wait unseen for up to that long.
// So a slot is handed to the next waiter through the network poller (see
// handoff), and the answer handed it yields before it starts (acquire):
// between two answers the runtime reads the requests and writes the
// replies that came meanwhile. Measured on two CPUs, one answer per CPU
// serves half as many again as leaving one CPU to the network, with a
// better tail (docs/load.md). Search is cheap and not limited.
type LimitedAnswerer struct {
	Answerer
	slots int

	mu    sync.Mutex
	free  int
	queue []chan struct{} // waiters, oldest first; closed when given a slot
	// gate hands slots to waiters while there are any; nil when none wait
	// (or it could not be made: the slot is then handed directly).
	gate *handoff
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
		// Readied to run next on the CPU that handed the slot, in its time
		// slice, ahead of every goroutine the runtime queued meanwhile (the
		// network's: replies, requests read). Take a place at the back.
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
		g := l.gate
		l.gate = nil
		l.mu.Unlock()
		if g != nil {
			g.stop() // the queue drained: nothing to hand until it fills
		}
		return
	}
	next := l.queue[0]
	l.queue = l.queue[1:]
	if l.gate == nil {
		l.gate = newHandoff() // nil if the pipe cannot be made
	}
	g := l.gate
	l.mu.Unlock()
	if g == nil || !g.pass(next) {
		close(next)
	}
	// Yield, so this CPU goes on with what is queued (and the reply of
	// this goroutine is written when a CPU is free, docs/load.md).
	runtime.Gosched()
}

// handoff gives the waiters their slots from a goroutine that a byte on a
// pipe wakes: the runtime sees that byte only when it polls the network,
// which it does when a CPU has run everything runnable. Handed directly
// (closing the waiter's channel), the next answer ran at once, ahead of
// everything the network had brought since, and with every CPU answering
// the runtime polled only every 10 ms. One byte a hand-off, in order; a
// zero byte ends the goroutine, which closes the pipe.
type handoff struct {
	r, w  *os.File
	turns chan chan struct{} // one per byte written, in the same order

	mu      sync.Mutex // orders pass and stop
	stopped bool
}

// handoffDepth bounds the hand-offs written and not yet read; pass declines
// beyond it (a waiter per CPU is the usual).
const handoffDepth = 1024

func newHandoff() *handoff {
	r, w, err := os.Pipe()
	if err != nil {
		return nil
	}
	g := &handoff{r: r, w: w, turns: make(chan chan struct{}, handoffDepth)}
	go g.run()
	return g
}

func (g *handoff) run() {
	defer g.r.Close()
	var b [1]byte
	for {
		if _, err := io.ReadFull(g.r, b[:]); err != nil || b[0] == 0 {
			break
		}
		close(<-g.turns)
	}
	// Stopped, or the pipe failed (pass stopped it): every turn queued
	// before is handed out.
	for {
		select {
		case turn := <-g.turns:
			close(turn)
		default:
			return
		}
	}
}

// pass has the goroutine close turn; false when it will not (stopped or
// full), and the caller closes turn itself.
func (g *handoff) pass(turn chan struct{}) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.stopped {
		return false
	}
	select {
	case g.turns <- turn:
	default:
		return false
	}
	if _, err := g.w.Write([]byte{1}); err != nil {
		g.stopLocked() // run hands out turn as it stops
	}
	return true
}

// stop ends the goroutine once it has handed out every turn passed.
func (g *handoff) stop() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.stopLocked()
}

func (g *handoff) stopLocked() {
	if !g.stopped {
		g.stopped = true
		g.w.Write([]byte{0}) // if this fails, closing ends run's read
		g.w.Close()
	}
}

// waiting is how many asks wait for a slot (for tests).
func (l *LimitedAnswerer) waiting() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.queue)
}
