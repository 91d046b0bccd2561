package rag

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Conversing answers the questions of conversations, in every mode: a
// follow-up ("那去年呢？", "锦州呢", "第二条展开说说", "what about
// exports?") is read against the conversation's last question and asked
// as the standalone question it means; small talk gets the engine's reply.
// The state of each conversation is kept in a ConversationStore.
type Conversing struct {
	Answerer // answers standalone questions: the cached engine, or a model
	eng      *Engine
	store    ConversationStore
	ttl      time.Duration
}

// Converse wraps inner; eng reads the questions, store keeps the state.
func Converse(inner Answerer, eng *Engine, store ConversationStore) *Conversing {
	return &Conversing{Answerer: inner, eng: eng, store: store, ttl: ConversationTTL}
}

// Ask answers q, reading it against its conversation.
func (c *Conversing) Ask(ctx context.Context, q Query) (*Answer, error) {
	return c.ask(ctx, q, nil)
}

// AskStream is Ask, streaming what the inner answerer streams.
func (c *Conversing) AskStream(ctx context.Context, q Query, onDelta func(string)) (*Answer, error) {
	return c.ask(ctx, q, onDelta)
}

func (c *Conversing) ask(ctx context.Context, q Query, onDelta func(string)) (*Answer, error) {
	text, err := checkQuestion(q.Text)
	if err != nil {
		return nil, err
	}
	if readSmallTalk(text) != notSmallTalk {
		return c.eng.Ask(ctx, Query{Text: text, Report: q.Report})
	}
	if q.Conversation == "" || c.store == nil {
		return c.inner(ctx, q, onDelta)
	}
	prev, err := loadTurn(ctx, c.store, q.Conversation)
	if err != nil {
		prev = nil // a store that fails costs the context, not the answer
	}
	asked := q
	standalone, report, pin := c.eng.followUp(text, prev)
	if standalone != "" {
		asked.Text = standalone
	}
	if asked.Report == "" && len(c.eng.ix.reports) > 1 {
		// "第二条展开说说" is about the report the last answer quoted;
		// any other question about its place, unless it names another.
		if pin {
			asked.Report = report
		} else if prev != nil {
			asked.Context = prev.Report
		}
	}
	ans, err := c.inner(ctx, asked, onDelta)
	if err != nil {
		return nil, err
	}
	ans.Question = text
	if standalone != "" {
		if ans.Understood == nil {
			ans.Understood = &Understood{Intent: "question"}
		}
		ans.Understood.Read, ans.Understood.FollowUp = standalone, true
	}
	if raw, err := json.Marshal(c.eng.turnOf(text, asked.Text, ans)); err == nil {
		_ = c.store.Save(ctx, q.Conversation, raw, c.ttl) // best effort, as loading is
	}
	return ans, nil
}

// Examples are questions to try (Engine.Examples), for front ends that
// offer them.
func (c *Conversing) Examples(lang string) []string { return c.eng.Examples(lang) }

func (c *Conversing) inner(ctx context.Context, q Query, onDelta func(string)) (*Answer, error) {
	if onDelta == nil {
		return c.Answerer.Ask(ctx, q)
	}
	return c.Answerer.AskStream(ctx, q, onDelta)
}

var (
	// itemRef names an item of the last answer: 第二条, 第3个, 第一点.
	itemRef = regexp.MustCompile(`^(?:那|那么)?第([一二三四五六七八九十两\d]{1,3})(?:条|个|项|点|方面|件)`)
	// moreCues ask for the last answer in more detail.
	moreCues = []string{"具体说说", "详细说说", "展开说说", "展开讲讲", "具体讲讲", "详细讲讲", "展开", "具体点", "详细点", "再详细点", "说详细点", "说具体点", "原文", "tell me more", "more details", "in detail", "details"}
	// followCues open or close a follow-up that keeps the last topic.
	followOpeners = []string{"那", "那么", "还有", "另外", "and ", "what about", "how about"}
	targetCues    = []string{"目标", "计划", "预期", "打算", "target", "goal", "plan"}
	resultCues2   = []string{"完成", "实际", "结果", "实现了", "achieved", "actual", "result"}
	// wholeQuestionCues ask what or which: a question with one asks for
	// something of its own, even in generic words (哪些工作, 什么目标).
	wholeQuestionCues = []string{"哪些", "什么", "有啥", "哪几", "what are", "which"}
)

