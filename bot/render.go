package bot

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/go-telegram/bot/models"

	"github.com/reportbot/reportbot/rag"
)

// examples are the questions /start offers as buttons.
var examples = []string{
	"2024年进出口总额增长了多少？",
	"2025年全市地区生产总值预期增长目标是多少？",
	"2025年在民生方面有哪些安排？",
}

const (
	maxCiteButtons = 8
	nonTextReply   = "我只能回答文字问题，图片、贴纸、语音和文件我看不懂。请直接用文字提问，例如：“2024年进出口总额增长了多少？”\nI can only answer text questions."
)

func botCommands(lang string) []models.BotCommand {
	if lang == "en" {
		return []models.BotCommand{
			{Command: "start", Description: "What this bot knows, with example questions"},
			{Command: "help", Description: "How to ask and what the commands do"},
			{Command: "ask", Description: "Ask a question about the report"},
			{Command: "search", Description: "Ranked passages with scores (for staff)"},
			{Command: "para", Description: "Show paragraph N of the report"},
			{Command: "toc", Description: "Parts and sections of the report"},
			{Command: "about", Description: "Report title, date, text version, answer mode"},
		}
	}
	return []models.BotCommand{
		{Command: "start", Description: "介绍与示例问题"},
		{Command: "help", Description: "使用说明"},
		{Command: "ask", Description: "提问：/ask 你的问题"},
		{Command: "search", Description: "检索相关段落（附得分，供工作人员使用）"},
		{Command: "para", Description: "查看第 N 段原文：/para N"},
		{Command: "toc", Description: "报告目录"},
		{Command: "about", Description: "报告标题、日期、版本与回答方式"},
	}
}

func periodLabel(p rag.Period, lang string) string {
	if lang == "en" {
		return p.EnglishLabel()
	}
	return p.Label()
}

// renderAnswer is an answer as Telegram HTML, from its parts: a
// correction first, in bold; figures as lines with the period label and
// the figure in bold; quotes as blockquotes with their section path when it
// changes; items as lines; a model's sentences as text. Citations that no
// quote, figure or item shows (those of a model's sentences) are listed
// after the text, each quote in a blockquote with its path and period.
func renderAnswer(a *rag.Answer, rep *rag.Report, multi bool) string {
	en := a.Lang == "en"
	var b strings.Builder
	r := htmlRenderer{a: a, rep: rep, multi: multi, shown: map[int]bool{}}
	parts := a.Parts
	if len(parts) > 0 && parts[0].Type == rag.PartCorrection {
		r.part(&b, parts[0])
		parts = parts[1:]
	}
	switch {
	case a.Found && en:
		b.WriteString("<b>Answer</b>\n")
	case a.Found:
		b.WriteString("<b>答：</b>")
		if first := firstShown(parts); first.Type == rag.PartFigure || first.Type == rag.PartItem && first.Number == 0 {
			b.WriteString("\n") // figure lines start on their own line
		}
	case en:
		b.WriteString("<b>The report does not answer this directly.</b>\n")
	default:
		b.WriteString("<b>报告中没有找到直接回答这个问题的内容。</b>\n")
	}
	for i, p := range parts {
		if p.Role == rag.RoleIntro {
			continue // the header above says it
		}
		r.part(&b, p)
		if p.Role == rag.RoleSentence && i+1 < len(parts) && parts[i+1].Role == rag.RoleSentence {
			continue // a model's sentences run on
		}
		if !strings.HasSuffix(b.String(), "\n") {
			b.WriteString("\n")
		}
	}
	r.sources(&b, en)
	if a.Report.Title != "" {
		fmt.Fprintf(&b, "\n<i>《%s》</i>", esc(a.Report.Title))
	}
	return b.String()
}

// firstShown is the first part shown under the header (an introduction
// is not).
func firstShown(parts []rag.Part) rag.Part {
	for _, p := range parts {
		if p.Role != rag.RoleIntro {
			return p
		}
	}
	return rag.Part{}
}

// htmlRenderer holds what renderAnswer tracks across parts.
type htmlRenderer struct {
	a        *rag.Answer
	rep      *rag.Report
	multi    bool
	shown    map[int]bool // citations a quote, figure or item showed
	lastPath string
}

