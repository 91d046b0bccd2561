package rag

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Small talk is what people say to a bot that is not a question about a
// report: greetings, thanks, acknowledgements, goodbyes, "who are you",
// an emoji. It gets a short friendly reply, never "the report does not
// say", and a front end never counts it against a quota.
type smallTalk int

const (
	notSmallTalk smallTalk = iota
	greeting
	thanks
	acknowledgement
	goodbye
	whoAreYou
	thumbsDown
)

var smallTalkWords = map[smallTalk][]string{
	greeting: {"你好", "您好", "哈喽", "嗨", "在吗", "在不在", "早上好", "上午好", "中午好", "下午好", "晚上好", "早安", "晚安", "大家好", "hi", "hello", "hey", "good morning", "good evening", "good afternoon"},
	thanks: {"谢谢", "谢谢你", "多谢", "感谢", "谢啦", "谢了", "辛苦了", "太好了", "太棒了", "好棒", "不错", "厉害", "赞", "👍", "🙏", "❤️", "thanks", "thank you", "thx", "great", "nice", "awesome", "cool",
		// praise of the answer, not a question of jobs or work (job reads 就业);
		// written as the core is matched, without its spaces
		"goodjob", "greatjob", "nicejob", "welldone", "goodwork", "greatwork", "nicework", "做得好", "干得好", "干得漂亮", "好样的"},
	acknowledgement: {"好的", "好", "好吧", "收到", "嗯", "嗯嗯", "哦", "噢", "行", "可以", "明白", "明白了", "知道了", "了解", "懂了", "ok", "okay", "got it", "i see", "sure"},
	goodbye:         {"再见", "拜拜", "回头见", "bye", "goodbye", "see you"},
	whoAreYou:       {"你是谁", "你是什么", "你叫什么", "你能做什么", "你会什么", "你能干什么", "你会干什么", "怎么用", "怎么问", "帮助", "who are you", "what are you", "what can you do", "help"},
	thumbsDown:      {"👎", "不对", "错了", "答非所问", "没用", "wrong"},
}

// readSmallTalk reports what kind of small talk a question is, if it is
// nothing else: the whole text, without punctuation, emoji modifiers and
// particles, is one of the words above; a text of emoji or punctuation
// alone is thanks when it is 👍, else a greeting.
func readSmallTalk(text string) smallTalk {
	norm := Normalize(text)
	if s := strings.TrimFunc(norm, func(r rune) bool { return isTalkPunct(r) }); s == "" {
		switch {
		case strings.ContainsAny(norm, "👍🙏❤👏"):
			return thanks
		case strings.ContainsRune(norm, '👎'):
			return thumbsDown
		}
		return greeting
	}
	if !smallTalkInitials[coreStart(norm)] {
		return notSmallTalk // most questions: no word could match, spare building the core
	}
	core := strings.Map(func(r rune) rune {
		if !keptInCore(r) {
			return -1
		}
		return r
	}, norm)
	core = strings.TrimRight(strings.TrimSpace(core), "啊呀哈啦呢哦嘛～~")
	core = strings.TrimSpace(core)
	if utf8.RuneCountInString(core) > maxSmallTalkRunes {
		return notSmallTalk // a question, not a greeting: spare the word list
	}
	for _, k := range []smallTalk{thumbsDown, whoAreYou, thanks, goodbye, greeting, acknowledgement} {
		for _, w := range smallTalkWords[k] {
			// core, trimmed, is w repeated only if it starts with w: the
			// prefix test spares a search of core for most words.
			if strings.HasPrefix(core, w) && (core == w || strings.TrimSpace(strings.ReplaceAll(core, w, "")) == "") {
				return k
			}
		}
	}
	return notSmallTalk
}

// keptInCore: what readSmallTalk keeps of a text to match against the
// words: no punctuation or symbols, but the emoji that are words.
func keptInCore(r rune) bool {
	return !isTalkPunct(r) || r == '👍' || r == '👎' || r == '🙏'
}

// coreStart is the first rune of readSmallTalk's core of norm, -1 when it
// is empty: its trims leave the start alone, as spaces are punctuation.
func coreStart(norm string) rune {
	for _, r := range norm {
		if keptInCore(r) {
			return r
		}
	}
	return -1
}

// smallTalkInitials are the first runes of the small-talk words: a text
// whose core starts with another rune is none of them.
var smallTalkInitials = func() map[rune]bool {
	m := map[rune]bool{}
	for _, ws := range smallTalkWords {
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			m[r] = true
		}
	}
	return m
}()

// maxSmallTalkRunes bounds small talk: a longer message is a question,
// however many greetings it repeats.
const maxSmallTalkRunes = 40

// SmallTalk reports whether text is small talk rather than a question,
// and whether it asks something of the bot ("你是谁", "what can you do"):
// what a front end decides before asking — small talk is not counted
// against a quota, and in a group only small talk that asks is answered.
func SmallTalk(text string) (smallTalk, asks bool) {
	k := readSmallTalk(text)
	return k != notSmallTalk, k == whoAreYou
}

