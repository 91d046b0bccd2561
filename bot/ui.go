package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/reportbot/reportbot/rag"
)

// The bot's own words, in Chinese and English. A user gets English when
// Telegram says their app is in English (language_code en*) or when they
// ask in English; quotes from the report stay Chinese either way.

// uiText is the bot's wording in one language.
type uiText struct {
	lang string

	source         string // button: "原文 ¶%d"
	more           string // button: show the rest of a list
	moreLine       string // "…还有 %d 条" under a cut list
	sources        string // heading of the citations a model's sentences rest on
	examplesHead   string // before example questions
	mentionHint    string // "@bot" with no question; %[1]s = @username
	askUsage       string
	searchUsage    string
	searchHead     string // %s = query
	searchNone     string // %s = query
	searchScore    string // "得分 %.3f · 相关度 %.0f%%"
	paraUsage      string // %d = paragraphs
	paraMissing    string // %[1]d = asked, %[2]d = paragraphs
	paraOf         string // "（共 %d 段）"
	unknownCommand string // %s = name
	nonText        string
	emptyQuestion  string
	tooLong        string // %d = MaxQuestionRunes
	unknownReport  string
	failed         string
	expired        string // a button that no longer works
	inChat         string // a button used outside a chat
	reportGone     string
	noParagraph    string // %d
	voteUp         string
	voteDown       string
	voteFailed     string
	tocHead        string
	tocNone        string
	inlineNone     string // title of the one result when nothing matches; %s = query
	inlineNoneText string // its message; %[1]s = query, %[2]s = report title
	inlineExample  string // description of an example question
	// A year's target beside its result (track parts): trackHead is
	// "【%d年目标→结果】", trackLine the indicator, the target with its
	// marks, the result with its marks, the status.
	trackHead string
	trackLine string
	statuses  map[string]string // rag.StatusMet… → its word
	sourceOf  string            // button: "原文 %s ¶%d" (report id), when an answer cites several reports
}

var uiZh = &uiText{
	lang:           "zh",
	source:         "原文 ¶%d",
	more:           "更多 ▾",
	moreLine:       "…还有 %d 条",
	sources:        "出处",
	examplesHead:   "可以点下面的问题试试：",
	mentionHint:    "请在 %[1]s 后面写上问题，例如：%[1]s 2024年进出口总额增长了多少？",
	askUsage:       "用法：/ask 你的问题，例如 /ask 2024年进出口总额增长了多少？",
	searchUsage:    "用法：/search 关键词，例如 /search 进出口",
	searchHead:     "<b>检索：</b>%s\n",
	searchNone:     "报告里没有与“%s”相关的段落。",
	searchScore:    "相关度 %.0f%% · 得分 %.3f",
	paraUsage:      "用法：/para N，N 是 1–%d 之间的段落编号，例如 /para 23",
	paraMissing:    "没有第 %[1]d 段：这份报告共 %[2]d 段（¶1–¶%[2]d）。",
	paraOf:         "（共 %d 段）",
	unknownCommand: "未知命令 /%s，发送 /help 查看可用命令。",
	nonText:        "我只能回答文字问题，看不懂图片、贴纸、语音和文件。请用文字提问（给图片配文字也可以），例如：2024年进出口总额增长了多少？",
	emptyQuestion:  "请输入问题，例如：2024年进出口总额增长了多少？",
	tooLong:        "问题太长了（最多 %d 字），请精简后再问。这条不计入提问次数。",
	unknownReport:  "没有这份报告。",
	failed:         "抱歉，暂时无法回答，请稍后再试。",
	expired:        "这个按钮已失效。",
	inChat:         "请在与机器人的对话中使用这个按钮。",
	reportGone:     "这份报告已不在机器人中。",
	noParagraph:    "没有第 %d 段。",
	voteUp:         "谢谢反馈！👍",
	voteDown:       "谢谢反馈，我们会改进。👎",
	voteFailed:     "没能记录反馈，请稍后再试。",
	tocHead:        "<b>目录</b> · 《%s》\n",
	tocNone:        "（这份报告没有识别出章节标题，可用 /para N 按段查看。）",
	inlineNone:     "报告里没有“%s”的内容",
	inlineNoneText: "《%[2]s》没有提到“%[1]s”。",
	inlineExample:  "常见问题 · 选中后发送报告原文",
	trackHead:      "【%d年目标→结果】",
	trackLine:      "%s：目标%s，结果%s——%s",
	statuses:       map[string]string{rag.StatusMet: "完成", rag.StatusNotMet: "未完成", rag.StatusUnclear: "无法直接比较"},
	sourceOf:       "原文 %s ¶%d",
}

