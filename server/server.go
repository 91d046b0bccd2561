// Package server is reportbot's HTTP API: cited answers, search, report
// paragraphs, figures, health, metrics and the Telegram webhook, behind
// API-key authentication, per-key rate limits and strict request checks.
package server

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path"
	"runtime/debug"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
)

// FigureSearcher finds a report's figures by what they measure;
// *figures.Index satisfies it. GET /v1/figures serves it.
type FigureSearcher interface {
	// All returns every figure in report and paragraph order.
	All() []figures.Figure
	// Search returns the figures whose indicator matches q.Text, best first.
	Search(q figures.Query) []figures.Figure
	// Tracked pairs targets with the next report's results (figures.Index.Tracked).
	Tracked(tracks []rag.Track, q, report string) []figures.Pair
}

// Options configures New. Zero fields of Config take config.Defaults().
type Options struct {
	Answerer rag.Answerer
	// Figures, when set, serves GET /v1/figures; nil = no such route.
	Figures FigureSearcher
	Config  config.Server
	// LogQuestions logs question text (log.questions); off, only lengths.
	LogQuestions bool
	// APIKeys are the accepted bearer tokens; none = the API is open.
	APIKeys []string
	Logger  *slog.Logger
	// Registry is where the server registers its metrics and what /metrics
	// serves; nil = a new prometheus.NewRegistry(). Other packages register
	// their collectors into it (see Server.Registerer).
	Registry *prometheus.Registry
	// Telegram, when set, receives POSTs to TelegramPath that carry
	// TelegramSecret in X-Telegram-Bot-Api-Secret-Token.
	Telegram       http.Handler
	TelegramPath   string // default config.Defaults().Telegram.WebhookPath
	TelegramSecret string
	// Ready reports readiness for /readyz; nil = ready once the Answerer
	// has an index.
	Ready func(ctx context.Context) error
	// Degraded, when set, says what the server is running without (the
	// embeddings endpoint after a degraded start), "" when nothing:
	// /readyz stays ready and reports it as its detail.
	Degraded func() string
	// Drain, when set, is called at the shutdown's drain deadline
	// (config.Server.DrainAfter after shutdown begins): requests still in
	// flight must finish now, so model calls are cancelled and answered
	// extractively (llm.Answerer.Drain), within the rest of the timeout.
	Drain func()
	// PublicPerMinute is how many requests one client address may make a
	// minute to PublicLimited routes (the web chat's); 0 = no limit.
	PublicPerMinute int
}

// maxWebhookBytes bounds a Telegram update; they are far smaller.
const maxWebhookBytes = 1 << 20

// maxHeaderBytes bounds request headers.
const maxHeaderBytes = 32 << 10

// authFailuresPerMinute is how many requests with a wrong or missing API
// key one client address may make a minute (a burst of as many); beyond
// that it gets 429 without its key being checked, so keys cannot be
// guessed at speed.
const authFailuresPerMinute = 20

// Server is the HTTP API. Create it with New, run it with Serve.
type Server struct {
	opts    Options
	cfg     config.Server
	log     *slog.Logger
	mux     *http.ServeMux
	routes  []string // registered patterns, for the OpenAPI test
	keys    [][sha256.Size]byte
	limiter *limiter
	// public limits PublicLimited routes per client address.
	public *limiter
	// authFails throttles failed authentication per client address.
	authFails *limiter
	reg       *prometheus.Registry
	m         *metrics
	handler   http.Handler

	// keyClients are the access log's names of the keys ("key:N", 1-based),
	// made once rather than for every request.
	keyClients []string
}

