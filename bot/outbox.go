package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/reportbot/reportbot/storage"
)

// The outbox: the messages an update's processing sends are not sent on
// the spot but collected (job) and queued with the update's completion in
// one transaction, then sent by the same worker. A message that still
// fails after the call's own 429 retries stays queued and is tried again
// later, by any replica; progress is kept per message, so a reply cut
// short resumes where it stopped. Other calls — answering a callback,
// inline results, typing, streamed previews, edits — are made on the spot:
// they are only worth making now.

// job collects the messages an update's handlers send.
type job struct {
	update int64
	body   []byte // the update as received (to put it off: deferred.go)
	// deferred: the update was put off by a rate limit and is processed
	// now, in its booked slot.
	deferred bool
	mu       sync.Mutex
	msgs     []outMessage
}

type jobKey struct{}

func withJob(ctx context.Context, j *job) context.Context { return context.WithValue(ctx, jobKey{}, j) }

// jobOf returns the job of the update being processed, or nil.
func jobOf(ctx context.Context) *job {
	j, _ := ctx.Value(jobKey{}).(*job)
	return j
}

// updateOf is the id of the update being processed (0: none).
func updateOf(ctx context.Context) int64 {
	if j := jobOf(ctx); j != nil {
		return j.update
	}
	return 0
}

func (j *job) add(msgs ...outMessage) {
	j.mu.Lock()
	j.msgs = append(j.msgs, msgs...)
	j.mu.Unlock()
}

// outMessage is one sendMessage of HTML, as stored in the outbox — or,
// with Defer set, a question put off by a rate limit (deferred.go).
type outMessage struct {
	Chat    int64           `json:"chat"`
	Group   bool            `json:"group,omitempty"` // for flood control
	Thread  int             `json:"thread,omitempty"`
	ReplyTo int             `json:"reply_to,omitempty"`
	HTML    string          `json:"html"`
	Markup  json.RawMessage `json:"markup,omitempty"`
	// Conv is the conversation state the answer left: once sent, it is
	// kept under the message's id (conversation.go).
	Conv  []byte    `json:"conv,omitempty"`
	Defer *deferred `json:"defer,omitempty"`
}

// outboxVersion tags the payload's format, so that a build meeting a
// payload it does not know (written by a newer replica) says so. Version
// 2 added Conv and Defer; version 1 payloads read the same.
const outboxVersion = 2

type outPayload struct {
	V        int          `json:"v"`
	Messages []outMessage `json:"messages"`
}

// payload encodes the job's messages for the outbox; nil when there are none.
func (j *job) payload() ([]byte, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if len(j.msgs) == 0 {
		return nil, nil
	}
	return json.Marshal(outPayload{V: outboxVersion, Messages: j.msgs})
}

func decodePayload(p []byte) ([]outMessage, error) {
	var op outPayload
	if err := json.Unmarshal(p, &op); err != nil {
		return nil, err
	}
	if op.V < 1 || op.V > outboxVersion {
		return nil, fmt.Errorf("payload version %d, this build knows %d", op.V, outboxVersion)
	}
	return op.Messages, nil
}

// outMessages lays parts out as messages to to: the first in reply to
// to.replyTo, markup on the last.
func outMessages(to chatRef, parts []string, markup models.ReplyMarkup) ([]outMessage, error) {
	var raw json.RawMessage
	if markup != nil {
		var err error
		if raw, err = json.Marshal(markup); err != nil {
			return nil, fmt.Errorf("reply markup: %w", err)
		}
	}
	msgs := make([]outMessage, len(parts))
	for i, part := range parts {
		msgs[i] = outMessage{Chat: to.id, Group: to.group, Thread: to.thread, HTML: part, Conv: to.conv}
		if i == 0 {
			msgs[i].ReplyTo = to.replyTo
		}
		if i == len(parts)-1 {
			msgs[i].Markup = raw
		}
	}
	return msgs, nil
}

// sendOut sends one message, following a group that became a supergroup.
func (b *Bot) sendOut(ctx context.Context, m outMessage) (*models.Message, error) {
	params := &tgbot.SendMessageParams{
		ChatID: m.Chat, Text: m.HTML, ParseMode: models.ParseModeHTML, MessageThreadID: m.Thread,
		LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tgbot.True()},
	}
	if m.ReplyTo != 0 {
		params.ReplyParameters = &models.ReplyParameters{MessageID: m.ReplyTo, AllowSendingWithoutReply: true}
	}
	if len(m.Markup) > 0 {
		params.ReplyMarkup = m.Markup // marshalled as it is
	}
	var last *models.Message
	err := b.call(ctx, "sendMessage", m.Chat, m.Group, func(ctx context.Context) (err error) {
		last, err = b.api.SendMessage(ctx, params)
		return err
	})
	var migrated *tgbot.MigrateError
	if errors.As(err, &migrated) && migrated.MigrateToChatID != 0 {
		b.log.Info("group migrated to a supergroup; resending", "to_chat", migrated.MigrateToChatID)
		params.ChatID = int64(migrated.MigrateToChatID)
		params.ReplyParameters = nil
		err = b.call(ctx, "sendMessage", int64(migrated.MigrateToChatID), m.Group, func(ctx context.Context) (err error) {
			last, err = b.api.SendMessage(ctx, params)
			return err
		})
	}
	return last, err
}

// sendOutcome is what a failed send means for the message.
type sendOutcome int

