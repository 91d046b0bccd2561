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
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/storage"
)

// Store is the bot's durable state — the inbox of updates, the outbox of
// replies, the question log and votes — shared with its other replicas;
// *storage.Store satisfies it.
type Store interface {
	EnqueueUpdate(ctx context.Context, updateID int64, body []byte, maxPending int) (storage.EnqueueResult, error)
	ClaimUpdate(ctx context.Context, owner string, lease time.Duration) (*storage.Update, error)
	FinishUpdate(ctx context.Context, u *storage.Update, owner string, payload []byte, lease time.Duration) (*storage.Reply, error)
	FailUpdate(ctx context.Context, u *storage.Update, owner, why string) error
	RenewClaims(ctx context.Context, owner string, lease time.Duration, updates, replies []int64) error
	ReleaseClaims(ctx context.Context, owner string) error
	ClaimReply(ctx context.Context, owner string, lease time.Duration) (*storage.Reply, error)
	ReplyProgress(ctx context.Context, r *storage.Reply, owner string) error
	ReplyDone(ctx context.Context, r *storage.Reply, owner string) error
	ReplyRetry(ctx context.Context, r *storage.Reply, owner string, after time.Duration, why string) error
	Backlog(ctx context.Context) (storage.Backlog, error)
	Prune(ctx context.Context, keep time.Duration) (storage.Pruned, error)
	RecordQuestion(ctx context.Context, q storage.Question) (int64, error)
	RecordVote(ctx context.Context, questionID, voter int64, vote int) error
	VoteCounts(ctx context.Context, questionID int64) (up, down int, err error)
}

// Options configure a Bot. Token, Answerer and Store are required.
type Options struct {
	Token    string
	APIURL   string // Bot API base URL; "" = https://api.telegram.org
	Answerer rag.Answerer
	Store    Store // inbox, outbox, questions and votes
	Logger   *slog.Logger
	// Conversations is where the answerer keeps conversation state
	// (rag.Converse's store; storage.Conversations when the bot runs).
	// The bot copies it per answered message, so that a reply to an
	// answer continues that answer's conversation, and keeps long list
	// answers there for their 更多 button. nil: neither.
	Conversations rag.ConversationStore

	// RateLimit questions per RateWindow (sliding) and RatePerDay per day
	// (in TimeZone) per user, per replica; past them a question is
	// answered later. 0 = 20 per 10 minutes, 200 a day.
	RateLimit      int
	RateWindow     time.Duration
	RatePerDay     int
	TimeZone       *time.Location // of the times the bot names; nil = Asia/Shanghai
	MaxConcurrency int            // updates processed at once; 0 = 8
	// QueueSize bounds the updates waiting in the inbox (of all replicas):
	// beyond it the webhook answers 503 and polling pauses; 0 = 10000.
	QueueSize int

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

	// Replica names this process among the replicas sharing the Store. It
	// must be unique among running replicas and stable across restarts:
	// at start a replica takes back what its previous run held. "" = the
	// host name.
	Replica string
	// Lease is how long a claim on an update or reply outlives a replica
	// that stopped renewing it (died): then another replica takes the work
	// over. 0 = 30s.
	Lease time.Duration
	// IdlePoll is how often idle workers look for work that did not wake
	// them (from other replicas, expired leases, replies due for a retry).
	// 0 = 1s.
	IdlePoll time.Duration
	// RetryBase is the first wait before a failed reply is tried again; it
	// doubles with each attempt up to 10 minutes. 0 = 5s.
	RetryBase time.Duration
	// MaxAttempts bounds how often an update is processed (a crash loop)
	// and how often a reply is deferred before it is given up on. 0 = 5
	// for updates, 4×MaxAttempts for replies.
	MaxAttempts int
	// Retention is how long processed updates are remembered, to recognise
	// redeliveries (Telegram keeps updates 24 hours). 0 = 48h.
	Retention time.Duration
}

