// Package openaitest is a fake OpenAI-compatible API for tests: an
// httptest server that speaks the chat completions (JSON and SSE stream)
// and embeddings wire format strictly, answers from a script (a queue of
// replies or a handler func) and records every request. Nothing reaches the
// internet.
package openaitest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// Message is a chat message as received.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Request is one request the server received.
type Request struct {
	Method string
	Path   string
	Header http.Header
	Body   []byte // the raw JSON body
	// Chat completion fields (Path /v1/chat/completions).
	Model       string
	Messages    []Message
	Stream      bool
	Temperature *float64 // nil when the body had no "temperature"
	MaxTokens   int
	// Embeddings (Path /v1/embeddings).
	Input []string
	// Sent is how many stream chunks were written before the stream ended
	// or the client went away; read it after Finished.
	Sent int

	done chan struct{}
}

// Finished is closed once the server has answered the request (a stream:
// sent its last chunk, or seen the client go away).
func (r *Request) Finished() <-chan struct{} { return r.done }

// System is the content of the first system message, "" if none.
func (r *Request) System() string {
	for _, m := range r.Messages {
		if m.Role == "system" {
			return m.Content
		}
	}
	return ""
}

// LastUser is the content of the last user message.
func (r *Request) LastUser() string {
	for i := len(r.Messages) - 1; i >= 0; i-- {
		if r.Messages[i].Role == "user" {
			return r.Messages[i].Content
		}
	}
	return ""
}

// Reply is what the server answers to one request.
type Reply struct {
	// Content is the assistant's text. In a stream it is sent in Chunks
	// when given, else in pieces of a few characters.
	Content string
	Chunks  []string
	// Status, when not 0 or 200, makes an OpenAI error response
	// {"error":{"message","type","code"}} with ErrType and ErrCode.
	Status  int
	ErrType string
	ErrCode string
	// Header is added to the response (e.g. Retry-After).
	Header map[string]string
	// Raw, when set, is sent as the body verbatim (garbage tests), with
	// Status (default 200) and Content-Type text/html.
	Raw string
	// Hang waits until the client gives up (timeout tests).
	Hang bool
	// StreamError ends a stream after its chunks with an error event.
	StreamError string
	// BeforeChunk, when set, is called before a stream's chunk i is sent:
	// a test waits there until the client shows what it has received.
	BeforeChunk func(i int)
	// Embedding is returned by /v1/embeddings (default: a fixed vector).
	Embedding []float32
}

// Server is the fake API. BaseURL() is what clients are configured with.
type Server struct {
	t      testing.TB
	srv    *httptest.Server
	APIKey string
	// Model and EmbeddingModel, when set, are the only models accepted.
	Model          string
	EmbeddingModel string

	mu       sync.Mutex
	queue    []Reply
	handler  func(*Request) Reply
	requests []*Request
	calls    int
}

// New starts a server that accepts key and model; it closes at test end.
func New(t testing.TB, key, model string) *Server {
	s := &Server{t: t, APIKey: key, Model: model}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

// BaseURL is the API base, ending in /v1.
func (s *Server) BaseURL() string { return s.srv.URL + "/v1" }

// Client is an HTTP client for the server.
func (s *Server) Client() *http.Client { return s.srv.Client() }

// Push queues replies, answered in order before the handler is consulted.
func (s *Server) Push(r ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queue = append(s.queue, r...)
}

// Handle sets the function that answers when the queue is empty.
func (s *Server) Handle(h func(*Request) Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handler = h
}

// Requests returns the requests received so far (well-formed or not).
func (s *Server) Requests() []*Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*Request(nil), s.requests...)
}

// Calls is the number of requests received.
func (s *Server) Calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

func (s *Server) next(r *Request) (Reply, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.queue) > 0 {
		rep := s.queue[0]
		s.queue = s.queue[1:]
		return rep, true
	}
	if s.handler != nil {
		h := s.handler
		s.mu.Unlock()
		rep := h(r)
		s.mu.Lock()
		return rep, true
	}
	return Reply{}, false
}

func (s *Server) serve(w http.ResponseWriter, hr *http.Request) {
	body, err := io.ReadAll(io.LimitReader(hr.Body, 8<<20))
	if err != nil {
		// The client gave up while sending (its timeout fired): no request
		// arrived, so there is nothing to check or answer.
		return
	}
	r := &Request{Method: hr.Method, Path: hr.URL.Path, Header: hr.Header.Clone(), Body: body, done: make(chan struct{})}
	defer close(r.done)
	s.mu.Lock()
	s.requests = append(s.requests, r)
	s.calls++
	s.mu.Unlock()

	if !s.accept(w, hr, r) {
		return
	}
	rep, ok := s.next(r)
	if !ok {
		s.violation("unexpected request %s (no scripted reply)", hr.URL.Path)
		writeError(w, http.StatusInternalServerError, "no scripted reply", "server_error", "")
		return
	}
	reply(w, hr, r, rep)
}