// followUp reads text against the conversation's last turn: the standalone
// question it means ("" when it is not a follow-up, or when there is no
// last turn), and the report it is about, which pin says it must be
// answered from (it opens up what the last answer quoted).
func (e *Engine) followUp(text string, prev *turn) (standalone, report string, pin bool) {
	if prev == nil {
		return "", "", false
	}
	if prev.Pending != "" {
		return e.answerChoice(text, prev)
	}
	rep := e.ix.byID[prev.Report] // nil when it drew on none
	norm := strings.TrimFunc(Normalize(e.ix.rd.read(text, e.ix.scopeFor(rep))), isTalkPunct)
	if m := itemRef.FindStringSubmatch(norm); m != nil {
		n, err := strconv.Atoi(m[1])
		if err != nil {
			f, _ := ParseChineseNumber(m[1])
			n = int(f)
		}
		refs := prev.Items
		if len(refs) == 0 {
			refs = prev.Cites
		}
		if n >= 1 && n <= len(refs) {
			return e.expand(refs[n-1]), refs[n-1].Report, true
		}
	}
	for _, c := range moreCues {
		if norm == c || strings.TrimSpace(strings.TrimPrefix(norm, "那")) == c || strings.HasSuffix(norm, c) && utf8.RuneCountInString(norm) <= utf8.RuneCountInString(c)+3 {
			if len(prev.Cites) > 0 {
				return e.expand(prev.Cites[0]), prev.Cites[0].Report, true
			}
		}
	}
	return e.slotFollowUp(norm, prev, rep), prev.Report, false
}

// answerChoice reads the reply to "which report?": a report's id or
// title answers the question asked before from that report; a short
// reply (a place, a year: "锦州", "2024年的") is added to it; the
// question itself is asked afresh.
func (e *Engine) answerChoice(text string, prev *turn) (standalone, report string, pin bool) {
	t := strings.TrimFunc(strings.TrimSpace(text), isTalkPunct)
	if t == strings.TrimFunc(strings.TrimSpace(prev.Pending), isTalkPunct) || t == strings.TrimFunc(strings.TrimSpace(prev.Question), isTalkPunct) {
		// The question asked again (a page's choice button sends it with
		// the chosen report as Query.Report): no reply to add to it.
		return "", "", false
	}
	for _, r := range e.ix.reports {
		if t == r.Meta.ID || t == r.Meta.Title {
			return prev.Pending, r.Meta.ID, true
		}
	}
	if utf8.RuneCountInString(t) <= 16 {
		return t + " " + prev.Pending, "", false
	}
	return "", "", false
}

// expand is the question that opens up a paragraph an answer cited: for a
// section heading, the topics of its section ("（二）狠抓创新赋能…有哪些
// 具体工作"); for any other paragraph, the paragraph itself.
func (e *Engine) expand(r ref) string {
	if rep, ok := e.ix.byID[r.Report]; ok && r.Paragraph >= 1 && r.Paragraph <= len(rep.Paragraphs) {
		if p := &rep.Paragraphs[r.Paragraph-1]; p.Kind == ParaSection && p.Section != "" {
			return strings.TrimLeft(p.Section, "（()）一二三四五六七八九十") + "有哪些具体工作"
		}
	}
	return fmt.Sprintf("第%d段", r.Paragraph)
}

