package bot

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"

	"github.com/reportbot/reportbot/rag"
)

// examples and examplesEn are the questions offered (by /start, small
// talk and an empty inline query) when the answerer offers none.
var (
	examples = []string{
		"2024年进出口总额增长了多少？",
		"2025年全市地区生产总值预期增长目标是多少？",
		"2025年在民生方面有哪些安排？",
	}
	examplesEn = []string{
		"How much did foreign trade grow in 2024?",
		"What is the GDP growth target for 2025?",
		"What are the main tasks for 2025?",
	}
)

const maxCiteButtons = 8

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

// answerView is an answer rendered for a phone: full, and, for a list
// too long for a screen, short — its first lines, with a count of the
// items left for a 更多 button.
type answerView struct {
	full  string
	short string // "" when full fits (maxListLines)
}

// maxListLines bounds a list answer on a phone screen (phoneWidth
// characters a line): past it the rest is behind a 更多 button.
const maxListLines = 15

// renderAnswer is an answer as Telegram HTML for a phone, from its parts,
// with the bot's own words (period labels, a correction's wording) in
// the UI language lang:
// the answer first (no "答：", no "根据报告："), a correction in bold,
// one line per figure, one line per list item (its title cut at the
// first clause when long: the 原文 button shows it whole), one line per
// target beside its result, quotes as blockquotes with their period
// label (collapsed past three lines), and a quote that only repeats a
// figure already shown is left out. Section paths are not shown: the
// period label says which part of the report a quote is from, and 原文
// ¶N shows the path. The report's title is shown only when several
// reports are loaded. Citations no part showed (a model's sentences) are
// quoted after the text, under 出处.
func renderAnswer(a *rag.Answer, rep *rag.Report, multi bool, lang string) answerView {
	return renderAnswerOpts(a, rep, renderOpts{multi: multi, lang: lang})
}

// renderOpts are what renderAnswerOpts needs besides the answer.
type renderOpts struct {
	multi bool   // several reports are loaded
	lang  string // the UI language
	// offered are the reports a "which report?" answer offers as
	// buttons (choiceRows): their item lines are left out.
	offered map[string]bool
}

// renderAnswerOpts is renderAnswer with the choices of a "which
// report?" answer as buttons.
func renderAnswerOpts(a *rag.Answer, rep *rag.Report, o renderOpts) answerView {
	r := htmlRenderer{a: a, rep: rep, multi: o.multi, ui: uiFor(o.lang), shown: map[int]bool{}, offered: o.offered}
	r.figures()
	var blocks []block
	if !a.Found && !hasRole(a.Parts, rag.RoleNotFound) && !hasRole(a.Parts, rag.RoleClarify) {
		msg := "报告中没有找到直接回答这个问题的内容。"
		if r.ui.lang == "en" {
			msg = "The report does not answer this directly."
		}
		blocks = append(blocks, block{html: "<b>" + esc(msg) + "</b>"})
	}
	for i, p := range a.Parts {
		h, ok := r.part(p)
		if !ok {
			continue
		}
		if p.Role == rag.RoleSentence && len(blocks) > 0 && i > 0 && a.Parts[i-1].Role == rag.RoleSentence {
			blocks[len(blocks)-1].html += h // a model's sentences run on
			continue
		}
		listed := p.Type == rag.PartItem && p.Number > 0 || p.Type == rag.PartTrack
		blocks = append(blocks, block{html: h, item: listed})
	}
	tail := r.sources()
	if t := r.reportsLine(); t != "" {
		tail = append(tail, block{html: t})
	}
	full := joinBlocks(append(blocks, tail...))
	return answerView{full: full, short: r.shortList(blocks, full)}
}

// reportsLine names the reports the answer drew on, when several are
// loaded: the answer's report, or each report an answer that sets
// reports side by side drew on, unless its sections are headed by them.
func (r *htmlRenderer) reportsLine() string {
	if !r.multi || hasRole(r.a.Parts, rag.RoleReport) {
		return ""
	}
	var titles []string
	for _, ref := range r.a.Reports {
		if ref.Title != "" {
			titles = append(titles, "《"+esc(ref.Title)+"》")
		}
	}
	if len(titles) < 2 {
		titles = nil
		if r.a.Report.Title != "" {
			titles = []string{"《" + esc(r.a.Report.Title) + "》"}
		}
	}
	if len(titles) == 0 {
		return ""
	}
	return "<i>" + strings.Join(titles, " · ") + "</i>"
}

