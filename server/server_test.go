package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/llm"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
)

var (
	engineOnce sync.Once
	engine     *rag.Engine
	engineErr  error
)

// testEngine is the real engine over the embedded report, lexical only.
func testEngine(t *testing.T) *rag.Engine {
	t.Helper()
	engineOnce.Do(func() {
		reports, err := rag.LoadFS(seeds.FS)
		if err != nil {
			engineErr = err
			return
		}
		ix, err := rag.NewIndex(reports, rag.DefaultLexicon())
		if err != nil {
			engineErr = err
			return
		}
		engine = rag.NewEngine(ix, nil)
	})
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return engine
}

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// running is a server on a real loopback listener.
type running struct {
	srv    *Server
	url    string
	addr   string
	logs   *syncBuffer
	cancel context.CancelFunc
	done   chan error
}

// start runs a server with opts on 127.0.0.1:0 until the test ends.
func start(t *testing.T, opts Options) *running {
	t.Helper()
	if opts.Answerer == nil {
		opts.Answerer = testEngine(t)
	}
	logs := &syncBuffer{}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	if opts.Config == (config.Server{}) {
		opts.Config = config.Defaults().Server
	}
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{srv: s, url: "http://" + ln.Addr().String(), addr: ln.Addr().String(), logs: logs, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-r.done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return r
}

type req struct {
	method, path, body string
	header             map[string]string
}

func (r *running) do(t *testing.T, q req) (*http.Response, []byte) {
	t.Helper()
	var body io.Reader
	if q.body != "" {
		body = strings.NewReader(q.body)
	}
	hr, err := http.NewRequest(q.method, r.url+q.path, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range q.header {
		hr.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(hr)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

var jsonCT = map[string]string{"Content-Type": "application/json"}

func askBody(q string) string {
	b, _ := json.Marshal(AskRequest{Question: q})
	return string(b)
}

// errorCode checks that b is exactly an ErrorBody and returns its code.
func errorCode(t *testing.T, resp *http.Response, b []byte) string {
	t.Helper()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q, want JSON; body %s", ct, b)
	}
	var e ErrorBody
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		t.Fatalf("error body %s: %v", b, err)
	}
	if e.Error.Code == "" || e.Error.Message == "" {
		t.Errorf("error body lacks code or message: %s", b)
	}
	return e.Error.Code
}

// panicky panics on the question "panic" and blocks on "slow" until
// released; otherwise it is the real engine.
type panicky struct {
	*rag.Engine
	started   chan struct{}
	release   chan struct{}
	deadlines chan time.Time // "deadline" sends its context's deadline
}

func (p *panicky) Ask(ctx context.Context, q rag.Query) (*rag.Answer, error) {
	switch q.Text {
	case "panic":
		panic("boom in the engine")
	case "slow":
		close(p.started)
		<-p.release
	case "fail":
		return nil, errors.New("database on fire: secret detail")
	case "deadline":
		d, _ := ctx.Deadline()
		p.deadlines <- d
		return nil, fmt.Errorf("engine: %w", context.DeadlineExceeded)
	}
	return p.Engine.Ask(ctx, q)
}

func TestBadInputs(t *testing.T) {
	eng := testEngine(t)
	cfg := config.Defaults().Server
	cfg.MaxBodyBytes = 4096
	cfg.RateLimitPerMinute = 0
	r := start(t, Options{Answerer: &panicky{Engine: eng}, Config: cfg})
	big := askBody(strings.Repeat("很", 1400)) // 4200+ bytes
	tests := []struct {
		name   string
		req    req
		status int
		code   string
	}{
		{"body too large", req{"POST", "/v1/ask", big, jsonCT}, 413, "body_too_large"},
		{"body too large, whitespace after object", req{"POST", "/v1/ask", askBody("你好") + strings.Repeat(" ", 5000), jsonCT}, 413, "body_too_large"},
		{"text/plain", req{"POST", "/v1/ask", askBody("你好"), map[string]string{"Content-Type": "text/plain"}}, 415, "unsupported_media_type"},
		{"no content type", req{"POST", "/v1/ask", askBody("你好"), nil}, 415, "unsupported_media_type"},
		{"form", req{"POST", "/v1/ask", "question=x", map[string]string{"Content-Type": "application/x-www-form-urlencoded"}}, 415, "unsupported_media_type"},
		{"latin1 charset", req{"POST", "/v1/ask", askBody("hi"), map[string]string{"Content-Type": "application/json; charset=latin1"}}, 415, "unsupported_media_type"},
		{"malformed", req{"POST", "/v1/ask", `{"question": "x"`, jsonCT}, 400, "bad_json"},
		{"not an object", req{"POST", "/v1/ask", `["x"]`, jsonCT}, 400, "bad_json"},
		{"wrong type", req{"POST", "/v1/ask", `{"question": 5}`, jsonCT}, 400, "bad_json"},
		{"unknown field", req{"POST", "/v1/ask", `{"question": "x", "k": 3}`, jsonCT}, 400, "bad_json"},
		{"trailing data", req{"POST", "/v1/ask", `{"question": "x"} {"question": "y"}`, jsonCT}, 400, "bad_json"},
		{"trailing garbage", req{"POST", "/v1/ask", `{"question": "x"}]`, jsonCT}, 400, "bad_json"},
		{"empty body", req{"POST", "/v1/ask", "", jsonCT}, 400, "bad_json"},
		{"empty question", req{"POST", "/v1/ask", `{"question": ""}`, jsonCT}, 400, "empty_question"},
		{"blank question", req{"POST", "/v1/ask", `{"question": " \t\n　"}`, jsonCT}, 400, "empty_question"},
		{"missing question", req{"POST", "/v1/ask", `{}`, jsonCT}, 400, "empty_question"},
		{"question too long", req{"POST", "/v1/ask", askBody(strings.Repeat("a", 2001)), map[string]string{"Content-Type": "application/json; charset=utf-8"}}, 400, "question_too_long"},
		{"unknown report", req{"POST", "/v1/ask", `{"question": "粮食产量", "report": "nope"}`, jsonCT}, 404, "unknown_report"},
		{"conversation too long", req{"POST", "/v1/ask", `{"question": "粮食产量", "conversation": "` + strings.Repeat("c", 129) + `"}`, jsonCT}, 400, "bad_conversation"},
		{"GET ask", req{"GET", "/v1/ask", "", nil}, 405, "method_not_allowed"},
		{"DELETE reports", req{"DELETE", "/v1/reports", "", nil}, 405, "method_not_allowed"},
		{"POST healthz", req{"POST", "/healthz", "", nil}, 405, "method_not_allowed"},
		{"unknown route", req{"GET", "/v2/ask", "", nil}, 404, "not_found"},
		{"root", req{"GET", "/", "", nil}, 404, "not_found"},
		{"figures not yet", req{"GET", "/v1/figures", "", nil}, 404, "not_found"},
		{"search without q", req{"GET", "/v1/search", "", nil}, 400, "missing_query"},
		{"search empty q", req{"GET", "/v1/search?q=", "", nil}, 400, "empty_question"},
		{"search long q", req{"GET", "/v1/search?q=" + strings.Repeat("a", 2001), "", nil}, 400, "question_too_long"},
		{"search k=0", req{"GET", "/v1/search?q=x&k=0", "", nil}, 400, "bad_k"},
		{"search k=21", req{"GET", "/v1/search?q=x&k=21", "", nil}, 400, "bad_k"},
		{"search k=abc", req{"GET", "/v1/search?q=x&k=abc", "", nil}, 400, "bad_k"},
		{"search unknown report", req{"GET", "/v1/search?q=x&report=nope", "", nil}, 404, "unknown_report"},
		{"paragraph unknown report", req{"GET", "/v1/reports/nope/paragraphs/1", "", nil}, 404, "unknown_report"},
		{"paragraph 0", req{"GET", "/v1/reports/panjin-2025/paragraphs/0", "", nil}, 404, "unknown_paragraph"},
		{"paragraph 9999", req{"GET", "/v1/reports/panjin-2025/paragraphs/9999", "", nil}, 404, "unknown_paragraph"},
		{"paragraph abc", req{"GET", "/v1/reports/panjin-2025/paragraphs/abc", "", nil}, 400, "bad_paragraph"},
		{"panic", req{"POST", "/v1/ask", askBody("panic"), jsonCT}, 500, "internal"},
		{"engine error", req{"POST", "/v1/ask", askBody("fail"), jsonCT}, 500, "internal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, b := r.do(t, tt.req)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d; body %s", resp.StatusCode, tt.status, b)
			}
			if code := errorCode(t, resp, b); code != tt.code {
				t.Errorf("code %q, want %q", code, tt.code)
			}
			if resp.StatusCode == 405 && resp.Header.Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
	// A body of unknown length (chunked) is cut off at max_body_bytes too.
	hr, _ := http.NewRequest("POST", r.url+"/v1/ask", io.MultiReader(strings.NewReader(big)))
	hr.Header.Set("Content-Type", "application/json")
	if hr.ContentLength != 0 {
		t.Fatal("request has a length")
	}
	cresp, err := http.DefaultClient.Do(hr)
	if err != nil {
		t.Fatal(err)
	}
	cb, _ := io.ReadAll(cresp.Body)
	cresp.Body.Close()
	if cresp.StatusCode != 413 || errorCode(t, cresp, cb) != "body_too_large" {
		t.Errorf("chunked big body: %d %s", cresp.StatusCode, cb)
	}
	// A question of 2001 characters is refused and one of 2000 is not.
	resp, b := r.do(t, req{"POST", "/v1/ask", askBody(strings.Repeat("a", 2000)), jsonCT})
	if resp.StatusCode != 200 {
		t.Errorf("2000-character question: %d %s", resp.StatusCode, b)
	}
	resp, _ = r.do(t, req{"GET", "/v1/ask", "", nil})
	if got := resp.Header.Get("Allow"); got != "POST" {
		t.Errorf("Allow %q, want POST", got)
	}
	resp, _ = r.do(t, req{"DELETE", "/v1/reports", "", nil})
	if got := resp.Header.Get("Allow"); got != "GET, HEAD" {
		t.Errorf("Allow %q, want GET, HEAD", got)
	}
	logs := r.logs.String()
	if !strings.Contains(logs, "panic in handler") || !strings.Contains(logs, "boom in the engine") {
		t.Errorf("panic not logged:\n%s", logs)
	}
	if strings.Contains(logs, `"question":"panic"`) || strings.Contains(logs, "question=panic") {
		t.Errorf("request body or question logged:\n%s", logs)
	}
	// The server still serves after the panic.
	if resp, b := r.do(t, req{"GET", "/healthz", "", nil}); resp.StatusCode != 200 {
		t.Errorf("healthz after panic: %d %s", resp.StatusCode, b)
	}
}

// TestAskTimeout: an answer that outlasts its deadline becomes a 504, and
// that deadline comes well before the write timeout would drop the
// response. No test waits for a timer: the answerer reads the deadline it
// was given and reports it exceeded at once.
func TestAskTimeout(t *testing.T) {
	cfg := config.Defaults().Server
	cfg.WriteTimeout = 5 * time.Second
	p := &panicky{Engine: testEngine(t), deadlines: make(chan time.Time, 1)}
	r := start(t, Options{Answerer: p, Config: cfg})
	before := time.Now()
	resp, b := r.do(t, req{"POST", "/v1/ask", askBody("deadline"), jsonCT})
	after := time.Now()
	if resp.StatusCode != http.StatusGatewayTimeout || errorCode(t, resp, b) != "timeout" {
		t.Errorf("%d %s, want 504 timeout", resp.StatusCode, b)
	}
	d := <-p.deadlines
	if d.IsZero() {
		t.Fatal("the answer had no deadline")
	}
	// The deadline was set while the request was in flight.
	if lo, hi := before.Add(answerTimeout(cfg.WriteTimeout)), after.Add(answerTimeout(cfg.WriteTimeout)); d.Before(lo) || d.After(hi) {
		t.Errorf("answer deadline %v after the request, want %v", d.Sub(before), answerTimeout(cfg.WriteTimeout))
	}
}

func TestAnswerTimeout(t *testing.T) {
	for write, want := range map[time.Duration]time.Duration{
		60 * time.Second:        54 * time.Second, // the default: a tenth
		5 * time.Second:         4 * time.Second,  // at least a second to write
		1500 * time.Millisecond: 750 * time.Millisecond,
		300 * time.Millisecond:  150 * time.Millisecond, // half, under two seconds
	} {
		if got := answerTimeout(write); got != want {
			t.Errorf("answerTimeout(%v) = %v, want %v", write, got, want)
		}
	}
}

func TestAuth(t *testing.T) {
	keys := []string{"key-one-0123456789", "key-two-0123456789"}
	cfg := config.Defaults().Server
	r := start(t, Options{Config: cfg, APIKeys: keys})
	tests := []struct {
		name   string
		auth   string
		path   string
		status int
	}{
		{"missing", "", "/v1/reports", 401},
		{"wrong", "Bearer key-three-0123456789", "/v1/reports", 401},
		{"prefix of a key", "Bearer key-one", "/v1/reports", 401},
		{"key plus more", "Bearer key-one-0123456789x", "/v1/reports", 401},
		{"no scheme", "key-one-0123456789", "/v1/reports", 401},
		{"basic", "Basic key-one-0123456789", "/v1/reports", 401},
		{"empty bearer", "Bearer ", "/v1/reports", 401},
		{"first key", "Bearer key-one-0123456789", "/v1/reports", 200},
		{"second key", "Bearer key-two-0123456789", "/v1/reports", 200},
		{"lower-case scheme", "bearer key-two-0123456789", "/v1/reports", 200},
		{"search needs key", "", "/v1/search?q=x", 401},
		{"paragraph needs key", "", "/v1/reports/panjin-2025/paragraphs/1", 401},
		{"healthz open", "", "/healthz", 200},
		{"readyz open", "", "/readyz", 200},
		{"openapi open", "", "/openapi.json", 200},
		{"metrics closed", "", "/metrics", 401},
		{"metrics with key", "Bearer key-one-0123456789", "/metrics", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := map[string]string{}
			if tt.auth != "" {
				h["Authorization"] = tt.auth
			}
			resp, b := r.do(t, req{"GET", tt.path, "", h})
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, b)
			}
			if tt.status == 401 {
				if code := errorCode(t, resp, b); code != "unauthorized" {
					t.Errorf("code %q", code)
				}
				if resp.Header.Get("WWW-Authenticate") == "" {
					t.Error("401 without WWW-Authenticate")
				}
			}
		})
	}
	// The ask route too, with a body.
	resp, _ := r.do(t, req{"POST", "/v1/ask", askBody("粮食产量"), jsonCT})
	if resp.StatusCode != 401 {
		t.Errorf("ask without key: %d", resp.StatusCode)
	}
	for _, k := range keys {
		if strings.Contains(r.logs.String(), k) {
			t.Errorf("log contains API key %q", k)
		}
	}
	if !strings.Contains(r.logs.String(), "client=key:2") {
		t.Errorf("log does not name the key by number:\n%s", r.logs.String())
	}
}

