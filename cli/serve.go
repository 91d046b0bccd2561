package cli

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/reportbot/reportbot/bot"
	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/server"
	"github.com/reportbot/reportbot/storage"
	"github.com/reportbot/reportbot/web"
)

func serveCommand() command {
	return command{
		name:    "serve",
		summary: "the HTTP API, and the Telegram bot when TELEGRAM_BOT_TOKEN is set",
		about: "Prints \"reportbot: serving on http://ADDR\" once listening (with --addr 127.0.0.1:0\n" +
			"the line names the port chosen); logs go to stderr in log.format at log.level.\n" +
			"Stops gracefully on SIGINT or SIGTERM.",
		setup: func(fs *flag.FlagSet, env Env) action {
			var ef engineFlags
			ef.register(fs)
			cfgPath := fs.String("config", "", "read the configuration from `FILE` (see config.example.yaml; default: built-in defaults)")
			addr := fs.String("addr", "", "listen on `HOST:PORT`, overriding server.addr and REPORTBOT_ADDR")
			return func(ctx context.Context, env Env, args []string) error {
				if len(args) > 0 {
					return usagef("serve: unexpected argument %q", args[0])
				}
				cfg, err := loadConfig(*cfgPath, env, ef)
				if err != nil {
					return err
				}
				if *addr != "" {
					cfg.Server.Addr = *addr
					if err := cfg.Validate(); err != nil {
						return usagef("serve: --addr: %v", err)
					}
				}
				return serve(ctx, env, cfg)
			}
		},
	}
}

// serve runs the HTTP API (and the Telegram bot) until ctx is cancelled,
// then shuts down gracefully.
func serve(ctx context.Context, env Env, cfg *config.Config) error {
	logs := newLogBatcher(env.Stderr, logFlushAfter, logMaxBatch)
	defer logs.Close() // last: after the shutdown's lines
	log := newBatchedLogger(cfg.Log, logs)
	log.Info("starting", "config", cfg) // Config.LogValue redacts secrets

	reg := prometheus.NewRegistry()
	parts, err := buildServeParts(ctx, cfg, log, reg)
	if err != nil {
		return err
	}
	defer parts.close()
	tuneGC(env, cfg, log)

	srv, err := newAPIServer(cfg, log, reg, parts)
	if err != nil {
		return err
	}
	runKey, err := addWeb(ctx, cfg, log, parts, srv)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Server.Addr)
	if err != nil {
		return fmt.Errorf("serve: listen: %w", err)
	}
	log.Info("listening", "addr", ln.Addr().String())
	if runKey != "" {
		// Standard output, never the log: the key is a secret, shown once
		// to whoever started the server on this machine. Before the
		// "serving on" line, which scripts and tests wait for: once it is
		// out, everything the start prints is.
		fmt.Fprintf(env.Stdout, "reportbot: staff console at http://%s/console, key for this run: %s (set REPORTBOT_API_KEYS to choose keys)\n", ln.Addr(), runKey)
	}
	fmt.Fprintf(env.Stdout, "reportbot: serving on http://%s\n", ln.Addr())
	logs.start() // the start's lines are written; the requests' are batched

	return serveUntilDone(ctx, log, srv, ln, parts.background)
}

// tuneGC sets the collector's pace for serving. Indexing runs at Go's
// default pace; serving at server.gc_percent, within what the index keeps
// plus a margin.
func tuneGC(env Env, cfg *config.Config, log *slog.Logger) {
	settleMemory(log, env.getenv)
	if p := gcPercent(cfg, env.getenv); p != 0 {
		debug.SetGCPercent(p)
		log.Info("garbage collector", "gc_percent", p)
	} else if v := env.getenv("GOGC"); v != "" {
		log.Info("garbage collector", "GOGC", v) // the variable wins over server.gc_percent
	}
}

// newAPIServer makes the HTTP API from the configuration and the parts.
func newAPIServer(cfg *config.Config, log *slog.Logger, reg *prometheus.Registry, parts *serveParts) (*server.Server, error) {
	return server.New(server.Options{
		Answerer:        parts.answerer,
		Figures:         parts.figures, // GET /v1/figures
		Config:          cfg.Server,
		LogQuestions:    cfg.Log.Questions,
		APIKeys:         cfg.Secrets.APIKeyStrings(),
		Logger:          log,
		Registry:        reg,
		Telegram:        parts.telegram,
		TelegramPath:    cfg.Telegram.WebhookPath,
		TelegramSecret:  cfg.Secrets.TelegramWebhookSecret.Reveal(),
		Ready:           parts.ready,
		Drain:           parts.drain,
		Degraded:        parts.degraded,
		PublicPerMinute: cfg.Web.RateLimitPerMinute,
	})
}