var uiEn = &uiText{
	lang:           "en",
	source:         "Source ¶%d",
	more:           "More ▾",
	moreLine:       "…%d more",
	sources:        "Sources",
	examplesHead:   "Tap a question to try it:",
	mentionHint:    "Write your question after %[1]s, e.g. %[1]s How much did foreign trade grow in 2024?",
	askUsage:       "Usage: /ask your question, e.g. /ask How much did foreign trade grow in 2024?",
	searchUsage:    "Usage: /search keywords, e.g. /search 进出口",
	searchHead:     "<b>Search:</b> %s\n",
	searchNone:     "The report has no passage on “%s”.",
	searchScore:    "relevance %.0f%% · score %.3f",
	paraUsage:      "Usage: /para N, where N is a paragraph number from 1 to %d, e.g. /para 23",
	paraMissing:    "There is no paragraph %[1]d: the report has %[2]d (¶1–¶%[2]d).",
	paraOf:         " (of %d)",
	unknownCommand: "Unknown command /%s. Send /help to see the commands.",
	nonText:        "I can only answer questions in text: I cannot read pictures, stickers, voice messages or files. Ask in words (a caption on a picture works too), e.g. How much did foreign trade grow in 2024?",
	emptyQuestion:  "Please type a question, e.g. How much did foreign trade grow in 2024?",
	tooLong:        "That question is too long (at most %d characters); please shorten it. It did not count against your questions.",
	unknownReport:  "There is no such report.",
	failed:         "Sorry, I cannot answer right now. Please try again later.",
	expired:        "This button no longer works.",
	inChat:         "Use this button in a chat with the bot.",
	reportGone:     "That report is no longer loaded.",
	noParagraph:    "There is no paragraph %d.",
	voteUp:         "Thanks for the feedback! 👍",
	voteDown:       "Thanks — we will improve it. 👎",
	voteFailed:     "Could not record your feedback; please try again later.",
	tocHead:        "<b>Contents</b> · 《%s》\n",
	tocNone:        "(No section headings were found in this report; use /para N to read it paragraph by paragraph.)",
	inlineNone:     "Nothing in the report on “%s”",
	inlineNoneText: "《%[2]s》 says nothing about “%[1]s”.",
	inlineExample:  "Common question · sends the report's own words",
	trackHead:      "【%d target → result】",
	trackLine:      "%s: target %s, result %s — %s",
	statuses:       map[string]string{rag.StatusMet: "met", rag.StatusNotMet: "not met", rag.StatusUnclear: "not directly comparable"},
	sourceOf:       "Source %s ¶%d",
}

// uiFor is the wording for a UI language ("en" or anything else: Chinese).
func uiFor(lang string) *uiText {
	if lang == "en" {
		return uiEn
	}
	return uiZh
}

// userLang is the UI language for a user: English when their Telegram app
// is in English or they wrote in English, else Chinese.
func userLang(u *models.User, text string) string {
	if u != nil && strings.HasPrefix(strings.ToLower(u.LanguageCode), "en") {
		return "en"
	}
	if englishQuestion(text) {
		return "en"
	}
	return "zh"
}

// clockTime names t for a user in loc: "14:32" today, "3月2日 00:00" or
// "Mar 2 00:00" on another day.
func (u *uiText) clockTime(t, now time.Time, loc *time.Location) string {
	t, now = t.In(loc), now.In(loc)
	if t.Year() == now.Year() && t.YearDay() == now.YearDay() {
		return t.Format("15:04")
	}
	if u.lang == "en" {
		return t.Format("Jan 2 15:04")
	}
	return fmt.Sprintf("%d月%d日 %s", t.Month(), t.Day(), t.Format("15:04"))
}

// window names a duration the way people say it: "10分钟", "1小时" / "10 minutes".
func (u *uiText) window(d time.Duration) string {
	en := u.lang == "en"
	switch {
	case d%time.Hour == 0:
		n := int(d / time.Hour)
		if en {
			return plural(n, "hour")
		}
		return fmt.Sprintf("%d小时", n)
	case d%time.Minute == 0:
		n := int(d / time.Minute)
		if en {
			return plural(n, "minute")
		}
		return fmt.Sprintf("%d分钟", n)
	}
	n := int(d.Round(time.Second) / time.Second)
	if en {
		return plural(n, "second")
	}
	return fmt.Sprintf("%d秒", n)
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// deferredNotice says a question is over a limit and when it will be
// answered (and the user may ask again).
func (u *uiText) deferredNotice(l limitKind, n int, window time.Duration, when string) string {
	switch {
	case l == limitDay && u.lang == "en":
		return fmt.Sprintf("You have asked %d questions today, the daily limit. I will answer this one at %s; you can ask again from then.", n, when)
	case l == limitDay:
		return fmt.Sprintf("今天已经问了%d个问题，到了每天的上限。这个问题我会在%s回答，到时也可以继续提问。", n, when)
	case u.lang == "en":
		return fmt.Sprintf("You are asking quickly: at most %d questions every %s. I will answer this one at %s; you can ask again from then.", n, u.window(window), when)
	}
	return fmt.Sprintf("问得有点快：每%s最多%d个问题。这个问题我会在%s回答，到时也可以继续提问。", u.window(window), n, when)
}

// fullNotice says too many questions are already waiting.
func (u *uiText) fullNotice(when string) string {
	if u.lang == "en" {
		return fmt.Sprintf("Several of your questions are already waiting to be answered. Please ask this one again after %s.", when)
	}
	return fmt.Sprintf("你已经有几个问题在排队等待回答了。这个问题请在%s以后再问。", when)
}
