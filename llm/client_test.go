package llm

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/llm/openaitest"
)

func newTestClient(t *testing.T, mutate func(*Config)) (*Client, *openaitest.Server, *sleeps, *clock) {
	t.Helper()
	srv := openaitest.New(t, testKey, testModel)
	srv.EmbeddingModel = "test-embed"
	sl, ck := &sleeps{}, newClock()
	cfg := Config{BaseURL: srv.BaseURL(), APIKey: testKey, Model: testModel, EmbeddingModel: "test-embed",
		HTTPClient: srv.Client(), sleep: sl.sleep, Now: ck.Now}
	if mutate != nil {
		mutate(&cfg)
	}
	c, err := NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c, srv, sl, ck
}

var hello = []Message{{Role: "system", Content: "sys"}, {Role: "user", Content: "你好"}}

func TestNewClientDefaults(t *testing.T) {
	c, err := NewClient(Config{BaseURL: "http://x/v1", Model: "m", APIKey: testKey, MaxTokens: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if c.cfg.Timeout != DefaultTimeout || c.cfg.MaxRetries != DefaultMaxRetries || c.cfg.MaxTokens != maxTokensCeiling {
		t.Errorf("defaults: %+v", c.cfg)
	}
	if strings.Contains(c.String(), testKey) {
		t.Errorf("String() shows the key: %s", c)
	}
	for _, bad := range []Config{{Model: "m"}, {BaseURL: "http://x"}} {
		if _, err := NewClient(bad); err == nil {
			t.Errorf("NewClient(%+v) accepted", bad)
		}
	}
}

func TestCompleteSendsTemperatureZeroAndBoundedTokens(t *testing.T) {
	c, srv, _, _ := newTestClient(t, func(c *Config) { c.MaxTokens = 123 })
	srv.Push(reply("好"))
	got, err := c.Complete(context.Background(), hello)
	if err != nil || got != "好" {
		t.Fatalf("Complete = %q, %v", got, err)
	}
	r := srv.Requests()[0]
	if !bytes.Contains(r.Body, []byte(`"temperature":0`)) || r.Temperature == nil || *r.Temperature != 0 {
		t.Errorf("temperature 0 not sent: %s", r.Body)
	}
	if r.MaxTokens != 123 {
		t.Errorf("max_tokens = %d, want 123", r.MaxTokens)
	}
	if r.Header.Get("Authorization") != "Bearer "+testKey {
		t.Errorf("Authorization = %q", r.Header.Get("Authorization"))
	}
	if len(r.Messages) != 2 || r.Messages[1].Content != "你好" {
		t.Errorf("messages = %+v", r.Messages)
	}
}

func TestWithTemperatureZeroKeepsAnExplicitTemperature(t *testing.T) {
	out, err := withTemperatureZero([]byte(`{"model":"m","temperature":0.7}`))
	if err != nil || !bytes.Contains(out, []byte(`0.7`)) || bytes.Contains(out, []byte(`"temperature":0,`)) {
		t.Errorf("got %s, %v", out, err)
	}
	if _, err := withTemperatureZero([]byte(`not json`)); err == nil {
		t.Error("garbage body accepted")
	}
}

func TestStreamSendsTemperatureZero(t *testing.T) {
	c, srv, _, _ := newTestClient(t, nil)
	srv.Push(openaitest.Reply{Chunks: []string{"一", "二", "三"}})
	var deltas []string
	got, err := c.Stream(context.Background(), hello, func(d string) { deltas = append(deltas, d) })
	if err != nil || got != "一二三" || strings.Join(deltas, "|") != "一|二|三" {
		t.Fatalf("Stream = %q %v, deltas %q", got, err, deltas)
	}
	r := srv.Requests()[0]
	if !r.Stream || !bytes.Contains(r.Body, []byte(`"temperature":0`)) {
		t.Errorf("stream request: %s", r.Body)
	}
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name    string
		replies []openaitest.Reply
		wantErr bool
		calls   int
		waits   []time.Duration // exact waits; nil = only count them
		nWaits  int
	}{
		{"429 with Retry-After then success", []openaitest.Reply{{Status: 429, Header: map[string]string{"Retry-After": "2"}}, reply("ok")}, false, 2, []time.Duration{2 * time.Second}, 1},
		{"429 with an HTTP-date Retry-After in the past then success", []openaitest.Reply{{Status: 429, Header: map[string]string{"Retry-After": "Mon, 01 Jan 2001 00:00:00 GMT"}}, reply("ok")}, false, 2, nil, 1},
		{"429 with a too long Retry-After", []openaitest.Reply{{Status: 429, Header: map[string]string{"Retry-After": "3600"}}}, true, 1, nil, 0},
		{"503 then success", []openaitest.Reply{{Status: 503}, reply("ok")}, false, 2, nil, 1},
		{"500 three times", []openaitest.Reply{{Status: 500}, {Status: 500}, {Status: 500}}, true, 3, nil, 2},
		{"502 garbage then success", []openaitest.Reply{{Status: 502, Raw: "<html>bad gateway</html>"}, reply("ok")}, false, 2, nil, 1},
		{"401 is not retried", []openaitest.Reply{{Status: 401, ErrCode: "invalid_api_key"}}, true, 1, nil, 0},
		{"400 is not retried", []openaitest.Reply{{Status: 400}}, true, 1, nil, 0},
		{"200 garbage is not retried", []openaitest.Reply{{Raw: "<html>hello</html>"}}, true, 1, nil, 0},
		{"empty content", []openaitest.Reply{reply("")}, true, 1, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, srv, sl, _ := newTestClient(t, nil)
			srv.Push(tt.replies...)
			got, err := c.Complete(context.Background(), hello)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Complete = %q, %v; want error %v", got, err, tt.wantErr)
			}
			if err == nil && got != "ok" {
				t.Errorf("got %q", got)
			}
			if err != nil && strings.Contains(err.Error(), testKey) {
				t.Errorf("error shows the key: %v", err)
			}
			if srv.Calls() != tt.calls {
				t.Errorf("calls = %d, want %d", srv.Calls(), tt.calls)
			}
			w := sl.all()
			if len(w) != tt.nWaits {
				t.Errorf("waits = %v, want %d", w, tt.nWaits)
			}
			for i, d := range tt.waits {
				if i < len(w) && w[i] != d {
					t.Errorf("wait %d = %v, want %v", i, w[i], d)
				}
			}
			for _, d := range w {
				if d <= 0 || d > maxRetryWait {
					t.Errorf("wait %v out of range", d)
				}
			}
		})
	}
}