// Bot is a running Telegram bot.
type Bot struct {
	opts   Options
	api    *tgbot.Bot
	httpc  *http.Client
	log    *slog.Logger
	clock  Clock
	ans    rag.Answerer
	store  Store
	convs  rag.ConversationStore // nil: no conversation snapshots, no 更多
	loc    *time.Location        // of the times the bot names
	owner  string
	limit  *rateLimiter
	inline *rateLimiter // inline queries arrive per keystroke: a looser, silent limit
	sched  *scheduler
	metric metrics
	active activeSet // claims this replica works on, renewed while it lives

	username atomic.Value // string
	botID    atomic.Int64
	secret   atomic.Value // string

	accepting atomic.Bool   // the webhook takes updates
	wake      chan struct{} // an update was enqueued
	stop      chan struct{} // closed by Shutdown: claim no more work
	loopStop  chan struct{} // closed once workers are done: stop renewing
	lifeMu    sync.Mutex    // orders start and Shutdown
	started   bool
	stopped   bool
	stopOnce  sync.Once
	workers   sync.WaitGroup
	loops     sync.WaitGroup
	procCtx   context.Context
	procStop  context.CancelFunc

	noDrafts atomic.Bool  // sendMessageDraft refused: preview streamed answers by editing
	draftSeq atomic.Int64 // draft ids of streamed answers
}

type metrics struct {
	requests *prometheus.CounterVec // method, outcome
	retries  prometheus.Counter
	updates  *prometheus.CounterVec // kind
	replies  *prometheus.CounterVec // outcome: sent, deferred, dropped
}

// New builds a Bot. It makes no network calls; Run or Init does.
func New(opts Options) (*Bot, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	opts.setDefaults()
	b := &Bot{
		opts:     opts,
		httpc:    &http.Client{Timeout: opts.PollTimeout + 15*time.Second},
		log:      opts.Logger.With("component", "bot"),
		clock:    opts.Clock,
		ans:      opts.Answerer,
		store:    opts.Store,
		convs:    opts.Conversations,
		loc:      opts.TimeZone,
		owner:    opts.Replica,
		limit:    newRateLimiter(opts.Clock, opts.RateLimit, opts.RateWindow, opts.RatePerDay, opts.TimeZone, maxQueued),
		inline:   newRateLimiter(opts.Clock, 30, time.Minute, 0, opts.TimeZone, 0),
		sched:    newScheduler(opts.Clock),
		active:   activeSet{updates: map[int64]bool{}, replies: map[int64]bool{}},
		wake:     make(chan struct{}, opts.MaxConcurrency),
		stop:     make(chan struct{}),
		loopStop: make(chan struct{}),
	}
	b.username.Store("")
	b.draftSeq.Store(opts.Clock.Now().UnixNano())
	b.secret.Store(opts.WebhookSecret)
	b.accepting.Store(true)
	b.procCtx, b.procStop = context.WithCancel(context.Background())
	if err := b.initMetrics(opts.Registerer); err != nil {
		return nil, err
	}
	if err := b.newAPI(); err != nil {
		return nil, err
	}
	return b, nil
}

// check reports the options New cannot do without.
func (o Options) check() error {
	if strings.TrimSpace(o.Token) == "" {
		return errors.New("bot: empty token (set TELEGRAM_BOT_TOKEN)")
	}
	if o.Answerer == nil {
		return errors.New("bot: no Answerer")
	}
	if len(o.Answerer.Reports()) == 0 {
		return errors.New("bot: the Answerer has no reports")
	}
	if o.Store == nil {
		return errors.New("bot: no Store (the inbox of updates)")
	}
	return nil
}

// setDefaults fills in the options left unset.
func (o *Options) setDefaults() {
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.Clock == nil {
		o.Clock = realClock{}
	}
	setDefault := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	setDefault(&o.RateLimit, 20)
	setDefault(&o.RatePerDay, 200)
	setDefault(&o.MaxConcurrency, 8)
	setDefault(&o.QueueSize, 10000)
	setDefault(&o.MaxRetries, 4)
	setDefault(&o.MaxAttempts, 5)
	setDuration := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	setDuration(&o.RateWindow, 10*time.Minute)
	setDuration(&o.Lease, 30*time.Second)
	setDuration(&o.IdlePoll, time.Second)
	setDuration(&o.RetryBase, 5*time.Second)
	setDuration(&o.Retention, 48*time.Hour)
	if o.Replica == "" {
		host, err := os.Hostname()
		if err != nil || host == "" {
			host = "reportbot"
		}
		o.Replica = host
	}
	if o.TimeZone == nil {
		loc, err := time.LoadLocation("Asia/Shanghai")
		if err != nil {
			loc = time.FixedZone("CST", 8*60*60)
		}
		o.TimeZone = loc
	}
	if o.AnswerMode == "" {
		o.AnswerMode = rag.ModeExtractive
	}
	if o.PollTimeout <= 0 {
		o.PollTimeout = 50 * time.Second
	}
	if o.PollTimeout < 2*time.Second {
		o.PollTimeout = 2 * time.Second
	}
	if o.ShutdownTimeout <= 0 {
		o.ShutdownTimeout = 30 * time.Second
	}
}