// slotFollowUp reads a short question that changes one thing of the last
// — the period, the place, the topic, result or target — keeping the
// rest: "那去年呢？" after 今年GDP目标是多少 is 去年GDP是多少.
func (e *Engine) slotFollowUp(norm string, prev *turn, rep *Report) string {
	a := e.ix.analyze(norm, rep)
	opener := startsWithAny(norm, followOpeners)
	short := utf8.RuneCountInString(norm) <= 16 || a.lang == "en" && len(strings.Fields(norm)) <= 7
	topic := e.topicText(a)
	if !short || !(opener || strings.HasSuffix(norm, "呢") || strings.HasSuffix(norm, "呢？") || topic == "") {
		return ""
	}
	if !opener && (a.list || a.summary || containsAny(norm, wholeQuestionCues) || containsAny(norm, trackCues)) {
		// "2025年有哪些重点工作", "去年的目标完成了吗": a question of its
		// own, topic or not.
		return ""
	}
	period := periodText(norm)
	place := ""
	if a.place != nil && a.place.Relation != PlaceOwn {
		place = a.place.Name
	}
	target := containsAny(norm, targetCues)
	aspect := aspectAsked(norm, prev)
	if period == "" && place == "" && topic == "" && !target && !containsAny(norm, resultCues2) && aspect == "" {
		return "" // nothing it changes: not a follow-up
	}
	switch {
	case topic == "" && aspect != "":
		topic = strings.TrimSuffix(prev.Topic, aspectOf(prev.Topic)) + aspect
	case topic == "":
		topic = prev.Topic
	}
	if period == "" {
		period = prev.Period
	}
	if place == "" && a.place == nil {
		place = prev.Place
	}
	switch {
	case containsAny(norm, resultCues2) || periodIsReview(period, e.ix.Latest()):
		target = false
	case !target:
		target = prev.Target
	}
	if prev.Lang == "en" {
		if q := renamePeriod(prev, period); q != "" && (topic == "" || prev.Intent != "figure") {
			return q // "What are the main tasks for 2025?" → "… for 2024?"
		}
		return strings.TrimSpace(strings.Join([]string{"how much", topic, period, place}, " "))
	}
	q := place + period + topic
	if target {
		q += "目标"
	}
	switch prev.Intent {
	case "list":
		q += "有哪些"
	case "figure", "comparison", "premise":
		q += followUpAsks(q, prev)
	}
	return q
}

// followUpAsks is what a follow-up made whole asks with: "是多少", or
// "增幅是多少" where that would ask an amount as it stands (去年GDP是多少)
// and the last question asked none (今年GDP目标是多少, answered with a
// growth): the follow-up asks what the last one did, of another period.
func followUpAsks(q string, prev *turn) string {
	if asksAmountLevel(Normalize(q+"是多少")) && !asksAmountLevel(Normalize(prev.Read)) {
		return "增幅是多少"
	}
	return "是多少"
}

// topicText is what a question is about, in its own words: its words
// without period, place, question and target words.
func (e *Engine) topicText(a analysis) string {
	var b strings.Builder
	kept := false // the word before was kept
	for _, w := range e.ix.questionWords(a) {
		if w.generic || genericWordSet[w.text] {
			kept = kept && slices.Contains(measureWords, w.text)
			if kept {
				b.WriteString(w.text) // 进出口总额增长
			}
			continue
		}
		kept = false
		text := w.text
		for _, c := range targetCues {
			text = strings.ReplaceAll(text, c, "")
		}
		text = strings.TrimFunc(text, isStopRune)
		if genericWordSet[text] || utf8.RuneCountInString(text) < 2 && (text == "" || text[0] >= 0x80) {
			continue
		}
		if b.Len() > 0 && text[0] < 0x80 {
			b.WriteByte(' ')
		}
		b.WriteString(text)
		kept = true
	}
	return strings.TrimSpace(b.String())
}

// renamePeriod is the previous question with its period replaced by
// period ("2025" → "2024"); "" when it names none or nothing changes.
func renamePeriod(prev *turn, period string) string {
	old := strings.TrimSuffix(prev.Period, "年")
	period = strings.TrimSuffix(period, "年")
	if old == "" || period == "" || old == period || !strings.Contains(prev.Question, old) {
		return ""
	}
	return strings.Replace(prev.Question, old, period, 1)
}

// genericTopic is a question's generic words, without its question
// words: 重点工作 of "2025年有哪些重点工作".
func (e *Engine) genericTopic(a analysis) string {
	var b strings.Builder
	for _, w := range e.ix.questionWords(a) {
		if (w.generic || genericWordSet[w.text]) && !slices.Contains(askingWords, w.text) {
			b.WriteString(w.text)
		}
	}
	return b.String()
}