// New checks opts and builds the server's routes.
func New(opts Options) (*Server, error) {
	if opts.Answerer == nil {
		return nil, errors.New("server: no Answerer")
	}
	cfg := withDefaults(opts.Config)
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Registry == nil {
		opts.Registry = prometheus.NewRegistry()
	}
	if opts.Telegram != nil {
		if opts.TelegramSecret == "" {
			return nil, errors.New("server: a Telegram webhook handler needs a webhook secret")
		}
		if opts.TelegramPath == "" {
			opts.TelegramPath = config.Defaults().Telegram.WebhookPath
		}
		if !strings.HasPrefix(opts.TelegramPath, "/") || strings.ContainsAny(opts.TelegramPath, "{} \t") {
			return nil, fmt.Errorf("server: bad Telegram webhook path %q", opts.TelegramPath)
		}
	}
	s := &Server{opts: opts, cfg: cfg, log: opts.Logger, mux: http.NewServeMux(), reg: opts.Registry}
	for _, k := range opts.APIKeys {
		if k == "" {
			return nil, errors.New("server: empty API key")
		}
		s.keys = append(s.keys, sha256.Sum256([]byte(k)))
		s.keyClients = append(s.keyClients, fmt.Sprintf("key:%d", len(s.keys)))
	}
	if cfg.RateLimitPerMinute > 0 {
		s.limiter = newLimiter(cfg.RateLimitPerMinute, time.Now)
	}
	if opts.PublicPerMinute > 0 {
		s.public = newLimiter(opts.PublicPerMinute, time.Now)
	}
	s.authFails = newLimiter(authFailuresPerMinute, time.Now)
	m, err := newMetrics(s.reg)
	if err != nil {
		return nil, err
	}
	s.m = m
	s.routesSetup()
	s.handler = s.recoverer(s.mux)
	if len(s.keys) == 0 {
		s.log.Warn("no API keys configured (REPORTBOT_API_KEYS): the HTTP API is open to anyone who can reach it")
	}
	return s, nil
}

func withDefaults(c config.Server) config.Server {
	d := config.Defaults().Server
	if c.Addr == "" {
		c.Addr = d.Addr
	}
	for _, p := range []struct{ v, d *time.Duration }{
		{&c.ReadHeaderTimeout, &d.ReadHeaderTimeout}, {&c.ReadTimeout, &d.ReadTimeout},
		{&c.WriteTimeout, &d.WriteTimeout}, {&c.IdleTimeout, &d.IdleTimeout}, {&c.ShutdownTimeout, &d.ShutdownTimeout},
	} {
		if *p.v <= 0 {
			*p.v = *p.d
		}
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	return c
}

// Registerer is where other packages (the Telegram bot, the LLM client)
// register their collectors so that /metrics serves them.
func (s *Server) Registerer() prometheus.Registerer { return s.reg }

// Registry is the registry /metrics serves.
func (s *Server) Registry() *prometheus.Registry { return s.reg }

// Handler returns the server's root handler (for tests and embedding).
func (s *Server) Handler() http.Handler { return s.handler }

// Access says who may call a route.
type Access int

const (
	Public      Access = iota // no API key
	KeyRequired               // API key, no rate limit
	RateLimited               // API key and the per-key rate limit
	// PublicLimited: no API key, and a rate limit per client address
	// (Options.PublicPerMinute): what browsers call, which hold no key.
	PublicLimited
)

func (s *Server) routesSetup() {
	healthAccess := Public
	if !s.cfg.OpenHealth {
		healthAccess = KeyRequired
	}
	metricsAccess := Public
	if !s.cfg.OpenMetrics {
		metricsAccess = KeyRequired
	}
	s.handle("POST /v1/ask", RateLimited, s.ask)
	s.handle("GET /v1/search", RateLimited, s.search)
	s.handle("GET /v1/reports", RateLimited, s.reports)
	s.handle("GET /v1/reports/{id}/paragraphs/{n}", RateLimited, s.paragraph)
	if s.opts.Figures != nil {
		s.handle("GET /v1/figures", RateLimited, s.listFigures)
		s.handle("GET /v1/figures/track", RateLimited, s.trackFigures)
	}
	s.handle("GET /healthz", healthAccess, s.healthz)
	s.handle("GET /readyz", healthAccess, s.readyz)
	s.handle("GET /metrics", metricsAccess, s.metricsHandler().ServeHTTP)
	s.handle("GET /openapi.json", Public, s.openapi)
	if s.opts.Telegram != nil {
		s.handle("POST "+s.opts.TelegramPath, Public, s.webhook)
	}
	// Everything else: JSON 404, or 405 with Allow for a known path.
	s.mux.HandleFunc("/", s.fallback)
}

// Handle adds a route (a Go ServeMux pattern such as "GET /v1/compare")
// with the same access control, metrics, logging and recovery as the
// built-in ones. Call it before Serve, and describe the route in
// openapi.json. It fails if the pattern is already registered.
func (s *Server) Handle(pattern string, a Access, h http.Handler) (err error) {
	defer func() {
		if v := recover(); v != nil { // ServeMux panics on bad or conflicting patterns
			err = fmt.Errorf("server: route %s: %v", pattern, v)
		}
	}()
	if a < Public || a > PublicLimited {
		return fmt.Errorf("server: route %s: unknown access %d", pattern, a)
	}
	for _, r := range s.routes {
		if r == pattern {
			return fmt.Errorf("server: route %s registered twice", pattern)
		}
	}
	if !strings.Contains(pattern, " /") {
		return fmt.Errorf("server: route %s: want METHOD /path", pattern)
	}
	s.handle(pattern, a, h.ServeHTTP)
	return nil
}

func (s *Server) handle(pattern string, a Access, h http.HandlerFunc) {
	_, route, _ := strings.Cut(pattern, " ")
	var next http.Handler = h
	switch a {
	case RateLimited:
		next = s.authenticate(s.rateLimit(next))
	case KeyRequired:
		next = s.authenticate(next)
	case PublicLimited:
		next = s.publicLimit(next)
	}
	s.mux.Handle(pattern, s.instrument(route, next))
	s.routes = append(s.routes, pattern)
}

// fallback answers requests no route matched. A path that exists with
// other methods gets 405 and Allow; found by asking the mux with each.
func (s *Server) fallback(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete, http.MethodOptions} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, p := s.mux.Handler(probe); p != "/" && p != "" {
			allow = append(allow, m)
		}
	}
	route := "unmatched"
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.instrument(route, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			writeError(w, r, http.StatusMethodNotAllowed, "method_not_allowed", fmt.Sprintf("%s is not allowed here; allowed: %s", r.Method, strings.Join(allow, ", ")))
		})).ServeHTTP(w, r)
		return
	}
	s.instrument(route, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, r, http.StatusNotFound, "not_found", "no such route; see /openapi.json")
	})).ServeHTTP(w, r)
}

