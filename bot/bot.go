// Package bot is reportbot's Telegram front end. It answers questions
// about the loaded government work report(s) with cited paragraphs,
// rendered as Telegram HTML, over long polling (Run) or a webhook
// (WebhookHandler + RunWebhook).
//
// Decisions worth knowing (see README.md):
//   - Private chats: any text is a question. Groups and supergroups: only
//     messages that @mention the bot, reply to the bot, or use /ask (or
//     another command addressed to this bot) are answered.
//   - Edited messages are answered again, as a new message: the user fixed
//     the question and wants the new answer; the old answer stays.
//   - Channel posts and edited channel posts are ignored: a channel has no
//     one to answer.
//   - Commands are parsed from the text, accepting /cmd and /cmd@ThisBot and
//     ignoring /cmd@OtherBot (go-telegram/bot's matcher misses the @ form).
package bot

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/reportbot/reportbot/feedback"
	"github.com/reportbot/reportbot/rag"
)

// FeedbackStore records questions and votes; *feedback.Store satisfies it.
type FeedbackStore interface {
	RecordQuestion(ctx context.Context, q feedback.Question) (int64, error)
	RecordVote(ctx context.Context, questionID, chatID int64, vote int) error
}

// Options configure a Bot. Token and Answerer are required.
type Options struct {
	Token    string
	APIURL   string // Bot API base URL; "" = https://api.telegram.org
	Answerer rag.Answerer
	Feedback FeedbackStore // nil: no 👍/👎 buttons, nothing recorded
	Logger   *slog.Logger

	RatePerMinute  int // questions per user per minute; 0 = 5
	RatePerDay     int // questions per user per day; 0 = 100
	MaxConcurrency int // updates processed at once; 0 = 8
	QueueSize      int // updates waiting for a worker; 0 = 256

	Registerer prometheus.Registerer // optional; counters for sends and 429s
	Clock      Clock                 // nil = real time

	AnswerMode    string        // shown by /about; "" = "extractive"
	Version       string        // program version shown by /about
	WebhookSecret string        // expected X-Telegram-Bot-Api-Secret-Token
	PollTimeout   time.Duration // long-poll timeout; 0 = 50s
	// ShutdownTimeout bounds how long Run and Shutdown wait for in-flight answers; 0 = 30s.
	ShutdownTimeout time.Duration
	// MaxRetries bounds attempts of one API call on 429 (and network errors); 0 = 4.
	MaxRetries int
}

// Bot is a running Telegram bot.
type Bot struct {
	opts   Options
	api    *tgbot.Bot
	log    *slog.Logger
	clock  Clock
	ans    rag.Answerer
	fb     FeedbackStore
	limit  *rateLimiter
	inline *rateLimiter // inline queries arrive per keystroke: a looser, silent limit
	sched  *scheduler
	seen   *seenSet
	metric metrics

	username atomic.Value // string
	botID    atomic.Int64
	secret   atomic.Value // string

	queue     chan *models.Update
	queueMu   sync.RWMutex // held to send on queue; Shutdown locks it to close queue
	startOnce sync.Once
	stopOnce  sync.Once
	accepting atomic.Bool
	workers   sync.WaitGroup
	procCtx   context.Context
	procStop  context.CancelFunc
	ready     chan struct{} // closed when Init has learnt the username
	readyOnce sync.Once

	noDrafts atomic.Bool  // sendMessageDraft refused: preview streamed answers by editing
	draftSeq atomic.Int64 // draft ids of streamed answers
}

type metrics struct {
	requests *prometheus.CounterVec // method, outcome
	retries  prometheus.Counter
	updates  *prometheus.CounterVec // kind
}