func TestClosedHealthOpenMetrics(t *testing.T) {
	cfg := config.Defaults().Server
	cfg.OpenHealth, cfg.OpenMetrics = false, true
	r := start(t, Options{Config: cfg, APIKeys: []string{"key-one-0123456789"}})
	for path, want := range map[string]int{"/healthz": 401, "/readyz": 401, "/metrics": 200} {
		if resp, b := r.do(t, req{"GET", path, "", nil}); resp.StatusCode != want {
			t.Errorf("%s: %d, want %d: %s", path, resp.StatusCode, want, b)
		}
	}
}

func TestNoKeysWarns(t *testing.T) {
	r := start(t, Options{})
	if !strings.Contains(r.logs.String(), "no API keys configured") {
		t.Errorf("no warning for an open API:\n%s", r.logs.String())
	}
	if resp, b := r.do(t, req{"GET", "/v1/reports", "", nil}); resp.StatusCode != 200 {
		t.Errorf("open API: %d %s", resp.StatusCode, b)
	}
}

func TestRateLimit(t *testing.T) {
	cfg := config.Defaults().Server
	cfg.RateLimitPerMinute = 2
	keys := []string{"key-one-0123456789", "key-two-0123456789"}
	r := start(t, Options{Config: cfg, APIKeys: keys})
	auth := func(k string) map[string]string { return map[string]string{"Authorization": "Bearer " + k} }
	for i := 0; i < 2; i++ {
		if resp, b := r.do(t, req{"GET", "/v1/reports", "", auth(keys[0])}); resp.StatusCode != 200 {
			t.Fatalf("request %d: %d %s", i+1, resp.StatusCode, b)
		}
	}
	resp, b := r.do(t, req{"GET", "/v1/reports", "", auth(keys[0])})
	if resp.StatusCode != 429 {
		t.Fatalf("third request: %d %s", resp.StatusCode, b)
	}
	if code := errorCode(t, resp, b); code != "rate_limited" {
		t.Errorf("code %q", code)
	}
	ra, err := strconv.Atoi(resp.Header.Get("Retry-After"))
	if err != nil || ra < 1 || ra > 60 {
		t.Errorf("Retry-After %q, want whole seconds in 1..60", resp.Header.Get("Retry-After"))
	}
	// Other keys have their own bucket; health is not limited.
	if resp, _ := r.do(t, req{"GET", "/v1/reports", "", auth(keys[1])}); resp.StatusCode != 200 {
		t.Errorf("second key limited: %d", resp.StatusCode)
	}
	if resp, _ := r.do(t, req{"GET", "/healthz", "", nil}); resp.StatusCode != 200 {
		t.Errorf("healthz limited: %d", resp.StatusCode)
	}
	// A wrong key is refused before it could use up anyone's bucket.
	if resp, _ := r.do(t, req{"GET", "/v1/reports", "", auth("wrong-key-0123456789")}); resp.StatusCode != 401 {
		t.Errorf("wrong key: %d", resp.StatusCode)
	}
}