// Serve serves HTTP on ln until ctx is cancelled, then shuts down
// gracefully: it stops accepting, lets in-flight requests finish within
// the shutdown timeout and returns nil. It closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := s.httpServer()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "timeout", s.cfg.ShutdownTimeout, "drain_after", s.cfg.DrainAfter())
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	if s.opts.Drain != nil {
		drain := time.AfterFunc(s.cfg.DrainAfter(), func() {
			s.log.Info("drain deadline: cancelling model calls; in-flight requests get the extractive answer")
			s.opts.Drain()
		})
		defer drain.Stop()
	}
	err := srv.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		srv.Close()
		return fmt.Errorf("server: shutdown: %w", err)
	}
	s.log.Info("stopped")
	return nil
}

func (s *Server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// ctxKey keys request-scoped values.
type ctxKey int

const (
	keyRequestID ctxKey = iota
	keyState
)

// reqState is filled in by middleware and read by the access log.
type reqState struct {
	id     string
	client string // "key:N" (1-based) or "ip:ADDR" when the API is open
}

func state(r *http.Request) *reqState {
	if st, ok := r.Context().Value(keyState).(*reqState); ok {
		return st
	}
	return &reqState{}
}

func newRequestID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "unknown"
	}
	return hex.EncodeToString(b[:])
}

// recoverer is the outermost middleware: it assigns the request ID and
// turns a panic into a 500 without logging the request body.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st := &reqState{id: newRequestID()}
		w.Header().Set("X-Request-ID", st.id)
		r = r.WithContext(context.WithValue(r.Context(), keyState, st))
		sw := &statusWriter{ResponseWriter: w}
		if !cleanPath(r.URL.Path) {
			// ServeMux would redirect ("//", "/./", "a/../b") with an HTML
			// body; no route has such a path.
			s.instrument("unmatched", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				writeError(w, r, http.StatusNotFound, "not_found", "no such route; see /openapi.json")
			})).ServeHTTP(sw, r)
			return
		}
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic in handler", "request_id", st.id, "method", r.Method, "path", r.URL.Path,
				"panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if !sw.wrote {
				writeError(sw, r, http.StatusInternalServerError, "internal", "internal error")
			}
		}()
		next.ServeHTTP(sw, r)
	})
}