func (r *htmlRenderer) marks(cites []int) string {
	var b strings.Builder
	for _, i := range cites {
		if i >= 0 && i < len(r.a.Citations) {
			b.WriteString(r.a.Citations[i].Marker(r.multi))
		}
	}
	return esc(b.String())
}

func (r *htmlRenderer) show(cites []int) {
	for _, i := range cites {
		r.shown[i] = true
	}
}

func (r *htmlRenderer) label(p rag.Period) string {
	if l := periodLabel(p, r.a.Lang); l != "" {
		return "<b>【" + esc(l) + "】</b>"
	}
	return ""
}

func (r *htmlRenderer) part(b *strings.Builder, p rag.Part) {
	switch p.Type {
	case rag.PartCorrection:
		r.show(p.Citations)
		if r.a.Lang == "en" {
			fmt.Fprintf(b, "<b>Note: the report says %s, not %s</b> %s\n", esc(p.Figure.Value), esc(p.Stated), r.marks(p.Citations))
		} else {
			fmt.Fprintf(b, "<b>更正：报告写的是%s，不是%s</b>%s\n", esc(p.Figure.Value), esc(p.Stated), r.marks(p.Citations))
		}
	case rag.PartFigure:
		r.show(p.Citations)
		fmt.Fprintf(b, "%s%s：<b>%s</b>%s", r.label(p.Figure.Period), esc(p.Figure.Indicator), esc(p.Figure.Value), r.marks(p.Citations))
	case rag.PartQuote:
		r.show(p.Citations)
		c := r.a.Citations[p.Citations[0]]
		fmt.Fprintf(b, "<blockquote>%s%s%s</blockquote>\n", r.label(c.Period), esc(p.Text), r.marks(p.Citations))
		if path := r.path(c); path != "" && path != r.lastPath {
			fmt.Fprintf(b, "<i>%s</i>\n", esc(path))
			r.lastPath = path
		}
	case rag.PartItem:
		r.show(p.Citations)
		if p.Number > 0 {
			fmt.Fprintf(b, "<blockquote>%d. %s%s</blockquote>\n", p.Number, esc(p.Text), r.marks(p.Citations))
		} else {
			fmt.Fprintf(b, "· %s%s", esc(p.Text), r.marks(p.Citations))
		}
	default:
		switch p.Role {
		case rag.RoleHeading, rag.RoleNotFound:
			fmt.Fprintf(b, "<b>%s</b>", esc(p.Text))
		case rag.RoleSentence:
			body, end := rag.SplitSentenceEnd(p.Text)
			b.WriteString(esc(body) + r.marks(p.Citations) + esc(end))
		default:
			b.WriteString(esc(p.Text))
		}
	}
}

// path is a citation's section path, as the report has it.
func (r *htmlRenderer) path(c rag.Citation) string {
	if r.rep != nil && (c.Report == "" || c.Report == r.rep.Meta.ID) {
		if p, err := r.rep.Paragraph(c.Paragraph); err == nil && p.Path() != "" {
			return p.Path()
		}
	}
	return c.Section
}

// sources lists the citations no part showed: what a model's sentences
// rest on, quoted.
func (r *htmlRenderer) sources(b *strings.Builder, en bool) {
	var rest []rag.Citation
	for i, c := range r.a.Citations {
		if !r.shown[i] {
			rest = append(rest, c)
		}
	}
	if len(rest) == 0 {
		return
	}
	if en {
		b.WriteString("\n<b>Sources</b>\n")
	} else {
		b.WriteString("\n<b>出处</b>\n")
	}
	for _, c := range rest {
		fmt.Fprintf(b, "<blockquote>%s%s</blockquote>\n", esc(c.Quote), esc(c.Marker(r.multi)))
		meta := []string{}
		if path := r.path(c); path != "" {
			meta = append(meta, esc(path))
		}
		if l := periodLabel(c.Period, r.a.Lang); l != "" {
			meta = append(meta, esc(l))
		}
		if len(meta) > 0 {
			fmt.Fprintf(b, "<i>%s</i>\n", strings.Join(meta, " · "))
		}
	}
}