func TestLimiter(t *testing.T) {
	now := time.Unix(1000, 0)
	l := newLimiter(60, func() time.Time { return now })
	for i := 0; i < 60; i++ {
		if ok, _ := l.allow("a"); !ok {
			t.Fatalf("request %d refused within the burst", i+1)
		}
	}
	ok, wait := l.allow("a")
	if ok || wait != time.Second {
		t.Fatalf("61st: ok=%v wait=%v, want refused, 1s", ok, wait)
	}
	now = now.Add(time.Second)
	if ok, _ := l.allow("a"); !ok {
		t.Error("no token after a second at 60/min")
	}
	if ok, _ := l.allow("a"); ok {
		t.Error("two tokens after a second at 60/min")
	}
	now = now.Add(time.Hour)
	for i := 0; i < 60; i++ {
		if ok, _ := l.allow("a"); !ok {
			t.Fatalf("refill capped wrong: request %d refused", i+1)
		}
	}
	if ok, _ := l.allow("a"); ok {
		t.Error("bucket overfilled past its burst")
	}
	// Sweeping drops only full buckets.
	l.sweep(now)
	if _, ok := l.buckets["a"]; !ok {
		t.Error("sweep dropped an empty bucket")
	}
	now = now.Add(time.Hour)
	l.sweep(now)
	if len(l.buckets) != 0 {
		t.Error("sweep kept a full bucket")
	}
}