// New builds a Bot. It makes no network calls; Run or Init does.
func New(opts Options) (*Bot, error) {
	if strings.TrimSpace(opts.Token) == "" {
		return nil, errors.New("bot: empty token (set TELEGRAM_BOT_TOKEN)")
	}
	if opts.Answerer == nil {
		return nil, errors.New("bot: no Answerer")
	}
	if len(opts.Answerer.Reports()) == 0 {
		return nil, errors.New("bot: the Answerer has no reports")
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.Clock == nil {
		opts.Clock = realClock{}
	}
	setDefault := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	setDefault(&opts.RatePerMinute, 5)
	setDefault(&opts.RatePerDay, 100)
	setDefault(&opts.MaxConcurrency, 8)
	setDefault(&opts.QueueSize, 256)
	setDefault(&opts.MaxRetries, 4)
	if opts.AnswerMode == "" {
		opts.AnswerMode = rag.ModeExtractive
	}
	if opts.PollTimeout <= 0 {
		opts.PollTimeout = 50 * time.Second
	}
	if opts.PollTimeout < 2*time.Second {
		opts.PollTimeout = 2 * time.Second
	}
	if opts.ShutdownTimeout <= 0 {
		opts.ShutdownTimeout = 30 * time.Second
	}
	b := &Bot{
		opts:   opts,
		log:    opts.Logger.With("component", "bot"),
		clock:  opts.Clock,
		ans:    opts.Answerer,
		fb:     opts.Feedback,
		limit:  newRateLimiter(opts.Clock, opts.RatePerMinute, opts.RatePerDay),
		inline: newRateLimiter(opts.Clock, 30, 0),
		sched:  newScheduler(opts.Clock),
		seen:   newSeenSet(10000),
		queue:  make(chan *models.Update, opts.QueueSize),
		ready:  make(chan struct{}),
	}
	b.username.Store("")
	b.draftSeq.Store(opts.Clock.Now().UnixNano())
	b.secret.Store(opts.WebhookSecret)
	b.accepting.Store(true)
	b.procCtx, b.procStop = context.WithCancel(context.Background())
	if err := b.initMetrics(opts.Registerer); err != nil {
		return nil, err
	}
	tgOpts := []tgbot.Option{
		tgbot.WithSkipGetMe(),
		tgbot.WithHTTPClient(opts.PollTimeout, &http.Client{Timeout: opts.PollTimeout + 15*time.Second}),
		tgbot.WithDefaultHandler(b.pollHandler),
		tgbot.WithNotAsyncHandlers(),
		tgbot.WithWorkers(1),
		tgbot.WithUpdatesChannelCap(1),
		tgbot.WithAllowedUpdates(tgbot.AllowedUpdates{"message", "edited_message", "callback_query", "inline_query"}),
		tgbot.WithErrorsHandler(func(err error) { b.log.Warn("telegram client", "err", b.redact(err)) }),
	}
	if opts.APIURL != "" {
		tgOpts = append(tgOpts, tgbot.WithServerURL(strings.TrimRight(opts.APIURL, "/")))
	}
	api, err := tgbot.New(opts.Token, tgOpts...)
	if err != nil {
		return nil, fmt.Errorf("bot: %w", b.redact(err))
	}
	b.api = api
	return b, nil
}

func (b *Bot) initMetrics(reg prometheus.Registerer) error {
	b.metric = metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_telegram_requests_total", Help: "Bot API calls by method and outcome (ok, error, 429).",
		}, []string{"method", "outcome"}),
		retries: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "reportbot_telegram_429_total", Help: "Bot API calls answered 429 Too Many Requests.",
		}),
		updates: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_telegram_updates_total", Help: "Updates received by kind (message, callback, inline, duplicate, ignored...).",
		}, []string{"kind"}),
	}
	if reg == nil {
		return nil
	}
	for _, c := range []prometheus.Collector{b.metric.requests, b.metric.retries, b.metric.updates} {
		if err := reg.Register(c); err != nil {
			return fmt.Errorf("bot: register metrics: %w", err)
		}
	}
	return nil
}

// redactedError hides the token (which the Bot API puts in the URL path).
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

func (b *Bot) redact(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if strings.Contains(msg, b.opts.Token) {
		msg = strings.ReplaceAll(msg, b.opts.Token, "<token>")
	}
	return &redactedError{msg: msg, err: err}
}

// Username is the bot's @username (known after Init).
func (b *Bot) Username() string { return b.username.Load().(string) }

