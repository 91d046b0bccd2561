package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/server"
)

// serve runs the HTTP API (and, once wired, the Telegram bot) until ctx is
// cancelled, then shuts down gracefully:
//
//	reportbot serve [--config FILE] [--addr HOST:PORT]
//
// It prints "reportbot: serving on http://ADDR" to stdout once listening
// (with --addr 127.0.0.1:0 the line names the port chosen); logs go to
// stderr in log.format at log.level.
func serve(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet("serve", env)
	cfgPath := fs.String("config", "", "read the configuration from `FILE` (see config.example.yaml; default: built-in defaults)")
	addr := fs.String("addr", "", "listen on `HOST:PORT`, overriding server.addr and REPORTBOT_ADDR")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve: unexpected argument %q", fs.Arg(0))
	}
	cfg, err := config.Load(*cfgPath, env.Getenv)
	if err != nil {
		return err
	}
	if *addr != "" {
		cfg.Server.Addr = *addr
		if err := cfg.Validate(); err != nil {
			return usagef("serve: --addr: %v", err)
		}
	}
	log := cfg.Log.NewLogger(env.Stderr)
	log.Info("starting", "config", cfg) // Config.LogValue redacts secrets

	reg := prometheus.NewRegistry()
	parts, err := buildServeParts(ctx, cfg, log, reg)
	if err != nil {
		return err
	}
	defer parts.close()

	srv, err := server.New(server.Options{
		Answerer:       parts.answerer,
		Config:         cfg.Server,
		LogQuestions:   cfg.Log.Questions,
		APIKeys:        cfg.Secrets.APIKeyStrings(),
		Logger:         log,
		Registry:       reg,
		Telegram:       parts.telegram,
		TelegramPath:   cfg.Telegram.WebhookPath,
		TelegramSecret: cfg.Secrets.TelegramWebhookSecret.Reveal(),
		Ready:          parts.ready,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Server.Addr)
	if err != nil {
		return fmt.Errorf("serve: listen: %w", err)
	}
	log.Info("listening", "addr", ln.Addr().String())
	fmt.Fprintf(env.Stdout, "reportbot: serving on http://%s\n", ln.Addr())

	// Background tasks (the bot's long polling) stop with ctx.
	var wg sync.WaitGroup
	bgErr := make(chan error, len(parts.background))
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	for _, task := range parts.background {
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
	err = srv.Serve(runCtx, ln)
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

// serveParts is what serve runs besides the HTTP server itself.
type serveParts struct {
	// answerer answers the API's questions: *rag.Engine, or an Answerer that
	// also streams (server.StreamAnswerer, e.g. *llm.Answerer).
	answerer server.Answerer
	// telegram is the bot's webhook handler, mounted at
	// telegram.webhook_path behind the secret-token check; nil = no route.
	telegram http.Handler
	// ready reports readiness for /readyz; nil = ready once the index is.
	ready func(context.Context) error
	// background tasks run until their context is cancelled (long polling).
	background []func(ctx context.Context) error
	// closers run when serve returns (feedback DB, store).
	closers []func() error
}

func (p *serveParts) close() {
	for i := len(p.closers) - 1; i >= 0; i-- {
		p.closers[i]()
	}
}

// buildServeParts is THE single place where serve wires the engine, the
// vector store, the language model and the Telegram bot.
//
// Core engineer, plug in here:
//   - vector store: BuildEngine already opens store.Open with the local
//     embedding (cfg.Store.Dir as the cache). For a remote embedding model
//     (cfg.LLM.EmbeddingModel), pass EngineOptions.Embed / EmbedModel.
//   - LLM: wrap eng in an llm.Answerer when cfg.LLM.Model is set; it
//     implements server.StreamAnswerer, so /v1/ask streams SSE.
//   - Telegram bot (when cfg.Secrets.TelegramBotToken is set): register its
//     collectors with reg; with cfg.Telegram.WebhookURL set, put its webhook
//     http.Handler in parts.telegram (serve checks
//     X-Telegram-Bot-Api-Secret-Token against TELEGRAM_WEBHOOK_SECRET before
//     the handler sees a request) and its StartWebhook in parts.background;
//     without a webhook URL, put its long-polling Start in parts.background.
//     Close the feedback DB (cfg.Telegram.FeedbackDB) via parts.closers.
func buildServeParts(ctx context.Context, cfg *config.Config, log *slog.Logger, reg prometheus.Registerer) (*serveParts, error) {
	eng, err := BuildEngine(ctx, EngineOptions{SeedsDir: cfg.Seeds, StoreDir: cfg.Store.Dir})
	if err != nil {
		return nil, err
	}
	n := 0
	for _, r := range eng.Index().Reports() {
		n += len(r.Paragraphs)
	}
	log.Info("index loaded", "reports", len(eng.Index().Reports()), "paragraphs", n)
	parts := &serveParts{answerer: eng}

	// TODO(core): LLM answerer (cfg.LLM, cfg.Secrets.OpenAIAPIKey) here.
	if cfg.LLM.Model != "" {
		log.Warn("llm.model is set but serve does not wire the LLM yet; answers are extractive")
	}
	// TODO(core): Telegram bot here (see above).
	if cfg.Secrets.TelegramBotToken != "" {
		log.Warn("TELEGRAM_BOT_TOKEN is set but serve does not wire the bot yet")
	}
	_ = reg
	return parts, nil
}
