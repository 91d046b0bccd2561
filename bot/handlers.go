package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
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
	to := chatRef{id: m.Chat.ID, group: group}
	if m.IsTopicMessage {
		to.thread = m.MessageThreadID
	}
	if group {
		to.replyTo = m.ID
	}
	user := m.Chat.ID
	if m.From != nil {
		user = m.From.ID
	}
	source := "private"
	if group {
		source = "group"
	}
	if edited {
		source = "edited"
	}
	text := strings.TrimSpace(m.Text)
	if text == "" {
		if hasMedia(m) && (private || b.repliesToMe(m)) {
			b.sendHTML(ctx, to, esc(nonTextReply), nil)
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
		b.handleCommand(ctx, to, user, cmd, private, source)
		return
	}
	if private {
		b.ask(ctx, to, user, text, source)
		return
	}
	q, mentioned := stripMention(text, m.Entities, b.Username())
	if !mentioned && !b.repliesToMe(m) {
		return // plain group chatter is not for us
	}
	if q == "" {
		b.sendHTML(ctx, to, "请在 @"+esc(b.Username())+" 后面写上你的问题，例如：@"+esc(b.Username())+" 2024年进出口总额增长了多少？", nil)
		return
	}
	b.ask(ctx, to, user, q, source)
}

func (b *Bot) handleCommand(ctx context.Context, to chatRef, user int64, cmd command, private bool, source string) {
	reps := b.ans.Reports()
	switch cmd.Name {
	case "start":
		text, kb := renderWelcome(reps)
		b.sendHTML(ctx, to, text, kb)
	case "help":
		b.sendHTML(ctx, to, renderHelp(b.Username()), nil)
	case "ask":
		if cmd.Args == "" {
			b.sendHTML(ctx, to, "用法：/ask 你的问题，例如 /ask 2024年进出口总额增长了多少？", nil)
			return
		}
		b.ask(ctx, to, user, cmd.Args, source)
	case "search":
		if cmd.Args == "" {
			b.sendHTML(ctx, to, "用法：/search 关键词，例如 /search 进出口", nil)
			return
		}
		if !b.allow(ctx, to, user) {
			return
		}
		hits, err := b.ans.Search(ctx, rag.Query{Text: cmd.Args}, 8)
		if err != nil {
			b.sendHTML(ctx, to, esc(b.userError(err)), nil)
			return
		}
		b.sendHTML(ctx, to, renderSearch(cmd.Args, hits), nil)
	case "para":
		rep := reps[0]
		n, ok := parseParaArg(cmd.Args)
		if !ok {
			b.sendHTML(ctx, to, fmt.Sprintf("用法：/para N，N 是 1–%d 之间的段落编号，例如 /para 23", len(rep.Paragraphs)), nil)
			return
		}
		p, err := rep.Paragraph(n)
		if err != nil {
			b.sendHTML(ctx, to, fmt.Sprintf("没有第 %d 段：这份报告共 %d 段（¶1–¶%d）。", n, len(rep.Paragraphs), len(rep.Paragraphs)), nil)
			return
		}
		b.sendHTML(ctx, to, renderParagraph(rep, p), paragraphKeyboard(rep, n))
	case "toc":
		for _, rep := range reps {
			text, kb := renderTOC(rep)
			b.sendHTML(ctx, to, text, kb)
		}
	case "about":
		b.sendHTML(ctx, to, renderAbout(reps, b.opts.AnswerMode, b.opts.Version), nil)
	default:
		if private || cmd.Target != "" {
			b.sendHTML(ctx, to, "未知命令 /"+esc(cmd.Name)+"，发送 /help 查看可用命令。", nil)
		}
	}
}

// allow applies the per-user question limit, replying politely when it bites.
func (b *Bot) allow(ctx context.Context, to chatRef, user int64) bool {
	res, warn := b.limit.allow(user)
	if res != allowed && !warn {
		return false
	}
	switch res {
	case limitedMinute:
		b.sendHTML(ctx, to, fmt.Sprintf("您提问有点频繁，请稍等一分钟再问。（每人每分钟最多 %d 个问题）", b.opts.RatePerMinute), nil)
		return false
	case limitedDay:
		b.sendHTML(ctx, to, fmt.Sprintf("今天的提问次数已经用完（每人每天 %d 个），欢迎明天再来。", b.opts.RatePerDay), nil)
		return false
	}
	return true
}

