package bot

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/reportbot/reportbot/rag"
)

// Streaming previews.
const (
	// previewInterval spaces the previews of one answer in a private chat
	// (drafts, or edits when drafts are unavailable): at most one a second.
	previewInterval = time.Second
	// groupPreviewInterval spaces preview edits in groups, where every edit
	// counts against the 20-messages-a-minute budget.
	groupPreviewInterval = 2 * time.Second
	// previewSpare of a group's per-minute slots are left for real answers:
	// previews are skipped rather than eat into them.
	previewSpare = 5
	// previewTimeout bounds one preview call, so a slow one cannot hold the
	// final answer back for long.
	previewTimeout = 10 * time.Second
	// previewFailures in a row end the previews of an answer.
	previewFailures = 3
)

// askStream asks sa, feeding deltas to pv. A failed stream is asked again
// without streaming (the user gets an answer if there is one), except for
// the engine's own refusals, which are the user's to see.
func (b *Bot) askStream(ctx context.Context, q rag.Query, pv *preview) (*rag.Answer, error) {
	ans, err := b.ans.AskStream(ctx, q, pv.add)
	if err == nil && ans == nil {
		err = errors.New("engine returned no streamed answer")
	}
	if err == nil || ctx.Err() != nil || isUserError(err) {
		return ans, err
	}
	b.log.Warn("streamed answer failed; asking without streaming", "err", b.redact(err))
	return b.ans.Ask(ctx, q)
}

func isUserError(err error) bool {
	return errors.Is(err, rag.ErrEmptyQuestion) || errors.Is(err, rag.ErrQuestionTooLong) || errors.Is(err, rag.ErrUnknownReport)
}

// preview shows a streamed answer while it is generated: with
// sendMessageDraft in private chats, else (groups, or drafts unavailable)
// as a message sent at the first delta and edited as text arrives. Previews
// are escaped plain text, throttled, and optional: they never wait for a
// flood-control slot, and any failure only ends them. deliver replaces the
// preview with the rendered answer.
type preview struct {
	b        *Bot
	ctx      context.Context
	to       chatRef
	interval time.Duration
	footer   string // shown under edited previews: the text is not final
	draftID  int64

	mu   sync.Mutex
	text strings.Builder
	// cuts are where deltas end in text: the model path releases text
	// only at whole citation marks, so a preview may start at any of them.
	cuts []int

	wake     chan struct{} // a delta arrived
	quit     chan struct{} // stop previewing
	done     chan struct{} // run has returned
	stopOnce sync.Once

	// Owned by run until done is closed; then read by deliver.
	draft bool      // previews go by sendMessageDraft
	msgID int       // the edited preview message, 0 = none
	shown string    // the preview HTML on screen
	last  time.Time // when the last preview call ended
	pause time.Time // no preview before this
	fails int       // failed preview calls in a row
	off   bool      // previews given up for this answer
}

func (b *Bot) startPreview(ctx context.Context, to chatRef, question string) *preview {
	p := &preview{
		b: b, ctx: ctx, to: to, interval: previewInterval,
		footer: "\n\n<i>⏳ 正在生成…</i>",
		draft:  !to.group && !b.noDrafts.Load(),
		wake:   make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{}),
	}
	if to.group {
		p.interval = groupPreviewInterval
	}
	if englishQuestion(question) {
		p.footer = "\n\n<i>⏳ writing…</i>"
	}
	if p.draft {
		p.draftID = b.nextDraftID()
	}
	go p.run()
	return p
}

// nextDraftID is a non-zero draft id, distinct for each streamed answer.
func (b *Bot) nextDraftID() int64 {
	return int64(uint64(b.draftSeq.Add(1))%(1<<31-1)) + 1
}

