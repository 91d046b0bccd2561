package web

import (
	"net/http"
	"strings"
)

// strs are a page's words in one language, by key.
type strs map[string]string

// ui are the pages' words. Answer text comes from the engine in the
// question's language; these are the page's own.
var ui = map[string]strs{
	"zh": {
		"title":           "政府工作报告问答",
		"tagline":         "根据报告原文回答，并标出引用的段落",
		"ask_label":       "你的问题",
		"ask_placeholder": "例如：2025年地区生产总值增长目标是多少？",
		"ask":             "提问",
		"asking":          "正在回答…",
		"examples":        "可以这样问",
		"you":             "你问",
		"bot":             "回答",
		"vote_up":         "有帮助",
		"vote_down":       "没帮助",
		"voted":           "谢谢反馈",
		"vote_failed":     "反馈没有记录，请稍后再试",
		"error":           "出错了：",
		"rate_limited":    "提问太频繁，请稍后再试。",
		"network":         "网络中断，请重试。",
		"new_chat":        "新对话",
		"other_lang":      "English",
		"other_lang_code": "en",
		"reader":          "阅读报告",
		"sections":        "目录",
		"legend_result":   "上年结果",
		"legend_target":   "当年目标",
		"legend":          "数字标注：",
		"quote_shown":     "引用的原文已高亮",
		"span_invalid":    "链接中的引用范围不在该段内，已显示整段。",
		"para":            "段",
		"chip":            "〔¶{n}〕",
		"chip_multi":      "〔{r} ¶{n}〕",
		"chip_label":      "打开报告第{n}段",
		"correction":      "更正：报告写的是{v}，不是{s}。",
		"correction_plan": "更正：报告把“{v}”列为{p}，没有写{s}。",
		"correction_open": "更正：报告写的是{v}，没有点名{s}。",
		"whole_place":     "{w}全市的{v}",
		"gap_value":       "{rl}{r}、{tl}{t}，{g}",
		"gap_more":        "{a}多{v}",
		"gap_less":        "{a}少{v}",
		"gap_higher":      "{a}高{v}",
		"gap_lower":       "{a}低{v}",
		"gap_same":        "持平",
		"gap_at_least":    "至少",
		"gap_points":      "个百分点",
		"gap_point":       "个百分点",
		"sum_item":        "{l}{i}{v}",
		"sum_label":       "【{l}】",
		"sum_sep":         "、",
		"sum_about":       "约",
		"sum_value":       "{p}，相加为{a}{t}（据报告数字计算）",
		"sum_check":       "核对：报告分别写的是{v}，与所说的{s}一致。",
		"level_rate":      "{i}为{v}（这是达到的水平，不是增幅{c}）",
		"level_total":     "{i}为{v}（这是总量，不是增量{c}）",
		"level_change":    "；报告给出的变化是{m}",
		"moved_up":        "增长{v}",
		"moved_down":      "下降{v}",
		"open_chat":       "打开问答",
		"close_chat":      "关闭问答",
		"skip":            "跳到提问框",
		"console":         "工作台",
		"back_to_chat":    "返回问答",
		"report_list":     "报告",
		"not_found":       "找不到该页面。",
		"no_report":       "没有这份报告。",
		"period_result":   "{y}年结果",
		"period_plan":     "{y}年目标",
		"stream_note":     "（生成中，待核对）",
		"track_label":     "{y}年目标→结果",
		"track_target":    "目标",
		"track_result":    "结果",
		"status_met":      "完成",
		"status_not_met":  "未完成",
		"status_unclear":  "无法直接比较",
		"chosen":          "只看《{t}》",
	},
	"en": {
		"title":           "Government work report Q&A",
		"tagline":         "Answers from the report's own words, with the paragraphs they cite",
		"ask_label":       "Your question",
		"ask_placeholder": "e.g. What is the GDP growth target for 2025?",
		"ask":             "Ask",
		"asking":          "Answering…",
		"examples":        "Try asking",
		"you":             "You asked",
		"bot":             "Answer",
		"vote_up":         "Helpful",
		"vote_down":       "Not helpful",
		"voted":           "Thanks for the feedback",
		"vote_failed":     "The feedback was not recorded; try again later",
		"error":           "Something went wrong: ",
		"rate_limited":    "Too many questions; please wait a little.",
		"network":         "The connection failed; please try again.",
		"new_chat":        "New chat",
		"other_lang":      "中文",
		"other_lang_code": "zh",
		"reader":          "Read the report",
		"sections":        "Contents",
		"legend_result":   "last year's result",
		"legend_target":   "this year's target",
		"legend":          "Figures marked: ",
		"quote_shown":     "The quoted text is highlighted",
		"span_invalid":    "The link's quote is not inside this paragraph; the whole paragraph is shown.",
		"para":            "paragraph",
		"chip":            "〔¶{n}〕",
		"chip_multi":      "〔{r} ¶{n}〕",
		"chip_label":      "Open paragraph {n} of the report",
		"correction":      "Note: the report says {v}, not {s}.",
		"correction_plan": "Note: the report lists {v} as a {p}, not as done ({s}).",
		"correction_open": "Note: the report says {v}; it does not name {s}.",
		"whole_place":     "{v} for {w} as a whole",
		"gap_value":       "{r} ({rl}) and {t} ({tl}), {g}",
		"gap_more":        "{a}{v} more",
		"gap_less":        "{a}{v} less",
		"gap_higher":      "{a}{v} higher",
		"gap_lower":       "{a}{v} lower",
		"gap_same":        "the same",
		"gap_at_least":    "at least ",
		"gap_points":      " percentage points",
		"gap_point":       " percentage point",
		"sum_item":        "{i} {v}{l}",
		"sum_label":       " ({l})",
		"sum_sep":         " and ",
		"sum_about":       "about ",
		"sum_value":       "{p}, which add up to {a}{t} (computed from the report's figures)",
		"sum_check":       "Check: the report gives {v}, as stated ({s}).",
		"level_rate":      "{i} stood at {v} (a level, not a rise{c})",
		"level_total":     "{i} stood at {v} (a total, not an increase{c})",
		"level_change":    "; the change it gives is {m}",
		"moved_up":        "a rise of {v}",
		"moved_down":      "a fall of {v}",
		"open_chat":       "Open the Q&A",
		"close_chat":      "Close the Q&A",
		"skip":            "Skip to the question box",
		"console":         "Console",
		"back_to_chat":    "Back to the chat",
		"report_list":     "Reports",
		"not_found":       "No such page.",
		"no_report":       "No such report.",
		"period_result":   "{y} result",
		"period_plan":     "{y} target/plan",
		"stream_note":     "(being written, not yet checked)",
		"track_label":     "{y} target → result",
		"track_target":    "target",
		"track_result":    "result",
		"status_met":      "met",
		"status_not_met":  "not met",
		"status_unclear":  "not directly comparable",
		"chosen":          "from {t} only",
	},
}

func uiStrings(lang string) strs {
	if s, ok := ui[lang]; ok {
		return s
	}
	return ui["zh"]
}

// pickLang is the page's language: ?lang=, else the browser's first
// preference between Chinese and English, else Chinese.
func pickLang(r *http.Request) string {
	switch l := r.URL.Query().Get("lang"); l {
	case "zh", "en":
		return l
	}
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag := strings.ToLower(strings.TrimSpace(strings.SplitN(part, ";", 2)[0]))
		switch {
		case strings.HasPrefix(tag, "zh"):
			return "zh"
		case strings.HasPrefix(tag, "en"):
			return "en"
		}
	}
	return "zh"
}
