package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"github.com/go-telegram/bot/models"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/reportbot/reportbot/storage"
)

// The inbox: every update is stored before Telegram is told it arrived
// (webhook: before the 200; polling: before the getUpdates offset that
// confirms it), processed from the store by a worker that claims it, and
// marked done — with its replies queued in the outbox, in one transaction
// — only then. A replica that dies mid-way leaves its claims to run out;
// a redelivered update is recognised by its update_id.

// allowedUpdates are the kinds of update the bot asks Telegram for.
var allowedUpdates = []string{"message", "edited_message", "callback_query", "inline_query"}

// parseUpdateID checks that body is an update object and returns its id.
func parseUpdateID(body []byte) (int64, error) {
	var u struct {
		ID *int64 `json:"update_id"`
	}
	if err := json.Unmarshal(body, &u); err != nil {
		return 0, err
	}
	if u.ID == nil || *u.ID < 0 {
		return 0, errors.New("no update_id")
	}
	// The whole update must decode too, or processing would fail later.
	if err := json.Unmarshal(body, new(models.Update)); err != nil {
		return 0, err
	}
	return *u.ID, nil
}

// enqueue stores an update in the inbox, counting what happened, and wakes
// a worker for a new one. It returns storage.Full on a store error too:
// either way the update is not stored and must not be acknowledged.
func (b *Bot) enqueue(ctx context.Context, id int64, body []byte) storage.EnqueueResult {
	res, err := b.store.EnqueueUpdate(ctx, id, body, b.opts.QueueSize)
	switch {
	case err != nil:
		b.metric.updates.WithLabelValues("store_error").Inc()
		b.log.Error("storing an update", "update_id", id, "err", err)
		return storage.Full
	case res == storage.Duplicate:
		b.metric.updates.WithLabelValues("duplicate").Inc()
	case res == storage.Full:
		b.metric.updates.WithLabelValues("overflow").Inc()
	case res == storage.Added:
		select {
		case b.wake <- struct{}{}:
		default: // every worker is awake already
		}
	}
	return res
}

// poll fetches updates with getUpdates until ctx is done. Each batch is
// stored before the next call, whose offset confirms it to Telegram; an
// update that cannot be stored (full inbox, store down) holds the offset
// back, so Telegram sends it again. (go-telegram/bot's own loop confirms a
// batch as soon as it is read, so it is not used.)
func (b *Bot) poll(ctx context.Context) {
	var offset int64
	backoff := time.Duration(0)
	for ctx.Err() == nil {
		batch, err := b.getUpdates(ctx, offset)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			backoff = min(max(2*backoff, 100*time.Millisecond), 5*time.Second)
			var tooMany *tooManyError
			if errors.As(err, &tooMany) {
				backoff = max(backoff, tooMany.retryAfter)
			}
			b.log.Warn("getUpdates failed; retrying", "err", err, "retry_in", backoff)
			pause(ctx, backoff)
			continue
		}
		backoff = 0
		for _, u := range batch {
			if !b.storePolled(ctx, u) {
				break // not stored: ask again from offset
			}
			offset = u.ID + 1
		}
	}
}

// storePolled stores a polled update, waiting while the inbox is full or
// the store fails; false means ctx ended first.
func (b *Bot) storePolled(ctx context.Context, u polledUpdate) bool {
	wait := 100 * time.Millisecond
	for {
		if res := b.enqueue(ctx, u.ID, u.Raw); res != storage.Full {
			return true
		}
		if !pause(ctx, wait) {
			return false
		}
		wait = min(2*wait, 5*time.Second)
	}
}