// isTalkPunct: punctuation, symbols and emoji, which carry no question.
func isTalkPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) || r >= 0x1F000 || r == '\uFE0F' || r == '\u200D'
}

// stripGreeting drops a greeting that opens a question ("你好，今年GDP目标
// 是多少"), and the other openers that ask nothing (dropOpeners): the rest
// is the question.
func stripGreeting(text string) string {
	norm := Normalize(text)
	for _, w := range smallTalkWords[greeting] {
		if strings.HasPrefix(norm, w) {
			rest := strings.TrimLeftFunc(norm[len(w):], func(r rune) bool { return isTalkPunct(r) })
			if rest != "" && readSmallTalk(rest) == notSmallTalk {
				return dropOpeners(rest)
			}
		}
	}
	return dropOpeners(text)
}

// smallTalkAnswer replies to small talk: a sentence, and, for a greeting
// or "who are you", questions to try.
func (e *Engine) smallTalkAnswer(text string, kind smallTalk, lang string) *Answer {
	r := e.ix.Latest()
	title := r.Meta.Title
	var reply string
	en := lang == "en"
	switch {
	case kind == thanks && en:
		reply = "You're welcome! Ask me anything else about the report."
	case kind == thanks:
		reply = "不客气！还想了解什么，直接问我。"
	case kind == acknowledgement && en:
		reply = "OK. Ask me anytime."
	case kind == acknowledgement:
		reply = "好的。有问题随时问我。"
	case kind == goodbye && en:
		reply = "Goodbye!"
	case kind == goodbye:
		reply = "再见！"
	case kind == thumbsDown && en:
		reply = "Sorry that did not help. Try asking in other words, or name the figure or topic you want."
	case kind == thumbsDown:
		reply = "抱歉没有帮上忙。可以换个说法再问，或者说出想查的指标或事项。"
	case kind == whoAreYou && en:
		reply = fmt.Sprintf("I answer questions about %s: its figures, 2024 results and 2025 targets, and its plans. Every answer quotes the report and names the paragraph (¶N).", title)
	case kind == whoAreYou:
		reply = fmt.Sprintf("我是《%s》的问答助手：可以问报告里的数字、去年的成绩、今年的目标和安排，每个回答都引用原文并标出段落（¶N）。", title)
	case en:
		reply = fmt.Sprintf("Hello! I answer questions about %s and quote the paragraphs I draw on.", title)
	default:
		reply = fmt.Sprintf("你好！我根据《%s》回答问题，每个回答都标出引用的原文段落。", title)
	}
	ans := &Answer{Question: text, Mode: ModeExtractive, Lang: lang, Citations: []Citation{}, Parts: []Part{TextPart(RoleSmallTalk, reply)}}
	if kind == greeting || kind == whoAreYou || kind == thumbsDown {
		ans.Parts = e.appendExamples(ans.Parts, lang)
	}
	ans.Understood = &Understood{Intent: "smalltalk"}
	e.setReport(ans, nil, nil)
	return ans
}

// appendExamples appends questions to try, under their heading.
func (e *Engine) appendExamples(parts []Part, lang string) []Part {
	heading := "可以这样问："
	if lang == "en" {
		heading = "You could ask:"
	}
	parts = append(parts, TextPart(RoleHeading, heading))
	for _, q := range e.Examples(lang) {
		parts = append(parts, TextPart(RoleExample, q))
	}
	return parts
}

// smallTalkLang is "en" for small talk in Latin letters only ("hello"),
// which is too short for QuestionLang's rule.
func smallTalkLang(text string) string {
	han, latin := false, false
	for _, r := range text {
		han = han || isHan(r)
		latin = latin || r < 0x80 && unicode.IsLetter(r)
	}
	if latin && !han {
		return "en"
	}
	return "zh"
}

// Examples are questions to try: the newest report's own (examples: in
// its metadata), else questions every government work report answers.
func (e *Engine) Examples(lang string) []string {
	r := e.ix.Latest()
	if lang != "en" && len(r.Meta.Examples) > 0 {
		return r.Meta.Examples
	}
	if lang == "en" {
		return []string{
			fmt.Sprintf("What is the GDP growth target for %d?", r.Meta.Year),
			fmt.Sprintf("How much did foreign trade grow in %d?", r.Meta.ReviewYear),
			fmt.Sprintf("What are the main tasks for %d?", r.Meta.Year),
		}
	}
	return []string{
		fmt.Sprintf("%d年地区生产总值增长目标是多少？", r.Meta.Year),
		fmt.Sprintf("%d年进出口总额增长了多少？", r.Meta.ReviewYear),
		fmt.Sprintf("%d年在民生方面有哪些安排？", r.Meta.Year),
	}
}
