package llm

import (
	"context"
	"testing"
	"time"

	"github.com/reportbot/reportbot/llm/openaitest"
	"github.com/reportbot/reportbot/rag"
)

// Drain ends model calls that hang, and later questions skip the model:
// every asker gets the extractive answer, and the breaker does not count
// the cancelled calls against the server.
func TestDrainAnswersExtractively(t *testing.T) {
	eng := seedEngine(t)
	// Only Drain can end these calls within the test.
	f := newFixture(t, eng, func(c *Config, _ *Options) { c.Timeout = time.Hour })
	f.srv.Handle(func(*openaitest.Request) openaitest.Reply { return openaitest.Reply{Hang: true} })
	const n = 4
	type result struct {
		ans *rag.Answer
		err error
	}
	done := make(chan result, 2*n)
	for i := 0; i < n; i++ {
		go func() {
			a, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
			done <- result{a, err}
		}()
		go func() {
			a, err := f.ans.AskStream(context.Background(), rag.Query{Text: gdpQ}, func(string) {})
			done <- result{a, err}
		}()
	}
	waitUntil(t, func() bool { return f.srv.Calls() == 2*n }) // every call is in flight
	f.ans.Drain()
	for i := 0; i < 2*n; i++ {
		var r result
		select {
		case r = <-done:
		case <-time.After(30 * time.Second):
			t.Fatal("questions still unanswered 30 s after Drain")
		}
		if r.err != nil {
			t.Fatal(r.err)
		}
		checkAnswer(t, eng, r.ans)
		if r.ans.Mode != rag.ModeExtractive || !r.ans.Found {
			t.Errorf("answer %s found=%v", r.ans.Mode, r.ans.Found)
		}
	}
	if s := f.client.Breaker().State(); s != BreakerClosed {
		t.Errorf("breaker %s after cancelled calls", s)
	}
	before := f.srv.Calls()
	ans, err := f.ans.Ask(context.Background(), rag.Query{Text: gdpQ})
	if err != nil || ans.Mode != rag.ModeExtractive {
		t.Fatalf("after Drain: %v %+v", err, ans)
	}
	if f.srv.Calls() != before {
		t.Error("the model was called after Drain")
	}
}
