package llm

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/reportbot/reportbot/llm/openaitest"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
)

const (
	testKey   = "sk-test-SECRET-never-log-me"
	testModel = "test-model"
)

var (
	seedOnce sync.Once
	seedEng  *rag.Engine
	seedErr  error
)

// seedEngine is the extractive engine over the embedded report.
func seedEngine(t testing.TB) *rag.Engine {
	t.Helper()
	seedOnce.Do(func() {
		reports, err := rag.LoadFS(seeds.FS)
		if err != nil {
			seedErr = err
			return
		}
		ix, err := rag.NewIndex(reports, rag.DefaultLexicon())
		if err != nil {
			seedErr = err
			return
		}
		seedEng = rag.NewEngine(ix, nil)
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	return seedEng
}

// clock is a settable clock for the breaker and memory.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// sleeps records the waits between retries instead of waiting.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.d = append(s.d, d)
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

// countingTransport counts the requests a client starts. A timeout can
// fire before a request reaches the server, so the server's count of
// calls depends on timing; the client's count of attempts does not.
type countingTransport struct {
	next http.RoundTripper
	n    atomic.Int64
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return c.next.RoundTrip(r)
}

// countingClient is hc sending through a countingTransport.
func countingClient(hc *http.Client) (*http.Client, *countingTransport) {
	tr := &countingTransport{next: hc.Transport}
	if tr.next == nil {
		tr.next = http.DefaultTransport
	}
	c := *hc
	c.Transport = tr
	return &c, tr
}

type fixture struct {
	srv    *openaitest.Server
	client *Client
	sleeps *sleeps
	clock  *clock
	ans    *Answerer
	logs   *bytes.Buffer

	attempts *countingTransport // requests the client started
}

type fixtureOpt func(*Config, *Options)

func newFixture(t *testing.T, eng rag.Answerer, opts ...fixtureOpt) *fixture {
	t.Helper()
	f := &fixture{srv: openaitest.New(t, testKey, testModel), sleeps: &sleeps{}, clock: newClock(), logs: &bytes.Buffer{}}
	hc, attempts := countingClient(f.srv.Client())
	f.attempts = attempts
	cfg := Config{BaseURL: f.srv.BaseURL(), APIKey: testKey, Model: testModel, EmbeddingModel: "test-embed",
		HTTPClient: hc, Now: f.clock.Now, sleep: f.sleeps.sleep, Timeout: 5 * time.Second}
	o := Options{Engine: eng, Logger: slog.New(slog.NewTextHandler(&lockedWriter{b: f.logs}, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Memory: MemoryOptions{Now: f.clock.Now}}
	for _, fo := range opts {
		fo(&cfg, &o)
	}
	f.srv.EmbeddingModel = cfg.EmbeddingModel
	c, err := NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	f.client = c
	o.Client = c
	a, err := NewAnswerer(o)
	if err != nil {
		t.Fatal(err)
	}
	f.ans = a
	t.Cleanup(func() {
		if strings.Contains(f.logs.String(), testKey) {
			t.Errorf("the API key was logged:\n%s", f.logs.String())
		}
	})
	return f
}

type lockedWriter struct {
	mu sync.Mutex
	b  *bytes.Buffer
}

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

var passageID = regexp.MustCompile(`<passage id="¶(\d+)"`)

// given lists the paragraphs a generation request gave the model.
func given(r *openaitest.Request) []int {
	var out []int
	for _, m := range r.Messages {
		if m.Role != "user" {
			continue
		}
		for _, sm := range passageID.FindAllStringSubmatch(m.Content, -1) {
			n, _ := strconv.Atoi(sm[1])
			out = append(out, n)
		}
		break
	}
	return out
}

func isRewrite(r *openaitest.Request) bool { return r.System() == rewriteSystem }

func isGeneration(r *openaitest.Request) bool { return r.System() == systemPrompt }

func has(xs []int, n int) bool {
	for _, x := range xs {
		if x == n {
			return true
		}
	}
	return false
}

func generations(s *openaitest.Server) []*openaitest.Request {
	var out []*openaitest.Request
	for _, r := range s.Requests() {
		if isGeneration(r) {
			out = append(out, r)
		}
	}
	return out
}

// checkAnswer asserts what every Answer must satisfy: verbatim quotes at
// their rune offsets, no trace of the prompts.
func checkAnswer(t *testing.T, eng rag.Answerer, ans *rag.Answer) {
	t.Helper()
	if ans == nil {
		t.Fatal("nil answer")
	}
	for _, c := range ans.Citations {
		r, err := eng.Report(c.Report)
		if err != nil {
			t.Fatalf("citation %+v: %v", c, err)
		}
		p, err := r.Paragraph(c.Paragraph)
		if err != nil {
			t.Fatalf("citation %+v: %v", c, err)
		}
		runes := []rune(p.Text)
		if c.Start < 0 || c.End > len(runes) || c.Start >= c.End || string(runes[c.Start:c.End]) != c.Quote {
			t.Errorf("citation ¶%d [%d,%d) %q is not verbatim", c.Paragraph, c.Start, c.End, c.Quote)
		}
	}
	if err := ans.CheckParts(eng, len(eng.Reports()) > 1); err != nil {
		t.Errorf("%s answer: %v", ans.Mode, err)
	}
	if ans.Mode == rag.ModeLLM {
		for _, m := range marker.FindAllStringSubmatch(ans.Answer, -1) {
			n, _ := strconv.Atoi(m[1])
			found := false
			for _, c := range ans.Citations {
				found = found || c.Paragraph == n
			}
			if !found {
				t.Errorf("answer cites ¶%d but no citation quotes it", n)
			}
		}
	}
	for _, s := range promptFragments() {
		if strings.Contains(ans.Answer, s) {
			t.Errorf("answer contains prompt text %q:\n%s", s, ans.Answer)
		}
		for _, c := range ans.Citations {
			if strings.Contains(c.Quote, s) {
				t.Errorf("citation contains prompt text %q", s)
			}
		}
	}
}

// promptFragments are pieces of the prompts no answer may contain.
func promptFragments() []string {
	var out []string
	for _, p := range []string{systemPrompt, rewriteSystem} {
		p = regexp.MustCompile(`「[^」]*」`).ReplaceAllString(p, "\n")
		for _, line := range strings.Split(p, "\n") {
			line = strings.TrimSpace(line)
			rs := []rune(line)
			if len(rs) < 16 {
				continue
			}
			// A few windows of each line.
			for i := 3; i+12 <= len(rs); i += 17 {
				out = append(out, string(rs[i:i+12]))
			}
		}
	}
	out = append(out, "<passage", "</passage", "<question", "</question")
	return out
}

func reply(s string) openaitest.Reply { return openaitest.Reply{Content: s} }

// answering is a handler for a model that answers every generation request
// with gen(request) and every rewrite with rw.
func answering(t *testing.T, rw string, gen func(r *openaitest.Request) string) func(*openaitest.Request) openaitest.Reply {
	return func(r *openaitest.Request) openaitest.Reply {
		switch {
		case isRewrite(r):
			return reply(rw)
		case isGeneration(r):
			return reply(gen(r))
		}
		t.Errorf("unexpected request with system %q", r.System())
		return openaitest.Reply{Status: 500}
	}
}

// waitUntil polls cond for up to 10 s: synchronisation, not a timing
// assertion.
func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in 10 s")
		}
		time.Sleep(2 * time.Millisecond)
	}
}
