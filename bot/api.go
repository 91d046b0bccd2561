package bot

import (
	"context"
	"errors"
	"strings"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// maxRetryAfter caps how long one 429 makes us wait.
const maxRetryAfter = 2 * time.Minute

// call runs one Bot API call. For messages to a chat (chat != 0) it first
// waits for a flood-control slot. On 429 it waits parameters.retry_after
// and tries again, up to MaxRetries attempts. Returned errors never
// contain the token.
func (b *Bot) call(ctx context.Context, method string, chat int64, group bool, fn func(ctx context.Context) error) error {
	var err error
	for attempt := 1; ; attempt++ {
		if chat != 0 {
			if err := sleep(ctx, b.clock, b.sched.reserve(chat, group)); err != nil {
				return err
			}
		}
		err = fn(ctx)
		tooMany := b.count(method, err)
		switch {
		case err == nil:
			return nil
		case tooMany != nil:
			if attempt >= b.opts.MaxRetries {
				return b.redact(err)
			}
			wait := time.Duration(tooMany.RetryAfter) * time.Second
			if wait < time.Second {
				wait = time.Second
			}
			if wait > maxRetryAfter {
				wait = maxRetryAfter
			}
			b.log.Warn("telegram flood limit; retrying", "method", method, "retry_after", wait, "attempt", attempt)
			if err := sleep(ctx, b.clock, wait); err != nil {
				return err
			}
		default:
			return b.redact(err)
		}
	}
}

// count records a call's outcome (ok, 429 or error) and returns the 429
// error when it was one.
func (b *Bot) count(method string, err error) *tgbot.TooManyRequestsError {
	var tooMany *tgbot.TooManyRequestsError
	switch {
	case err == nil:
		b.metric.requests.WithLabelValues(method, "ok").Inc()
	case errors.As(err, &tooMany):
		b.metric.requests.WithLabelValues(method, "429").Inc()
		b.metric.retries.Inc()
	default:
		b.metric.requests.WithLabelValues(method, "error").Inc()
	}
	return tooMany
}

// logAPIError records a failed call at a level fitting its cause; none is fatal.
func (b *Bot) logAPIError(method string, err error) {
	if err == nil {
		return
	}
	err = b.redact(err)
	msg := err.Error()
	switch {
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		b.log.Debug("telegram call cancelled", "method", method)
	case strings.Contains(msg, "message is not modified"):
		b.log.Debug("message not modified", "method", method)
	case errors.Is(err, tgbot.ErrorForbidden):
		b.log.Info("user blocked the bot or removed it from the chat", "method", method, "err", msg)
	case strings.Contains(msg, "chat not found"):
		b.log.Warn("chat not found", "method", method, "err", msg)
	default:
		b.log.Warn("telegram call failed", "method", method, "err", msg)
	}
}

// chatRef is where an answer goes.
type chatRef struct {
	id      int64
	group   bool
	replyTo int // message to reply to (groups), 0 = none
	thread  int // forum topic
	// conv is the conversation state an answer leaves (conversation.go):
	// kept for the messages it is sent as, so that a reply to one of
	// them continues that conversation.
	conv []byte
}

// sendHTML sends h, split into parts that fit, with markup on the last part.
func (b *Bot) sendHTML(ctx context.Context, to chatRef, h string, markup models.ReplyMarkup) (*models.Message, error) {
	return b.sendParts(ctx, to, splitHTML(h, splitUnits), markup)
}

// sendParts sends parts as messages, markup on the last, the first in
// reply to to.replyTo. While an update is processed they are queued in
// its job instead, for the outbox (see outbox.go), and nil is returned.
func (b *Bot) sendParts(ctx context.Context, to chatRef, parts []string, markup models.ReplyMarkup) (*models.Message, error) {
	msgs, err := outMessages(to, parts, markup)
	if err != nil {
		b.log.Error("sendMessage", "err", err)
		return nil, err
	}
	if j := jobOf(ctx); j != nil {
		j.add(msgs...)
		return nil, nil
	}
	var last *models.Message
	for _, m := range msgs {
		if last, err = b.sendOut(ctx, m); err != nil {
			b.logAPIError("sendMessage", err)
			return nil, err
		}
		if last != nil {
			b.snapshot(ctx, last.Chat.ID, last.ID, m.Conv)
		}
	}
	return last, nil
}

// editHTML replaces a message's text; content too long for one message is cut
// to its first part (paragraph views always fit).
func (b *Bot) editHTML(ctx context.Context, chat int64, group bool, messageID int, h string, markup models.ReplyMarkup) error {
	parts := splitHTML(h, splitUnits)
	if len(parts) == 0 {
		return nil
	}
	params := &tgbot.EditMessageTextParams{
		ChatID: chat, MessageID: messageID, Text: parts[0], ParseMode: models.ParseModeHTML, ReplyMarkup: markup,
		LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tgbot.True()},
	}
	err := b.call(ctx, "editMessageText", chat, group, func(ctx context.Context) error {
		_, err := b.api.EditMessageText(ctx, params)
		return err
	})
	if err != nil && strings.Contains(err.Error(), "message is not modified") {
		return nil // a double tap on ◀ or ▶: nothing to change
	}
	b.logAPIError("editMessageText", err)
	return err
}

func (b *Bot) typing(ctx context.Context, to chatRef) {
	err := b.call(ctx, "sendChatAction", 0, false, func(ctx context.Context) error {
		_, err := b.api.SendChatAction(ctx, &tgbot.SendChatActionParams{ChatID: to.id, Action: models.ChatActionTyping, MessageThreadID: to.thread})
		return err
	})
	b.logAPIError("sendChatAction", err)
}

// keepTyping repeats "typing…" every 4.5 s until stop is called (Telegram
// clears it after 5 s); the caller sends the first one.
func (b *Bot) keepTyping(ctx context.Context, to chatRef) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(4500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				b.typing(ctx, to)
			}
		}
	}()
	return func() { cancel(); <-done }
}
