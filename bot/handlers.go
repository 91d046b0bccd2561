package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/storage"
)

func (b *Bot) handleUpdate(ctx context.Context, upd *models.Update) {
	switch {
	case upd.Message != nil:
		b.metric.updates.WithLabelValues("message").Inc()
		b.handleMessage(ctx, upd.Message, false)
	case upd.EditedMessage != nil:
		b.metric.updates.WithLabelValues("edited_message").Inc()
		b.handleMessage(ctx, upd.EditedMessage, true)
	case upd.CallbackQuery != nil:
		b.metric.updates.WithLabelValues("callback_query").Inc()
		b.handleCallback(ctx, upd.CallbackQuery)
	case upd.InlineQuery != nil:
		b.metric.updates.WithLabelValues("inline_query").Inc()
		b.handleInline(ctx, upd.InlineQuery)
	default:
		// Channel posts, member updates, polls...: nothing to answer.
		b.metric.updates.WithLabelValues("ignored").Inc()
	}
}

func isGroup(t models.ChatType) bool {
	return t == models.ChatTypeGroup || t == models.ChatTypeSupergroup
}

func hasMedia(m *models.Message) bool {
	return len(m.Photo) > 0 || m.Sticker != nil || m.Voice != nil || m.Document != nil || m.Video != nil ||
		m.Audio != nil || m.Animation != nil || m.VideoNote != nil || m.Location != nil || m.Contact != nil || m.Poll != nil
}

func (b *Bot) repliesToMe(m *models.Message) bool {
	r := m.ReplyToMessage
	if r == nil || r.From == nil {
		return false
	}
	if id := b.botID.Load(); id != 0 && r.From.ID == id {
		return true
	}
	return r.From.IsBot && r.From.Username != "" && strings.EqualFold(r.From.Username, b.Username())
}

// question is a question asked in a chat, and what answering it needs.
type question struct {
	to     chatRef
	user   int64
	text   string
	source string // private, group, edited, example (for the question log)
	lang   string // UI language
	// replyOf is the bot's message the question replies to, 0 = none: a
	// follow-up continues that answer's conversation.
	replyOf int
	msg     int // the message that asked, 0 = none (a button)
}

// messageText is a message's text, or a photo's or file's caption, with
// its entities.
func messageText(m *models.Message) (string, []models.MessageEntity) {
	if m.Text == "" && m.Caption != "" {
		return m.Caption, m.CaptionEntities
	}
	return m.Text, m.Entities
}

func (b *Bot) handleMessage(ctx context.Context, m *models.Message, edited bool) {
	private := m.Chat.Type == models.ChatTypePrivate
	group := isGroup(m.Chat.Type)
	if !private && !group {
		return // channels
	}
	anonymousAdmin := m.SenderChat != nil && m.SenderChat.ID == m.Chat.ID
	if m.From != nil && m.From.IsBot && !anonymousAdmin {
		return // other bots (anonymous group admins post as a bot: they are answered)
	}
	raw, entities := messageText(m)
	text := strings.TrimSpace(raw)
	q := question{to: chatRef{id: m.Chat.ID, group: group}, user: m.Chat.ID, source: "private", msg: m.ID}
	if m.IsTopicMessage {
		q.to.thread = m.MessageThreadID
	}
	// In groups an answer replies to its question; so does the answer to
	// an edited question, and one put off by a rate limit.
	if group || edited || isDeferred(ctx) {
		q.to.replyTo = m.ID
	}
	if m.From != nil {
		q.user = m.From.ID
	}
	if group {
		q.source = "group"
	}
	if edited {
		q.source = "edited"
	}
	if b.repliesToMe(m) {
		q.replyOf = m.ReplyToMessage.ID
	}
	if text == "" {
		ui := uiFor(userLang(m.From, ""))
		if hasMedia(m) && (private || b.repliesToMe(m)) {
			b.sendHTML(ctx, q.to, esc(ui.nonText), nil)
		}
		return
	}
	if cmd, ok := parseCommand(text); ok {
		if !cmd.forMe(b.Username()) {
			return
		}
		if cmd.Name == "ask" && cmd.Args == "" && m.ReplyToMessage != nil && !b.repliesToMe(m) {
			// "/ask" in reply to someone's message asks that message.
			cmd.Args = strings.TrimSpace(m.ReplyToMessage.Text)
		}
		q.lang = userLang(m.From, "")
		if cmd.Name == "ask" || cmd.Name == "search" {
			q.lang = userLang(m.From, cmd.Args) // a question in English
		}
		b.handleCommand(ctx, q, cmd, private)
		return
	}
	if private {
		q.text, q.lang = text, userLang(m.From, text)
		b.ask(ctx, q)
		return
	}
	stripped, mentioned := stripMention(text, entities, b.Username())
	if !mentioned && !b.repliesToMe(m) {
		return // plain group chatter is not for us
	}
	q.text, q.lang = stripped, userLang(m.From, stripped)
	if stripped == "" {
		at := "@" + b.Username()
		b.sendHTML(ctx, q.to, esc(fmt.Sprintf(uiFor(q.lang).mentionHint, at)), nil)
		return
	}
	b.ask(ctx, q)
}

