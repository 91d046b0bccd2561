package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestReadQuestions(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.yaml", "- id: x\n  question: \"今年GDP目标是多少\"\n  kind: figure\n- id: y\n  question: '去年呢？'\n")
	write("b.yaml", "- question: 今年GDP目标是多少\n- question: \"  What is the GDP target?  \"\n")
	write("c.txt", "问一\n\n 问二 \n去年呢？\n")
	write("bad.yml", "question: [not a list\n")
	write("empty.txt", "\n \n")
	for _, tc := range []struct {
		pattern string
		want    []string
		err     string
	}{
		{pattern: "*.yaml", want: []string{"今年GDP目标是多少", "去年呢？", "What is the GDP target?"}},
		{pattern: "c.txt", want: []string{"问一", "问二", "去年呢？"}},
		{pattern: "[ac].*", want: []string{"今年GDP目标是多少", "去年呢？", "问一", "问二"}},
		{pattern: "bad.yml", err: "not a question set"},
		{pattern: "empty.txt", err: "no questions"},
		{pattern: "none*.yaml", err: "no such file"},
		{pattern: "[", err: "syntax error"},
	} {
		t.Run(tc.pattern, func(t *testing.T) {
			got, err := readQuestions(filepath.Join(dir, tc.pattern))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want one saying %q", err, tc.err)
				}
				return
			}
			if err != nil || !slices.Equal(got, tc.want) {
				t.Errorf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

// The workers share one order: with n questions and k·n requests each
// question is asked exactly k times, so a list longer than a cache never
// comes back to it early (per-worker orders did, see docs/load.md).
func TestRunAsksInTurn(t *testing.T) {
	var mu sync.Mutex
	asked := map[string]int{}
	srv := questionServer(func(q string) int {
		mu.Lock()
		defer mu.Unlock()
		asked[q]++
		return http.StatusOK
	})
	defer srv.Close()
	qs := []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"}
	res, err := run(context.Background(), options{url: srv.URL, concurrency: 8, duration: time.Minute, max: int64(3 * len(qs)), questions: qs, timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if res.ok != int64(3*len(qs)) || res.questions != len(qs) {
		t.Fatalf("ok=%d questions=%d", res.ok, res.questions)
	}
	for _, q := range qs {
		if asked[q] != 3 {
			t.Errorf("%s asked %d times, want 3 (all: %v)", q, asked[q], asked)
		}
	}
}

// questionServer answers POST /v1/ask with {} and the status answer gives
// the request's question; a body that is not JSON gets 400.
func questionServer(answer func(question string) int) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body map[string]string
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if status := answer(body["question"]); status != http.StatusOK {
			w.WriteHeader(status)
			return
		}
		w.Write([]byte(`{}`))
	}))
}
