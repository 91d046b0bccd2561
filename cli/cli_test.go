package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/llm/openaitest"
	"github.com/reportbot/reportbot/rag"
)

// syncBuffer is a bytes.Buffer safe to read while serve writes to it.
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

func envFrom(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func writeConfig(t *testing.T, yaml string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

var servingRe = regexp.MustCompile(`serving on (http://\S+)`)

// TestServeRunsAPIAndBot starts `reportbot serve` with a token and a fake
// Bot API: the HTTP API answers, the bot answers a private message over long
// polling, and cancelling the context stops both cleanly.
func TestServeRunsAPIAndBot(t *testing.T) {
	const token = "123456:TEST-token"
	tg := telegramtest.New(t, token)
	cfg := writeConfig(t, fmt.Sprintf(`
server:
  addr: 127.0.0.1:0
telegram:
  api_url: %s
  feedback_db: %s
`, tg.URL, filepath.Join(t.TempDir(), "feedback.db")))
	var stderr *syncBuffer
	t.Cleanup(func() { // after serve has stopped: cleanups run last first
		if stderr != nil && strings.Contains(stderr.String(), token) {
			t.Error("the bot token appears in the logs")
		}
	})
	base, se := serveInBackground(t, map[string]string{"TELEGRAM_BOT_TOKEN": token}, "serve", "--config", cfg)
	stderr = se

	resp, err := http.Post(base+"/v1/ask", "application/json", strings.NewReader(`{"question":"2025年地区生产总值增长目标是多少？"}`))
	if err != nil {
		t.Fatal(err)
	}
	var ans rag.Answer
	err = json.NewDecoder(resp.Body).Decode(&ans)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 || !strings.Contains(ans.Answer, "5.5%左右") {
		t.Fatalf("/v1/ask: %d %v %+v", resp.StatusCode, err, ans)
	}

	resp, err = http.Get(base + "/v1/figures?q=" + url.QueryEscape("公交车"))
	if err != nil {
		t.Fatal(err)
	}
	var figs struct{ Figures []rag.AnswerFigure }
	err = json.NewDecoder(resp.Body).Decode(&figs)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 || len(figs.Figures) == 0 {
		t.Fatalf("/v1/figures: %d %v %+v", resp.StatusCode, err, figs)
	}
	var values []string
	for _, f := range figs.Figures {
		values = append(values, f.Value+"/"+f.Kind)
	}
	if got := strings.Join(values, " "); !strings.Contains(got, "85台/result") || !strings.Contains(got, "132台/target") {
		t.Errorf("/v1/figures?q=公交车: %s", got)
	}

	tg.PushUpdate(`{"update_id": 1001, "message": {"message_id": 1, "date": 1736300000,
		"from": {"id": 42, "is_bot": false, "first_name": "Li"},
		"chat": {"id": 42, "type": "private", "first_name": "Li"},
		"text": "去年外贸涨了多少？"}}`)
	calls := tg.WaitCalls(t, 20*time.Second, func(cs []telegramtest.Call) bool {
		for _, c := range cs {
			if strings.Contains(c.Text(), "39.7%") {
				return true
			}
		}
		return false
	}, "sendMessage")
	var reply string
	for _, c := range calls {
		if strings.Contains(c.Text(), "39.7%") {
			reply = c.Text()
		}
	}
	if !strings.Contains(reply, "¶6") || !strings.Contains(reply, "2024年结果") {
		t.Errorf("bot reply lacks the citation or the period label:\n%s", reply)
	}
}

// serveInBackground runs the serve command line with env until the test ends,
// and returns its base URL once it listens, and its stderr.
func serveInBackground(t *testing.T, env map[string]string, args ...string) (string, *syncBuffer) {
	t.Helper()
	var stdout, stderr syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, args, Env{Getenv: envFrom(env), Stdout: &stdout, Stderr: &stderr}) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v\nstderr:\n%s", err, stderr.String())
			}
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop after cancel")
		}
	})
	// Poll for the line serve prints once it listens (or its early exit).
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingRe.FindStringSubmatch(stdout.String()); m != nil {
			return m[1], &stderr
		}
		select {
		case err := <-done:
			done <- err // for the cleanup
			t.Fatalf("serve exited before listening: %v\nstderr:\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not start in 20 s; stderr:\n%s", stderr.String())
	return "", nil
}