func (b *Bot) handleCommand(ctx context.Context, q question, cmd command, private bool) {
	reps := b.ans.Reports()
	ui := uiFor(q.lang)
	to := q.to
	switch cmd.Name {
	case "start":
		text, kb := renderWelcome(reps, q.lang, !private, b.Username(), b.examples(q.lang))
		b.sendHTML(ctx, to, text, kb)
	case "help":
		b.sendHTML(ctx, to, renderHelp(b.Username(), q.lang), nil)
	case "ask":
		if cmd.Args == "" {
			b.sendHTML(ctx, to, esc(ui.askUsage), nil)
			return
		}
		q.text = cmd.Args
		b.ask(ctx, q)
	case "search":
		if cmd.Args == "" {
			b.sendHTML(ctx, to, esc(ui.searchUsage), nil)
			return
		}
		if utf8.RuneCountInString(cmd.Args) > rag.MaxQuestionRunes {
			b.sendHTML(ctx, to, esc(fmt.Sprintf(ui.tooLong, rag.MaxQuestionRunes)), nil)
			return
		}
		if !b.allow(ctx, q) {
			return
		}
		hits, err := b.ans.Search(ctx, rag.Query{Text: cmd.Args}, 8)
		if err != nil {
			b.sendHTML(ctx, to, esc(b.userError(err, q.lang)), nil)
			return
		}
		b.sendHTML(ctx, to, renderSearch(cmd.Args, relevant(hits), q.lang), nil)
	case "para":
		rep := reps[0]
		n, ok := parseParaArg(cmd.Args)
		if !ok {
			b.sendHTML(ctx, to, esc(fmt.Sprintf(ui.paraUsage, len(rep.Paragraphs))), nil)
			return
		}
		p, err := rep.Paragraph(n)
		if err != nil {
			b.sendHTML(ctx, to, esc(fmt.Sprintf(ui.paraMissing, n, len(rep.Paragraphs))), nil)
			return
		}
		b.sendHTML(ctx, to, renderParagraph(rep, p, q.lang), paragraphKeyboard(rep, n))
	case "toc":
		for _, rep := range reps {
			text, kb := renderTOC(rep, q.lang)
			b.sendHTML(ctx, to, text, kb)
		}
	case "about":
		b.sendHTML(ctx, to, renderAbout(reps, b.opts.AnswerMode, b.opts.Version, q.lang), nil)
	default:
		if private || cmd.Target != "" {
			b.sendHTML(ctx, to, esc(fmt.Sprintf(ui.unknownCommand, cmd.Name)), nil)
		}
	}
}