// add is the onDelta callback: it appends and wakes run, never blocking.
func (p *preview) add(delta string) {
	if p == nil || delta == "" {
		return
	}
	p.mu.Lock()
	p.text.WriteString(delta)
	p.cuts = append(p.cuts, p.text.Len())
	p.mu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// stop ends previewing and waits until no preview call is in flight.
func (p *preview) stop() {
	if p == nil {
		return
	}
	p.stopOnce.Do(func() { close(p.quit) })
	<-p.done
}

// wait sleeps d on the bot's clock; false when previewing should end.
func (p *preview) wait(d time.Duration) bool {
	if d <= 0 {
		return true
	}
	select {
	case <-p.quit:
		return false
	case <-p.ctx.Done():
		return false
	case <-p.b.clock.After(d):
		return true
	}
}

func (p *preview) run() {
	defer close(p.done)
	for {
		select {
		case <-p.quit:
			return
		case <-p.ctx.Done():
			return
		case <-p.wake:
		}
		for {
			now := p.b.clock.Now()
			next := p.pause
			if !p.last.IsZero() && p.last.Add(p.interval).After(next) {
				next = p.last.Add(p.interval)
			}
			if !p.wait(next.Sub(now)) {
				return
			}
			select { // the text read below includes what woke us
			case <-p.wake:
			default:
			}
			again := p.show()
			if p.off {
				return
			}
			if !again {
				break
			}
		}
	}
}

// show puts the latest text on screen; again reports that it could not and
// should try once p.pause has passed.
func (p *preview) show() (again bool) {
	p.mu.Lock()
	raw, cuts := p.text.String(), append([]int(nil), p.cuts...)
	p.mu.Unlock()
	h := p.render(raw, cuts)
	if h == "" || h == p.shown {
		return false
	}
	b := p.b
	if ok, retry := b.sched.reserveNow(p.to.id, p.to.group, previewSpare); !ok {
		p.pause = b.clock.Now().Add(retry)
		return true
	}
	ctx, cancel := context.WithTimeout(p.ctx, previewTimeout)
	defer cancel()
	var err error
	var method string
	switch {
	case p.draft:
		method = "sendMessageDraft"
		params := &tgbot.SendMessageDraftParams{
			ChatID: p.to.id, MessageThreadID: p.to.thread, DraftID: strconv.FormatInt(p.draftID, 10),
			Text: h, ParseMode: models.ParseModeHTML,
		}
		err = b.once(ctx, method, func(ctx context.Context) error {
			_, err := b.api.SendMessageDraft(ctx, params)
			return err
		})
	case p.msgID == 0:
		method = "sendMessage"
		params := &tgbot.SendMessageParams{
			ChatID: p.to.id, Text: h, ParseMode: models.ParseModeHTML, MessageThreadID: p.to.thread,
			LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tgbot.True()},
		}
		if p.to.replyTo != 0 {
			params.ReplyParameters = &models.ReplyParameters{MessageID: p.to.replyTo, AllowSendingWithoutReply: true}
		}
		var m *models.Message
		err = b.once(ctx, method, func(ctx context.Context) (err error) {
			m, err = b.api.SendMessage(ctx, params)
			return err
		})
		if err == nil && m != nil {
			p.msgID = m.ID
		}
	default:
		method = "editMessageText"
		params := &tgbot.EditMessageTextParams{
			ChatID: p.to.id, MessageID: p.msgID, Text: h, ParseMode: models.ParseModeHTML,
			LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tgbot.True()},
		}
		err = b.once(ctx, method, func(ctx context.Context) error {
			_, err := b.api.EditMessageText(ctx, params)
			return err
		})
	}
	p.last = b.clock.Now()
	if err == nil || strings.Contains(err.Error(), "message is not modified") {
		p.shown, p.fails = h, 0
		return false
	}
	return p.failed(method, err)
}

// failed decides what a failed preview call means for the next ones.
func (p *preview) failed(method string, err error) (again bool) {
	b := p.b
	now := b.clock.Now()
	var tooMany *tgbot.TooManyRequestsError
	switch {
	case errors.As(err, &tooMany):
		wait := max(time.Duration(tooMany.RetryAfter)*time.Second, time.Second)
		p.pause = now.Add(min(wait, maxRetryAfter))
		b.log.Debug("preview rate limited", "method", method, "retry_after", wait)
		return true
	case p.ctx.Err() != nil || errors.Is(err, tgbot.ErrorForbidden):
		p.off = true
		return false
	case p.draft && (errors.Is(err, tgbot.ErrorBadRequest) || errors.Is(err, tgbot.ErrorNotFound)):
		if draftRefusedForText(err) {
			b.log.Warn("draft refused; previewing by editing a message", "err", err)
		} else if b.noDrafts.CompareAndSwap(false, true) {
			b.log.Warn("sendMessageDraft unavailable; streamed answers are previewed by editing a message from now on", "err", err)
		}
		p.draft, p.shown, p.last = false, "", time.Time{}
		return true
	case p.msgID != 0 && canNotEdit(err):
		p.off = true // deliver tries once more, then sends anew and deletes the preview
		return false
	case !p.draft && p.msgID == 0 && (errors.Is(err, tgbot.ErrorBadRequest) || errors.As(err, new(*tgbot.MigrateError))):
		p.off = true // cannot post here (migrated group, ...): sendHTML deals with it
		return false
	}
	b.log.Debug("preview failed", "method", method, "err", err)
	if p.fails++; p.fails >= previewFailures {
		p.off = true
		return false
	}
	p.pause = now.Add(p.interval)
	return true
}