// Init learns the bot's username (getMe) and sets its command menu in
// Chinese (default) and English. Run and RunWebhook call it; updates are
// queued but not answered before it succeeds.
func (b *Bot) Init(ctx context.Context) error {
	var me *models.User
	err := b.call(ctx, "getMe", 0, false, func(ctx context.Context) (err error) {
		me, err = b.api.GetMe(ctx)
		return err
	})
	if err != nil {
		return fmt.Errorf("bot: getMe: %w", err)
	}
	b.username.Store(me.Username)
	b.botID.Store(me.ID)
	b.readyOnce.Do(func() { close(b.ready) })
	for _, lang := range []string{"", "en"} {
		params := &tgbot.SetMyCommandsParams{Commands: botCommands(lang), LanguageCode: lang}
		if err := b.call(ctx, "setMyCommands", 0, false, func(ctx context.Context) error {
			_, err := b.api.SetMyCommands(ctx, params)
			return err
		}); err != nil {
			return fmt.Errorf("bot: setMyCommands: %w", err)
		}
	}
	b.log.Info("telegram bot ready", "username", me.Username)
	return nil
}

// Run answers updates by long polling (getUpdates) until ctx is cancelled,
// then waits (up to ShutdownTimeout) for answers in flight and returns.
// It removes any webhook first, as Telegram requires for polling.
func (b *Bot) Run(ctx context.Context) error {
	if err := b.startup(ctx, b.Init); err != nil {
		return b.failStart(err)
	}
	if err := b.startup(ctx, func(ctx context.Context) error {
		err := b.call(ctx, "deleteWebhook", 0, false, func(ctx context.Context) error {
			_, err := b.api.DeleteWebhook(ctx, &tgbot.DeleteWebhookParams{})
			return err
		})
		if err != nil {
			return fmt.Errorf("bot: deleteWebhook: %w", err)
		}
		return nil
	}); err != nil {
		return b.failStart(err)
	}
	b.start()
	b.api.Start(ctx) // returns when ctx is done
	return b.Shutdown(context.Background())
}

// SetWebhook tells Telegram to POST updates to url with the given secret
// header, and makes WebhookHandler require that secret.
func (b *Bot) SetWebhook(ctx context.Context, url, secret string) error {
	b.secret.Store(secret)
	params := &tgbot.SetWebhookParams{
		URL: url, SecretToken: secret, MaxConnections: b.opts.MaxConcurrency,
		AllowedUpdates: []string{"message", "edited_message", "callback_query", "inline_query"},
	}
	if err := b.call(ctx, "setWebhook", 0, false, func(ctx context.Context) error {
		_, err := b.api.SetWebhook(ctx, params)
		return err
	}); err != nil {
		return fmt.Errorf("bot: setWebhook: %w", err)
	}
	return nil
}

// RunWebhook is Run for webhook mode: Init, SetWebhook(url, secret), then
// wait for ctx and Shutdown. Mount WebhookHandler on the HTTP server
// yourself. The webhook stays registered on exit (restarts lose nothing).
func (b *Bot) RunWebhook(ctx context.Context, url, secret string) error {
	if err := b.startup(ctx, b.Init); err != nil {
		return b.failStart(err)
	}
	if err := b.startup(ctx, func(ctx context.Context) error { return b.SetWebhook(ctx, url, secret) }); err != nil {
		return b.failStart(err)
	}
	b.start()
	<-ctx.Done()
	return b.Shutdown(context.Background())
}

// startup runs a start-up call, retrying with backoff (1 s doubling to
// 1 min) while Telegram is unreachable or failing, so a network blip at
// start does not take the whole server down. A rejected token (401/404) or
// a refused request (400) fails at once; so does a cancelled ctx.
func (b *Bot) startup(ctx context.Context, fn func(context.Context) error) error {
	delay := time.Second
	for {
		err := fn(ctx)
		if err == nil || ctx.Err() != nil || errors.Is(err, tgbot.ErrorUnauthorized) ||
			errors.Is(err, tgbot.ErrorNotFound) || errors.Is(err, tgbot.ErrorBadRequest) {
			if ctx.Err() != nil {
				return errStopped
			}
			return err
		}
		b.log.Warn("telegram start-up call failed; retrying", "err", err, "retry_in", delay)
		if err := sleep(ctx, b.clock, delay); err != nil {
			return err
		}
		if delay *= 2; delay > time.Minute {
			delay = time.Minute
		}
	}
}

