package llm

import (
	"fmt"
	"sync"
	"time"
)

// BreakerState is the state of a circuit breaker.
type BreakerState int

const (
	BreakerClosed   BreakerState = iota // calls go through
	BreakerOpen                         // calls fail at once until the cooldown ends
	BreakerHalfOpen                     // one trial call is in flight
)

func (s BreakerState) String() string {
	switch s {
	case BreakerOpen:
		return "open"
	case BreakerHalfOpen:
		return "half-open"
	}
	return "closed"
}

// Breaker is a circuit breaker: after threshold consecutive failed calls it
// opens and refuses calls for cooldown, then lets one trial call through
// (half-open); the trial's success closes it, its failure opens it again.
type Breaker struct {
	threshold int
	cooldown  time.Duration
	now       func() time.Time

	mu       sync.Mutex
	state    BreakerState
	failures int
	openedAt time.Time
}

// NewBreaker makes a closed breaker; now nil is time.Now.
func NewBreaker(threshold int, cooldown time.Duration, now func() time.Time) *Breaker {
	if now == nil {
		now = time.Now
	}
	return &Breaker{threshold: max(threshold, 1), cooldown: cooldown, now: now}
}

// Allow reports whether a call may go ahead; it returns ErrBreakerOpen
// (wrapped) when not.
func (b *Breaker) Allow() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch b.state {
	case BreakerOpen:
		if wait := b.openedAt.Add(b.cooldown).Sub(b.now()); wait > 0 {
			return fmt.Errorf("%w for another %v", ErrBreakerOpen, wait.Round(time.Second))
		}
		b.state = BreakerHalfOpen
		return nil
	case BreakerHalfOpen:
		return fmt.Errorf("%w: a trial call is in flight", ErrBreakerOpen)
	}
	return nil
}

// Success records a call that worked.
func (b *Breaker) Success() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.state, b.failures = BreakerClosed, 0
}

// Failure records a call that failed.
func (b *Breaker) Failure() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.failures++
	if b.state == BreakerHalfOpen || b.failures >= b.threshold {
		b.state, b.openedAt = BreakerOpen, b.now()
	}
}

// Cancelled records a call the caller abandoned: it says nothing about the
// server, but a half-open trial must not stay in flight forever.
func (b *Breaker) Cancelled() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.state == BreakerHalfOpen {
		b.state, b.openedAt = BreakerOpen, b.now().Add(-b.cooldown)
	}
}

// State is the current state (open becomes half-open only on Allow).
func (b *Breaker) State() BreakerState {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.state
}