func (b *Bot) userError(err error) string {
	switch {
	case errors.Is(err, rag.ErrEmptyQuestion):
		return "请输入问题，例如：2024年进出口总额增长了多少？"
	case errors.Is(err, rag.ErrQuestionTooLong):
		return fmt.Sprintf("问题太长了（最多 %d 字），请精简后再问。", rag.MaxQuestionRunes)
	case errors.Is(err, rag.ErrUnknownReport):
		return "没有这份报告。"
	}
	b.log.Error("answering failed", "err", b.redact(err))
	return "抱歉，暂时无法回答，请稍后再试。"
}

// ask answers a question in a chat.
func (b *Bot) ask(ctx context.Context, to chatRef, user int64, question, source string) {
	if !b.allow(ctx, to, user) {
		return
	}
	if utf8.RuneCountInString(question) > rag.MaxQuestionRunes {
		b.sendHTML(ctx, to, esc(b.userError(rag.ErrQuestionTooLong)), nil)
		return
	}
	b.typing(ctx, to)
	stop := b.keepTyping(ctx, to)
	defer stop()
	// One conversation per user per chat (and forum topic), so an LLM
	// answerer can read "那2025年呢？" against that user's last questions.
	q := rag.Query{Text: question, Conversation: fmt.Sprintf("tg:%d:%d:%d", to.id, to.thread, user)}
	var ans *rag.Answer
	var err error
	pv := b.startPreview(ctx, to, question) // the streamed answer on screen so far
	defer pv.stop()
	ans, err = b.askStream(ctx, q, pv)
	pv.stop()
	stop()
	if err == nil && ans == nil {
		err = errors.New("engine returned no answer")
	}
	if err != nil {
		b.deliver(ctx, to, pv, esc(b.userError(err)), nil)
		return
	}
	// Recorded once per update: processed again after a crash, the
	// question keeps its id, and the votes on it.
	var qid int64
	cited := make([]int, 0, len(ans.Citations))
	for _, c := range ans.Citations {
		cited = append(cited, c.Paragraph)
	}
	id, err := b.store.RecordQuestion(ctx, storage.Question{
		Time: b.clock.Now(), ChatID: to.id, Source: source, Question: question,
		Report: ans.Report.ID, Mode: ans.Mode, Found: ans.Found, Cited: cited, UpdateID: updateOf(ctx),
	})
	if err != nil {
		b.log.Error("recording question", "err", err)
	} else {
		qid = id
	}
	var rep *rag.Report
	if r, err := b.ans.Report(ans.Report.ID); err == nil {
		rep = r
	}
	b.deliver(ctx, to, pv, renderAnswer(ans, rep, len(b.ans.Reports()) > 1), answerKeyboard(ans, qid))
}

func (b *Bot) report(id string) (*rag.Report, error) {
	return b.ans.Report(id)
}