// newAPI makes the Telegram client, its server URL defaulted and trimmed.
func (b *Bot) newAPI() error {
	// Updates are not fetched through the library (its polling loop
	// confirms a batch before the batch is stored; see poll).
	tgOpts := []tgbot.Option{
		tgbot.WithSkipGetMe(),
		tgbot.WithHTTPClient(b.opts.PollTimeout, b.httpc),
		tgbot.WithErrorsHandler(func(err error) { b.log.Warn("telegram client", "err", b.redact(err)) }),
	}
	if b.opts.APIURL == "" {
		b.opts.APIURL = "https://api.telegram.org"
	}
	b.opts.APIURL = strings.TrimRight(b.opts.APIURL, "/")
	tgOpts = append(tgOpts, tgbot.WithServerURL(b.opts.APIURL))
	api, err := tgbot.New(b.opts.Token, tgOpts...)
	if err != nil {
		return fmt.Errorf("bot: %w", b.redact(err))
	}
	b.api = api
	return nil
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
			Name: "reportbot_telegram_updates_total", Help: "Updates by kind (message, callback_query, inline_query, ignored; duplicate, overflow, store_error at receipt; failed).",
		}, []string{"kind"}),
		replies: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_telegram_replies_total", Help: "Reply messages by outcome: sent; deferred (failed after retries, kept in the outbox for later); dropped (given up on).",
		}, []string{"outcome"}),
	}
	if reg == nil {
		return nil
	}
	for _, c := range []prometheus.Collector{b.metric.requests, b.metric.retries, b.metric.updates, b.metric.replies, backlogCollector{b}} {
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
// stored but not processed before it succeeds.
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
// It removes any webhook first, as Telegram requires for polling. Only one
// replica should poll (Telegram answers a second poller 409 Conflict);
// several replicas take a webhook.
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
	b.poll(ctx) // returns when ctx is done
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
// set, stores the update in the inbox and only then answers 200; the
// update is processed from there. A duplicate is acknowledged and not
// processed again. When the inbox is full, the store fails, or the bot is
// shutting down it answers 503, so that Telegram delivers the update again
// later: nothing is acknowledged that is not stored.
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
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxUpdateBytes))
		if err != nil {
			http.Error(w, "bad update body", http.StatusBadRequest)
			return
		}
		id, err := parseUpdateID(body)
		if err != nil {
			http.Error(w, "bad update JSON", http.StatusBadRequest)
			return
		}
		if !b.accepting.Load() {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		switch b.enqueue(r.Context(), id, body) {
		case storage.Added, storage.Duplicate:
			w.WriteHeader(http.StatusOK)
		default:
			http.Error(w, "busy", http.StatusServiceUnavailable)
		}
	})
}

// Shutdown stops taking updates, lets the answers in flight finish (up to
// ShutdownTimeout or ctx; then they are cancelled) and hands what this
// replica still holds back to the inbox, for another replica or the next
// start. Updates not yet processed stay in the inbox.
func (b *Bot) Shutdown(ctx context.Context) error {
	var err error
	b.stopOnce.Do(func() {
		b.accepting.Store(false)
		b.lifeMu.Lock()
		b.stopped = true
		started := b.started
		b.lifeMu.Unlock()
		close(b.stop)
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
		close(b.loopStop)
		b.loops.Wait()
		if started {
			rctx, rcancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer rcancel()
			if rerr := b.store.ReleaseClaims(rctx, b.owner); rerr != nil {
				b.log.Warn("handing back claims at shutdown; they pass on when their lease runs out", "err", rerr)
			}
		}
	})
	return err
}