// serve takes --seeds and --store like the other commands that load
// reports: the API serves both reports, and the embeddings are cached.
func TestServeSeedsAndStore(t *testing.T) {
	store := t.TempDir()
	base, _ := serveInBackground(t, nil, "serve", "--addr", "127.0.0.1:0", "--seeds", "../testdata/seeds", "--store", store)
	resp, err := http.Get(base + "/v1/reports")
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Reports []struct{ ID string } }
	err = json.NewDecoder(resp.Body).Decode(&got)
	resp.Body.Close()
	if err != nil || len(got.Reports) != 3 {
		t.Fatalf("/v1/reports: %v %+v, want the embedded report, demo-2024 and panjin-2024", err, got)
	}
	if entries, err := os.ReadDir(store); err != nil || len(entries) == 0 {
		t.Errorf("--store %s is empty (%v): the embeddings were not cached", store, err)
	}
}

// TestAskWithModel runs `ask --config` against a fake OpenAI-compatible
// server: a cited answer is shown in llm mode; an invented figure is caught
// by the figures check and the extractive answer is shown instead.
func TestAskWithModel(t *testing.T) {
	for _, tc := range []struct {
		name, reply, wantMode, want string
	}{
		{"checked answer", "根据报告，2025年地区生产总值预期增长5.5%左右〔¶23〕。", rag.ModeLLM, "5.5%左右"},
		{"invented figure falls back", "根据报告，2025年地区生产总值预期增长9%〔¶23〕。", rag.ModeExtractive, "5.5%左右"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ai := openaitest.New(t, "sk-test-key", "test-model")
			ai.Handle(func(*openaitest.Request) openaitest.Reply { return openaitest.Reply{Content: tc.reply} })
			cfg := writeConfig(t, fmt.Sprintf("llm:\n  base_url: %s\n  model: test-model\n", ai.BaseURL()))
			ans, logs := askWithKey(t, cfg)
			if ans.Mode != tc.wantMode || !strings.Contains(ans.Answer, tc.want) || strings.Contains(ans.Answer, "9%") {
				t.Errorf("mode %q answer %q; want mode %q with %q", ans.Mode, ans.Answer, tc.wantMode, tc.want)
			}
			if ai.Calls() == 0 {
				t.Error("the model was never asked")
			}
			if strings.Contains(logs, "sk-test-key") {
				t.Error("the API key appears in the logs")
			}
		})
	}
}

// askWithKey runs `ask --json --config cfg` on the GDP target question with
// OPENAI_API_KEY set, and returns the answer and what was logged.
func askWithKey(t *testing.T, cfg string) (rag.Answer, string) {
	t.Helper()
	var stdout, stderr syncBuffer
	env := Env{Getenv: envFrom(map[string]string{"OPENAI_API_KEY": "sk-test-key"}), Stdout: &stdout, Stderr: &stderr}
	err := Run(context.Background(), []string{"ask", "--json", "--config", cfg, "2025年地区生产总值增长目标是多少？"}, env)
	if err != nil {
		t.Fatalf("ask: %v\n%s", err, stderr.String())
	}
	var ans rag.Answer
	if err := json.Unmarshal([]byte(stdout.String()), &ans); err != nil {
		t.Fatal(err)
	}
	return ans, stderr.String()
}

// With only llm.embedding_model set, the vector leg embeds through the
// provider (with a progress bar for the passages) and answers stay
// extractive.
func TestAskWithRemoteEmbeddingsOnly(t *testing.T) {
	ai := openaitest.New(t, "sk-test-key", "")
	ai.EmbeddingModel = "test-embed"
	ai.Handle(func(*openaitest.Request) openaitest.Reply { return openaitest.Reply{Embedding: []float32{0.6, 0.8, 0}} })
	cfg := writeConfig(t, fmt.Sprintf("llm:\n  base_url: %s\n  embedding_model: test-embed\n", ai.BaseURL()))
	ans, logs := askWithKey(t, cfg)
	if ans.Mode != rag.ModeExtractive || !strings.Contains(ans.Answer, "5.5%左右") {
		t.Errorf("mode %q answer %q", ans.Mode, ans.Answer)
	}
	embeds := 0
	for _, r := range ai.Requests() {
		if r.Path == "/v1/embeddings" {
			embeds++
		}
	}
	if embeds < 100 {
		t.Errorf("%d embedding requests, want one per passage and one for the question", embeds)
	}
	if !strings.Contains(logs, "embedding") {
		t.Errorf("no progress bar on stderr:\n%s", logs)
	}
}