func (b *Bot) handleCallback(ctx context.Context, q *models.CallbackQuery) {
	c, err := parseCallback(q.Data)
	if err != nil {
		b.answerCallback(ctx, q.ID, "这个按钮已失效。", false)
		return
	}
	var chat int64
	var chatType models.ChatType
	var msgID, thread int
	switch {
	case q.Message.Message != nil:
		chat, chatType, msgID = q.Message.Message.Chat.ID, q.Message.Message.Chat.Type, q.Message.Message.ID
		if q.Message.Message.IsTopicMessage {
			thread = q.Message.Message.MessageThreadID
		}
	case q.Message.InaccessibleMessage != nil:
		chat, chatType = q.Message.InaccessibleMessage.Chat.ID, q.Message.InaccessibleMessage.Chat.Type
	}
	if chat == 0 && c.Op != 'v' {
		b.answerCallback(ctx, q.ID, "请在与机器人的对话中使用这个按钮。", false)
		return
	}
	to := chatRef{id: chat, group: isGroup(chatType), thread: thread}
	switch c.Op {
	case 'o', 'n':
		rep, err := b.report(c.Report)
		if err != nil {
			b.answerCallback(ctx, q.ID, "这份报告已不在机器人中。", true)
			return
		}
		p, err := rep.Paragraph(c.N)
		if err != nil {
			b.answerCallback(ctx, q.ID, fmt.Sprintf("没有第 %d 段。", c.N), true)
			return
		}
		b.answerCallback(ctx, q.ID, "", false)
		if c.Op == 'n' && msgID != 0 {
			err := b.editHTML(ctx, chat, to.group, msgID, renderParagraph(rep, p), paragraphKeyboard(rep, c.N))
			if err == nil || !canNotEdit(err) {
				return
			}
			// Too old or deleted: show the paragraph as a new message instead.
		}
		b.sendHTML(ctx, to, renderParagraph(rep, p), paragraphKeyboard(rep, c.N))
	case 'v':
		// Stored before it is confirmed, and once per voter and answer
		// however often the update is processed.
		if err := b.store.RecordVote(ctx, c.QID, q.From.ID, c.Vote); err != nil {
			b.log.Warn("recording vote", "err", err)
			b.answerCallback(ctx, q.ID, "没能记录反馈，请稍后再试。", false)
			return
		}
		if c.Vote > 0 {
			b.answerCallback(ctx, q.ID, "谢谢反馈！👍", false)
		} else {
			b.answerCallback(ctx, q.ID, "谢谢反馈，我们会改进。👎", false)
		}
	case 'q':
		if c.N >= len(examples) {
			b.answerCallback(ctx, q.ID, "这个按钮已失效。", false)
			return
		}
		b.answerCallback(ctx, q.ID, "", false)
		b.ask(ctx, to, q.From.ID, examples[c.N], "example")
	}
}

const maxInlineResults = 10

func (b *Bot) handleInline(ctx context.Context, q *models.InlineQuery) {
	query := strings.TrimSpace(q.Query)
	results := []models.InlineQueryResult{}
	var from int64
	if q.From != nil {
		from = q.From.ID
	}
	if res, _ := b.inline.allow(from); res != allowed {
		query = "" // over the limit: headings only, no search
	}
	if query == "" {
		for _, rep := range b.ans.Reports() {
			for _, p := range headings(rep) {
				if len(results) >= 5 {
					break
				}
				results = append(results, inlineArticle(rep, p, headingTitle(p), fmt.Sprintf("<b>%s</b>〔¶%d〕\n<i>《%s》</i>", esc(p.Text), p.N, esc(rep.Meta.Title))))
			}
		}
	} else {
		hits, err := b.ans.Search(ctx, rag.Query{Text: query}, maxInlineResults)
		if err != nil {
			b.log.Debug("inline search", "err", err)
		}
		for _, h := range hits {
			if h.Paragraph == nil || len(results) >= maxInlineResults {
				continue
			}
			rep, err := b.report(h.Paragraph.Report)
			if err != nil {
				continue
			}
			text := h.Paragraph.Text
			if h.Passage != nil && h.Passage.Text != "" {
				text = h.Passage.Text
			}
			var body strings.Builder
			fmt.Fprintf(&body, "<blockquote>%s〔¶%d〕</blockquote>\n", esc(text), h.Paragraph.N)
			meta := []string{}
			if path := h.Paragraph.Path(); path != "" {
				meta = append(meta, esc(path))
			}
			if l := h.Paragraph.Period.Label(); l != "" {
				meta = append(meta, esc(l))
			}
			if len(meta) > 0 {
				fmt.Fprintf(&body, "<i>%s</i>\n", strings.Join(meta, " · "))
			}
			fmt.Fprintf(&body, "<i>《%s》</i>", esc(rep.Meta.Title))
			results = append(results, inlineArticle(rep, h.Paragraph, truncateRunes(text, 80), body.String()))
		}
	}
	err := b.call(ctx, "answerInlineQuery", 0, false, func(ctx context.Context) error {
		_, err := b.api.AnswerInlineQuery(ctx, &tgbot.AnswerInlineQueryParams{InlineQueryID: q.ID, Results: results, CacheTime: 300})
		return err
	})
	b.logAPIError("answerInlineQuery", err)
}

func inlineArticle(rep *rag.Report, p *rag.Paragraph, description, body string) models.InlineQueryResult {
	section := p.Section
	if section == "" {
		section = p.Part
	}
	if section == "" {
		section = rep.Meta.Title
	}
	if parts := splitHTML(body, splitUnits); len(parts) > 0 {
		body = parts[0]
	}
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
