// Package llm generates cited answers with any OpenAI-compatible chat model
// (OpenAI, DeepSeek, Qwen/DashScope, Ollama, vLLM) and checks every answer
// mechanically before anyone sees it: citations must name paragraphs the
// model was given, figures must be in the paragraphs they cite, and a
// failed answer is regenerated once and then replaced by the extractive
// engine's answer. See docs/llm.md.
package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"
)

// Defaults for Config fields left zero.
const (
	DefaultTimeout          = 30 * time.Second
	DefaultMaxTokens        = 800
	DefaultMaxRetries       = 2
	DefaultMaxPromptRunes   = 32000
	DefaultBreakerThreshold = 5
	DefaultBreakerCooldown  = 30 * time.Second
	// maxTokensCeiling bounds MaxTokens whatever the configuration says.
	maxTokensCeiling = 4096
	// Reply caps for Config fields left zero: runes per token of max_tokens
	// (English runs about four characters a token, Chinese fewer), bytes
	// per rune.
	replyRunesPerToken = 4
	replyBytesPerRune  = 4
	// maxRetryWait is the longest wait before a retry; a Retry-After longer
	// than this is not waited for (the user is waiting).
	maxRetryWait = 10 * time.Second
	baseBackoff  = 500 * time.Millisecond
)

// Errors a Client returns (wrapped); the Answerer turns all of them into the
// extractive answer.
var (
	ErrBreakerOpen   = errors.New("llm: circuit breaker open")
	ErrPromptTooLong = errors.New("llm: prompt too long")
	ErrEmptyResponse = errors.New("llm: empty response")
	// ErrReplyTooLong: the reply went over MaxReplyRunes or MaxReplyBytes
	// (or its response body over the bound derived from them) and reading
	// stopped there. Stream and Complete return the text up to the cap
	// with it, when they have any.
	ErrReplyTooLong = errors.New("llm: reply over the cap")
)

// Config says which model to call and how carefully.
type Config struct {
	// BaseURL of the OpenAI-compatible API, e.g. "https://api.openai.com/v1",
	// "https://api.deepseek.com/v1", "http://localhost:11434/v1".
	BaseURL string
	// APIKey is sent as "Authorization: Bearer"; empty sends none (Ollama).
	// It is never logged.
	APIKey string
	// Model is the chat model; EmbeddingModel the embeddings model (may be
	// empty when EmbedFunc is not used).
	Model          string
	EmbeddingModel string
	// Timeout bounds each HTTP request (each attempt), default 30s.
	Timeout time.Duration
	// MaxTokens bounds the completion, default 800, at most 4096.
	MaxTokens int
	// MaxReplyRunes and MaxReplyBytes cap the reply text whatever the
	// server sends (max_tokens binds only a well-behaved one): reading
	// stops at the cap. Defaults: 4 runes per MaxTokens, 4 bytes per rune.
	// Response bodies are capped in proportion (see bodyCap).
	MaxReplyRunes int
	MaxReplyBytes int
	// MaxRetries after the first attempt, on 429, 5xx and transient network
	// errors; default 2. Set NoRetry for none.
	MaxRetries int
	NoRetry    bool
	// MaxPromptRunes bounds the characters sent in one chat request's
	// messages, default 32000 (the whole seed report with the prompt and a
	// regeneration fits); longer prompts fail with ErrPromptTooLong.
	MaxPromptRunes int
	// BreakerThreshold consecutive failed calls open the circuit breaker
	// (default 5); it lets one trial call through after BreakerCooldown
	// (default 30s).
	BreakerThreshold int
	BreakerCooldown  time.Duration
	// HTTPClient sends the requests; nil uses a new http.Client. Its
	// Transport is used as is; the client adds its own wrapper around it.
	HTTPClient *http.Client
	// Now is the clock of the circuit breaker; nil is time.Now.
	Now func() time.Time
	// sleep waits between retries; tests replace it.
	sleep func(ctx context.Context, d time.Duration) error
}

// Message is one chat message.
type Message struct {
	Role    string // "system", "user" or "assistant"
	Content string
}

// Client calls an OpenAI-compatible API with timeouts, retries and a circuit
// breaker. It is safe for concurrent use.
type Client struct {
	cfg     Config
	api     *openai.Client
	breaker *Breaker // chat completions
	embedBr *Breaker // embeddings: a model without them must not stop chat
	sleep   func(ctx context.Context, d time.Duration) error
}