// fakeTelegram records the updates it is given.
type fakeTelegram struct {
	mu     sync.Mutex
	bodies []string
}

func (f *fakeTelegram) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.bodies = append(f.bodies, string(b))
	f.mu.Unlock()
	w.WriteHeader(http.StatusOK)
}

func TestWebhookSecret(t *testing.T) {
	tg := &fakeTelegram{}
	const secret = "webhook_secret-123"
	r := start(t, Options{Telegram: tg, TelegramSecret: secret, APIKeys: []string{"key-one-0123456789"}})
	update := `{"update_id": 1}`
	tests := []struct {
		name   string
		header map[string]string
		status int
	}{
		{"missing", nil, 403},
		{"wrong", map[string]string{"X-Telegram-Bot-Api-Secret-Token": "webhook_secret-124"}, 403},
		{"prefix", map[string]string{"X-Telegram-Bot-Api-Secret-Token": "webhook_secret"}, 403},
		{"empty", map[string]string{"X-Telegram-Bot-Api-Secret-Token": ""}, 403},
		{"right", map[string]string{"X-Telegram-Bot-Api-Secret-Token": secret}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := map[string]string{"Content-Type": "application/json"}
			for k, v := range tt.header {
				h[k] = v
			}
			resp, b := r.do(t, req{"POST", "/telegram/webhook", update, h})
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, b)
			}
			if tt.status == 403 && errorCode(t, resp, b) != "forbidden" {
				t.Errorf("body %s", b)
			}
		})
	}
	tg.mu.Lock()
	defer tg.mu.Unlock()
	if len(tg.bodies) != 1 || tg.bodies[0] != update {
		t.Errorf("handler got %q, want exactly the one authorised update", tg.bodies)
	}
	if strings.Contains(r.logs.String(), secret) {
		t.Error("webhook secret logged")
	}
}

func TestNewRefusesWebhookWithoutSecret(t *testing.T) {
	if _, err := New(Options{Answerer: testEngine(t), Telegram: &fakeTelegram{}}); err == nil {
		t.Error("New accepted a Telegram handler without a secret")
	}
	if _, err := New(Options{}); err == nil {
		t.Error("New accepted no Answerer")
	}
}