// allow applies the per-user question limit. A question over it is put
// off, not dropped: the user is told when it will be answered, and the
// update is processed again then (deferred.go). When too many of the
// user's questions wait already, the user is told when to ask again (once
// a minute: a flood gets no more replies than that).
func (b *Bot) allow(ctx context.Context, q question) bool {
	if isDeferred(ctx) {
		return true // its slot was booked when it was put off
	}
	bk := b.limit.book(q.user)
	now := b.clock.Now()
	if bk.booked && !bk.at.After(now) {
		return true
	}
	// Promised to the minute, so never early: "at 17:12" is 17:12:00.
	at := bk.at.Truncate(time.Minute)
	if at.Before(bk.at) {
		at = at.Add(time.Minute)
	}
	ui := uiFor(q.lang)
	when := ui.clockTime(at, now, b.loc)
	if !bk.booked {
		b.metric.updates.WithLabelValues("over_queue").Inc()
		if bk.warn {
			b.sendHTML(ctx, q.to, esc(ui.fullNotice(when)), nil)
		}
		return false
	}
	n := b.opts.RateLimit
	if bk.limit == limitDay {
		n = b.opts.RatePerDay
	}
	to := q.to
	to.replyTo = q.msg
	b.sendHTML(ctx, to, esc(ui.deferredNotice(bk.limit, n, b.opts.RateWindow, when)), nil)
	b.putOff(ctx, at)
	return false
}

func (b *Bot) userError(err error, lang string) string {
	ui := uiFor(lang)
	switch {
	case errors.Is(err, rag.ErrEmptyQuestion):
		return ui.emptyQuestion
	case errors.Is(err, rag.ErrQuestionTooLong):
		return fmt.Sprintf(ui.tooLong, rag.MaxQuestionRunes)
	case errors.Is(err, rag.ErrUnknownReport):
		return ui.unknownReport
	}
	b.log.Error("answering failed", "err", b.redact(err))
	return ui.failed
}

// ask answers a question in a chat. Small talk and questions too long to
// answer are not counted against the user's limit; in a group, small talk
// that asks nothing ("谢谢！" in reply to an answer) gets no reply.
func (b *Bot) ask(ctx context.Context, q question) {
	ui := uiFor(q.lang)
	if utf8.RuneCountInString(q.text) > rag.MaxQuestionRunes {
		b.sendHTML(ctx, q.to, esc(fmt.Sprintf(ui.tooLong, rag.MaxQuestionRunes)), nil)
		return
	}
	if small, asks := rag.SmallTalk(q.text); small {
		if q.to.group && !asks {
			return
		}
		b.smallTalk(ctx, q)
		return
	}
	if !b.allow(ctx, q) {
		return
	}
	b.typing(ctx, q.to)
	stop := b.keepTyping(ctx, q.to)
	defer stop()
	// One conversation per user per chat (and forum topic), so that
	// "那去年呢？" is read against that user's last question; a reply to
	// an answer continues that answer's conversation (conversation.go).
	key := conversationKey(q.to, q.user)
	b.continueFrom(ctx, q.to.id, q.replyOf, key)
	rq := rag.Query{Text: q.text, Conversation: key}
	pv := b.startPreview(ctx, q.to, q.text) // the streamed answer on screen so far
	defer pv.stop()
	ans, err := b.askStream(ctx, rq, pv)
	pv.stop()
	stop()
	if err == nil && ans == nil {
		err = errors.New("engine returned no answer")
	}
	if err != nil {
		b.deliver(ctx, q.to, pv, esc(b.userError(err, q.lang)), nil)
		return
	}
	if ans.Lang == "en" {
		q.lang = "en"
	}
	qid := b.record(ctx, q, ans)
	var rep *rag.Report
	if r, err := b.ans.Report(ans.Report.ID); err == nil {
		rep = r
	}
	// A "which report?" answer offers the reports as buttons, which
	// need the question it asked back kept (choose).
	var choices [][]models.InlineKeyboardButton
	var offered map[string]bool
	if b.convs != nil {
		choices, offered = choiceRows(ans)
	}
	view := renderAnswerOpts(ans, rep, renderOpts{multi: len(b.ans.Reports()) > 1, lang: q.lang, offered: offered})
	to := q.to
	to.conv = b.conversationState(ctx, key)
	if view.short != "" && qid > 0 && b.convs != nil && b.keepFull(ctx, qid, view.full, ans, q.lang) {
		b.deliver(ctx, to, pv, view.short, answerKeyboard(ans, qid, q.lang, true, choices))
		return
	}
	b.deliver(ctx, to, pv, view.full, answerKeyboard(ans, qid, q.lang, false, choices))
}