func TestBackoffGrowsWithJitter(t *testing.T) {
	c, srv, sl, _ := newTestClient(t, nil)
	srv.Push(openaitest.Reply{Status: 500}, openaitest.Reply{Status: 500}, openaitest.Reply{Status: 500})
	if _, err := c.Complete(context.Background(), hello); err == nil {
		t.Fatal("no error")
	}
	w := sl.all()
	if len(w) != 2 {
		t.Fatalf("waits %v", w)
	}
	if w[0] < baseBackoff/2 || w[0] >= baseBackoff || w[1] < baseBackoff || w[1] >= 2*baseBackoff {
		t.Errorf("waits %v not in [b/2,b), [b,2b) for b=%v", w, baseBackoff)
	}
}

func TestTimeoutIsNotRetried(t *testing.T) {
	var attempts *countingTransport
	c, srv, sl, _ := newTestClient(t, func(c *Config) {
		c.Timeout = 20 * time.Millisecond
		c.HTTPClient, attempts = countingClient(c.HTTPClient)
	})
	srv.Push(openaitest.Reply{Hang: true})
	_, err := c.Complete(context.Background(), hello)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want deadline exceeded", err)
	}
	// Counted by the client: the timeout may fire before the request
	// reaches the server.
	if attempts.n.Load() != 1 || len(sl.all()) != 0 {
		t.Errorf("%d requests, waits %v; want 1, none", attempts.n.Load(), sl.all())
	}
}

