package cli

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/server"
)

// BenchmarkServeAskUncached measures what POST /v1/ask costs when no cache
// has seen the question: the serve stack (both retrieval legs, figures) over
// the load test's questions, each made distinct by a punctuation tail.
// The lexical-only run shows what the vector leg costs.
func BenchmarkServeAskUncached(b *testing.B) {
	qs := loadQuestions(b, "../loadtest/questions.txt")
	for _, bc := range []struct {
		name string
		opts EngineOptions
	}{
		{"both-legs", EngineOptions{}},
		{"lexical-only", EngineOptions{NoVectors: true}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			a, err := BuildAnswerer(context.Background(), bc.opts)
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			i := 0
			for b.Loop() {
				q := qs[i%len(qs)] + distinctTail(i)
				if _, err := a.Ask(ctx, rag.Query{Text: q}); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkServeAskEvalQuestions is what POST /v1/ask costs over every
// eval question in turn, as `loadtest -questions 'eval/testdata/*.yaml'`
// asks them: more different questions than the answer and embedding
// caches hold, so none is answered from a cache.
func BenchmarkServeAskEvalQuestions(b *testing.B) {
	qs := benchEvalQuestions(b)
	a, err := BuildAnswerer(context.Background(), EngineOptions{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := a.Ask(ctx, rag.Query{Text: qs[i%len(qs)]}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkServeHTTPEvalQuestions is BenchmarkServeAskEvalQuestions
// through the HTTP API's handler, built as serve builds it (the load
// test's config: JSON log, rate limit off, an API key): what a request
// costs beside its answer (decoding, middleware, the access log, the
// JSON written), but the connection's own reading and writing.
func BenchmarkServeHTTPEvalQuestions(b *testing.B) {
	qs := benchEvalQuestions(b)
	cfg := config.Defaults()
	cfg.Server.RateLimitPerMinute = 0
	cfg.Log.Format = "json"
	log := cfg.Log.NewLogger(io.Discard)
	reg := prometheus.NewRegistry()
	parts, err := buildServeParts(context.Background(), cfg, log, reg)
	if err != nil {
		b.Fatal(err)
	}
	const key = "bench-key-0123456789abcdef"
	srv, err := server.New(server.Options{Answerer: parts.answerer, Figures: parts.figures, Config: cfg.Server,
		Logger: log, Registry: reg, APIKeys: []string{key}})
	if err != nil {
		b.Fatal(err)
	}
	h := srv.Handler()
	bodies := make([]string, len(qs))
	for i, q := range qs {
		raw, err := json.Marshal(server.AskRequest{Question: q})
		if err != nil {
			b.Fatal(err)
		}
		bodies[i] = string(raw)
	}
	w := &discardWriter{h: http.Header{}}
	i := 0
	for b.Loop() {
		req, err := http.NewRequest(http.MethodPost, "http://127.0.0.1/v1/ask", strings.NewReader(bodies[i%len(bodies)]))
		if err != nil {
			b.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+key)
		clear(w.h)
		h.ServeHTTP(w, req)
		if w.status != http.StatusOK {
			b.Fatalf("%s: status %d", bodies[i%len(bodies)], w.status)
		}
		i++
	}
}

// discardWriter is a ResponseWriter that keeps the status alone: a
// recorder's growing body would be counted as the server's.
type discardWriter struct {
	h      http.Header
	status int
}

func (w *discardWriter) Header() http.Header         { return w.h }
func (w *discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (w *discardWriter) WriteHeader(status int)      { w.status = status }

// benchEvalQuestions are the questions of every set in eval/testdata, in turn.
func benchEvalQuestions(b *testing.B) []string {
	b.Helper()
	var qs []string
	for _, q := range evalSetQuestions(b) {
		qs = append(qs, q.text)
	}
	return qs
}

// distinctTail is n in binary as 32 full-width punctuation marks, as the
// load test's -distinct writes it (loadtest/main.go): it misses every cache
// without changing what a question asks, and costs what it costs there
// (the engine reads the marks too: a tail of 32 costs about 15% more CPU
// than one of n's bit length).
func distinctTail(n int) string {
	var sb strings.Builder
	for i := 0; i < 32; i, n = i+1, n>>1 {
		if n&1 == 1 {
			sb.WriteString("？")
		} else {
			sb.WriteString("。")
		}
	}
	return sb.String()
}