// accept checks the request as the OpenAI API does, writing its error when
// it refuses, and parses the body; parse errors are also violations.
func (s *Server) accept(w http.ResponseWriter, hr *http.Request, r *Request) bool {
	if hr.Method != http.MethodPost {
		writeError(w, http.StatusMethodNotAllowed, "method not allowed", "invalid_request_error", "")
		return false
	}
	if got := hr.Header.Get("Authorization"); s.APIKey != "" && got != "Bearer "+s.APIKey {
		writeError(w, http.StatusUnauthorized, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key")
		return false
	}
	if ct := hr.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		s.violation("Content-Type %q, want application/json", ct)
		writeError(w, http.StatusBadRequest, "Content-Type must be application/json", "invalid_request_error", "")
		return false
	}
	switch hr.URL.Path {
	case "/v1/chat/completions":
		if msg := r.parseChat(s.Model); msg != "" {
			s.violation("%s", msg)
			writeError(w, http.StatusBadRequest, msg, "invalid_request_error", "")
			return false
		}
	case "/v1/embeddings":
		if msg := r.parseEmbeddings(s.EmbeddingModel); msg != "" {
			s.violation("%s", msg)
			writeError(w, http.StatusBadRequest, msg, "invalid_request_error", "")
			return false
		}
	default:
		writeError(w, http.StatusNotFound, "Invalid URL (POST "+hr.URL.Path+")", "invalid_request_error", "")
		return false
	}
	return true
}

// reply writes rep: its headers, then a hang, a raw body, an error, or the
// embeddings or completion (streamed when asked).
func reply(w http.ResponseWriter, hr *http.Request, r *Request, rep Reply) {
	for k, v := range rep.Header {
		w.Header().Set(k, v)
	}
	switch {
	case rep.Hang:
		<-hr.Context().Done()
		return
	case rep.Raw != "":
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(max(rep.Status, http.StatusOK))
		io.WriteString(w, rep.Raw)
		return
	case rep.Status != 0 && rep.Status != http.StatusOK:
		typ := rep.ErrType
		if typ == "" {
			typ = map[int]string{401: "invalid_request_error", 429: "requests", 500: "server_error", 503: "server_error"}[rep.Status]
		}
		writeError(w, rep.Status, fmt.Sprintf("scripted error %d", rep.Status), typ, rep.ErrCode)
		return
	}
	if hr.URL.Path == "/v1/embeddings" {
		writeEmbeddings(w, r, rep)
		return
	}
	if r.Stream {
		writeStream(w, r, rep, func() bool { return hr.Context().Err() != nil })
		return
	}
	writeChat(w, r, rep)
}

// writeChat writes a chat completion of rep.Content.
func writeChat(w http.ResponseWriter, r *Request, rep Reply) {
	writeJSON(w, http.StatusOK, map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "created": time.Now().Unix(), "model": r.Model,
		"system_fingerprint": "fp_test",
		"choices": []any{map[string]any{
			"index": 0, "message": map[string]any{"role": "assistant", "content": rep.Content},
			"logprobs": nil, "finish_reason": "stop",
		}},
		"usage": map[string]any{"prompt_tokens": runes(r.Messages), "completion_tokens": utf8.RuneCountInString(rep.Content), "total_tokens": runes(r.Messages) + utf8.RuneCountInString(rep.Content)},
	})
}

func runes(ms []Message) int {
	n := 0
	for _, m := range ms {
		n += utf8.RuneCountInString(m.Content)
	}
	return n
}

func (s *Server) violation(format string, args ...any) {
	s.t.Errorf("openaitest: "+format, args...)
}

