package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/reportbot/reportbot/llm"
	"github.com/reportbot/reportbot/llm/openaitest"
	"github.com/reportbot/reportbot/rag"
)

// embeddingsEndpoint is a scripted embeddings API that can be down.
func embeddingsEndpoint(t *testing.T, up *atomic.Bool) *openaitest.Server {
	t.Helper()
	ai := openaitest.New(t, "sk-test-key", "")
	ai.EmbeddingModel = "test-embed"
	ai.Handle(func(r *openaitest.Request) openaitest.Reply {
		if !up.Load() {
			return openaitest.Reply{Status: 503}
		}
		// A vector that depends on the text, so retrieval has something
		// to rank.
		v := []float32{1, 0, 0}
		for i, r := range strings.Join(r.Input, "") {
			v[i%3] += float32(r % 7)
		}
		return openaitest.Reply{Embedding: v}
	})
	return ai
}

// With the embeddings endpoint down the engine starts on the local
// embedding, says so, and switches to the remote one when it answers.
func TestDegradedStartSwitchesWhenTheEndpointReturns(t *testing.T) {
	var up atomic.Bool
	ai := embeddingsEndpoint(t, &up)
	client, err := llm.NewClient(llm.Config{BaseURL: ai.BaseURL(), APIKey: "sk-test-key", EmbeddingModel: "test-embed",
		HTTPClient: ai.Client(), NoRetry: true, BreakerCooldown: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	eng, err := BuildEngine(ctx, EngineOptions{Embed: client.EmbedFunc(), EmbedModel: "test-embed", EmbedRetry: time.Millisecond,
		Log: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatalf("start with the endpoint down: %v", err)
	}
	if d := eng.Degraded(); !strings.Contains(d, "local embedding") || !strings.Contains(d, "test-embed") {
		t.Errorf("Degraded() = %q", d)
	}
	ans, err := eng.Ask(ctx, rag.Query{Text: "2025年地区生产总值增长目标是多少？"})
	if err != nil || !strings.Contains(ans.Answer, "5.5%左右") {
		t.Fatalf("degraded answer: %v %+v", err, ans)
	}
	up.Store(true)
	waitFor(t, func() bool { return eng.Degraded() == "" })
	before := len(ai.Requests())
	if _, err := eng.Search(ctx, rag.Query{Text: "公交车"}, 5); err != nil {
		t.Fatal(err)
	}
	if len(ai.Requests()) == before {
		t.Error("after the switch, a search does not embed through the endpoint")
	}
	if eng.VectorFailures() != 0 {
		t.Errorf("%d vector failures", eng.VectorFailures())
	}
	for _, want := range []string{"degraded start", "embeddings endpoint is back"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("logs lack %q:\n%s", want, logs.String())
		}
	}
}

// `serve` with the embeddings endpoint down starts anyway: answers work,
// /readyz is ready and names the degraded start.
func TestServeStartsDegraded(t *testing.T) {
	var up atomic.Bool
	ai := embeddingsEndpoint(t, &up)
	cfg := writeConfig(t, fmt.Sprintf("server:\n  addr: 127.0.0.1:0\ntelegram:\n  feedback_db: %s\nllm:\n  base_url: %s\n  embedding_model: test-embed\n", filepath.Join(t.TempDir(), "fb.db"), ai.BaseURL()))
	base, stderr, stop := startServe(t, cfg)
	defer func() {
		if err := stop(); err != nil {
			t.Errorf("serve returned %v", err)
		}
	}()
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	var st struct{ Status, Detail string }
	json.NewDecoder(resp.Body).Decode(&st)
	resp.Body.Close()
	if resp.StatusCode != 200 || st.Status != "ready" || !strings.Contains(st.Detail, "local embedding") {
		t.Errorf("/readyz %d %+v", resp.StatusCode, st)
	}
	resp, err = http.Post(base+"/v1/ask", "application/json", strings.NewReader(`{"question":"2025年地区生产总值增长目标是多少？"}`))
	if err != nil {
		t.Fatal(err)
	}
	var ans rag.Answer
	json.NewDecoder(resp.Body).Decode(&ans)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(ans.Answer, "5.5%左右") {
		t.Errorf("/v1/ask %d %+v", resp.StatusCode, ans)
	}
	if !strings.Contains(stderr.String(), "degraded start") {
		t.Errorf("no warning in the logs:\n%s", stderr.String())
	}
}

// SIGTERM while the model hangs, its timeout far beyond the shutdown's:
// every request in flight gets the extractive answer and serve returns
// nil (the process exits 0).
func TestServeShutdownWhileTheModelHangs(t *testing.T) {
	ai := openaitest.New(t, "sk-test-key", "test-model")
	ai.Handle(func(*openaitest.Request) openaitest.Reply { return openaitest.Reply{Hang: true} })
	cfg := writeConfig(t, fmt.Sprintf("server:\n  addr: 127.0.0.1:0\n  shutdown_timeout: 20s\n  drain_timeout: 300ms\nweb:\n  enabled: false\nllm:\n  base_url: %s\n  model: test-model\n  timeout: 1h\n", ai.BaseURL()))
	base, stderr, stop := startServe(t, cfg)
	const n = 8
	var wg sync.WaitGroup
	answers := make(chan string, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Post(base+"/v1/ask", "application/json", strings.NewReader(`{"question":"2025年地区生产总值增长目标是多少？"}`))
			if err != nil {
				answers <- "error: " + err.Error()
				return
			}
			defer resp.Body.Close()
			var ans rag.Answer
			if err := json.NewDecoder(resp.Body).Decode(&ans); err != nil || resp.StatusCode != 200 {
				answers <- fmt.Sprintf("%d %v", resp.StatusCode, err)
				return
			}
			answers <- ans.Mode + " " + ans.Answer
		}()
	}
	waitFor(t, func() bool { return ai.Calls() == n })
	if err := stop(); err != nil {
		t.Errorf("serve returned %v\n%s", err, stderr.String())
	}
	wg.Wait()
	close(answers)
	for a := range answers {
		if !strings.HasPrefix(a, rag.ModeExtractive+" ") || !strings.Contains(a, "5.5%左右") {
			t.Errorf("a request in flight got %q", a)
		}
	}
}

// startServe runs `serve --config cfg` with OPENAI_API_KEY set until stop,
// which cancels it and returns what serve returned.
func startServe(t *testing.T, cfg string) (base string, stderr *syncBuffer, stop func() error) {
	t.Helper()
	var stdout syncBuffer
	stderr = &syncBuffer{}
	env := Env{Getenv: envFrom(map[string]string{"OPENAI_API_KEY": "sk-test-key"}), Stdout: &stdout, Stderr: stderr}
	ctx, cancel := context.WithCancel(context.Background())
	finished := make(chan struct{})
	var runErr error
	go func() {
		runErr = Run(ctx, []string{"serve", "--config", cfg}, env)
		close(finished)
	}()
	stop = func() error {
		cancel()
		select {
		case <-finished:
			return runErr
		case <-time.After(30 * time.Second):
			return fmt.Errorf("serve did not stop")
		}
	}
	t.Cleanup(func() { stop() })
	waitFor(t, func() bool {
		if m := servingRe.FindStringSubmatch(stdout.String()); m != nil {
			base = m[1]
			return true
		}
		select {
		case <-finished:
			t.Fatalf("serve returned %v:\n%s", runErr, stderr.String())
		default:
		}
		return false
	})
	return base, stderr, stop
}

// waitFor polls cond until the test's deadline: synchronisation, not a
// timing assertion.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	// Bounded by the test binary's own deadline, not a guess of how long
	// the switch takes: re-embedding the report through the fake endpoint
	// took over 20 s under -race on a loaded machine.
	deadline, ok := t.Deadline()
	if !ok {
		deadline = time.Now().Add(10 * time.Minute)
	}
	deadline = deadline.Add(-30 * time.Second) // time left to report the failure
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached before the test deadline")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