// draftRefusedForText reports a 400 about this draft's content or chat,
// after which drafts may still work for other answers.
func draftRefusedForText(err error) bool {
	msg := err.Error()
	for _, s := range []string{"can't parse entities", "too long", "text is empty", "chat not found", "draft_id"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// render is the preview HTML for the streamed text so far; "" when there
// is nothing to show yet.
func (p *preview) render(raw string, cuts []int) string {
	if p.draft {
		return previewHTML(raw, cuts, splitUnits)
	}
	limit := splitUnits - utf16Len(visibleText(p.footer))
	h := previewHTML(raw, cuts, limit)
	if h == "" {
		return ""
	}
	return h + p.footer
}

// previewHTML escapes streamed text for a preview of at most limit UTF-16
// units. Text longer than that shows its tail after "…", starting where a
// delta started (cuts: byte offsets where deltas end), since the model
// path never ends a delta inside a citation mark; when no delta start
// fits, at a rune.
func previewHTML(raw string, cuts []int, limit int) string {
	s := strings.TrimRightFunc(raw, unicode.IsSpace)
	if strings.TrimSpace(s) == "" {
		return ""
	}
	if utf16Len(s) > limit {
		start := len(s)
		units := 1 // the "…"
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if units+utf16.RuneLen(r) > limit {
				break
			}
			units += utf16.RuneLen(r)
			start -= size
		}
		for _, c := range cuts {
			if c >= start && c < len(s) {
				start = c
				break
			}
		}
		s = "…" + strings.TrimLeftFunc(s[start:], unicode.IsSpace)
	}
	return esc(strings.ToValidUTF8(s, ""))
}

// englishQuestion is the engines' language rule: mostly Latin letters.
func englishQuestion(q string) bool {
	han, latin := 0, 0
	for _, r := range q {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	return latin > 2*han && latin >= 3
}

// deliver shows the final HTML of an answer (or a refusal): it replaces
// the edited preview when there is one, else it is sent as usual (a draft
// is replaced by the sent message).
func (b *Bot) deliver(ctx context.Context, to chatRef, pv *preview, h string, markup models.ReplyMarkup) {
	if pv == nil || pv.msgID == 0 {
		b.sendHTML(ctx, to, h, markup)
		return
	}
	parts := splitHTML(h, splitUnits)
	if len(parts) == 0 {
		return
	}
	var first models.ReplyMarkup
	if len(parts) == 1 {
		first = markup
	}
	if err := b.editHTML(ctx, to.id, to.group, pv.msgID, parts[0], first); err != nil {
		// The preview cannot become the answer: send the answer anew and
		// take the stale preview away.
		b.sendParts(ctx, to, parts, markup)
		b.deleteMessage(ctx, to, pv.msgID)
		return
	}
	b.snapshot(ctx, to.id, pv.msgID, to.conv) // the preview became the answer
	rest := to
	rest.replyTo = 0
	b.sendParts(ctx, rest, parts[1:], markup)
}

func (b *Bot) deleteMessage(ctx context.Context, to chatRef, id int) {
	err := b.call(ctx, "deleteMessage", 0, false, func(ctx context.Context) error {
		_, err := b.api.DeleteMessage(ctx, &tgbot.DeleteMessageParams{ChatID: to.id, MessageID: id})
		return err
	})
	b.logAPIError("deleteMessage", err)
}

// once runs one Bot API call without waiting for flood control or retrying
// (for optional calls), counting it; errors never contain the token.
func (b *Bot) once(ctx context.Context, method string, fn func(ctx context.Context) error) error {
	err := fn(ctx)
	b.count(method, err)
	return b.redact(err)
}