// parseChat checks a chat completion body and fills r; it returns what is
// wrong, or "".
func (r *Request) parseChat(model string) string {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(r.Body, &raw); err != nil {
		return "body is not a JSON object: " + err.Error()
	}
	if err := json.Unmarshal(raw["model"], &r.Model); err != nil || r.Model == "" {
		return "you must provide a model parameter"
	}
	if model != "" && r.Model != model {
		return fmt.Sprintf("The model `%s` does not exist", r.Model)
	}
	if err := json.Unmarshal(raw["messages"], &r.Messages); err != nil || len(r.Messages) == 0 {
		return "messages must be a non-empty array"
	}
	for i, m := range r.Messages {
		switch m.Role {
		case "system", "user", "assistant":
		default:
			return fmt.Sprintf("messages[%d].role %q is not valid", i, m.Role)
		}
		if m.Content == "" {
			return fmt.Sprintf("messages[%d].content is empty", i)
		}
	}
	if s, ok := raw["stream"]; ok {
		if err := json.Unmarshal(s, &r.Stream); err != nil {
			return "stream must be a boolean"
		}
	}
	if t, ok := raw["temperature"]; ok {
		var v float64
		if err := json.Unmarshal(t, &v); err != nil || v < 0 || v > 2 {
			return "temperature must be a number in [0, 2]"
		}
		r.Temperature = &v
	}
	if t, ok := raw["max_tokens"]; ok {
		if err := json.Unmarshal(t, &r.MaxTokens); err != nil || r.MaxTokens <= 0 {
			return "max_tokens must be a positive integer"
		}
	}
	return ""
}

func (r *Request) parseEmbeddings(model string) string {
	var body struct {
		Model string          `json:"model"`
		Input json.RawMessage `json:"input"`
	}
	if err := json.Unmarshal(r.Body, &body); err != nil {
		return "body is not a JSON object: " + err.Error()
	}
	if body.Model == "" || (model != "" && body.Model != model) {
		return fmt.Sprintf("The model `%s` does not exist", body.Model)
	}
	r.Model = body.Model
	var one string
	if json.Unmarshal(body.Input, &one) == nil {
		r.Input = []string{one}
	} else if err := json.Unmarshal(body.Input, &r.Input); err != nil || len(r.Input) == 0 {
		return "input must be a string or an array of strings"
	}
	return ""
}

func writeError(w http.ResponseWriter, status int, msg, typ, code string) {
	var c any
	if code != "" {
		c = code
	}
	if status == http.StatusTooManyRequests {
		h := w.Header()
		if h.Get("x-ratelimit-limit-requests") == "" {
			h.Set("x-ratelimit-limit-requests", "60")
			h.Set("x-ratelimit-remaining-requests", "0")
			h.Set("x-ratelimit-reset-requests", "1s")
		}
	}
	writeJSON(w, status, map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": c}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// writeStream sends rep as chat completion chunks, counting in r.Sent
// those written before the client went away (gone).
func writeStream(w http.ResponseWriter, r *Request, rep Reply, gone func() bool) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	fl, _ := w.(http.Flusher)
	failed := false
	send := func(v any) {
		if failed {
			return
		}
		b, _ := json.Marshal(v)
		if _, err := fmt.Fprintf(w, "data: %s\n\n", b); err != nil {
			failed = true // the client went away
			return
		}
		if fl != nil {
			fl.Flush()
		}
	}
	chunk := func(delta map[string]any, finish any) map[string]any {
		return map[string]any{
			"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": time.Now().Unix(), "model": r.Model,
			"system_fingerprint": "fp_test",
			"choices":            []any{map[string]any{"index": 0, "delta": delta, "logprobs": nil, "finish_reason": finish}},
		}
	}
	send(chunk(map[string]any{"role": "assistant", "content": ""}, nil))
	pieces := rep.Chunks
	if pieces == nil {
		pieces = split(rep.Content, 3)
	}
	for i, p := range pieces {
		if rep.BeforeChunk != nil {
			rep.BeforeChunk(i)
		}
		if failed || gone() {
			break
		}
		send(chunk(map[string]any{"content": p}, nil))
		if !failed {
			r.Sent++
		}
	}
	if rep.StreamError != "" {
		fmt.Fprintf(w, "data: {\"error\":{\"message\":%q,\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\n", rep.StreamError)
		return
	}
	send(chunk(map[string]any{}, "stop"))
	io.WriteString(w, "data: [DONE]\n\n")
	if fl != nil {
		fl.Flush()
	}
}

// split cuts s into pieces of n runes.
func split(s string, n int) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); i += n {
		out = append(out, string(rs[i:min(len(rs), i+n)]))
	}
	return out
}

func writeEmbeddings(w http.ResponseWriter, r *Request, rep Reply) {
	vec := rep.Embedding
	if vec == nil {
		vec = []float32{0.1, 0.2, 0.3}
	}
	data := make([]any, len(r.Input))
	for i := range r.Input {
		data[i] = map[string]any{"object": "embedding", "index": i, "embedding": vec}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"object": "list", "data": data, "model": r.Model,
		"usage": map[string]any{"prompt_tokens": len(r.Input), "total_tokens": len(r.Input)},
	})
}