// serveUntilDone serves on ln and runs the background tasks (the bot's long
// polling) until ctx is cancelled or one of them fails.
func serveUntilDone(ctx context.Context, log *slog.Logger, srv *server.Server, ln net.Listener, background []func(context.Context) error) error {
	// Background tasks stop with ctx.
	var wg sync.WaitGroup
	bgErr := make(chan error, len(background))
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	for _, task := range background {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := task(runCtx); err != nil && !errors.Is(err, context.Canceled) {
				log.Error("background task failed", "error", err)
				bgErr <- err
				stop() // one failed part stops the whole server
			}
		}()
	}
	err := srv.Serve(runCtx, ln)
	stop()
	wg.Wait()
	close(bgErr)
	if err != nil {
		return err
	}
	if e, ok := <-bgErr; ok && ctx.Err() == nil {
		return e
	}
	return nil
}

// addWeb registers the browser pages (web.enabled): the chat, the
// reader, the console. Staff log in to the console with an API key; with
// none configured and the server on a loopback address, a random key is
// made for this run and returned, for serve to print.
func addWeb(ctx context.Context, cfg *config.Config, log *slog.Logger, parts *serveParts, srv *server.Server) (runKey string, err error) {
	if !cfg.Web.Enabled {
		return "", nil
	}
	loc, err := time.LoadLocation(cfg.Telegram.TimeZone)
	if err != nil {
		return "", fmt.Errorf("serve: telegram.time_zone: %w", err)
	}
	staff := cfg.Secrets.APIKeyStrings()
	if len(staff) == 0 && loopback(cfg.Server.Addr) {
		b := make([]byte, 18)
		if _, err := rand.Read(b); err != nil {
			return "", fmt.Errorf("serve: console key: %w", err)
		}
		runKey = base64.RawURLEncoding.EncodeToString(b)
		staff = []string{runKey}
	} else if len(staff) == 0 {
		log.Warn("no REPORTBOT_API_KEYS: the staff console cannot be logged in to")
	}
	origins := make([]string, len(cfg.Web.AllowedOrigins))
	for i, o := range cfg.Web.AllowedOrigins {
		origins[i] = config.Origin(o)
	}
	opts := web.Options{
		Answerer: parts.answerer, Figures: parts.figures, AllowedOrigins: origins, StaffKeys: staff,
		SessionTTL: cfg.Web.SessionTTL, Location: loc, Logger: log, LogQuestions: cfg.Log.Questions,
		AnswerTimeout: cfg.Server.WriteTimeout * 9 / 10,
	}
	if parts.db != nil { // a nil *storage.Store in the interface would not be nil
		opts.Store = parts.db
	}
	w, err := web.New(ctx, opts)
	if err != nil {
		return "", err
	}
	if err := w.Register(srv); err != nil {
		return "", err
	}
	return runKey, nil
}

// loopback reports whether addr (HOST:PORT) listens on a loopback
// address only.
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// serveParts is what serve runs besides the HTTP server itself.
type serveParts struct {
	// answerer answers the API's questions: *rag.Engine, or an Answerer that
	// also streams (server.StreamAnswerer, e.g. *llm.Answerer).
	answerer rag.Answerer
	// figures is the index the answers' figures come from, for /v1/figures.
	figures *figures.Index
	// db keeps the bot's state, the web's questions and votes, and
	// conversations; nil without one.
	db *storage.Store
	// telegram is the bot's webhook handler, mounted at
	// telegram.webhook_path behind the secret-token check; nil = no route.
	telegram http.Handler
	// ready reports readiness for /readyz; nil = ready once the index is.
	ready func(context.Context) error
	// drain cancels model calls at the shutdown's drain deadline; nil
	// without a model.
	drain func()
	// degraded says what the server runs without (readyz detail).
	degraded func() string
	// background tasks run until their context is cancelled (long polling).
	background []func(ctx context.Context) error
	// closers run when serve returns (the bot's database, store).
	closers []func() error
}

func (p *serveParts) close() {
	for i := len(p.closers) - 1; i >= 0; i-- {
		p.closers[i]()
	}
}