// answerKeyboard: a 原文 ¶N button per cited paragraph, then 👍 / 👎.
func answerKeyboard(a *rag.Answer, qid int64) models.ReplyMarkup {
	var rows [][]models.InlineKeyboardButton
	var row []models.InlineKeyboardButton
	seen := map[int]bool{}
	for _, c := range a.Citations {
		if seen[c.Paragraph] || len(seen) >= maxCiteButtons || c.Paragraph < 1 {
			continue
		}
		data, err := callback{Op: 'o', N: c.Paragraph, Report: c.Report}.encode()
		if err != nil {
			continue
		}
		seen[c.Paragraph] = true
		row = append(row, models.InlineKeyboardButton{Text: fmt.Sprintf("原文 ¶%d", c.Paragraph), CallbackData: data})
		if len(row) == 4 {
			rows, row = append(rows, row), nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	if qid > 0 {
		rows = append(rows, []models.InlineKeyboardButton{
			{Text: "👍", CallbackData: mustEncode(callback{Op: 'v', Vote: 1, QID: qid})},
			{Text: "👎", CallbackData: mustEncode(callback{Op: 'v', Vote: -1, QID: qid})},
		})
	}
	if len(rows) == 0 {
		return nil
	}
	return &models.InlineKeyboardMarkup{InlineKeyboard: rows}
}

// renderParagraph shows ¶n in full with its section path and period label.
func renderParagraph(rep *rag.Report, p *rag.Paragraph) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<b>¶%d</b>（共 %d 段）· 《%s》\n", p.N, len(rep.Paragraphs), esc(rep.Meta.Title))
	if path := p.Path(); path != "" {
		fmt.Fprintf(&b, "<i>%s</i>\n", esc(path))
	}
	if l := p.Period.Label(); l != "" {
		fmt.Fprintf(&b, "<i>%s</i>\n", esc(l))
	}
	fmt.Fprintf(&b, "<blockquote>%s</blockquote>", esc(p.Text))
	return b.String()
}

// paragraphKeyboard has ◀ ▶ buttons to the neighbouring paragraphs.
func paragraphKeyboard(rep *rag.Report, n int) models.ReplyMarkup {
	var row []models.InlineKeyboardButton
	id := rep.Meta.ID
	if n > 1 {
		if d, err := (callback{Op: 'n', N: n - 1, Report: id}).encode(); err == nil {
			row = append(row, models.InlineKeyboardButton{Text: fmt.Sprintf("◀ ¶%d", n-1), CallbackData: d})
		}
	}
	if n < len(rep.Paragraphs) {
		if d, err := (callback{Op: 'n', N: n + 1, Report: id}).encode(); err == nil {
			row = append(row, models.InlineKeyboardButton{Text: fmt.Sprintf("¶%d ▶", n+1), CallbackData: d})
		}
	}
	if len(row) == 0 {
		return nil
	}
	return &models.InlineKeyboardMarkup{InlineKeyboard: [][]models.InlineKeyboardButton{row}}
}

func renderSearch(q string, hits []rag.Hit) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<b>检索：</b>%s\n\n", esc(q))
	if len(hits) == 0 {
		b.WriteString("没有找到相关段落。")
		return b.String()
	}
	for i, h := range hits {
		if h.Paragraph == nil {
			continue
		}
		section := h.Paragraph.Section
		if section == "" {
			section = h.Paragraph.Part
		}
		fmt.Fprintf(&b, "%d. <b>¶%d</b> · <i>%s</i> · 得分 %.3f", i+1, h.Paragraph.N, esc(section), h.Score)
		if l := h.Paragraph.Period.Label(); l != "" {
			fmt.Fprintf(&b, " · %s", esc(l))
		}
		text := h.Paragraph.Text
		if h.Passage != nil && h.Passage.Text != "" {
			text = h.Passage.Text
		}
		fmt.Fprintf(&b, "\n<blockquote>%s</blockquote>\n", esc(truncateRunes(text, 300)))
	}
	return b.String()
}

// headings lists a report's part and section headings.
func headings(rep *rag.Report) []*rag.Paragraph {
	var out []*rag.Paragraph
	for i := range rep.Paragraphs {
		if k := rep.Paragraphs[i].Kind; k == rag.ParaPart || k == rag.ParaSection {
			out = append(out, &rep.Paragraphs[i])
		}
	}
	return out
}

func headingTitle(p *rag.Paragraph) string {
	if p.Kind == rag.ParaSection && p.Section != "" {
		return p.Section
	}
	return p.Text
}