// askingWords are the generic words that only ask.
var askingWords = []string{"哪些", "什么", "有啥", "如何", "怎样", "怎么办", "怎么搞", "怎么干", "多大", "多远", "情况", "方面"}

// periodWords2 are the period words a follow-up may name, longest first.
var periodWords2 = []string{"大前年", "前年", "去年", "今年", "明年", "后年", "上年", "本年", "last year", "this year", "next year"}

// periodText is the period a question names, as it names it: a year
// ("2024年"), staff shorthand ("24年") or a relative word ("去年").
func periodText(norm string) string {
	if ys := findYears(norm); len(ys) > 0 {
		return norm[ys[0].start:ys[0].end] + "年"
	}
	if w := firstIn(norm, periodWords2); w != "" {
		return w
	}
	if ms := periodMentions(norm, 0, 0); len(ms) > 0 {
		return strconv.Itoa(ms[0].year) + "年"
	}
	return ""
}

// periodIsReview: the period named is the year the report reviews.
func periodIsReview(period string, r *Report) bool {
	return period == "去年" || period == "上年" || period == "last year" ||
		r != nil && r.Meta.ReviewYear != 0 && strings.HasPrefix(period, strconv.Itoa(r.Meta.ReviewYear))
}

// turnOf is what a conversation remembers of a question answered.
func (e *Engine) turnOf(question, asked string, ans *Answer) turn {
	if ans.Understood != nil && ans.Understood.Grounding == GroundAmbiguousReport {
		// Asked back which report: the reply says, and the question waits.
		return turn{Question: question, Read: asked, Pending: asked, Lang: ans.Lang, Intent: "clarify"}
	}
	rep := e.ix.byID[ans.Report.ID]
	_, read := e.ix.readAsked(asked, rep)
	a := e.ix.analyze(Normalize(read), rep)
	t := turn{Question: question, Read: asked, Topic: e.topicText(a), Period: periodText(a.norm),
		Target: containsAny(a.norm, targetCues), Lang: ans.Lang, Report: ans.Report.ID}
	if t.Topic == "" {
		// "2025年有哪些重点工作": its generic words are its topic, for
		// "那去年呢" to ask again.
		t.Topic = e.genericTopic(a)
	}
	if a.place != nil && a.place.Relation != PlaceOwn {
		t.Place = a.place.Name
	}
	t.Intent = intentName(a, false)
	if ans.Understood != nil && ans.Understood.Intent != "" && ans.Understood.Intent != "lookup" {
		t.Intent = ans.Understood.Intent
	}
	for _, p := range ans.Parts {
		if p.Type == PartItem && p.Number > 0 && len(p.Citations) > 0 {
			c := ans.Citations[p.Citations[0]]
			t.Items = append(t.Items, ref{c.Report, c.Paragraph})
		}
	}
	for _, c := range ans.Citations {
		t.Cites = append(t.Cites, ref{c.Report, c.Paragraph})
	}
	return t
}

// asksOnlyMore reports whether a question asks for more detail and
// nothing else ("能详细说说吗"): in a conversation it is read against the
// last turn; asked alone it names no topic, and whatever the report says
// of the cue's own words (启动详细规划) is not what was meant.
func asksOnlyMore(norm string) bool {
	if !containsAny(norm, moreCues) && !containsAny(norm, figureMoreCues) {
		return false
	}
	rest := blankWords(blankWords(blankWords(norm, moreCues), figureMoreCues), fillerWords)
	if strings.IndexFunc(rest, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
		return false
	}
	for _, run := range hanRuns(rest) {
		if utf8.RuneCountInString(run) >= 2 {
			return false
		}
	}
	return true
}

// figureMoreCues ask for the figures of what was said before ("具体数字呢"):
// more detail too, though the follow-up step does not expand the last
// answer for them; the 数字 of 数字化 is no figure.
var figureMoreCues = []string{"具体数字", "具体数据", "具体数额"}