// errStopped: ctx was cancelled during start-up; Run returns nil for it.
var errStopped = errors.New("bot: stopped during start-up")

// failStart releases what start-up began (workers a webhook may have
// started) and returns err, or nil when start-up was merely stopped.
func (b *Bot) failStart(err error) error {
	b.Shutdown(context.Background())
	if errors.Is(err, errStopped) {
		return nil
	}
	return err
}

// maxUpdateBytes bounds a webhook body; real updates are a few KB.
const maxUpdateBytes = 1 << 20

// WebhookHandler accepts update JSON POSTed by Telegram. It checks the
// X-Telegram-Bot-Api-Secret-Token header (constant-time) when a secret is
// set, acknowledges at once and answers in the background. When the queue
// is full it answers 503 so Telegram retries later.
func (b *Bot) WebhookHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if secret := b.secret.Load().(string); secret != "" {
			got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
			if subtle.ConstantTimeCompare([]byte(got), []byte(secret)) != 1 {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
		}
		var upd models.Update
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxUpdateBytes))
		if err := dec.Decode(&upd); err != nil {
			http.Error(w, "bad update JSON", http.StatusBadRequest)
			return
		}
		b.queueMu.RLock()
		defer b.queueMu.RUnlock()
		if !b.accepting.Load() {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		b.start()
		if !b.seen.add(upd.ID) {
			b.metric.updates.WithLabelValues("duplicate").Inc()
			w.WriteHeader(http.StatusOK)
			return
		}
		select {
		case b.queue <- &upd:
			w.WriteHeader(http.StatusOK)
		default:
			b.forget(upd.ID) // let Telegram's retry through
			b.metric.updates.WithLabelValues("overflow").Inc()
			http.Error(w, "busy", http.StatusServiceUnavailable)
		}
	})
}

func (b *Bot) forget(id int64) {
	b.seen.mu.Lock()
	delete(b.seen.ids, id)
	b.seen.mu.Unlock()
}

// pollHandler receives updates from the polling loop; it blocks while the
// queue is full, which slows polling down (backpressure).
func (b *Bot) pollHandler(ctx context.Context, _ *tgbot.Bot, upd *models.Update) {
	b.queueMu.RLock()
	defer b.queueMu.RUnlock()
	if !b.accepting.Load() {
		return
	}
	if !b.seen.add(upd.ID) {
		b.metric.updates.WithLabelValues("duplicate").Inc()
		return
	}
	select {
	case b.queue <- upd:
	case <-ctx.Done():
	}
}

// start launches the workers once.
func (b *Bot) start() {
	b.startOnce.Do(func() {
		for i := 0; i < b.opts.MaxConcurrency; i++ {
			b.workers.Add(1)
			go func() {
				defer b.workers.Done()
				for upd := range b.queue {
					b.process(upd)
				}
			}()
		}
	})
}

func (b *Bot) process(upd *models.Update) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("panic handling update", "update_id", upd.ID, "panic", fmt.Sprint(r))
		}
	}()
	// Updates wait until Init has learnt the bot's @username, without which
	// group mentions and /cmd@Bot cannot be recognised.
	select {
	case <-b.ready:
	case <-b.procCtx.Done():
		return
	}
	b.handleUpdate(b.procCtx, upd)
}

// Shutdown stops accepting updates and waits for queued and in-flight
// ones, up to ShutdownTimeout or ctx, then cancels what is left.
func (b *Bot) Shutdown(ctx context.Context) error {
	var err error
	b.stopOnce.Do(func() {
		b.queueMu.Lock()
		b.accepting.Store(false)
		b.start() // so a never-started queue drains too
		close(b.queue)
		b.queueMu.Unlock()
		done := make(chan struct{})
		go func() { b.workers.Wait(); close(done) }()
		ctx, cancel := context.WithTimeout(ctx, b.opts.ShutdownTimeout)
		defer cancel()
		select {
		case <-done:
		case <-ctx.Done():
			err = fmt.Errorf("bot: shutdown: answers still in flight: %w", ctx.Err())
			b.procStop()
			<-done
		}
		b.procStop()
	})
	return err
}