func TestBreakerOpensAndRecovers(t *testing.T) {
	c, srv, _, ck := newTestClient(t, func(c *Config) {
		c.BreakerThreshold, c.BreakerCooldown, c.NoRetry = 3, time.Minute, true
	})
	srv.Handle(func(*openaitest.Request) openaitest.Reply { return openaitest.Reply{Status: 503} })
	for i := 0; i < 3; i++ {
		if _, err := c.Complete(context.Background(), hello); err == nil || errors.Is(err, ErrBreakerOpen) {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	if c.Breaker().State() != BreakerOpen {
		t.Fatalf("state %v after 3 failures", c.Breaker().State())
	}
	for i := 0; i < 5; i++ {
		if _, err := c.Complete(context.Background(), hello); !errors.Is(err, ErrBreakerOpen) {
			t.Fatalf("open breaker let a call through: %v", err)
		}
	}
	if srv.Calls() != 3 {
		t.Fatalf("server called %d times, want 3", srv.Calls())
	}
	// After the cooldown one trial goes through; it fails: open again.
	ck.Advance(time.Minute + time.Second)
	if _, err := c.Complete(context.Background(), hello); err == nil || errors.Is(err, ErrBreakerOpen) {
		t.Fatalf("trial: %v", err)
	}
	if srv.Calls() != 4 || c.Breaker().State() != BreakerOpen {
		t.Fatalf("calls %d state %v after failed trial", srv.Calls(), c.Breaker().State())
	}
	// The next trial succeeds: closed.
	ck.Advance(time.Minute + time.Second)
	srv.Handle(func(*openaitest.Request) openaitest.Reply { return reply("ok") })
	if got, err := c.Complete(context.Background(), hello); err != nil || got != "ok" {
		t.Fatalf("trial 2: %q %v", got, err)
	}
	if c.Breaker().State() != BreakerClosed {
		t.Fatalf("state %v after a good trial", c.Breaker().State())
	}
}

func TestBreakerHalfOpenAllowsOneTrial(t *testing.T) {
	ck := newClock()
	b := NewBreaker(1, time.Second, ck.Now)
	b.Failure()
	if err := b.Allow(); !errors.Is(err, ErrBreakerOpen) {
		t.Fatal("open breaker allowed a call")
	}
	ck.Advance(2 * time.Second)
	if err := b.Allow(); err != nil {
		t.Fatalf("trial refused: %v", err)
	}
	if err := b.Allow(); !errors.Is(err, ErrBreakerOpen) {
		t.Fatal("second call allowed while the trial is in flight")
	}
	b.Cancelled()
	if err := b.Allow(); err != nil {
		t.Fatalf("after a cancelled trial the next may try: %v", err)
	}
}

func TestCallerCancelDoesNotCountAgainstServer(t *testing.T) {
	c, srv, _, _ := newTestClient(t, func(c *Config) { c.BreakerThreshold = 1 })
	srv.Push(openaitest.Reply{Hang: true})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Complete(ctx, hello); err == nil {
		t.Fatal("no error")
	}
	if c.Breaker().State() != BreakerClosed {
		t.Errorf("caller cancel opened the breaker")
	}
	_ = srv
}

func TestPromptTooLong(t *testing.T) {
	c, srv, _, _ := newTestClient(t, func(c *Config) { c.MaxPromptRunes = 10 })
	_, err := c.Complete(context.Background(), []Message{{Role: "user", Content: strings.Repeat("长", 11)}})
	if !errors.Is(err, ErrPromptTooLong) || srv.Calls() != 0 {
		t.Fatalf("err %v calls %d", err, srv.Calls())
	}
}

func TestEmbedFunc(t *testing.T) {
	c, srv, sl, _ := newTestClient(t, nil)
	srv.Push(openaitest.Reply{Status: 429, Header: map[string]string{"Retry-After": "1"}}, openaitest.Reply{Embedding: []float32{1, 2}})
	vec, err := c.EmbedFunc()(context.Background(), "盘锦")
	if err != nil || len(vec) != 2 || vec[1] != 2 {
		t.Fatalf("Embed = %v, %v", vec, err)
	}
	r := srv.Requests()[1]
	if r.Path != "/v1/embeddings" || r.Model != "test-embed" || len(r.Input) != 1 || r.Input[0] != "盘锦" {
		t.Errorf("request %+v", r)
	}
	if w := sl.all(); len(w) != 1 || w[0] != time.Second {
		t.Errorf("waits %v", w)
	}
	c2, _, _, _ := newTestClient(t, func(c *Config) { c.EmbeddingModel = "" })
	if _, err := c2.Embed(context.Background(), "x"); err == nil {
		t.Error("Embed without a model accepted")
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Duration{
		"": 0, "3": 3 * time.Second, "0.5": 500 * time.Millisecond, "x": 0,
		now.Add(7 * time.Second).Format(http.TimeFormat): 7 * time.Second,
	} {
		if got := parseRetryAfter(in, now); got != want {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", in, got, want)
		}
	}
}