func renderTOC(rep *rag.Report) (string, models.ReplyMarkup) {
	var b strings.Builder
	fmt.Fprintf(&b, "<b>目录</b> · 《%s》\n", esc(rep.Meta.Title))
	var rows [][]models.InlineKeyboardButton
	for _, p := range headings(rep) {
		title := headingTitle(p)
		if p.Kind == rag.ParaPart {
			fmt.Fprintf(&b, "\n<b>%s</b> ¶%d\n", esc(title), p.N)
		} else {
			fmt.Fprintf(&b, "  %s ¶%d\n", esc(title), p.N)
		}
		if len(rows) < 90 {
			rows = append(rows, []models.InlineKeyboardButton{{
				Text:         truncateRunes(fmt.Sprintf("¶%d %s", p.N, title), 40),
				CallbackData: mustEncode(callback{Op: 'o', N: p.N, Report: rep.Meta.ID}),
			}})
		}
	}
	if len(rows) == 0 {
		b.WriteString("（这份报告没有识别出章节标题，可用 /para N 按段查看。）")
		return b.String(), nil
	}
	return b.String(), &models.InlineKeyboardMarkup{InlineKeyboard: rows}
}

func renderWelcome(reps []*rag.Report) (string, models.ReplyMarkup) {
	var b strings.Builder
	b.WriteString("你好！我根据政府工作报告原文回答问题，每个回答都标出引用的段落〔¶N〕。\n\n<b>我读过的报告：</b>\n")
	for _, r := range reps {
		fmt.Fprintf(&b, "• 《%s》", esc(r.Meta.Title))
		if r.Meta.Date != "" {
			fmt.Fprintf(&b, "（%s）", esc(r.Meta.Date))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n直接发文字提问即可。点下面的示例试试，或发送 /help 查看全部命令。\n<i>Ask in Chinese or English; answers quote the report.</i>")
	var rows [][]models.InlineKeyboardButton
	for i, q := range examples {
		rows = append(rows, []models.InlineKeyboardButton{{Text: q, CallbackData: mustEncode(callback{Op: 'q', N: i})}})
	}
	return b.String(), &models.InlineKeyboardMarkup{InlineKeyboard: rows}
}

func renderHelp(username string) string {
	at := ""
	if username != "" {
		at = "@" + esc(username)
	}
	return "<b>使用说明</b>\n" +
		"私聊：直接发送文字问题。\n" +
		"群聊：@提及我（" + at + " 你的问题）、回复我的消息，或使用 /ask 你的问题。\n\n" +
		"/ask 问题 — 提问\n" +
		"/search 关键词 — 检索相关段落（附得分）\n" +
		"/para N — 查看第 N 段原文\n" +
		"/toc — 报告目录\n" +
		"/about — 报告与版本信息\n\n" +
		"回答下方的「原文 ¶N」按钮显示整段原文，◀ ▶ 翻看前后段；👍 👎 帮助我们改进。\n" +
		"行内模式：在任意聊天输入 " + at + " 关键词，选择一段引文发送。\n" +
		"<i>Send a question as text; /para N shows paragraph N; /toc lists sections.</i>"
}

func renderAbout(reps []*rag.Report, mode, version string) string {
	var b strings.Builder
	b.WriteString("<b>关于</b>\n")
	for _, r := range reps {
		v := r.Version
		if len(v) > 12 {
			v = v[:12]
		}
		fmt.Fprintf(&b, "报告：《%s》\n", esc(r.Meta.Title))
		if r.Meta.Date != "" {
			fmt.Fprintf(&b, "日期：%s\n", esc(r.Meta.Date))
		}
		fmt.Fprintf(&b, "段落：%d\n文本版本：<code>%s</code>\n", len(r.Paragraphs), esc(v))
	}
	fmt.Fprintf(&b, "回答方式：%s\n", esc(mode))
	if version != "" {
		fmt.Fprintf(&b, "程序版本：<code>%s</code>\n", esc(version))
	}
	return b.String()
}

// parseParaArg reads /para's argument: "23", "¶23", "#23".
func parseParaArg(s string) (int, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "¶#")
	n, err := strconv.Atoi(s)
	return n, err == nil
}