// block is a piece of an answer: a line, or a blockquote.
type block struct {
	html string
	item bool // a numbered list item: a cut list leaves it to 更多
}

func joinBlocks(bs []block) string {
	hs := make([]string, len(bs))
	for i, b := range bs {
		hs[i] = b.html
	}
	return strings.Join(hs, "\n")
}

func hasRole(parts []rag.Part, role rag.TextRole) bool {
	for _, p := range parts {
		if p.Role == role {
			return true
		}
	}
	return false
}

// shortList is the answer cut to maxListLines phone lines when it is a
// list that does not fit: the blocks up to the last item that fits, and
// a line saying how many are left. "" when it fits, or is no list.
func (r *htmlRenderer) shortList(blocks []block, full string) string {
	if phoneLines(full, phoneWidth).shown <= maxListLines {
		return ""
	}
	items := 0
	for _, b := range blocks {
		if b.item {
			items++
		}
	}
	if items < 2 {
		return "" // not a list: long quotes are collapsed instead
	}
	budget := maxListLines - 1 // the "…还有 N 条" line
	var kept []block
	shownItems := 0
	for _, b := range blocks {
		if !b.item && shownItems > 0 {
			break // what follows the list is behind 更多 too
		}
		n := phoneLines(b.html, phoneWidth).shown
		if n > budget {
			break
		}
		budget -= n
		kept = append(kept, b)
		if b.item {
			shownItems++
		}
	}
	if shownItems == 0 || shownItems == items {
		return ""
	}
	kept = append(kept, block{html: "<i>" + esc(fmt.Sprintf(r.ui.moreLine, items-shownItems)) + "</i>"})
	return joinBlocks(kept)
}

// htmlRenderer holds what renderAnswer tracks across parts.
type htmlRenderer struct {
	a     *rag.Answer
	rep   *rag.Report
	multi bool
	ui    *uiText
	shown map[int]bool // citations a part showed
	// offered are the reports offered as buttons (renderOpts.offered).
	offered map[string]bool
	// figureValues are the figures shown as figure lines, by paragraph:
	// a quote of that paragraph holding one of them only repeats it.
	figureValues map[paraKey][]string
}

type paraKey struct {
	report string
	n      int
}

// figures notes the figures the answer shows as lines.
func (r *htmlRenderer) figures() {
	r.figureValues = map[paraKey][]string{}
	for _, p := range r.a.Parts {
		if (p.Type == rag.PartFigure || p.Type == rag.PartCorrection) && p.Figure != nil {
			for _, i := range p.Citations {
				if i >= 0 && i < len(r.a.Citations) {
					k := paraKey{r.a.Citations[i].Report, r.a.Citations[i].Paragraph}
					r.figureValues[k] = append(r.figureValues[k], p.Figure.Value)
				}
			}
		}
	}
}

// repeatsFigure reports whether quote (citation c) holds a figure shown
// as a line: its paragraph's 原文 button is there for the whole.
func (r *htmlRenderer) repeatsFigure(quote string, c rag.Citation) bool {
	for _, v := range r.figureValues[paraKey{c.Report, c.Paragraph}] {
		if strings.Contains(quote, v) {
			return true
		}
	}
	return false
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
	if l := periodLabel(p, r.ui.lang); l != "" {
		return "<b>【" + esc(l) + "】</b>"
	}
	return ""
}