// buildServeParts wires the engine, the vector store, the language model
// (buildStack) and, when TELEGRAM_BOT_TOKEN is set, the Telegram bot: long
// polling by default, the webhook behind the server's secret check when
// telegram.webhook_url is set.
func buildServeParts(ctx context.Context, cfg *config.Config, log *slog.Logger, reg prometheus.Registerer) (*serveParts, error) {
	parts := &serveParts{}
	db, err := openServeDB(ctx, cfg, log)
	if err != nil {
		return nil, err
	}
	var conversations rag.ConversationStore
	if db != nil {
		parts.db = db
		parts.closers = append(parts.closers, db.Close)
		// Behind a load balancer, a replica that cannot reach the database
		// cannot take updates: it is not ready.
		parts.ready = db.Ping
		conversations = db.Conversations()
	}
	st, err := buildStack(ctx, cfg, log, nil, conversations)
	if err != nil {
		parts.close()
		return nil, err
	}
	n := 0
	for _, r := range st.core.Reports() {
		n += len(r.Paragraphs)
	}
	log.Info("index loaded", "reports", len(st.core.Reports()), "paragraphs", n, "mode", st.mode, "answer_slots", st.slots)
	parts.answerer, parts.figures, parts.drain, parts.degraded = st.answerer, st.core.Figures, st.drain, st.core.Degraded
	if st.drain != nil {
		// config.Validate made sure the drain leaves time to answer.
		log.Info("shutdown: requests waiting on the model at shutdown get the extractive answer",
			"drain_after", cfg.Server.DrainAfter(), "shutdown_timeout", cfg.Server.ShutdownTimeout,
			"llm_timeout", cfg.LLM.Timeout, "model_calls_cut", cfg.LLM.Timeout > cfg.Server.DrainAfter())
	}
	if err := reg.Register(prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "reportbot_vector_leg_failures_total",
		Help: "Searches answered by BM25 alone because the vector leg (embeddings) failed.",
	}, func() float64 { return float64(st.core.VectorFailures()) })); err != nil {
		parts.close()
		return nil, fmt.Errorf("serve: metrics: %w", err)
	}
	if cfg.Secrets.TelegramBotToken == "" {
		return parts, nil
	}
	loc, err := time.LoadLocation(cfg.Telegram.TimeZone)
	if err != nil {
		parts.close()
		return nil, fmt.Errorf("serve: telegram.time_zone: %w", err)
	}
	b, err := bot.New(bot.Options{
		Token:          cfg.Secrets.TelegramBotToken.Reveal(),
		APIURL:         cfg.Telegram.APIURL,
		Answerer:       st.answerer,
		Store:          db,
		Conversations:  conversations,
		Logger:         log,
		RateLimit:      cfg.Telegram.RateLimit,
		RateWindow:     cfg.Telegram.RateWindow,
		RatePerDay:     cfg.Telegram.RatePerDay,
		TimeZone:       loc,
		MaxConcurrency: cfg.Telegram.MaxConcurrency,
		Registerer:     reg,
		AnswerMode:     st.mode,
		Version:        buildVersion(),
		WebhookSecret:  cfg.Secrets.TelegramWebhookSecret.Reveal(),
		Replica:        cfg.Storage.Replica,
		Lease:          cfg.Storage.Lease,
	})
	if err != nil {
		parts.close()
		return nil, fmt.Errorf("serve: telegram: %w", err)
	}
	if cfg.Telegram.WebhookURL == "" {
		parts.background = append(parts.background, b.Run)
		return parts, nil
	}
	parts.telegram = b.WebhookHandler()
	parts.background = append(parts.background, func(ctx context.Context) error {
		return b.RunWebhook(ctx, cfg.Telegram.WebhookURL, cfg.Secrets.TelegramWebhookSecret.Reveal())
	})
	return parts, nil
}

// openServeDB opens the database serve keeps its state in — the bot's
// inbox, everyone's questions, votes and conversations — when the bot or
// the web pages run or storage.dsn names one; else nil (conversations
// stay in memory).
func openServeDB(ctx context.Context, cfg *config.Config, log *slog.Logger) (*storage.Store, error) {
	if cfg.Secrets.TelegramBotToken == "" && cfg.Storage.DSN.Reveal() == "" && !cfg.Web.Enabled {
		return nil, nil
	}
	dsn := storageDSN(cfg)
	db, err := storage.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("serve: database: %w", err)
	}
	log.Info("database", "backend", db.Backend(), "dsn", storage.Redact(dsn))
	return db, nil
}

// storageDSN is the bot's database: storage.dsn, else the SQLite file
// telegram.feedback_db.
func storageDSN(cfg *config.Config) string {
	if dsn := cfg.Storage.DSN.Reveal(); dsn != "" {
		return dsn
	}
	return cfg.Telegram.FeedbackDB
}

// gcPercent is the GOGC serve should set: server.gc_percent, unless it is
// 0 or a GOGC variable already says (0: leave the runtime alone).
func gcPercent(cfg *config.Config, getenv func(string) string) int {
	if getenv("GOGC") != "" {
		return 0
	}
	return cfg.Server.GCPercent
}