// NewClient checks cfg and fills in defaults.
func NewClient(cfg Config) (*Client, error) {
	if strings.TrimSpace(cfg.BaseURL) == "" {
		return nil, errors.New("llm: base_url is empty")
	}
	if strings.TrimSpace(cfg.Model) == "" && strings.TrimSpace(cfg.EmbeddingModel) == "" {
		// An embeddings-only client (remote vectors, extractive answers)
		// needs no chat model; chat calls then fail.
		return nil, errors.New("llm: model and embedding_model are both empty")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxTokens <= 0 {
		cfg.MaxTokens = DefaultMaxTokens
	}
	cfg.MaxTokens = min(cfg.MaxTokens, maxTokensCeiling)
	if cfg.MaxReplyRunes <= 0 {
		cfg.MaxReplyRunes = replyRunesPerToken * cfg.MaxTokens
	}
	if cfg.MaxReplyBytes <= 0 {
		cfg.MaxReplyBytes = replyBytesPerRune * cfg.MaxReplyRunes
	}
	if cfg.MaxRetries <= 0 {
		cfg.MaxRetries = DefaultMaxRetries
	}
	if cfg.NoRetry {
		cfg.MaxRetries = 0
	}
	cfg.MaxRetries = min(cfg.MaxRetries, 5)
	if cfg.MaxPromptRunes <= 0 {
		cfg.MaxPromptRunes = DefaultMaxPromptRunes
	}
	if cfg.BreakerThreshold <= 0 {
		cfg.BreakerThreshold = DefaultBreakerThreshold
	}
	if cfg.BreakerCooldown <= 0 {
		cfg.BreakerCooldown = DefaultBreakerCooldown
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{}
	}
	oc := openai.DefaultConfig(cfg.APIKey)
	oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	oc.HTTPClient = &doer{next: hc, caps: bodyCaps(cfg)}
	c := &Client{
		cfg:     cfg,
		api:     openai.NewClientWithConfig(oc),
		breaker: NewBreaker(cfg.BreakerThreshold, cfg.BreakerCooldown, cfg.Now),
		embedBr: NewBreaker(cfg.BreakerThreshold, cfg.BreakerCooldown, cfg.Now),
		sleep:   cfg.sleep,
	}
	if c.sleep == nil {
		c.sleep = sleepCtx
	}
	return c, nil
}

// String names the endpoint and model, never the key.
func (c *Client) String() string {
	return fmt.Sprintf("llm(%s, model %s)", c.cfg.BaseURL, c.cfg.Model)
}

// Model is the configured chat model.
func (c *Client) Model() string { return c.cfg.Model }

// Breaker exposes the chat circuit breaker (for metrics and tests).
func (c *Client) Breaker() *Breaker { return c.breaker }

func (c *Client) request(msgs []Message) (openai.ChatCompletionRequest, error) {
	if c.cfg.Model == "" {
		return openai.ChatCompletionRequest{}, errors.New("llm: no chat model configured (llm.model)")
	}
	n := 0
	out := make([]openai.ChatCompletionMessage, len(msgs))
	for i, m := range msgs {
		n += utf8.RuneCountInString(m.Content)
		out[i] = openai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	if n > c.cfg.MaxPromptRunes {
		return openai.ChatCompletionRequest{}, fmt.Errorf("%w: %d characters, limit %d", ErrPromptTooLong, n, c.cfg.MaxPromptRunes)
	}
	// Temperature 0 is dropped by go-openai's omitempty; the doer puts it
	// back into the JSON body (see doer.Do).
	// max_tokens, not the newer max_completion_tokens: the compatible
	// servers this client targets (docs/llm.md) document max_tokens.
	//lint:ignore SA1019 see above
	return openai.ChatCompletionRequest{Model: c.cfg.Model, Messages: out, MaxTokens: c.cfg.MaxTokens, Temperature: 0}, nil
}

// Complete returns the model's reply to msgs.
func (c *Client) Complete(ctx context.Context, msgs []Message) (string, error) {
	req, err := c.request(msgs)
	if err != nil {
		return "", err
	}
	var text string
	err = c.call(ctx, c.breaker, func(ctx context.Context) (bool, error) {
		resp, err := c.api.CreateChatCompletion(ctx, req)
		if err != nil {
			return false, err
		}
		if len(resp.Choices) == 0 {
			return false, fmt.Errorf("%w: no choices", ErrEmptyResponse)
		}
		text = resp.Choices[0].Message.Content
		if strings.TrimSpace(text) == "" {
			return false, fmt.Errorf("%w: empty content", ErrEmptyResponse)
		}
		var over bool
		if text, over = c.capReply(text); over {
			return true, ErrReplyTooLong
		}
		return false, nil
	})
	if err != nil {
		return text, fmt.Errorf("llm: chat completion: %w", err)
	}
	return text, nil
}

// capReply cuts text to MaxReplyRunes and MaxReplyBytes at a rune
// boundary; over reports that it had to.
func (c *Client) capReply(text string) (string, bool) {
	n, runes := 0, 0
	for i, r := range text {
		if runes >= c.cfg.MaxReplyRunes || i+utf8.RuneLen(r) > c.cfg.MaxReplyBytes {
			return text[:i], true
		}
		n, runes = i+utf8.RuneLen(r), runes+1
	}
	return text[:n], false
}

// Stream asks for a streamed reply, passes each text delta to onDelta as it
// arrives and returns the whole text. A failure before the first delta is
// retried like Complete; a failure after it is not.
func (c *Client) Stream(ctx context.Context, msgs []Message, onDelta func(string)) (string, error) {
	req, err := c.request(msgs)
	if err != nil {
		return "", err
	}
	req.Stream = true
	var text strings.Builder
	runes := 0
	err = c.call(ctx, c.breaker, func(ctx context.Context) (bool, error) {
		st, err := c.api.CreateChatCompletionStream(ctx, req)
		if err != nil {
			return false, err
		}
		defer st.Close()
		for {
			chunk, err := st.Recv()
			if errors.Is(err, io.EOF) {
				break
			}
			if errors.Is(err, ErrReplyTooLong) {
				return true, err // the body cap: keep what came
			}
			if err != nil {
				return text.Len() > 0, err
			}
			if len(chunk.Choices) == 0 {
				continue
			}
			if d := chunk.Choices[0].Delta.Content; d != "" {
				runes += utf8.RuneCountInString(d)
				var over bool
				if runes > c.cfg.MaxReplyRunes || text.Len()+len(d) > c.cfg.MaxReplyBytes {
					// Stop reading: what is over the cap is never held.
					capped, _ := c.capReply(text.String() + d)
					d, over = capped[text.Len():], true
				}
				text.WriteString(d)
				if onDelta != nil && d != "" {
					onDelta(d)
				}
				if over {
					return true, ErrReplyTooLong
				}
			}
		}
		if strings.TrimSpace(text.String()) == "" {
			return false, fmt.Errorf("%w: empty stream", ErrEmptyResponse)
		}
		return false, nil
	})
	if err != nil {
		return text.String(), fmt.Errorf("llm: chat completion stream: %w", err)
	}
	return text.String(), nil
}

// Embed returns the embedding of text from the embeddings endpoint.
func (c *Client) Embed(ctx context.Context, text string) ([]float32, error) {
	if c.cfg.EmbeddingModel == "" {
		return nil, errors.New("llm: embeddings: no embedding_model configured")
	}
	var vec []float32
	err := c.call(ctx, c.embedBr, func(ctx context.Context) (bool, error) {
		resp, err := c.api.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{
			Input: []string{text}, Model: openai.EmbeddingModel(c.cfg.EmbeddingModel),
		})
		if err != nil {
			return false, err
		}
		if len(resp.Data) == 0 || len(resp.Data[0].Embedding) == 0 {
			return false, fmt.Errorf("%w: no embedding", ErrEmptyResponse)
		}
		vec = resp.Data[0].Embedding
		return false, nil
	})
	if err != nil {
		return nil, fmt.Errorf("llm: embeddings: %w", err)
	}
	return vec, nil
}

// EmbedFunc is Embed as the function the vector store takes.
func (c *Client) EmbedFunc() func(ctx context.Context, text string) ([]float32, error) {
	return c.Embed
}

// call runs one logical call: attempts with per-attempt timeouts, retries
// with jittered exponential backoff on 429 (honouring Retry-After), 5xx and
// transient network errors, all behind the circuit breaker. attempt reports
// whether output already escaped (then it is not retried).
func (c *Client) call(ctx context.Context, br *Breaker, attempt func(ctx context.Context) (bool, error)) error {
	if err := br.Allow(); err != nil {
		return err
	}
	var err error
	for try := 0; ; try++ {
		info := &respInfo{}
		actx, cancel := context.WithTimeout(context.WithValue(ctx, respInfoKey{}, info), c.cfg.Timeout)
		var escaped bool
		escaped, err = attempt(actx)
		cancel()
		if err == nil {
			br.Success()
			return nil
		}
		if ctx.Err() != nil {
			// The caller gave up: not the server's fault.
			br.Cancelled()
			return errors.Join(err, ctx.Err())
		}
		wait, retry := c.retryable(err, info, try)
		if !retry || escaped || try >= c.cfg.MaxRetries {
			break
		}
		if serr := c.sleep(ctx, wait); serr != nil {
			br.Cancelled()
			return errors.Join(err, serr)
		}
	}
	br.Failure()
	return err
}

// retryable decides whether a failed attempt is worth another and how long
// to wait first.
func (c *Client) retryable(err error, info *respInfo, try int) (time.Duration, bool) {
	status := info.status
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	switch {
	case errors.As(err, &apiErr) && apiErr.HTTPStatusCode != 0:
		status = apiErr.HTTPStatusCode
	case errors.As(err, &reqErr) && reqErr.HTTPStatusCode != 0:
		status = reqErr.HTTPStatusCode
	}
	backoff := jitter(baseBackoff << try)
	switch {
	case status == http.StatusTooManyRequests:
		if info.retryAfter > 0 {
			if info.retryAfter > maxRetryWait {
				return 0, false
			}
			return info.retryAfter, true
		}
		return backoff, true
	case status >= 500:
		return backoff, true
	case status >= 400:
		return 0, false // the request is wrong; asking again will not help
	case errors.Is(err, context.DeadlineExceeded):
		return 0, false // a timed-out attempt: the user is already waiting
	case isTransient(err):
		return backoff, true
	}
	return 0, false
}

func isTransient(err error) bool {
	var ne net.Error
	if errors.As(err, &ne) && !ne.Timeout() {
		return true
	}
	var oe *net.OpError
	return errors.As(err, &oe) || errors.Is(err, io.ErrUnexpectedEOF)
}

// jitter spreads d over [d/2, d).
func jitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2)
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// respInfo carries what go-openai does not report: the status and the
// Retry-After header of an attempt's response.
type respInfo struct {
	status     int
	retryAfter time.Duration
}