// The http.Server gets every timeout of the configuration.
func TestHTTPServerTimeouts(t *testing.T) {
	cfg := config.Defaults().Server
	cfg.ReadHeaderTimeout, cfg.ReadTimeout, cfg.WriteTimeout, cfg.IdleTimeout = 1*time.Second, 2*time.Second, 3*time.Second, 4*time.Second
	s, err := New(Options{Answerer: testEngine(t), Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	hs := s.httpServer()
	if got := []time.Duration{hs.ReadHeaderTimeout, hs.ReadTimeout, hs.WriteTimeout, hs.IdleTimeout}; !reflect.DeepEqual(got, []time.Duration{time.Second, 2 * time.Second, 3 * time.Second, 4 * time.Second}) {
		t.Errorf("http.Server timeouts %v, want 1s 2s 3s 4s", got)
	}
}

// The server closes a connection whose header trickles in. Its subject is
// a timeout, so it cannot avoid time; the margins are wide both ways: the
// trickle takes 8 s against a 500 ms limit, and the normal client after
// it has 500 ms to send a one-line request.
func TestSlowloris(t *testing.T) {
	cfg := config.Defaults().Server
	cfg.ReadHeaderTimeout = 500 * time.Millisecond
	cfg.ReadTimeout = 500 * time.Millisecond
	r := start(t, Options{Config: cfg})
	conn, err := net.Dial("tcp", r.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	closed := make(chan []byte, 1)
	go func() {
		b, _ := io.ReadAll(conn) // returns at EOF or reset: the server closed
		closed <- b
	}()
	header := "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + strings.Repeat("a", 400) + "\r\n\r\n"
	var got []byte
	sent, isClosed := 0, false
loop:
	for sent < len(header) {
		select {
		case got = <-closed:
			isClosed = true
			break loop
		case <-time.After(20 * time.Millisecond):
		}
		if _, err := conn.Write([]byte{header[sent]}); err != nil {
			break // the server closed the connection
		}
		sent++
	}
	if sent == len(header) {
		t.Fatalf("the server read a %d-byte header sent byte by byte without closing the connection", len(header))
	}
	if !isClosed {
		select {
		case got = <-closed:
		case <-time.After(10 * time.Second):
			t.Fatal("connection still open")
		}
	}
	if bytes.Contains(got, []byte("200 OK")) {
		t.Errorf("slow client was served: %q", got)
	}
	// A normal client is still served.
	if resp, _ := r.do(t, req{"GET", "/healthz", "", nil}); resp.StatusCode != 200 {
		t.Errorf("healthz: %d", resp.StatusCode)
	}
}

func TestGracefulShutdown(t *testing.T) {
	p := &panicky{Engine: testEngine(t), started: make(chan struct{}), release: make(chan struct{})}
	logs := &syncBuffer{}
	s, err := New(Options{Answerer: p, Config: config.Defaults().Server, Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()

	type result struct {
		status int
		body   []byte
		err    error
	}
	resc := make(chan result, 1)
	go func() {
		resp, err := http.Post("http://"+addr+"/v1/ask", "application/json", strings.NewReader(askBody("slow")))
		if err != nil {
			resc <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		resc <- result{resp.StatusCode, b, err}
	}()
	<-p.started
	cancel()
	// Wait until the server stops accepting, so the request is in flight
	// during shutdown, then let it finish.
	for i := 0; ; i++ {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			break
		}
		c.Close()
		if i == 2000 {
			t.Fatal("the listener is still open after cancel")
		}
		time.Sleep(5 * time.Millisecond)
	}
	select {
	case err := <-done:
		t.Fatalf("Serve returned %v before the in-flight request finished", err)
	default:
	}
	close(p.release)
	res := <-resc
	if res.err != nil || res.status != 200 {
		t.Fatalf("in-flight request: %d %v %s", res.status, res.err, res.body)
	}
	var a rag.Answer
	if err := json.Unmarshal(res.body, &a); err != nil || a.Question != "slow" {
		t.Errorf("in-flight answer %s: %v", res.body, err)
	}
	if err := <-done; err != nil {
		t.Errorf("Serve after shutdown: %v", err)
	}
}

func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	cfg := config.Defaults().Server
	cfg.OpenMetrics = true
	r := start(t, Options{Config: cfg, Registry: reg})
	// Another package registers into the same registry.
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: "reportbot_bot_updates_total", Help: "test"})
	if err := r.srv.Registerer().Register(c); err != nil {
		t.Fatal(err)
	}
	c.Add(3)
	r.do(t, req{"POST", "/v1/ask", askBody("2025年地区生产总值增长目标是多少？"), jsonCT})
	r.do(t, req{"POST", "/v1/ask", askBody(""), jsonCT})
	r.do(t, req{"GET", "/v1/reports/panjin-2025/paragraphs/3", "", nil})
	r.do(t, req{"GET", "/nope/123", "", nil})
	resp, b := r.do(t, req{"GET", "/metrics", "", nil})
	if resp.StatusCode != 200 {
		t.Fatalf("metrics: %d", resp.StatusCode)
	}
	text := string(b)
	for _, want := range []string{
		`reportbot_http_requests_total{code="200",method="POST",route="/v1/ask"} 1`,
		`reportbot_http_requests_total{code="400",method="POST",route="/v1/ask"} 1`,
		`reportbot_http_requests_total{code="200",method="GET",route="/v1/reports/{id}/paragraphs/{n}"} 1`,
		`reportbot_http_requests_total{code="404",method="GET",route="unmatched"} 1`,
		`reportbot_http_request_duration_seconds_bucket{code="200",route="/v1/ask",le="+Inf"} 1`,
		`reportbot_http_request_duration_seconds_count{code="400",route="/v1/ask"} 1`,
		`reportbot_answers_total{found="true",mode="extractive"} 1`,
		`reportbot_bot_updates_total 3`,
		`go_goroutines`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if strings.Contains(text, "/nope/123") {
		t.Error("raw path used as a label")
	}
	if r.srv.Registry() != reg {
		t.Error("Registry() is not the given registry")
	}
}

func TestReadyz(t *testing.T) {
	var mu sync.Mutex
	readyErr := errors.New("store still indexing")
	r := start(t, Options{Ready: func(context.Context) error { mu.Lock(); defer mu.Unlock(); return readyErr }})
	resp, b := r.do(t, req{"GET", "/readyz", "", nil})
	if resp.StatusCode != 503 || !strings.Contains(string(b), "store still indexing") {
		t.Errorf("not ready: %d %s", resp.StatusCode, b)
	}
	if resp, _ := r.do(t, req{"GET", "/healthz", "", nil}); resp.StatusCode != 200 {
		t.Errorf("healthz while not ready: %d", resp.StatusCode)
	}
	mu.Lock()
	readyErr = nil
	mu.Unlock()
	if resp, b := r.do(t, req{"GET", "/readyz", "", nil}); resp.StatusCode != 200 {
		t.Errorf("ready: %d %s", resp.StatusCode, b)
	}
}

// TestAskGolden checks /v1/ask against the real engine: the body is exactly
// the engine's Answer JSON, and every quote is the runes [start,end) of its
// paragraph.
func TestAskGolden(t *testing.T) {
	eng := testEngine(t)
	r := start(t, Options{Answerer: eng})
	// found is only asserted where the report plainly has the answer; the
	// engine's judgement elsewhere is its own tests' business.
	questions := []struct {
		q, report string
		found     bool
	}{
		{"2025年地区生产总值增长目标是多少？", "", true},
		{"粮食产量", "panjin-2025", true},
		{"What is the GDP growth target for 2025?", "", false},
		{"火星基地建设进展如何？", "", false},
	}
	for _, tt := range questions {
		t.Run(tt.q, func(t *testing.T) {
			body, _ := json.Marshal(AskRequest{Question: tt.q, Report: tt.report})
			resp, b := r.do(t, req{"POST", "/v1/ask", string(body), jsonCT})
			if resp.StatusCode != 200 {
				t.Fatalf("%d %s", resp.StatusCode, b)
			}
			var a rag.Answer
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&a); err != nil {
				t.Fatal(err)
			}
			want, err := eng.Ask(context.Background(), rag.Query{Text: tt.q, Report: tt.report})
			if err != nil {
				t.Fatal(err)
			}
			wantJSON, _ := json.Marshal(want)
			gotJSON, _ := json.Marshal(&a)
			if !bytes.Equal(gotJSON, wantJSON) {
				t.Errorf("HTTP answer differs from the engine's:\n got %s\nwant %s", gotJSON, wantJSON)
			}
			if a.Question != tt.q || a.Report.ID != "panjin-2025" || a.Report.Version == "" || a.Answer == "" {
				t.Errorf("answer header: %+v", a)
			}
			if a.Mode != rag.ModeExtractive && a.Mode != rag.ModeLLM {
				t.Errorf("mode %q", a.Mode)
			}
			if tt.found && !a.Found {
				t.Errorf("found = false for %q", tt.q)
			}
			if tt.found && len(a.Citations) == 0 {
				t.Error("found without citations")
			}
			rep, err := eng.Report(a.Report.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range a.Citations {
				p, err := rep.Paragraph(c.Paragraph)
				if err != nil {
					t.Fatalf("citation %+v: %v", c, err)
				}
				runes := []rune(p.Text)
				if c.Start < 0 || c.End > len(runes) || c.Start >= c.End {
					t.Fatalf("citation %+v outside ¶%d (%d runes)", c, c.Paragraph, len(runes))
				}
				if got := string(runes[c.Start:c.End]); got != c.Quote {
					t.Errorf("¶%d[%d:%d] = %q, quote %q", c.Paragraph, c.Start, c.End, got, c.Quote)
				}
				if a.Found && a.Mode == rag.ModeExtractive && !strings.Contains(a.Answer, c.Quote) {
					t.Errorf("answer text does not contain quote %q", c.Quote)
				}
			}
		})
	}
}

func TestReadRoutes(t *testing.T) {
	eng := testEngine(t)
	r := start(t, Options{Answerer: eng})
	rep, _ := eng.Report("")

	resp, b := r.do(t, req{"GET", "/v1/reports", "", nil})
	var reps ReportsResponse
	strictDecode(t, b, &reps)
	if resp.StatusCode != 200 || len(reps.Reports) != 1 || reps.Reports[0].ID != rep.Meta.ID ||
		reps.Reports[0].Version != rep.Version || reps.Reports[0].Paragraphs != len(rep.Paragraphs) || reps.Reports[0].Title == "" {
		t.Errorf("reports: %d %s", resp.StatusCode, b)
	}

	resp, b = r.do(t, req{"GET", "/v1/reports/panjin-2025/paragraphs/23", "", nil})
	var p ParagraphResponse
	strictDecode(t, b, &p)
	want, _ := rep.Paragraph(23)
	if resp.StatusCode != 200 || p.Paragraph != 23 || p.Text != want.Text || p.Section != want.Path() ||
		p.PeriodLabel != want.Period.Label() || p.Period != want.Period || p.Paragraphs != len(rep.Paragraphs) || p.PeriodLabel == "" {
		t.Errorf("paragraph: %d %s", resp.StatusCode, b)
	}

	resp, b = r.do(t, req{"GET", "/v1/search?q=" + "%E7%B2%AE%E9%A3%9F%E4%BA%A7%E9%87%8F&k=3", "", nil})
	var sr SearchResponse
	strictDecode(t, b, &sr)
	if resp.StatusCode != 200 || sr.Query != "粮食产量" || sr.K != 3 || len(sr.Hits) == 0 || len(sr.Hits) > 3 {
		t.Fatalf("search: %d %s", resp.StatusCode, b)
	}
	for _, h := range sr.Hits {
		p, err := rep.Paragraph(h.Paragraph)
		if err != nil {
			t.Fatal(err)
		}
		if got := string([]rune(p.Text)[h.Start:h.End]); got != h.Text {
			t.Errorf("hit ¶%d[%d:%d] is not its text", h.Paragraph, h.Start, h.End)
		}
	}
	// Default k.
	_, b = r.do(t, req{"GET", "/v1/search?q=%E5%B7%A5%E4%BD%9C", "", nil})
	strictDecode(t, b, &sr)
	if sr.K != defaultK || len(sr.Hits) > defaultK {
		t.Errorf("default k: %s", b)
	}
	if resp, _ := r.do(t, req{"HEAD", "/healthz", "", nil}); resp.StatusCode != 200 {
		t.Errorf("HEAD healthz: %d", resp.StatusCode)
	}
}

func strictDecode(t *testing.T, b []byte, v any) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
}

func TestQuestionLogging(t *testing.T) {
	const q = "2025年地区生产总值增长目标是多少？"
	for _, logQ := range []bool{false, true} {
		t.Run(fmt.Sprint("questions=", logQ), func(t *testing.T) {
			r := start(t, Options{LogQuestions: logQ})
			resp, _ := r.do(t, req{"POST", "/v1/ask", askBody(q), jsonCT})
			r.do(t, req{"GET", "/v1/search?q=" + "%E7%B2%AE%E9%A3%9F%E4%BA%A7%E9%87%8F", "", nil})
			logs := r.logs.String()
			if got := strings.Contains(logs, q) || strings.Contains(logs, "粮食产量"); got != logQ {
				t.Errorf("question text in log = %v, want %v:\n%s", got, logQ, logs)
			}
			id := resp.Header.Get("X-Request-ID")
			if len(id) != 16 || !strings.Contains(logs, "request_id="+id) {
				t.Errorf("request id %q not in the log:\n%s", id, logs)
			}
		})
	}
}

// streamer streams its answer's text in pieces before returning it.
type streamer struct {
	*rag.Engine
	deltas []string
	err    error
}

func (s *streamer) AskStream(ctx context.Context, q rag.Query, onDelta func(string)) (*rag.Answer, error) {
	a, err := s.Engine.Ask(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, d := range s.deltas {
		onDelta(d)
	}
	if s.err != nil {
		return nil, s.err
	}
	return a, nil
}

type sseEvent struct{ name, data string }

func readSSE(t *testing.T, body io.Reader) []sseEvent {
	t.Helper()
	var out []sseEvent
	var cur sseEvent
	sc := bufio.NewScanner(body)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if cur.name != "" || cur.data != "" {
				out = append(out, cur)
			}
			cur = sseEvent{}
		case strings.HasPrefix(line, "event: "):
			cur.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			if cur.data != "" {
				t.Errorf("multi-line data in event %q", cur.name)
			}
			cur.data = strings.TrimPrefix(line, "data: ")
		default:
			t.Errorf("unexpected SSE line %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestAskSSE(t *testing.T) {
	eng := testEngine(t)
	const q = "2025年地区生产总值增长目标是多少？"
	sse := map[string]string{"Content-Type": "application/json", "Accept": "text/event-stream"}
	t.Run("streaming answerer", func(t *testing.T) {
		r := start(t, Options{Answerer: &streamer{Engine: eng, deltas: []string{"根据报告，", "增长5.5%左右\n¶23"}}})
		resp, b := r.do(t, req{"POST", "/v1/ask", askBody(q), sse})
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
			t.Fatalf("%d %q %s", resp.StatusCode, resp.Header.Get("Content-Type"), b)
		}
		evs := readSSE(t, bytes.NewReader(b))
		var names []string
		for _, e := range evs {
			names = append(names, e.name)
		}
		if strings.Join(names, ",") != "delta,delta,answer,done" {
			t.Fatalf("events %v", names)
		}
		var d DeltaEvent
		strictDecode(t, []byte(evs[1].data), &d)
		if d.Text != "增长5.5%左右\n¶23" {
			t.Errorf("delta %q", d.Text)
		}
		var a rag.Answer
		strictDecode(t, []byte(evs[2].data), &a)
		want, _ := eng.Ask(context.Background(), rag.Query{Text: q})
		wj, _ := json.Marshal(want)
		gj, _ := json.Marshal(&a)
		if !bytes.Equal(wj, gj) {
			t.Errorf("answer event %s, want %s", gj, wj)
		}
		if err := a.CheckParts(eng, false); err != nil {
			t.Errorf("answer event: %v", err)
		}
	})
	t.Run("non-streaming answerer", func(t *testing.T) {
		r := start(t, Options{Answerer: eng})
		resp, b := r.do(t, req{"POST", "/v1/ask", askBody(q), map[string]string{"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}})
		evs := readSSE(t, bytes.NewReader(b))
		if resp.StatusCode != 200 || len(evs) != 2 || evs[0].name != "answer" || evs[1].name != "done" {
			t.Fatalf("%d %v", resp.StatusCode, evs)
		}
		var a rag.Answer
		strictDecode(t, []byte(evs[0].data), &a)
		if a.Question != q || len(a.Parts) == 0 {
			t.Errorf("answer %+v", a)
		}
	})
	t.Run("error before the stream", func(t *testing.T) {
		r := start(t, Options{Answerer: &streamer{Engine: eng}})
		resp, b := r.do(t, req{"POST", "/v1/ask", askBody(" "), sse})
		if resp.StatusCode != 400 || errorCode(t, resp, b) != "empty_question" {
			t.Errorf("%d %s", resp.StatusCode, b)
		}
	})
	t.Run("error in the stream", func(t *testing.T) {
		r := start(t, Options{Answerer: &streamer{Engine: eng, deltas: []string{"部分"}, err: errors.New("llm went away")}})
		resp, b := r.do(t, req{"POST", "/v1/ask", askBody(q), sse})
		evs := readSSE(t, bytes.NewReader(b))
		if resp.StatusCode != 200 || len(evs) != 2 || evs[0].name != "delta" || evs[1].name != "error" {
			t.Fatalf("%d %v", resp.StatusCode, evs)
		}
		var e ErrorBody
		strictDecode(t, []byte(evs[1].data), &e)
		if e.Error.Code != "internal" || strings.Contains(evs[1].data, "llm went away") {
			t.Errorf("error event %s", evs[1].data)
		}
	})
	t.Run("plain JSON without Accept", func(t *testing.T) {
		r := start(t, Options{Answerer: &streamer{Engine: eng, deltas: []string{"x"}}})
		resp, b := r.do(t, req{"POST", "/v1/ask", askBody(q), jsonCT})
		var a rag.Answer
		strictDecode(t, b, &a)
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
			t.Errorf("%d %s", resp.StatusCode, b)
		}
	})
}

func TestHandleExtraRoute(t *testing.T) {
	s, err := New(Options{Answerer: testEngine(t), APIKeys: []string{"key-one-0123456789"}})
	if err != nil {
		t.Fatal(err)
	}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, map[string]int{"n": 1}) })
	if err := s.Handle("GET /v1/extra", RateLimited, h); err != nil {
		t.Fatal(err)
	}
	if err := s.Handle("GET /v1/extra", RateLimited, h); err == nil {
		t.Error("registered twice")
	}
	if err := s.Handle("GET /v1/other", Access(9), h); err == nil {
		t.Error("unknown access accepted")
	}
	if err := s.Handle("GET /v1/{bad", Public, h); err == nil {
		t.Error("bad pattern accepted")
	}
	if err := s.Handle("/v1/nomethod", Public, h); err == nil {
		t.Error("pattern without a method accepted")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	resp, err := http.Get("http://" + ln.Addr().String() + "/v1/extra")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("extra route without key: %d", resp.StatusCode)
	}
}

// The engines serve plugs in satisfy the server's interfaces.
var (
	_ rag.Answerer = (*rag.Engine)(nil)
	_ rag.Answerer = (*llm.Answerer)(nil)
)

// recording remembers the queries it is asked.
type recording struct {
	*rag.Engine
	mu      sync.Mutex
	queries []rag.Query
}

func (r *recording) Ask(ctx context.Context, q rag.Query) (*rag.Answer, error) {
	r.mu.Lock()
	r.queries = append(r.queries, q)
	r.mu.Unlock()
	return r.Engine.Ask(ctx, q)
}

// A conversation id reaches the answerer, prefixed so that API clients
// cannot address the bot's chats; without one the question stands alone.
func TestAskConversation(t *testing.T) {
	rec := &recording{Engine: testEngine(t)}
	r := start(t, Options{Answerer: rec})
	for _, body := range []string{`{"question": "粮食产量", "conversation": "tg:1:0:2"}`, `{"question": "粮食产量"}`} {
		if resp, b := r.do(t, req{"POST", "/v1/ask", body, jsonCT}); resp.StatusCode != 200 {
			t.Fatalf("%s: %d %s", body, resp.StatusCode, b)
		}
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.queries) != 2 || rec.queries[0].Conversation != "api:tg:1:0:2" || rec.queries[1].Conversation != "" {
		t.Errorf("queries %+v", rec.queries)
	}
}

// A PublicLimited route takes no API key, even when keys are set, and
// limits each client address on its own budget, apart from the API's.
func TestPublicLimitedRoute(t *testing.T) {
	s, err := New(Options{Answerer: testEngine(t), APIKeys: []string{"key-one-0123456789"}, PublicPerMinute: 3})
	if err != nil {
		t.Fatal(err)
	}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]string{"client": state(r).client})
	})
	if err := s.Handle("GET /web/extra", PublicLimited, h); err != nil {
		t.Fatal(err)
	}
	codes := ""
	for range 4 {
		rec := httptest.NewRecorder()
		r := httptest.NewRequest("GET", "/web/extra", nil)
		r.RemoteAddr = "192.0.2.7:5555"
		s.Handler().ServeHTTP(rec, r)
		codes += fmt.Sprint(rec.Code, " ")
		if rec.Code == 429 && rec.Header().Get("Retry-After") == "" {
			t.Error("429 without Retry-After")
		}
	}
	if codes != "200 200 200 429 " {
		t.Errorf("codes %s, want three 200s then 429", codes)
	}
	// Another address has its own budget.
	rec := httptest.NewRecorder()
	r := httptest.NewRequest("GET", "/web/extra", nil)
	r.RemoteAddr = "192.0.2.8:5555"
	s.Handler().ServeHTTP(rec, r)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "ip:192.0.2.8") {
		t.Errorf("other address: %d %s", rec.Code, rec.Body)
	}
}
