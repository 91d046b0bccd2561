package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/go-telegram/bot/models"

	"github.com/reportbot/reportbot/rag"
)

// A list answer too long for a phone screen is sent cut (answerView.short)
// with a 更多 button; the whole answer waits in the conversation store
// (opaque bytes with an expiry, shared by the replicas) under the
// question's id, and the button replaces the message with it.

// fullAnswer is what the 更多 button shows.
type fullAnswer struct {
	HTML   string          `json:"html"`
	Markup json.RawMessage `json:"markup,omitempty"` // the keyboard without 更多
}

func moreKey(qid int64) string { return fmt.Sprintf("tg:more:%d", qid) }

// keepFull stores the whole of answer qid for its 更多 button; false if it
// could not, and then the whole answer is sent instead.
func (b *Bot) keepFull(ctx context.Context, qid int64, full string, a *rag.Answer, lang string) bool {
	f := fullAnswer{HTML: full}
	if kb := answerKeyboard(a, qid, lang, false, nil); kb != nil {
		raw, err := json.Marshal(kb)
		if err != nil {
			return false
		}
		f.Markup = raw
	}
	data, err := json.Marshal(f)
	if err != nil {
		return false
	}
	if err := b.convs.Save(ctx, moreKey(qid), data, snapshotTTL); err != nil {
		b.log.Warn("keeping a long answer for its 更多 button; sending it whole", "err", err)
		return false
	}
	return true
}

// showMore answers 更多: the message becomes the whole answer, its
// keyboard as it is now (votes included) without the button.
func (b *Bot) showMore(ctx context.Context, q *models.CallbackQuery, c callback, to chatRef, msg *models.Message, lang string) {
	ui := uiFor(lang)
	if b.convs == nil {
		b.answerCallback(ctx, q.ID, ui.expired, false) // no 更多 without a store
		return
	}
	var f fullAnswer
	data, ok, err := b.convs.Load(ctx, moreKey(c.QID))
	if err == nil && ok {
		err = json.Unmarshal(data, &f)
	}
	if err != nil || !ok || f.HTML == "" {
		if err != nil {
			b.log.Warn("loading a long answer for 更多", "err", err)
		}
		b.answerCallback(ctx, q.ID, ui.expired, false)
		return
	}
	b.answerCallback(ctx, q.ID, "", false)
	var kb models.ReplyMarkup
	switch {
	case msg != nil && msg.ReplyMarkup != nil:
		kb = withoutMore(*msg.ReplyMarkup)
	case len(f.Markup) > 0:
		kb = f.Markup // sent as it is
	}
	parts := splitHTML(f.HTML, splitUnits)
	if msg != nil && len(parts) == 1 {
		err := b.editHTML(ctx, to.id, to.group, msg.ID, parts[0], kb)
		if err == nil || !canNotEdit(err) {
			return
		}
	}
	if msg != nil {
		to.replyTo = msg.ID
	}
	b.sendParts(ctx, to, parts, kb)
}

// withoutMore is a keyboard without its 更多 button.
func withoutMore(kb models.InlineKeyboardMarkup) models.InlineKeyboardMarkup {
	var rows [][]models.InlineKeyboardButton
	for _, row := range kb.InlineKeyboard {
		var keep []models.InlineKeyboardButton
		for _, btn := range row {
			if c, err := parseCallback(btn.CallbackData); err == nil && c.Op == 'm' {
				continue
			}
			keep = append(keep, btn)
		}
		if len(keep) > 0 {
			rows = append(rows, keep)
		}
	}
	return models.InlineKeyboardMarkup{InlineKeyboard: rows}
}

// withVotes is a keyboard with the 👍 / 👎 buttons of question qid
// showing their counts, and ✓ on mine (+1, -1; 0 = none).
func withVotes(kb models.InlineKeyboardMarkup, qid int64, up, down, mine int) models.InlineKeyboardMarkup {
	label := func(face string, n int, chosen bool) string {
		var b strings.Builder
		b.WriteString(face)
		if n > 0 {
			fmt.Fprintf(&b, " %d", n)
		}
		if chosen {
			b.WriteString(" ✓")
		}
		return b.String()
	}
	rows := make([][]models.InlineKeyboardButton, len(kb.InlineKeyboard))
	for i, row := range kb.InlineKeyboard {
		rows[i] = append([]models.InlineKeyboardButton(nil), row...)
		for j, btn := range rows[i] {
			c, err := parseCallback(btn.CallbackData)
			if err != nil || c.Op != 'v' || c.QID != qid {
				continue
			}
			if c.Vote > 0 {
				rows[i][j].Text = label("👍", up, mine > 0)
			} else {
				rows[i][j].Text = label("👎", down, mine < 0)
			}
		}
	}
	return models.InlineKeyboardMarkup{InlineKeyboard: rows}
}