// part renders one part; ok is false for parts a phone does without (an
// introduction, a quote repeating a figure line).
func (r *htmlRenderer) part(p rag.Part) (h string, ok bool) {
	switch p.Type {
	case rag.PartCorrection:
		r.show(p.Citations)
		if r.ui.lang == "en" {
			return fmt.Sprintf("<b>%s</b> %s", esc(p.CorrectionText("en")), r.marks(p.Citations)), true
		}
		return fmt.Sprintf("<b>%s</b>%s", esc(p.CorrectionText("zh")), r.marks(p.Citations)), true
	case rag.PartFigure:
		r.show(p.Citations)
		return fmt.Sprintf("%s%s：<b>%s</b>%s", r.label(p.Figure.Period), esc(p.Figure.Indicator), esc(p.Figure.Value), r.marks(p.Citations)), true
	case rag.PartQuote:
		r.show(p.Citations)
		if len(p.Citations) == 0 || p.Citations[0] >= len(r.a.Citations) {
			return esc(p.Text), p.Text != ""
		}
		c := r.a.Citations[p.Citations[0]]
		if r.repeatsFigure(p.Text, c) {
			return "", false
		}
		return quoteHTML(r.label(c.Period) + esc(p.Text) + r.marks(p.Citations)), true
	case rag.PartTrack:
		return r.track(p)
	case rag.PartSum:
		r.show(p.Citations)
		body, end := rag.SplitSentenceEnd(p.SumCheck(r.ui.lang))
		return fmt.Sprintf("<b>%s</b>%s%s", esc(body), r.marks(p.Citations), esc(end)), true
	case rag.PartItem:
		r.show(p.Citations)
		if p.Report != "" && r.offered[p.Report] {
			return "", false // a button offers it
		}
		if p.Number > 0 {
			return fmt.Sprintf("%d. %s%s", p.Number, esc(shortTitle(p.Text, true)), r.marks(p.Citations)), true
		}
		return fmt.Sprintf("· %s%s", esc(shortTitle(p.Text, false)), r.marks(p.Citations)), true
	case rag.PartText:
		return r.text(p)
	}
	// A kind of part this renderer does not know (newer engines may add
	// some): its text and its children's, plainly.
	r.show(p.Citations)
	var lines []string
	if p.Text != "" {
		lines = append(lines, esc(p.Text)+r.marks(p.Citations))
	}
	for _, c := range p.Children {
		if c.Text != "" {
			r.show(c.Citations)
			lines = append(lines, "· "+esc(c.Text)+r.marks(c.Citations))
		}
	}
	return strings.Join(lines, "\n"), len(lines) > 0
}

// text renders a text part. Its citations stay unshown: a model's
// sentence names its paragraphs, and 出处 quotes them.
func (r *htmlRenderer) text(p rag.Part) (string, bool) {
	switch p.Role {
	case rag.RoleIntro:
		return "", false // the answer speaks for itself
	case rag.RoleHeading, rag.RoleNotFound:
		return "<b>" + esc(p.Text) + "</b>" + r.marks(p.Citations), true
	case rag.RoleSentence:
		body, end := rag.SplitSentenceEnd(p.Text)
		return esc(body) + r.marks(p.Citations) + esc(end), true
	case rag.RoleBreak:
		return "", true // a blank line
	case rag.RoleExample:
		return "· " + esc(p.Text), true
	case rag.RoleReport:
		// The section of one report in an answer that sets reports side
		// by side: its title heads it (the marks name its id).
		return "<b>《" + esc(p.Text) + "》</b>", p.Text != ""
	}
	// notice, smalltalk, and roles this renderer does not know: the words.
	return esc(p.Text) + r.marks(p.Citations), p.Text != ""
}

// track is a year's target beside its result, on one line:
// "【2024年目标→结果】地区生产总值增长：目标6%左右〔¶14〕，结果3.5%左右〔¶6〕——未完成".
func (r *htmlRenderer) track(p rag.Part) (string, bool) {
	if p.Figure == nil || p.Result == nil || len(p.Citations) != 2 {
		return "", false // rag.CheckParts refuses such a part
	}
	r.show(p.Citations)
	status := r.ui.statuses[p.Status]
	if status == "" {
		status = r.ui.statuses[rag.StatusUnclear]
	}
	target := "<b>" + esc(p.Figure.Value) + "</b>" + r.marks(p.Citations[:1])
	result := "<b>" + esc(p.Result.Value) + "</b>" + r.marks(p.Citations[1:])
	return "<b>" + esc(fmt.Sprintf(r.ui.trackHead, p.Figure.Period.Year)) + "</b>" +
		fmt.Sprintf(r.ui.trackLine, esc(p.Figure.Indicator), target, result, "<b>"+esc(status)+"</b>"), true
}

// quoteHTML is a blockquote of visible text h, collapsed (expandable) when
// it is longer than three phone lines.
func quoteHTML(h string) string {
	if phoneLines(h, phoneWidth).full > 3 {
		return "<blockquote expandable>" + h + "</blockquote>"
	}
	return "<blockquote>" + h + "</blockquote>"
}

