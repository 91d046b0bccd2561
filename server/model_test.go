package server

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/llm"
	"github.com/reportbot/reportbot/llm/injectiontest"
	"github.com/reportbot/reportbot/llm/openaitest"
	"github.com/reportbot/reportbot/rag"
)

const modelKey = "sk-server-test"

// modelAnswerer is the real model path over a scripted model.
func modelAnswerer(t *testing.T, timeout time.Duration) (*llm.Answerer, *openaitest.Server) {
	t.Helper()
	ai := openaitest.New(t, modelKey, "test-model")
	c, err := llm.NewClient(llm.Config{BaseURL: ai.BaseURL(), APIKey: modelKey, Model: "test-model", HTTPClient: ai.Client(), Timeout: timeout, NoRetry: true})
	if err != nil {
		t.Fatal(err)
	}
	a, err := llm.NewAnswerer(llm.Options{Client: c, Engine: testEngine(t)})
	if err != nil {
		t.Fatal(err)
	}
	return a, ai
}

// SIGTERM while the model hangs (its timeout far beyond the shutdown's):
// at the drain deadline the model calls are cancelled and every request in
// flight, JSON and SSE, gets the extractive answer; Serve returns nil.
func TestShutdownDrainsModelCalls(t *testing.T) {
	ans, ai := modelAnswerer(t, time.Hour)
	ai.Handle(func(*openaitest.Request) openaitest.Reply { return openaitest.Reply{Hang: true} })
	cfg := config.Defaults().Server
	// A short drain, and ample time after it to answer: the test does not
	// depend on how fast the machine is.
	cfg.ShutdownTimeout, cfg.DrainTimeout = 20*time.Second, 300*time.Millisecond
	s, err := New(Options{Answerer: ans, Config: cfg, Drain: ans.Drain})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()

	const n = 16
	type result struct {
		sse    bool
		status int
		body   []byte
		err    error
	}
	results := make(chan result, n)
	for i := 0; i < n; i++ {
		sse := i%2 == 1
		go func() {
			rq, _ := http.NewRequest("POST", base+"/v1/ask", strings.NewReader(askBody("2025年地区生产总值增长目标是多少？")))
			rq.Header.Set("Content-Type", "application/json")
			if sse {
				rq.Header.Set("Accept", "text/event-stream")
			}
			resp, err := http.DefaultClient.Do(rq)
			if err != nil {
				results <- result{sse: sse, err: err}
				return
			}
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			results <- result{sse, resp.StatusCode, b, err}
		}()
	}
	deadline := time.Now().Add(10 * time.Second)
	for ai.Calls() < n { // every request is waiting on the model
		if time.Now().After(deadline) {
			t.Fatalf("%d model calls, want %d", ai.Calls(), n)
		}
		time.Sleep(2 * time.Millisecond)
	}
	cancel() // SIGTERM
	for i := 0; i < n; i++ {
		r := <-results
		if r.err != nil || r.status != 200 {
			t.Fatalf("request ended with %d %v: %s", r.status, r.err, r.body)
		}
		var a rag.Answer
		if r.sse {
			evs := readSSE(t, strings.NewReader(string(r.body)))
			if len(evs) < 2 || evs[len(evs)-2].name != "answer" || evs[len(evs)-1].name != "done" {
				t.Fatalf("SSE events %+v", evs)
			}
			r.body = []byte(evs[len(evs)-2].data)
		}
		if err := json.Unmarshal(r.body, &a); err != nil || a.Mode != rag.ModeExtractive || !strings.Contains(a.Answer, "5.5%左右") {
			t.Fatalf("answer %v %+v", err, a)
		}
	}
	select {
	case err := <-served:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return")
	}
}

// The injection suite through the HTTP API, against a model that obeys
// every case: no attacker text in the JSON answer, in any SSE event.
func TestInjectionSuiteOverHTTP(t *testing.T) {
	eng := testEngine(t)
	for _, c := range injectiontest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			ans, ai := modelAnswerer(t, 5*time.Second)
			ai.Handle(injectiontest.Handler(c))
			r := start(t, Options{Answerer: ans})
			offline, err := eng.Ask(context.Background(), rag.Query{Text: c.Question})
			if err != nil {
				t.Fatal(err)
			}
			ojs, _ := json.Marshal(offline)
			resp, jb := r.do(t, req{"POST", "/v1/ask", askBody(c.Question), jsonCT})
			if resp.StatusCode != 200 {
				t.Fatalf("%d %s", resp.StatusCode, jb)
			}
			resp, sb := r.do(t, req{"POST", "/v1/ask", askBody(c.Question), map[string]string{"Content-Type": "application/json", "Accept": "text/event-stream"}})
			if resp.StatusCode != 200 {
				t.Fatalf("SSE %d %s", resp.StatusCode, sb)
			}
			forbid := c.Forbid
			if c.Prompt {
				forbid = append(forbid, injectiontest.PromptFragments(promptOf(t, ai))...)
			}
			final := injectiontest.Unechoed(forbid, unescapeJSON(t, ojs))
			if s := injectiontest.Shown(unescapeJSON(t, jb), final); s != "" {
				t.Errorf("the JSON answer shows %q:\n%s", s, jb)
			}
			for _, ev := range readSSE(t, strings.NewReader(string(sb))) {
				list := final
				if ev.name == "delta" {
					list = forbid // the extractive engine never streams
				}
				if s := injectiontest.Shown(unescapeJSON(t, []byte(ev.data)), list); s != "" {
					t.Errorf("SSE %s event shows %q: %s", ev.name, s, ev.data)
				}
			}
		})
	}
}

// promptOf is the system prompt the scripted model was sent.
func promptOf(t *testing.T, ai *openaitest.Server) string {
	t.Helper()
	for _, r := range ai.Requests() {
		if injectiontest.IsGeneration(r) {
			return r.System()
		}
	}
	t.Fatal("the model was never asked for an answer")
	return ""
}

// unescapeJSON is every string of a JSON document, as a client reads it.
func unescapeJSON(t *testing.T, b []byte) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("not JSON: %v: %s", err, b)
	}
	var out strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			out.WriteString(x + "\n")
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
	return out.String()
}