// record logs a question once per update: processed again after a crash,
// the question keeps its id, and the votes on it.
func (b *Bot) record(ctx context.Context, q question, ans *rag.Answer) int64 {
	cited := make([]int, 0, len(ans.Citations))
	for _, c := range ans.Citations {
		cited = append(cited, c.Paragraph)
	}
	text := q.text
	if q.source == "choice" && ans.Understood != nil && ans.Understood.Read != "" {
		text = ans.Understood.Read // the question asked again, not the report's id
	}
	id, err := b.store.RecordQuestion(ctx, storage.Question{
		Time: b.clock.Now(), ChatID: q.to.id, Source: q.source, Question: text,
		Report: ans.Report.ID, Mode: ans.Mode, Found: ans.Found, Cited: cited, UpdateID: updateOf(ctx),
	})
	if err != nil {
		b.log.Error("recording question", "err", err)
		return 0
	}
	return id
}

// smallTalk replies to a greeting, thanks, "who are you"…: a short
// friendly line, and in a private chat (or when asked what the bot can
// do) example questions as buttons. Not counted, not logged, no votes.
func (b *Bot) smallTalk(ctx context.Context, q question) {
	ans, err := b.ans.Ask(ctx, rag.Query{Text: q.text})
	if err != nil || ans == nil {
		b.sendHTML(ctx, q.to, esc(b.userError(err, q.lang)), nil)
		return
	}
	if ans.Lang == "en" {
		q.lang = "en"
	}
	h, kb := renderSmallTalk(ans, q.lang, b.examples(q.lang))
	// Small talk is not a question: no conversation turn, no log, no votes.
	b.sendHTML(ctx, q.to, h, kb)
}

// examplesSource is an answerer that offers example questions
// (rag.Conversing, rag.Engine).
type examplesSource interface {
	Examples(lang string) []string
}

// The answerers serve wires offer examples.
var (
	_ examplesSource = (*rag.Conversing)(nil)
	_ examplesSource = (*rag.Engine)(nil)
)

// examples are the questions to offer a user in lang: the answerer's
// (the report's own), else the bot's built-in ones.
func (b *Bot) examples(lang string) []string {
	if es, ok := b.ans.(examplesSource); ok {
		if ex := es.Examples(lang); len(ex) > 0 {
			return ex
		}
	}
	if lang == "en" {
		return examplesEn
	}
	return examples
}

func (b *Bot) report(id string) (*rag.Report, error) {
	return b.ans.Report(id)
}