// ordinalPrefix is a heading's own numbering, "（一）", "一、", "1.".
var ordinalPrefix = regexp.MustCompile(`^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、．])\s*`)

// shortTitle fits a list item's title on a line: without its own
// numbering when the list numbers it, and cut after its first clause when
// long ("狠抓有效需求，奋力在推动经济稳定增长上勇争先、走在前" → "狠抓有效
// 需求…"). The cut keeps the report's words; 原文 shows the whole.
func shortTitle(title string, numbered bool) string {
	if numbered {
		title = ordinalPrefix.ReplaceAllString(title, "")
	}
	if utf8.RuneCountInString(title) <= maxTitleRunes {
		return title
	}
	if i := strings.IndexAny(title, "，,；;：:"); i > 0 && utf8.RuneCountInString(title[:i]) >= 4 {
		return title[:i] + "…"
	}
	return title
}

// maxTitleRunes is the longest item title kept whole: with "N. " and a
// 〔¶N〕 mark it fills a phone line.
const maxTitleRunes = phoneWidth - 9

// sources quotes the citations no part showed: what a model's sentences
// rest on.
func (r *htmlRenderer) sources() []block {
	var out []block
	for i, c := range r.a.Citations {
		if r.shown[i] {
			continue
		}
		if len(out) == 0 {
			out = append(out, block{html: "\n<b>" + esc(r.ui.sources) + "</b>"})
		}
		out = append(out, block{html: quoteHTML(r.label(c.Period) + esc(c.Quote) + esc(c.Marker(r.multi)))})
	}
	return out
}

// renderSmallTalk is the reply to small talk: the engine's line and,
// where the engine offers example questions, the user's examples (in
// their UI language) as buttons: a tap asks it.
func renderSmallTalk(a *rag.Answer, lang string, examples []string) (string, models.ReplyMarkup) {
	ui := uiFor(lang)
	var lines []string
	var rows [][]models.InlineKeyboardButton
	for _, p := range a.Parts {
		switch {
		case p.Role == rag.RoleExample:
			if rows != nil {
				continue // the examples are offered once, as buttons
			}
			rows = [][]models.InlineKeyboardButton{}
			for k, ex := range examples {
				rows = append(rows, []models.InlineKeyboardButton{exampleButton(ex, k, lang)})
			}
		case p.Role == rag.RoleHeading:
			lines = append(lines, esc(ui.examplesHead))
		case p.Text != "":
			lines = append(lines, esc(p.Text))
		}
	}
	if len(rows) == 0 {
		return strings.Join(lines, "\n"), nil
	}
	return strings.Join(lines, "\n"), &models.InlineKeyboardMarkup{InlineKeyboard: rows}
}

// exampleButton asks example k of lang's examples when tapped.
func exampleButton(text string, k int, lang string) models.InlineKeyboardButton {
	c := callback{Op: 'q', N: k}
	if lang == "en" {
		c.Lang = "en"
	}
	return models.InlineKeyboardButton{Text: truncateRunes(text, 60), CallbackData: mustEncode(c)}
}

// choiceRows are the buttons of a "which report?" answer (role clarify):
// one per report it offers, which asks the question again of that
// report; offered are those reports' ids. A report whose id does not fit
// in a button's data gets none: its item line stays, and typing its
// title answers as well.
func choiceRows(a *rag.Answer) (rows [][]models.InlineKeyboardButton, offered map[string]bool) {
	if !hasRole(a.Parts, rag.RoleClarify) {
		return nil, nil
	}
	offered = map[string]bool{}
	for _, p := range a.Parts {
		if p.Type != rag.PartItem || p.Report == "" || offered[p.Report] {
			continue
		}
		data, err := callback{Op: 'c', Report: p.Report}.encode()
		if err != nil {
			continue
		}
		offered[p.Report] = true
		title := p.Text
		if title == "" {
			title = p.Report
		}
		rows = append(rows, []models.InlineKeyboardButton{{Text: truncateRunes(title, 60), CallbackData: data}})
	}
	return rows, offered
}