const (
	sent    sendOutcome = iota
	retry               // may work later: 429 after the retries, network, server errors
	drop                // never will: blocked by the user, chat gone, message refused
	stopped             // the bot is shutting down
)

func (b *Bot) outcome(ctx context.Context, err error) (sendOutcome, time.Duration) {
	var tooMany *tgbot.TooManyRequestsError
	switch {
	case err == nil:
		return sent, 0
	case ctx.Err() != nil:
		return stopped, 0
	case errors.As(err, &tooMany):
		return retry, time.Duration(tooMany.RetryAfter) * time.Second
	case errors.Is(err, tgbot.ErrorForbidden), errors.Is(err, tgbot.ErrorBadRequest), errors.As(err, new(*tgbot.MigrateError)):
		return drop, 0
	}
	// Unauthorized and Not Found (a revoked token, a wrong API URL) are
	// the deployment's fault, not the message's: keep it for later too.
	return retry, 0
}

// maxRetryWait caps the wait between attempts at a reply.
const maxRetryWait = 10 * time.Minute

// sendReply sends r's messages from r.Next on, recording progress. A
// message that fails for a passing reason puts the reply back in the
// outbox for later (with a growing wait), one that can never go is
// dropped; a reply deferred too often is dropped whole.
func (b *Bot) sendReply(ctx context.Context, r *storage.Reply) {
	b.active.set(b.active.replies, r.UpdateID, true)
	defer b.active.set(b.active.replies, r.UpdateID, false)
	msgs, err := decodePayload(r.Payload)
	if err != nil {
		b.log.Error("an outbox entry does not decode; dropping it", "update_id", r.UpdateID, "err", err)
		r.Dropped++
		b.finishReply(ctx, r)
		return
	}
	for r.Next < len(msgs) {
		if d := msgs[r.Next].Defer; d != nil {
			if !b.release(ctx, r, d) {
				return // not due yet, or the inbox is full: back in the outbox
			}
		} else if b.sendMessage(ctx, r, msgs[r.Next], len(msgs)) {
			return
		}
		r.Next++
		if r.Next == len(msgs) {
			break
		}
		if err := b.store.ReplyProgress(ctx, r, b.owner); err != nil {
			b.log.Warn("recording reply progress; stopping here", "update_id", r.UpdateID, "err", err)
			return
		}
	}
	b.finishReply(ctx, r)
}

// sendMessage sends one message of reply r (of total); stop says it could
// not be sent now, and r went back to the outbox (or the bot is stopping).
func (b *Bot) sendMessage(ctx context.Context, r *storage.Reply, m outMessage, total int) (stop bool) {
	sentMsg, err := b.sendOut(ctx, m)
	outcome, wait := b.outcome(ctx, err)
	switch outcome {
	case stopped:
		return true // Shutdown hands the claim back
	case retry:
		b.deferReply(ctx, r, total, wait, err)
		return true
	case drop:
		b.logAPIError("sendMessage", err)
		b.metric.replies.WithLabelValues("dropped").Inc()
		r.Dropped++
	default:
		b.metric.replies.WithLabelValues("sent").Inc()
		if sentMsg != nil {
			b.snapshot(ctx, sentMsg.Chat.ID, sentMsg.ID, m.Conv)
		}
	}
	return false
}

func (b *Bot) finishReply(ctx context.Context, r *storage.Reply) {
	if err := b.store.ReplyDone(ctx, r, b.owner); err != nil {
		b.log.Warn("recording a sent reply", "update_id", r.UpdateID, "err", err)
	}
}

// deferReply puts r back in the outbox to be tried again after a wait
// that doubles with each attempt (at least what a 429 asked for), or drops
// what is left of it after MaxAttempts×4 attempts.
func (b *Bot) deferReply(ctx context.Context, r *storage.Reply, total int, retryAfter time.Duration, cause error) {
	if r.Attempts+1 >= 4*b.opts.MaxAttempts {
		b.log.Error("giving up on a reply after repeated failures", "update_id", r.UpdateID, "attempts", r.Attempts+1, "err", cause)
		n := total - r.Next
		b.metric.replies.WithLabelValues("dropped").Add(float64(n))
		r.Dropped += n
		r.Next = total
		b.finishReply(ctx, r)
		return
	}
	wait := b.opts.RetryBase << min(r.Attempts, 20)
	wait = max(min(wait, maxRetryWait), retryAfter)
	b.metric.replies.WithLabelValues("deferred").Inc()
	b.log.Warn("a reply could not be sent; kept in the outbox for later", "update_id", r.UpdateID, "retry_in", wait, "err", cause)
	if err := b.store.ReplyRetry(ctx, r, b.owner, wait, cause.Error()); err != nil {
		b.log.Warn("deferring a reply; it is retried when its lease runs out", "update_id", r.UpdateID, "err", err)
	}
}

// outboxLoop sends replies that are due — retries, and replies whose
// sender died — until Shutdown.
func (b *Bot) outboxLoop() {
	defer b.workers.Done()
	for {
		t := time.NewTimer(b.opts.IdlePoll)
		select {
		case <-b.stop:
			t.Stop()
			return
		case <-t.C:
		}
		for !b.stopping() {
			r, err := b.store.ClaimReply(b.procCtx, b.owner, b.opts.Lease)
			if err != nil {
				if b.procCtx.Err() == nil {
					b.log.Error("claiming a reply", "err", err)
				}
				break
			}
			if r == nil {
				break
			}
			b.sendReply(b.procCtx, r)
		}
	}
}