func (b *Bot) handleCallback(ctx context.Context, q *models.CallbackQuery) {
	if q.From.ID == 0 {
		// Telegram always names who pressed; without a sender a vote
		// would be recorded as user 0 and a question asked for nobody.
		b.log.Warn("callback query without a sender ignored")
		return
	}
	lang := userLang(&q.From, "")
	ui := uiFor(lang)
	c, err := parseCallback(q.Data)
	if err != nil {
		b.answerCallback(ctx, q.ID, ui.expired, false)
		return
	}
	var chat int64
	var chatType models.ChatType
	var msg *models.Message
	var thread int
	switch {
	case q.Message.Message != nil:
		msg = q.Message.Message
		chat, chatType = msg.Chat.ID, msg.Chat.Type
		if msg.IsTopicMessage {
			thread = msg.MessageThreadID
		}
	case q.Message.InaccessibleMessage != nil:
		chat, chatType = q.Message.InaccessibleMessage.Chat.ID, q.Message.InaccessibleMessage.Chat.Type
	}
	if chat == 0 && c.Op != 'v' {
		b.answerCallback(ctx, q.ID, ui.inChat, false)
		return
	}
	to := chatRef{id: chat, group: isGroup(chatType), thread: thread}
	switch c.Op {
	case 'o', 'n':
		b.showParagraph(ctx, q, c, to, msg, lang)
	case 'v':
		b.vote(ctx, q, c, to, msg, lang)
	case 'm':
		b.showMore(ctx, q, c, to, msg, lang)
	case 'q':
		ex := b.examples(c.Lang)
		if c.N >= len(ex) {
			b.answerCallback(ctx, q.ID, ui.expired, false)
			return
		}
		b.answerCallback(ctx, q.ID, "", false)
		if to.group && msg != nil {
			to.replyTo = msg.ID
		}
		b.ask(ctx, question{to: to, user: q.From.ID, text: ex[c.N], source: "example", lang: lang})
	case 'c':
		b.choose(ctx, q, c, to, msg, lang)
	}
}

// choose answers a choice button of a "which report?" answer: the
// question it asked back is asked again, of the chosen report. The
// question waits in the conversation state that answer left, kept under
// its message (conversation.go): the tapper's conversation continues
// from it, and the report's id is the reply, as if typed — which is how
// rag.Converse reads a reply naming a report.
func (b *Bot) choose(ctx context.Context, q *models.CallbackQuery, c callback, to chatRef, msg *models.Message, lang string) {
	ui := uiFor(lang)
	if msg == nil {
		b.answerCallback(ctx, q.ID, ui.expired, false)
		return
	}
	if _, err := b.report(c.Report); err != nil {
		b.answerCallback(ctx, q.ID, ui.reportGone, false)
		return
	}
	key := conversationKey(to, q.From.ID)
	if !b.continueFrom(ctx, to.id, msg.ID, key) {
		b.answerCallback(ctx, q.ID, ui.expired, false) // the question it asked back is forgotten
		return
	}
	b.answerCallback(ctx, q.ID, "", false)
	if to.group {
		to.replyTo = msg.ID
	}
	b.ask(ctx, question{to: to, user: q.From.ID, text: c.Report, source: "choice", lang: lang})
}

// answerCallback stops a button's spinner, with a short note if text is
// set. A callback processed again later (put off by a rate limit) is not
// answered: Telegram only takes an answer within seconds.
func (b *Bot) answerCallback(ctx context.Context, id, text string, alert bool) {
	if isDeferred(ctx) {
		return
	}
	err := b.call(ctx, "answerCallbackQuery", 0, false, func(ctx context.Context) error {
		_, err := b.api.AnswerCallbackQuery(ctx, &tgbot.AnswerCallbackQueryParams{CallbackQueryID: id, Text: text, ShowAlert: alert})
		return err
	})
	b.logAPIError("answerCallbackQuery", err)
}

// showParagraph answers 原文 ¶N (a new message) and ◀ ▶ (in place).
func (b *Bot) showParagraph(ctx context.Context, q *models.CallbackQuery, c callback, to chatRef, msg *models.Message, lang string) {
	ui := uiFor(lang)
	rep, err := b.report(c.Report)
	if err != nil {
		b.answerCallback(ctx, q.ID, ui.reportGone, true)
		return
	}
	p, err := rep.Paragraph(c.N)
	if err != nil {
		b.answerCallback(ctx, q.ID, fmt.Sprintf(ui.noParagraph, c.N), true)
		return
	}
	b.answerCallback(ctx, q.ID, "", false)
	if c.Op == 'n' && msg != nil {
		err := b.editHTML(ctx, to.id, to.group, msg.ID, renderParagraph(rep, p, lang), paragraphKeyboard(rep, c.N))
		if err == nil || !canNotEdit(err) {
			return
		}
		// Too old or deleted: show the paragraph as a new message instead.
	}
	b.sendHTML(ctx, to, renderParagraph(rep, p, lang), paragraphKeyboard(rep, c.N))
}

