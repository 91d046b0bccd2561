package figures_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
)

// blockingEngine is the real engine, held in AskIntent until released.
type blockingEngine struct {
	*rag.Engine
	release             chan struct{}
	inFlight, most, all atomic.Int64
}

func (e *blockingEngine) AskIntent(ctx context.Context, q rag.Query) (*rag.Answer, rag.Intent, error) {
	n := e.inFlight.Add(1)
	defer e.inFlight.Add(-1)
	e.all.Add(1)
	for {
		m := e.most.Load()
		if n <= m || e.most.CompareAndSwap(m, n) {
			break
		}
	}
	<-e.release
	return e.Engine.AskIntent(ctx, q)
}

// At most the configured number of answers are computed at once; the rest
// wait their turn, or give up with their context; cached answers do not
// wait at all.
func TestAnswerSlots(t *testing.T) {
	for _, tc := range []struct{ n, slots int }{
		{0, max(1, runtime.GOMAXPROCS(0)-1)},
		{1, 1},
		{3, 3},
	} {
		t.Run(fmt.Sprintf("concurrency %d", tc.n), func(t *testing.T) { testAnswerSlots(t, tc.n, tc.slots) })
	}
}

func testAnswerSlots(t *testing.T, concurrency, slots int) {
	ix, figs := seedIndexes(t)
	eng := &blockingEngine{Engine: rag.NewEngine(ix, nil).Uncached(), release: make(chan struct{})}
	a := figures.NewAnswerer(eng, figs, figures.Concurrency(concurrency))
	ctx := context.Background()

	// Cache one answer first.
	close(eng.release)
	if _, err := a.Ask(ctx, rag.Query{Text: "去年外贸涨了多少？"}); err != nil {
		t.Fatal(err)
	}
	eng.release = make(chan struct{})
	eng.all.Store(0)
	eng.most.Store(0)

	n := slots + 3
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := a.Ask(ctx, rag.Query{Text: fmt.Sprintf("2025年地区生产总值增长目标是多少%d", i)})
			errs <- err
		}()
	}
	waitFor(t, func() bool { return eng.inFlight.Load() == int64(slots) })
	// Give the others time to (wrongly) get in.
	time.Sleep(20 * time.Millisecond)
	if got := eng.all.Load(); got != int64(slots) {
		t.Errorf("%d answers started with %d slots", got, slots)
	}

	// A cached answer does not queue behind them.
	done := make(chan error, 1)
	go func() {
		_, err := a.Ask(ctx, rag.Query{Text: "去年外贸涨了多少？"})
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("cached Ask: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a cached answer waited for a slot")
	}

	// A waiting request gives up with its context.
	cctx, cancel := context.WithCancel(ctx)
	gaveUp := make(chan error, 1)
	go func() {
		_, err := a.Ask(cctx, rag.Query{Text: "今年公交车计划买多少台"})
		gaveUp <- err
	}()
	cancel()
	if err := <-gaveUp; !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled while waiting: %v, want context.Canceled", err)
	}

	close(eng.release)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("Ask: %v", err)
		}
	}
	if got, most := eng.all.Load(), eng.most.Load(); got != int64(n) || most > int64(slots) {
		t.Errorf("%d answers computed (want %d), at most %d at once (want <= %d)", got, n, most, slots)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in 10 s")
		}
		time.Sleep(time.Millisecond)
	}
}

// Waiting answers get the slot in the order they asked, and a panic in an
// answer gives its slot back.
func TestAnswerSlotsOrderAndPanic(t *testing.T) {
	ix, figs := seedIndexes(t)
	eng := &orderEngine{Engine: rag.NewEngine(ix, nil).Uncached(), release: make(chan struct{})}
	a := figures.NewAnswerer(eng, figs, figures.Concurrency(1))
	ctx := context.Background()

	// The first answer panics; the slot must come back.
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("no panic")
			}
		}()
		a.Ask(ctx, rag.Query{Text: "panic"})
	}()

	// One answer holds the slot; five more queue up one after another.
	done := make(chan error, 6)
	go func() { _, err := a.Ask(ctx, rag.Query{Text: "q0"}); done <- err }()
	waitFor(t, func() bool { return eng.started.Load() == 1 })
	for i := 1; i <= 5; i++ {
		go func() { _, err := a.Ask(ctx, rag.Query{Text: fmt.Sprintf("q%d", i)}); done <- err }()
		// Queued before the next one starts waiting.
		time.Sleep(20 * time.Millisecond)
	}
	close(eng.release)
	for range 6 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	eng.mu.Lock()
	defer eng.mu.Unlock()
	if got := strings.Join(eng.order, " "); got != "q0 q1 q2 q3 q4 q5" {
		t.Errorf("answered in order %s, want q0 q1 q2 q3 q4 q5", got)
	}
}

// orderEngine records the order questions reach it, panics on "panic",
// and holds every answer until released.
type orderEngine struct {
	*rag.Engine
	release chan struct{}
	started atomic.Int64
	mu      sync.Mutex
	order   []string
}

func (e *orderEngine) AskIntent(ctx context.Context, q rag.Query) (*rag.Answer, rag.Intent, error) {
	if q.Text == "panic" {
		panic("answer failed")
	}
	e.mu.Lock()
	e.order = append(e.order, q.Text)
	e.mu.Unlock()
	e.started.Add(1)
	<-e.release
	return e.Engine.AskIntent(ctx, q)
}