type respInfoKey struct{}

// doer wraps the HTTP client: it makes temperature 0 explicit in chat
// completion bodies, records response status and Retry-After, and caps
// response bodies while they are read.
type doer struct {
	next *http.Client
	caps caps
}

// caps bound response bodies: a reply's JSON, a reply's event stream
// (each chunk is a JSON object of some 200 bytes around a few characters),
// an embedding and an error body.
type caps struct{ json, stream, other int64 }

// bodyCaps derives the body caps from the reply caps: JSON may escape
// every rune as \uXXXX (6 bytes); a stream may send a rune per chunk.
func bodyCaps(cfg Config) caps {
	const slack = 64 << 10
	return caps{
		json:   slack + 6*int64(cfg.MaxReplyBytes),
		stream: slack + 256*int64(cfg.MaxReplyRunes),
		other:  8 << 20, // an embedding of a few thousand floats as text
	}
}

// cappedBody fails a read past its limit with ErrReplyTooLong.
type cappedBody struct {
	io.ReadCloser
	left int64
}

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, fmt.Errorf("%w: response body", ErrReplyTooLong)
	}
	// Read one byte past the limit to tell a body of exactly the limit
	// from a longer one; that byte is never handed on.
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.ReadCloser.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		return n + int(b.left), fmt.Errorf("%w: response body", ErrReplyTooLong)
	}
	return n, err
}