// vote records 👍/👎 — stored before it is confirmed, and once per voter
// and answer however often the update is processed — and shows the
// counts on the buttons (with ✓ on the voter's choice in a private chat).
func (b *Bot) vote(ctx context.Context, q *models.CallbackQuery, c callback, to chatRef, msg *models.Message, lang string) {
	ui := uiFor(lang)
	if err := b.store.RecordVote(ctx, c.QID, q.From.ID, c.Vote); err != nil {
		b.log.Warn("recording vote", "err", err)
		b.answerCallback(ctx, q.ID, ui.voteFailed, false)
		return
	}
	if c.Vote > 0 {
		b.answerCallback(ctx, q.ID, ui.voteUp, false)
	} else {
		b.answerCallback(ctx, q.ID, ui.voteDown, false)
	}
	if msg == nil || msg.ReplyMarkup == nil {
		return // nothing to redraw (a message too old to be shown to us)
	}
	up, down, err := b.store.VoteCounts(ctx, c.QID)
	if err != nil {
		b.log.Warn("counting votes", "err", err)
		return
	}
	mine := 0
	if !to.group {
		mine = c.Vote
	}
	kb := withVotes(*msg.ReplyMarkup, c.QID, up, down, mine)
	err = b.call(ctx, "editMessageReplyMarkup", to.id, to.group, func(ctx context.Context) error {
		_, err := b.api.EditMessageReplyMarkup(ctx, &tgbot.EditMessageReplyMarkupParams{ChatID: to.id, MessageID: msg.ID, ReplyMarkup: kb})
		return err
	})
	if err != nil && strings.Contains(err.Error(), "message is not modified") {
		return // the same vote again
	}
	b.logAPIError("editMessageReplyMarkup", err)
}

const maxInlineResults = 10

// minRelevance is the share of what a query asks about that a passage
// must hold to be listed by inline mode and /search (rag.Hit.Relevance):
// 房价, which the report never mentions, lists nothing; 公交车 lists its
// two paragraphs.
const minRelevance = 0.5

// relevant keeps the hits that pass minRelevance.
func relevant(hits []rag.Hit) []rag.Hit {
	var out []rag.Hit
	for _, h := range hits {
		if h.Paragraph != nil && h.Relevance >= minRelevance {
			out = append(out, h)
		}
	}
	return out
}

func (b *Bot) handleInline(ctx context.Context, q *models.InlineQuery) {
	query := strings.TrimSpace(q.Query)
	var from int64
	lang := userLang(q.From, query)
	if q.From != nil {
		from = q.From.ID
	}
	if bk := b.inline.book(from); !bk.booked || bk.at.After(b.clock.Now()) {
		query = "" // over the limit: the common questions, no search
	}
	var results []models.InlineQueryResult
	if query == "" || utf8.RuneCountInString(query) > rag.MaxQuestionRunes {
		results = b.inlineExamples(ctx, lang)
	} else {
		results = b.inlineSearch(ctx, query, lang)
	}
	err := b.call(ctx, "answerInlineQuery", 0, false, func(ctx context.Context) error {
		_, err := b.api.AnswerInlineQuery(ctx, &tgbot.AnswerInlineQueryParams{InlineQueryID: q.ID, Results: results, CacheTime: 300})
		return err
	})
	b.logAPIError("answerInlineQuery", err)
}