// pause waits d in real time (backoffs between network calls are real
// even under a test's fake clock, which would spin them); false if ctx
// ended first.
func pause(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

type polledUpdate struct {
	ID  int64
	Raw json.RawMessage
}

// tooManyError is getUpdates answered 429.
type tooManyError struct {
	msg        string
	retryAfter time.Duration
}

func (e *tooManyError) Error() string { return e.msg }

// getUpdates long-polls for updates from offset, keeping each update's
// JSON exactly as Telegram sent it.
func (b *Bot) getUpdates(ctx context.Context, offset int64) ([]polledUpdate, error) {
	params, _ := json.Marshal(map[string]any{
		"offset": offset, "timeout": int((b.opts.PollTimeout - time.Second).Seconds()), "allowed_updates": allowedUpdates,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.opts.APIURL+"/bot"+b.opts.Token+"/getUpdates", bytes.NewReader(params))
	if err != nil {
		return nil, b.redact(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := b.httpc.Do(req)
	if err != nil {
		b.count("getUpdates", err)
		return nil, b.redact(err)
	}
	defer resp.Body.Close()
	var r struct {
		OK          bool              `json:"ok"`
		Result      []json.RawMessage `json:"result"`
		ErrorCode   int               `json:"error_code"`
		Description string            `json:"description"`
		Parameters  struct {
			RetryAfter int `json:"retry_after"`
		} `json:"parameters"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(&r); err != nil {
		err = fmt.Errorf("getUpdates: HTTP %d: decoding the answer: %w", resp.StatusCode, err)
		b.count("getUpdates", err)
		return nil, b.redact(err)
	}
	if !r.OK {
		var err error = fmt.Errorf("getUpdates: %d %s", r.ErrorCode, r.Description)
		if r.ErrorCode == http.StatusTooManyRequests {
			err = &tooManyError{msg: err.Error(), retryAfter: time.Duration(r.Parameters.RetryAfter) * time.Second}
			b.metric.requests.WithLabelValues("getUpdates", "429").Inc()
		} else {
			b.count("getUpdates", err)
		}
		return nil, b.redact(err)
	}
	b.count("getUpdates", nil)
	out := make([]polledUpdate, 0, len(r.Result))
	for _, raw := range r.Result {
		id, err := parseUpdateID(raw)
		if err != nil {
			// Never expected from Telegram; storing it is pointless, and
			// skipping it beats stalling the whole bot on it.
			b.log.Error("getUpdates returned an update that does not parse; skipping it", "err", err)
			continue
		}
		out = append(out, polledUpdate{ID: id, Raw: raw})
	}
	return out, nil
}

// start launches the workers and the background loops, once, after Init
// (not after Shutdown). It first takes back what this replica's previous
// run left claimed.
func (b *Bot) start() {
	b.lifeMu.Lock()
	defer b.lifeMu.Unlock()
	if b.started || b.stopped {
		return
	}
	b.started = true
	ctx, cancel := context.WithTimeout(b.procCtx, 10*time.Second)
	if err := b.store.ReleaseClaims(ctx, b.owner); err != nil {
		b.log.Warn("taking back the previous run's claims; they pass on when their lease runs out", "err", err)
	}
	cancel()
	for i := 0; i < b.opts.MaxConcurrency; i++ {
		b.workers.Add(1)
		go b.worker()
	}
	b.workers.Add(1)
	go b.outboxLoop()
	b.loops.Add(1)
	go b.maintain()
}

// stopping reports whether Shutdown has begun.
func (b *Bot) stopping() bool {
	select {
	case <-b.stop:
		return true
	default:
		return false
	}
}

// idle waits for a wake-up, IdlePoll, or Shutdown.
func (b *Bot) idle() {
	t := time.NewTimer(b.opts.IdlePoll)
	defer t.Stop()
	select {
	case <-b.wake:
	case <-t.C:
	case <-b.stop:
	}
}

// worker claims and processes updates until Shutdown.
func (b *Bot) worker() {
	defer b.workers.Done()
	for !b.stopping() {
		u, err := b.store.ClaimUpdate(b.procCtx, b.owner, b.opts.Lease)
		if err != nil {
			if b.procCtx.Err() == nil {
				b.log.Error("claiming an update", "err", err)
			}
			b.idle()
			continue
		}
		if u == nil {
			b.idle()
			continue
		}
		b.active.set(b.active.updates, u.ID, true)
		b.process(u)
		b.active.set(b.active.updates, u.ID, false)
	}
}

// process handles a claimed update, then marks it done with its replies
// queued, and sends them. An update whose processing was cut short (at
// shutdown) or could not be marked done is left to its lease, to be done
// again; one that keeps failing, or panics, is given up on.
func (b *Bot) process(u *storage.Update) {
	if u.Claim > b.opts.MaxAttempts {
		b.fail(u, fmt.Sprintf("given up after %d attempts", u.Claim-1))
		return
	}
	var upd models.Update
	if err := json.Unmarshal(u.Body, &upd); err != nil {
		b.fail(u, "bad update JSON: "+err.Error())
		return
	}
	j := &job{update: u.ID, body: u.Body, deferred: readDeferred(u.Body)}
	if panicked := b.handle(withJob(b.procCtx, j), &upd); panicked != "" {
		b.fail(u, "panic: "+panicked)
		return
	}
	if b.procCtx.Err() != nil {
		return // cut short at shutdown: Shutdown hands the claim back
	}
	payload, err := j.payload()
	if err != nil {
		b.fail(u, "encoding replies: "+err.Error())
		return
	}
	r, err := b.store.FinishUpdate(b.procCtx, u, b.owner, payload, b.opts.Lease)
	switch {
	case errors.Is(err, storage.ErrClaimLost):
		b.log.Warn("an update was taken over by another replica while it was processed here; dropping this result", "update_id", u.ID)
		return
	case err != nil:
		b.log.Error("marking an update done; it will be processed again", "update_id", u.ID, "err", err)
		return
	}
	if r != nil {
		b.sendReply(b.procCtx, r)
	}
}

// handle runs the handlers on upd, returning the panic's text if one panicked.
func (b *Bot) handle(ctx context.Context, upd *models.Update) (panicked string) {
	defer func() {
		if r := recover(); r != nil {
			panicked = fmt.Sprint(r)
			b.log.Error("panic handling update", "update_id", upd.ID, "panic", panicked, "stack", string(debug.Stack()))
		}
	}()
	b.handleUpdate(ctx, upd)
	return ""
}

func (b *Bot) fail(u *storage.Update, why string) {
	b.metric.updates.WithLabelValues("failed").Inc()
	b.log.Error("giving up on an update", "update_id", u.ID, "why", why)
	if err := b.store.FailUpdate(b.procCtx, u, b.owner, why); err != nil && !errors.Is(err, storage.ErrClaimLost) {
		b.log.Error("recording a failed update", "update_id", u.ID, "err", err)
	}
}

// activeSet is the work this replica holds claims on, by update id.
type activeSet struct {
	mu               sync.Mutex
	updates, replies map[int64]bool
}

func (a *activeSet) set(m map[int64]bool, id int64, on bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if on {
		m[id] = true
	} else {
		delete(m, id)
	}
}

func (a *activeSet) snapshot() (updates, replies []int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for id := range a.updates {
		updates = append(updates, id)
	}
	for id := range a.replies {
		replies = append(replies, id)
	}
	return updates, replies
}

// pruneEvery spaces the deletion of old inbox and outbox entries.
const pruneEvery = 10 * time.Minute

// maintain renews the leases of the work in hand (every third of a lease)
// and prunes old entries, until the workers are done.
func (b *Bot) maintain() {
	defer b.loops.Done()
	renew := time.NewTicker(b.opts.Lease / 3)
	defer renew.Stop()
	var lastPrune time.Time
	for {
		select {
		case <-b.loopStop:
			return
		case <-renew.C:
		}
		ctx, cancel := context.WithTimeout(context.Background(), b.opts.Lease/3)
		updates, replies := b.active.snapshot()
		if err := b.store.RenewClaims(ctx, b.owner, b.opts.Lease, updates, replies); err != nil {
			b.log.Error("renewing claims; others take the work over if this goes on", "err", err)
		}
		if time.Since(lastPrune) >= pruneEvery {
			lastPrune = time.Now()
			if p, err := b.store.Prune(ctx, b.opts.Retention); err != nil {
				b.log.Warn("pruning old inbox entries", "err", err)
			} else if p.Updates+p.Replies+p.Conversations > 0 {
				b.log.Info("pruned old entries", "updates", p.Updates, "replies", p.Replies, "conversations", p.Conversations)
			}
		}
		cancel()
	}
}

// backlogCollector reports the shared inbox's and outbox's backlog at
// each scrape.
type backlogCollector struct{ b *Bot }

var (
	inboxPendingDesc = prometheus.NewDesc("reportbot_telegram_inbox_pending",
		"Updates received and not yet processed, across all replicas.", nil, nil)
	outboxPendingDesc = prometheus.NewDesc("reportbot_telegram_outbox_pending",
		"Replies not yet sent (waiting for a retry, or being sent), across all replicas.", nil, nil)
)

func (c backlogCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- inboxPendingDesc
	ch <- outboxPendingDesc
}

func (c backlogCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	bl, err := c.b.store.Backlog(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(inboxPendingDesc, err)
		ch <- prometheus.NewInvalidMetric(outboxPendingDesc, err)
		return
	}
	ch <- prometheus.MustNewConstMetric(inboxPendingDesc, prometheus.GaugeValue, float64(bl.Updates))
	ch <- prometheus.MustNewConstMetric(outboxPendingDesc, prometheus.GaugeValue, float64(bl.Replies))
}