func (d *doer) Do(req *http.Request) (*http.Response, error) {
	if req.Method == http.MethodPost && strings.HasSuffix(req.URL.Path, "/chat/completions") && req.Body != nil {
		body, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("llm: read request body: %w", err)
		}
		body, err = withTemperatureZero(body)
		if err != nil {
			return nil, err
		}
		req.Body = io.NopCloser(bytes.NewReader(body))
		req.ContentLength = int64(len(body))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	}
	resp, err := d.next.Do(req)
	if err != nil {
		return nil, err
	}
	if info, ok := req.Context().Value(respInfoKey{}).(*respInfo); ok {
		info.status = resp.StatusCode
		info.retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
	}
	limit := d.caps.other
	if strings.HasSuffix(req.URL.Path, "/chat/completions") {
		limit = d.caps.json
		if req.Header.Get("Accept") == "text/event-stream" {
			limit = d.caps.stream
		}
	}
	resp.Body = &cappedBody{ReadCloser: resp.Body, left: limit}
	return resp, nil
}

// withTemperatureZero adds "temperature":0 to a JSON object that has no
// temperature: go-openai omits a zero temperature, and the APIs then use
// their default (usually 1).
func withTemperatureZero(body []byte) ([]byte, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, fmt.Errorf("llm: chat request body: %w", err)
	}
	if _, ok := m["temperature"]; ok {
		return body, nil
	}
	m["temperature"] = json.RawMessage("0")
	out, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("llm: chat request body: %w", err)
	}
	return out, nil
}

// parseRetryAfter reads delay-seconds or an HTTP date; 0 when absent.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