// authenticate checks the bearer token in constant time against every key.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st := state(r)
		if len(s.keys) == 0 {
			st.client = "ip:" + clientIP(r)
			next.ServeHTTP(w, r)
			return
		}
		ip := clientIP(r)
		if over, retry := s.authFails.exhausted(ip); over {
			s.refuse(w, r, retry, "too_many_auth_failures", fmt.Sprintf("over %d failed authentications per minute from this address", authFailuresPerMinute))
			return
		}
		scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
			s.authFails.allow(ip)
			w.Header().Set("WWW-Authenticate", `Bearer realm="reportbot"`)
			writeError(w, r, http.StatusUnauthorized, "unauthorized", "missing API key: send Authorization: Bearer KEY")
			return
		}
		sum := sha256.Sum256([]byte(strings.TrimSpace(token)))
		match := 0
		for i := range s.keys {
			if subtle.ConstantTimeCompare(sum[:], s.keys[i][:]) == 1 {
				match = i + 1 // no early exit: every key is compared
			}
		}
		if match == 0 {
			s.authFails.allow(ip)
			w.Header().Set("WWW-Authenticate", `Bearer realm="reportbot", error="invalid_token"`)
			writeError(w, r, http.StatusUnauthorized, "unauthorized", "wrong API key")
			return
		}
		st.client = s.keyClients[match-1]
		next.ServeHTTP(w, r)
	})
}

// cleanPath reports whether p is a path ServeMux serves as it is: absolute,
// no empty, "." or ".." segments, no trailing slash (no route has one).
func cleanPath(p string) bool {
	return p == "/" || strings.HasPrefix(p, "/") && path.Clean(p) == p
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// rateLimit applies the per-client token bucket.
func (s *Server) rateLimit(next http.Handler) http.Handler {
	if s.limiter == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ok, retry := s.limiter.allow(state(r).client)
		if !ok {
			s.refuse(w, r, retry, "rate_limited", fmt.Sprintf("over %d requests per minute", s.cfg.RateLimitPerMinute))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// publicLimit applies the per-address token bucket of PublicLimited routes.
func (s *Server) publicLimit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st := state(r)
		st.client = "ip:" + clientIP(r)
		if s.public != nil {
			if ok, retry := s.public.allow(st.client); !ok {
				s.refuse(w, r, retry, "rate_limited", fmt.Sprintf("over %d requests per minute from this address", s.opts.PublicPerMinute))
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// refuse answers 429 with Retry-After in whole seconds.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, retry time.Duration, code, why string) {
	secs := max(int((retry+time.Second-1)/time.Second), 1)
	w.Header().Set("Retry-After", fmt.Sprint(secs))
	s.m.rateLimited.Inc()
	writeError(w, r, http.StatusTooManyRequests, code, fmt.Sprintf("%s; retry in %d s", why, secs))
}

// webhook checks Telegram's secret header in constant time and passes the
// update to the Telegram handler.
func (s *Server) webhook(w http.ResponseWriter, r *http.Request) {
	got := sha256.Sum256([]byte(r.Header.Get("X-Telegram-Bot-Api-Secret-Token")))
	want := sha256.Sum256([]byte(s.opts.TelegramSecret))
	if r.Header.Get("X-Telegram-Bot-Api-Secret-Token") == "" || subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
		s.log.Warn("telegram webhook: wrong or missing secret token", "request_id", state(r).id, "remote", clientIP(r))
		writeError(w, r, http.StatusForbidden, "forbidden", "wrong or missing X-Telegram-Bot-Api-Secret-Token")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxWebhookBytes)
	s.opts.Telegram.ServeHTTP(w, r)
}