// inlineSearch lists the passages relevant to query, or one result saying
// the report has nothing on it.
func (b *Bot) inlineSearch(ctx context.Context, query, lang string) []models.InlineQueryResult {
	hits, err := b.ans.Search(ctx, rag.Query{Text: query}, maxInlineResults)
	if err != nil {
		b.log.Debug("inline search", "err", err)
	}
	results := []models.InlineQueryResult{}
	for _, h := range relevant(hits) {
		if len(results) >= maxInlineResults {
			break
		}
		rep, err := b.report(h.Paragraph.Report)
		if err != nil {
			continue
		}
		results = append(results, inlineArticle(rep, h.Paragraph, truncateRunes(hitText(h), 80), passageHTML(rep, h, lang)))
	}
	if len(results) > 0 {
		return results
	}
	ui := uiFor(lang)
	title := b.ans.Reports()[0].Meta.Title
	return []models.InlineQueryResult{&models.InlineQueryResultArticle{
		ID:                  "none",
		Title:               truncateRunes(fmt.Sprintf(ui.inlineNone, query), 60),
		Description:         truncateRunes(fmt.Sprintf(ui.inlineNoneText, query, title), 80),
		InputMessageContent: &models.InputTextMessageContent{MessageText: esc(fmt.Sprintf(ui.inlineNoneText, query, title)), ParseMode: models.ParseModeHTML},
	}}
}

// inlineExamples offers common questions for an empty query: each sends
// the question with the passage that answers it.
func (b *Bot) inlineExamples(ctx context.Context, lang string) []models.InlineQueryResult {
	ui := uiFor(lang)
	results := []models.InlineQueryResult{}
	for i, ex := range b.examples(lang) {
		hits, err := b.ans.Search(ctx, rag.Query{Text: ex}, 1)
		if err != nil || len(hits) == 0 || hits[0].Paragraph == nil {
			continue
		}
		rep, err := b.report(hits[0].Paragraph.Report)
		if err != nil {
			continue
		}
		body := "<b>" + esc(ex) + "</b>\n" + passageHTML(rep, hits[0], lang)
		results = append(results, &models.InlineQueryResultArticle{
			ID:                  fmt.Sprintf("ex%d-%s", i, lang),
			Title:               truncateRunes(ex, 60),
			Description:         ui.inlineExample,
			InputMessageContent: &models.InputTextMessageContent{MessageText: firstPart(body), ParseMode: models.ParseModeHTML},
		})
	}
	return results
}

func hitText(h rag.Hit) string {
	if h.Passage != nil && h.Passage.Text != "" {
		return h.Passage.Text
	}
	return h.Paragraph.Text
}

// passageHTML is a hit as an inline result sends it: the passage quoted
// with its ¶N, its period and the report's title.
func passageHTML(rep *rag.Report, h rag.Hit, lang string) string {
	var body strings.Builder
	fmt.Fprintf(&body, "<blockquote>%s〔¶%d〕</blockquote>\n", esc(hitText(h)), h.Paragraph.N)
	meta := []string{}
	if l := periodLabel(h.Paragraph.Period, lang); l != "" {
		meta = append(meta, esc(l))
	}
	meta = append(meta, "《"+esc(rep.Meta.Title)+"》")
	fmt.Fprintf(&body, "<i>%s</i>", strings.Join(meta, " · "))
	return body.String()
}

// firstPart is h cut to what fits one message.
func firstPart(h string) string {
	if parts := splitHTML(h, splitUnits); len(parts) > 0 {
		return parts[0]
	}
	return h
}

func inlineArticle(rep *rag.Report, p *rag.Paragraph, description, body string) models.InlineQueryResult {
	section := p.Section
	if section == "" {
		section = p.Part
	}
	if section == "" {
		section = rep.Meta.Title
	}
	body = firstPart(body)
	id := fmt.Sprintf("%s/%d", rep.Meta.ID, p.N)
	if len(id) > 64 {
		id = fmt.Sprintf("p%d", p.N)
	}
	return &models.InlineQueryResultArticle{
		ID:                  id,
		Title:               truncateRunes(section, 60) + fmt.Sprintf(" ¶%d", p.N),
		Description:         description,
		InputMessageContent: &models.InputTextMessageContent{MessageText: body, ParseMode: models.ParseModeHTML},
	}
}

// canNotEdit reports errors after which sending anew is the way to show content.
func canNotEdit(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "message can't be edited") || strings.Contains(msg, "message to edit not found")
}