// answerKeyboard: the choices of a "which report?" answer (choiceRows),
// a 原文 ¶N button per cited paragraph (naming its report when the
// answer cites several), 更多 when the answer is cut, then 👍 / 👎.
func answerKeyboard(a *rag.Answer, qid int64, lang string, more bool, choices [][]models.InlineKeyboardButton) models.ReplyMarkup {
	ui := uiFor(lang)
	rows := append([][]models.InlineKeyboardButton(nil), choices...)
	var row []models.InlineKeyboardButton
	several := citesSeveralReports(a)
	perRow := 4
	if several {
		perRow = 2 // "原文 panjin-2024 ¶14" is wider
	}
	seen := map[paraKey]bool{}
	for _, c := range a.Citations {
		k := paraKey{c.Report, c.Paragraph}
		if seen[k] || len(seen) >= maxCiteButtons || c.Paragraph < 1 {
			continue
		}
		data, err := callback{Op: 'o', N: c.Paragraph, Report: c.Report}.encode()
		if err != nil {
			continue
		}
		seen[k] = true
		label := fmt.Sprintf(ui.source, c.Paragraph)
		if several {
			label = fmt.Sprintf(ui.sourceOf, c.Report, c.Paragraph)
		}
		row = append(row, models.InlineKeyboardButton{Text: label, CallbackData: data})
		if len(row) == perRow {
			rows, row = append(rows, row), nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	if more && qid > 0 {
		rows = append(rows, []models.InlineKeyboardButton{{Text: ui.more, CallbackData: mustEncode(callback{Op: 'm', QID: qid})}})
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

// citesSeveralReports: the answer's citations are of more than one
// report (a target beside its result, two places side by side).
func citesSeveralReports(a *rag.Answer) bool {
	for _, c := range a.Citations {
		if c.Report != a.Citations[0].Report {
			return true
		}
	}
	return false
}

// renderParagraph shows ¶n in full with its section path and period label.
func renderParagraph(rep *rag.Report, p *rag.Paragraph, lang string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<b>¶%d</b>%s · 《%s》\n", p.N, esc(fmt.Sprintf(uiFor(lang).paraOf, len(rep.Paragraphs))), esc(rep.Meta.Title))
	if path := p.Path(); path != "" {
		fmt.Fprintf(&b, "<i>%s</i>\n", esc(path))
	}
	if l := periodLabel(p.Period, lang); l != "" {
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

// renderSearch lists the passages relevant to q (already cut at
// minRelevance), with their relevance and fused score, for staff.
func renderSearch(q string, hits []rag.Hit, lang string) string {
	ui := uiFor(lang)
	var b strings.Builder
	fmt.Fprintf(&b, ui.searchHead, esc(q))
	if len(hits) == 0 {
		b.WriteString(esc(fmt.Sprintf(ui.searchNone, q)))
		return b.String()
	}
	for i, h := range hits {
		if h.Paragraph == nil {
			continue
		}
		fmt.Fprintf(&b, "\n%d. <b>¶%d</b> · %s", i+1, h.Paragraph.N, esc(fmt.Sprintf(ui.searchScore, 100*h.Relevance, h.Score)))
		if l := periodLabel(h.Paragraph.Period, lang); l != "" {
			fmt.Fprintf(&b, " · %s", esc(l))
		}
		if section := h.Paragraph.Section; section != "" {
			fmt.Fprintf(&b, "\n<i>%s</i>", esc(section))
		}
		fmt.Fprintf(&b, "\n%s", quoteHTML(esc(truncateRunes(hitText(h), 300))))
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

func renderTOC(rep *rag.Report, lang string) (string, models.ReplyMarkup) {
	ui := uiFor(lang)
	var b strings.Builder
	fmt.Fprintf(&b, ui.tocHead, esc(rep.Meta.Title))
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
		b.WriteString(esc(ui.tocNone))
		return b.String(), nil
	}
	return b.String(), &models.InlineKeyboardMarkup{InlineKeyboard: rows}
}

// renderWelcome is /start: what the bot knows and how to ask — in a
// group, by mention, reply or /ask, which is all a group bot receives —
// with example questions as buttons.
func renderWelcome(reps []*rag.Report, lang string, group bool, username string, examples []string) (string, models.ReplyMarkup) {
	en := lang == "en"
	at := "@" + username
	var b strings.Builder
	if en {
		b.WriteString("Hello! I answer questions from the government work report, quoting it and naming each paragraph I draw on (¶N).\n\n<b>Reports I have read:</b>\n")
	} else {
		b.WriteString("你好！我根据政府工作报告原文回答问题，每个回答都标出引用的段落（¶N）。\n\n<b>我读过的报告：</b>\n")
	}
	for _, r := range reps {
		fmt.Fprintf(&b, "• 《%s》", esc(r.Meta.Title))
		if r.Meta.Date != "" {
			fmt.Fprintf(&b, "（%s）", esc(r.Meta.Date))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
	switch {
	case group && en:
		fmt.Fprintf(&b, "In this group I answer messages that mention me (%s your question), replies to my answers, and /ask your question. Tap an example below, or send /help.", esc(at))
	case group:
		fmt.Fprintf(&b, "在群里，我回答 @ 我的消息（%s 你的问题）、对我回答的回复，以及 /ask 你的问题。点下面的示例试试，或发送 /help。", esc(at))
	case en:
		b.WriteString("Just type a question. Tap an example below, or send /help for the commands.")
	default:
		b.WriteString("直接发文字提问即可，也可以接着问（“那去年呢？”）。点下面的示例试试，或发送 /help 查看全部命令。")
	}
	var rows [][]models.InlineKeyboardButton
	for i, q := range examples {
		rows = append(rows, []models.InlineKeyboardButton{exampleButton(q, i, lang)})
	}
	if len(rows) == 0 {
		return b.String(), nil
	}
	return b.String(), &models.InlineKeyboardMarkup{InlineKeyboard: rows}
}

func renderHelp(username, lang string) string {
	at := ""
	if username != "" {
		at = "@" + esc(username)
	}
	if lang == "en" {
		return "<b>How to ask</b>\n" +
			"Private chat: just type a question; follow-ups such as “and last year?” continue it.\n" +
			"Groups: mention me (" + at + " your question), reply to one of my answers (a reply continues that answer), or use /ask your question.\n\n" +
			"/ask question — ask\n" +
			"/search keywords — relevant passages with their scores\n" +
			"/para N — paragraph N of the report\n" +
			"/toc — contents\n" +
			"/about — report and version\n\n" +
			"Under an answer, “Source ¶N” shows the whole paragraph and ◀ ▶ page through the report; 👍 👎 help us improve.\n" +
			"Inline mode: type " + at + " and keywords in any chat and pick a passage to send.\n" +
			"<i>Quotes are the report's own words, in Chinese.</i>"
	}
	return "<b>使用说明</b>\n" +
		"私聊：直接发送文字问题，可以接着问（“那去年呢？”“第二条展开说说”）。\n" +
		"群聊：@提及我（" + at + " 你的问题）、回复我的回答（回复会接着那个回答问），或使用 /ask 你的问题。\n\n" +
		"/ask 问题 — 提问\n" +
		"/search 关键词 — 检索相关段落（附相关度和得分）\n" +
		"/para N — 查看第 N 段原文\n" +
		"/toc — 报告目录\n" +
		"/about — 报告与版本信息\n\n" +
		"回答下方的「原文 ¶N」按钮显示整段原文，◀ ▶ 翻看前后段；👍 👎 帮助我们改进。\n" +
		"行内模式：在任意聊天输入 " + at + " 关键词，选择一段引文发送。\n" +
		"<i>Ask in English too: send a question in English.</i>"
}

func renderAbout(reps []*rag.Report, mode, version, lang string) string {
	en := lang == "en"
	label := func(zh, e string) string {
		if en {
			return e
		}
		return zh
	}
	var b strings.Builder
	b.WriteString("<b>" + label("关于", "About") + "</b>\n")
	for _, r := range reps {
		v := r.Version
		if len(v) > 12 {
			v = v[:12]
		}
		fmt.Fprintf(&b, "%s《%s》\n", label("报告：", "Report: "), esc(r.Meta.Title))
		if r.Meta.Date != "" {
			fmt.Fprintf(&b, "%s%s\n", label("日期：", "Date: "), esc(r.Meta.Date))
		}
		fmt.Fprintf(&b, "%s%d\n%s<code>%s</code>\n", label("段落：", "Paragraphs: "), len(r.Paragraphs), label("文本版本：", "Text version: "), esc(v))
	}
	fmt.Fprintf(&b, "%s%s\n", label("回答方式：", "Answer mode: "), esc(mode))
	if version != "" {
		fmt.Fprintf(&b, "%s<code>%s</code>\n", label("程序版本：", "Program version: "), esc(version))
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
