package openaitest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// recorder is a testing.TB that records the server's complaints.
type recorder struct {
	testing.TB
	mu   sync.Mutex
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func (r *recorder) complaints() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.errs...)
}

func post(t *testing.T, s *Server, path, key, body string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := s.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

const chatBody = `{"model":"m","messages":[{"role":"user","content":"hi"}],"temperature":0}`

func TestChatJSON(t *testing.T) {
	s := New(t, "k", "m")
	s.Push(Reply{Content: "你好"})
	resp := post(t, s, "/v1/chat/completions", "k", chatBody)
	var got struct {
		Object  string `json:"object"`
		Choices []struct {
			Message      Message `json:"message"`
			FinishReason string  `json:"finish_reason"`
		} `json:"choices"`
		Usage struct {
			TotalTokens int `json:"total_tokens"`
		} `json:"usage"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || got.Object != "chat.completion" || got.Choices[0].Message.Content != "你好" ||
		got.Choices[0].Message.Role != "assistant" || got.Choices[0].FinishReason != "stop" || got.Usage.TotalTokens == 0 {
		t.Errorf("response %d %+v", resp.StatusCode, got)
	}
	r := s.Requests()[0]
	if r.Temperature == nil || *r.Temperature != 0 || r.LastUser() != "hi" {
		t.Errorf("recorded %+v", r)
	}
}

func TestChatStreamWireFormat(t *testing.T) {
	s := New(t, "k", "m")
	s.Push(Reply{Chunks: []string{"a", "b"}})
	resp := post(t, s, "/v1/chat/completions", "k", `{"model":"m","messages":[{"role":"user","content":"hi"}],"stream":true}`)
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	raw, _ := io.ReadAll(resp.Body)
	events := strings.Split(strings.TrimSuffix(string(raw), "\n\n"), "\n\n")
	if events[len(events)-1] != "data: [DONE]" {
		t.Fatalf("last event %q", events[len(events)-1])
	}
	var text strings.Builder
	for _, ev := range events[:len(events)-1] {
		if !strings.HasPrefix(ev, "data: {") {
			t.Fatalf("event %q", ev)
		}
		var c struct {
			Object  string `json:"object"`
			Choices []struct {
				Delta struct{ Content string } `json:"delta"`
			} `json:"choices"`
		}
		if err := json.Unmarshal([]byte(strings.TrimPrefix(ev, "data: ")), &c); err != nil || c.Object != "chat.completion.chunk" {
			t.Fatalf("chunk %q: %v", ev, err)
		}
		text.WriteString(c.Choices[0].Delta.Content)
	}
	if text.String() != "ab" {
		t.Errorf("streamed %q", text.String())
	}
}

func TestErrors(t *testing.T) {
	s := New(t, "k", "m")
	s.Push(Reply{Status: 429, Header: map[string]string{"Retry-After": "3"}}, Reply{Status: 503})
	for _, want := range []int{429, 503} {
		resp := post(t, s, "/v1/chat/completions", "k", chatBody)
		var e struct {
			Error struct {
				Message string `json:"message"`
				Type    string `json:"type"`
			} `json:"error"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || resp.StatusCode != want || e.Error.Message == "" || e.Error.Type == "" {
			t.Errorf("status %d body %+v %v", resp.StatusCode, e, err)
		}
		if want == 429 && (resp.Header.Get("Retry-After") != "3" || resp.Header.Get("x-ratelimit-remaining-requests") != "0") {
			t.Errorf("429 headers %v", resp.Header)
		}
	}
	if resp := post(t, s, "/v1/chat/completions", "wrong", chatBody); resp.StatusCode != 401 {
		t.Errorf("wrong key: %d", resp.StatusCode)
	}
	if resp := post(t, s, "/v1/nope", "k", chatBody); resp.StatusCode != 404 {
		t.Errorf("unknown path: %d", resp.StatusCode)
	}
}

func TestStrictness(t *testing.T) {
	for name, body := range map[string]string{
		"not json":      `{`,
		"no model":      `{"messages":[{"role":"user","content":"x"}]}`,
		"wrong model":   `{"model":"other","messages":[{"role":"user","content":"x"}]}`,
		"no messages":   `{"model":"m","messages":[]}`,
		"bad role":      `{"model":"m","messages":[{"role":"robot","content":"x"}]}`,
		"bad temp":      `{"model":"m","messages":[{"role":"user","content":"x"}],"temperature":"0"}`,
		"bad maxtokens": `{"model":"m","messages":[{"role":"user","content":"x"}],"max_tokens":0}`,
	} {
		t.Run(name, func(t *testing.T) {
			rec := &recorder{TB: t}
			s := New(rec, "k", "m")
			resp := post(t, s, "/v1/chat/completions", "k", body)
			if resp.StatusCode != 400 || len(rec.complaints()) == 0 {
				t.Errorf("status %d, complaints %q", resp.StatusCode, rec.complaints())
			}
		})
	}
	t.Run("unscripted request", func(t *testing.T) {
		rec := &recorder{TB: t}
		s := New(rec, "k", "m")
		if resp := post(t, s, "/v1/chat/completions", "k", chatBody); resp.StatusCode != 500 || len(rec.complaints()) != 1 {
			t.Errorf("status %d complaints %q", resp.StatusCode, rec.complaints())
		}
	})
}

func TestEmbeddings(t *testing.T) {
	s := New(t, "k", "m")
	s.EmbeddingModel = "e"
	s.Push(Reply{Embedding: []float32{1, 2, 3}})
	resp := post(t, s, "/v1/embeddings", "k", `{"model":"e","input":["甲"]}`)
	sc := bufio.NewScanner(resp.Body)
	sc.Scan()
	var got struct {
		Data []struct {
			Embedding []float32 `json:"embedding"`
		} `json:"data"`
	}
	if err := json.Unmarshal(sc.Bytes(), &got); err != nil || len(got.Data) != 1 || len(got.Data[0].Embedding) != 3 {
		t.Errorf("embeddings %s: %v", sc.Bytes(), err)
	}
}
