package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/storage"
)

// playScript runs steps against l and fails the test on any step whose
// replies miss what it wants; it returns the run for further checks.
func playScript(t *testing.T, l *live, steps []step) *sessionRun {
	t.Helper()
	r := &sessionRun{t: t, l: l, msgID: 1, userMsgs: map[string]userMsg{}, botMsgs: map[string]botMsg{}, updates: map[string]int64{}, kinds: map[string][]string{}}
	r.run(steps)
	for _, p := range r.problems {
		t.Error(p)
	}
	if t.Failed() {
		t.Logf("transcript:\n%s", r.out.String())
	}
	return r
}

// A follow-up is read against the conversation it follows: in a private
// chat the user's last question; in a group, the answer it replies to —
// "那今年的目标呢？" replying to the 进出口 answer is about 进出口 even
// though GDP was asked since, and "那去年呢？" replying to the GDP answer
// is about GDP.
func TestFollowUpsContinueTheirConversation(t *testing.T) {
	l := newLive(t)
	at := "@" + telegramtest.BotUsername + " "
	r := playScript(t, l, []step{
		{who: pAlice, text: "今年GDP目标是多少", kind: "question", want: []string{"5.5%左右", "¶23"}},
		{who: pAlice, text: "那去年呢？", kind: "followup", want: []string{"3.5%左右", "¶6"}, notWant: []string{"5.5%"}},
		{who: pBob, group: true, text: at + "2024年进出口总额增长了多少？", kind: "question", label: "trade", want: []string{"39.7%"}},
		{who: pCarol, group: true, text: at + "今年GDP目标是多少", kind: "question", label: "gdp", want: []string{"5.5%左右"}},
		{who: pBob, group: true, text: at + "今年GDP目标是多少", kind: "question", want: []string{"5.5%左右"}},
		// Bob's own last question was GDP; his reply names the 进出口 answer.
		{who: pBob, group: true, text: "那今年的目标呢？", reply: "trade", kind: "followup", label: "trade2", want: []string{"进出口总额增长：6%", "¶23"}, notWant: []string{"5.5%"}},
		{who: pCarol, group: true, text: "那去年呢？", reply: "gdp", kind: "followup", want: []string{"地区生产总值增长：3.5%左右", "¶6"}},
		// A reply to the follow-up's answer goes on from there.
		{who: pCarol, group: true, text: "那去年呢？", reply: "trade2", kind: "followup", want: []string{"进出口总额增长：39.7%", "¶6"}},
		// English follow-ups too.
		{who: pDave, text: "What is the GDP growth target for 2025?", kind: "question", want: []string{"5.5%左右"}},
		{who: pDave, text: "what about exports?", kind: "followup", want: []string{"进出口总额增长", "6%", "¶23"}},
	})
	// The state behind a reply thread is kept per answer message, in the
	// bot's database (so any replica, and the next start, has it).
	n := 0
	for _, key := range []string{messageKey(groupID, r.botMsgs["trade"].id), messageKey(groupID, r.botMsgs["gdp"].id)} {
		if _, ok, err := l.st.Conversations().Load(context.Background(), key); err == nil && ok {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d of the group answers' conversation states are in the database, want 2", n)
	}
}

// Small talk gets a short reply with example questions in a private
// chat, nothing in a group unless it asks something, and never counts
// against the limit or lands in the question log.
func TestSmallTalk(t *testing.T) {
	l := newLive(t, func(o *Options) { o.RateLimit = 1 })
	at := "@" + telegramtest.BotUsername + " "
	r := playScript(t, l, []step{
		{who: pAlice, text: "2024年进出口总额增长了多少？", kind: "question", label: "trade", want: []string{"39.7%"}},
		// The limit (1) is used up; none of these counts against it.
		{who: pAlice, text: "你好", kind: "smalltalk", label: "hello", want: []string{"你好", "可以点下面的问题试试"}, notWant: []string{"问得有点快"}},
		{who: pAlice, text: "谢谢！", kind: "smalltalk", want: []string{"不客气"}, notWant: []string{"问得有点快"}},
		{who: pAlice, text: "👍", kind: "smalltalk", notWant: []string{"问得有点快"}},
		{who: pAlice, text: "好的", kind: "smalltalk", notWant: []string{"问得有点快"}},
		{who: pAlice, text: "你能做什么", kind: "smalltalk", want: []string{"问答助手"}},
		{who: pAlice, text: strings.Repeat("盘锦", 1001), kind: "command", want: []string{"问题太长了", "不计入"}},
		// A question is past the limit.
		{who: pAlice, text: "今年GDP目标是多少", kind: "command", want: []string{"问得有点快", "这个问题我会在"}},
		// Groups: thanks in reply to an answer, or a greeting, gets nothing.
		{who: pBob, group: true, text: at + "2024年进出口总额增长了多少？", kind: "question", label: "g", want: []string{"39.7%"}},
		{who: pCarol, group: true, text: "谢谢！", reply: "g", kind: "smalltalk", silent: true},
		{who: pCarol, group: true, text: at + "你好", kind: "smalltalk", silent: true},
		{who: pCarol, group: true, text: "👍", reply: "g", kind: "smalltalk", silent: true},
		{who: pCarol, group: true, text: at + "你是谁", kind: "smalltalk", want: []string{"问答助手"}},
	})
	// The example buttons ask the report's example questions.
	hello := r.l.srv.Markup(pAlice.id, r.botMsgs["hello"].id)
	if !strings.Contains(hello, "2025年地区生产总值增长目标是多少？") || !strings.Contains(hello, `"q:0"`) {
		t.Errorf("small talk buttons: %s", hello)
	}
	top, err := l.st.TopQuestions(context.Background(), time.Time{}, 20)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range top {
		if isSmall, _ := rag.SmallTalk(q.Question); isSmall {
			t.Errorf("small talk %q in the question log", q.Question)
		}
	}
	if len(top) != 1 || top[0].N != 2 { // Alice's and Bob's question
		t.Errorf("question log %+v, want the one question asked twice", top)
	}
}

// /start says what is true where it is sent: in a group the bot answers
// mentions, replies and /ask, not everything typed.
func TestStartInAGroup(t *testing.T) {
	l := newLive(t)
	playScript(t, l, []step{
		{who: pBob, group: true, text: "/start", kind: "command", want: []string{"在群里", "@" + telegramtest.BotUsername, "/ask"}, notWant: []string{"直接发"}},
		{who: pBob, text: "/start", kind: "command", want: []string{"直接发文字提问"}},
		{who: pDave, group: true, text: "/start", kind: "command", want: []string{"In this group", "mention me"}, notWant: []string{"Just type"}},
	})
}

// A question past the limit is answered later, at the time the notice
// names, by whichever process runs then: the promise lives in the
// database, not in memory.
func TestDeferredAnswerSurvivesARestart(t *testing.T) {
	limits := func(o *Options) { o.RateLimit, o.RateWindow = 2, 10*time.Minute }
	l := newLive(t, limits)
	playScript(t, l, []step{
		{who: pAlice, text: "今年GDP目标是多少", kind: "question", want: []string{"5.5%左右"}},
		{who: pAlice, text: "2024年进出口总额增长了多少？", kind: "question", want: []string{"39.7%"}},
		{who: pAlice, text: "今年城镇新增就业目标是多少", kind: "command", label: "late", want: []string{"每10分钟最多2个问题", "这个问题我会在17:10回答"}},
	})
	lateUpdate := int64(1003)
	if state, _, _ := l.st.OutboxState(context.Background(), lateUpdate); state != "pending" {
		t.Fatalf("the put-off question's outbox entry is %q, want pending", state)
	}
	// The process stops; another starts on the same database.
	if err := l.stop(); err != nil {
		t.Fatal(err)
	}
	again := runPolling(t, l.srv, rag.Converse(rag.Cached(realEngine(t), 16), realEngine(t), l.st.Conversations()), nil, 2000,
		limits, func(o *Options) {
			o.Clock, o.Store, o.Conversations, o.MaxConcurrency, o.Replica = l.clk, l.st, l.st.Conversations(), 1, "second"
		})
	before := len(again.srv.Calls("sendMessage"))
	now := l.clk.Now().In(shanghai)
	l.clk.Advance(time.Date(now.Year(), now.Month(), now.Day(), 17, 10, 0, 0, shanghai).Sub(now))
	cs := again.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(cs) > before }, "sendMessage")
	last := cs[len(cs)-1]
	if !strings.Contains(last.Text(), "1.9万人") || !strings.Contains(last.Params["reply_parameters"], `"message_id":3`) {
		t.Fatalf("deferred answer %q %s", last.Text(), last.Params["reply_parameters"])
	}
	if !waitFor(func() bool { s, _ := l.st.InboxState(context.Background(), deferredID(lateUpdate)); return s == "done" }) {
		t.Fatal("the put-off copy was not marked done")
	}
}

// Past the limit the questions queue (maxQueued); a flood past the queue
// is told when to ask again, once a minute, and nothing else.
func TestRateLimitQueueAndFlood(t *testing.T) {
	l := newLive(t, func(o *Options) { o.RateLimit, o.RateWindow = 1, 10*time.Minute })
	steps := []step{{who: pErin, text: "今年GDP目标是多少", kind: "question", want: []string{"5.5%左右"}}}
	for i, when := range []string{"17:10", "17:20", "17:30", "17:40", "17:50"} {
		steps = append(steps, step{who: pErin, text: fmt.Sprintf("问题%d：今年GDP目标是多少", i+2), kind: "command", want: []string{"这个问题我会在" + when + "回答"}})
	}
	steps = append(steps,
		step{who: pErin, text: "问题7：今年GDP目标是多少", kind: "command", want: []string{"排队", "18:00以后再问"}},
		step{who: pErin, text: "问题8：今年GDP目标是多少", kind: "command", silent: true},
		step{who: pErin, text: "问题9：今年GDP目标是多少", kind: "command", advance: time.Minute, want: []string{"排队"}},
	)
	playScript(t, l, steps)
	if n := counter(t, l.reg, "reportbot_telegram_updates_total", "kind", "put_off"); n != 5 {
		t.Errorf("%v questions put off, want 5", n)
	}
}

// A list too long for a phone screen shows its first items and a 更多
// button, which shows the whole answer in place, keeping the votes.
func TestMoreButton(t *testing.T) {
	srv := telegramtest.New(t, testToken)
	st := openStore(t, t.TempDir()+"/bot.db")
	ans := &fakeAnswerer{ix: loadIndex(t), list: 20}
	h := runPolling(t, srv, ans, ans, 1000, func(o *Options) { o.Store, o.Conversations, o.MaxConcurrency = st, st.Conversations(), 1 })
	h.private(alice, "2025年要做哪些事？")
	msg := h.sends(1)[0]
	vis := msg.Text()
	if lc := phoneLines(msg.Params["text"], phoneWidth); lc.shown > maxListLines {
		t.Errorf("cut list takes %d lines:\n%s", lc.shown, vis)
	}
	if !strings.Contains(vis, "1. 推动") || strings.Contains(vis, "20. ") || !strings.Contains(vis, "…还有") {
		t.Errorf("cut list:\n%s", vis)
	}
	bs := buttons(msg)
	if bs["更多 ▾"] == "" || bs["👍"] == "" {
		t.Fatalf("buttons %v", bs)
	}
	h.tap(alice, alice.ID, msg, "👍")
	h.srv.WaitN(t, 1, "editMessageReplyMarkup")
	h.tap(alice, alice.ID, msg, "更多 ▾")
	edit := h.srv.WaitN(t, 1, "editMessageText")[0]
	full := edit.Text()
	if !strings.Contains(full, "20. ") || strings.Contains(full, "…还有") {
		t.Errorf("the whole list:\n%s", full)
	}
	eb := buttons(edit)
	if eb["更多 ▾"] != "" || eb["👍 1 ✓"] == "" || eb["原文 ¶26"] == "" {
		t.Errorf("buttons after 更多: %v", eb)
	}
	// Pressed again (two taps), or after the answer expired: no harm.
	h.tap(alice, alice.ID, msg, "更多 ▾")
	h.srv.WaitN(t, 3, "answerCallbackQuery")
}

// tap presses button text of message msg (a sendMessage call), as
// Telegram reports it: with the message's current keyboard.
func (h *harness) tap(from user, chat int64, msg telegramtest.Call, text string) {
	h.t.Helper()
	markup := h.srv.Markup(chat, msg.MessageID)
	data := ""
	for _, row := range (telegramtest.Call{Params: map[string]string{"reply_markup": markup}}).Keyboard() {
		for _, b := range row {
			if b.Text == text && b.CallbackData != nil {
				data = *b.CallbackData
			}
		}
	}
	if data == "" {
		data = buttons(msg)[text]
	}
	if data == "" {
		h.t.Fatalf("no button %q on message %d (%s)", text, msg.MessageID, markup)
	}
	chatType := "private"
	if chat < 0 {
		chatType = "supergroup"
	}
	id := h.id()
	m := messageJSON(int64(msg.MessageID), user{telegramtest.BotID, "bot"}, chat, chatType, "…", nil)
	m["from"] = botUser
	if markup != "" {
		m["reply_markup"] = json.RawMessage(markup)
	}
	h.srv.PushUpdate(encode(map[string]any{"update_id": id, "callback_query": map[string]any{
		"id": fmt.Sprintf("cb%d", id), "from": map[string]any{"id": from.ID, "is_bot": false, "first_name": from.Name},
		"message": m, "chat_instance": "-77", "data": data,
	}}))
}

// After a vote the buttons show the counts, with ✓ on the voter's own
// vote in a private chat (in a group the buttons are everyone's).
func TestVotesShownOnButtons(t *testing.T) {
	h := newPolling(t, func(o *Options) { o.MaxConcurrency = 1 })
	h.private(alice, "进出口增长多少？")
	msg := h.sends(1)[0]
	h.tap(alice, alice.ID, msg, "👍")
	e := h.srv.WaitN(t, 1, "editMessageReplyMarkup")[0]
	if bs := buttons(e); bs["👍 1 ✓"] == "" || bs["👎"] == "" || bs["原文 ¶6"] == "" {
		t.Fatalf("after 👍: %v", bs)
	}
	h.tap(alice, alice.ID, msg, "👎") // changes her vote
	e = h.srv.WaitN(t, 2, "editMessageReplyMarkup")[1]
	if bs := buttons(e); bs["👍"] == "" || bs["👎 1 ✓"] == "" {
		t.Fatalf("after changing to 👎: %v", bs)
	}

	h.group(alice, "@"+telegramtest.BotUsername+" 进出口增长多少？", nil)
	g := h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, groupID)) == 1 }, "sendMessage")
	gm := sentTo(g, groupID)[0]
	h.tap(alice, groupID, gm, "👍")
	h.srv.WaitN(t, 3, "editMessageReplyMarkup")
	h.tap(bob, groupID, gm, "👍 1")
	e = h.srv.WaitN(t, 4, "editMessageReplyMarkup")[3]
	if bs := buttons(e); bs["👍 2"] == "" {
		t.Fatalf("group buttons after two votes: %v", bs)
	}
}

// An answer to an edited question replies to it; a photo's or file's
// caption is a question (in a group when it mentions the bot).
func TestEditedQuestionsAndCaptions(t *testing.T) {
	h := newPolling(t, func(o *Options) { o.MaxConcurrency = 1 })
	id := h.id()
	h.srv.PushUpdate(encode(map[string]any{"update_id": id, "edited_message": messageJSON(42, alice, alice.ID, "private", "进出口增长了多少？", map[string]any{"edit_date": 1735700100})}))
	c := h.sends(1)[0]
	if !strings.Contains(c.Params["reply_parameters"], `"message_id":42`) || !strings.Contains(c.Text(), "〔¶6〕") {
		t.Fatalf("edited answer: %s %s", c.Params["reply_parameters"], c.Text())
	}
	photo := []map[string]any{{"file_id": "AgAC", "file_unique_id": "x", "width": 90, "height": 90}}
	h.srv.PushUpdate(encode(map[string]any{"update_id": h.id(), "message": messageJSON(43, alice, alice.ID, "private", "", map[string]any{
		"photo": photo, "caption": "这张图里的进出口数字对吗？"})}))
	h.sends(2)
	caption := "@" + telegramtest.BotUsername + " 图上的公交车是今年买的吗"
	h.srv.PushUpdate(encode(map[string]any{"update_id": h.id(), "message": messageJSON(44, bob, groupID, "supergroup", "", map[string]any{
		"document": map[string]any{"file_id": "BQAC", "file_unique_id": "d"}, "caption": caption, "caption_entities": entitiesFor(caption)})}))
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, groupID)) == 1 }, "sendMessage")
	// A caption in a group that does not address the bot is chatter.
	h.srv.PushUpdate(encode(map[string]any{"update_id": h.id(), "message": messageJSON(45, bob, groupID, "supergroup", "", map[string]any{
		"photo": photo, "caption": "大家看看这张图"})}))
	h.marker()
	if q := h.ans.questions(); len(q) != 3 || q[1] != "这张图里的进出口数字对吗？" || q[2] != "图上的公交车是今年买的吗" {
		t.Fatalf("questions %q", q)
	}
}

// A user whose Telegram is in English, or who asks in English, gets the
// bot's own words in English; the report's quotes stay Chinese.
func TestEnglishUser(t *testing.T) {
	l := newLive(t, func(o *Options) { o.RateLimit = 2 })
	r := playScript(t, l, []step{
		{who: pDave, text: "/start", kind: "command", label: "start", want: []string{"Hello!", "Just type a question"}},
		{who: pDave, text: "/help", kind: "command", want: []string{"How to ask", "/para N — paragraph N"}},
		{who: pDave, text: "今年GDP目标是多少", kind: "question", label: "gdp", want: []string{"5.5%左右", "2025 target"}},
		{who: pDave, text: "/para abc", kind: "command", want: []string{"Usage: /para N"}},
		{who: pDave, sticker: true, kind: "media", want: []string{"I can only answer questions in text"}},
		{who: pDave, text: "How much did foreign trade grow in 2024?", kind: "question", want: []string{"39.7%"}},
		{who: pDave, text: "What is the GDP growth target for 2025?", kind: "command", want: []string{"at most 2 questions every 10 minutes", "I will answer this one at 17:11"}}, // 10 minutes after the first, at 17:00:02, to the minute
		{who: pAlice, text: "What is the GDP growth target for 2025?", kind: "question", label: "alice", want: []string{"5.5%左右"}},
	})
	if mk := l.srv.Markup(pDave.id, r.botMsgs["gdp"].id); !strings.Contains(mk, "Source ¶23") {
		t.Errorf("Dave's answer buttons: %s", mk)
	}
	if mk := l.srv.Markup(pAlice.id, r.botMsgs["alice"].id); !strings.Contains(mk, "Source ¶23") {
		t.Errorf("English question, Chinese Telegram: buttons %s", mk)
	}
	if mk := l.srv.Markup(pDave.id, r.botMsgs["start"].id); !strings.Contains(mk, `"q:0:en"`) || !strings.Contains(mk, "What is the GDP growth target") {
		t.Errorf("/start buttons: %s", mk)
	}
}

// /search and inline mode list only what is relevant; an empty inline
// query offers the common questions.
func TestSearchAndInlineCut(t *testing.T) {
	l := newLive(t)
	playScript(t, l, []step{
		{who: pAlice, text: "/search 公交车", kind: "command", want: []string{"¶54", "¶11"}, notWant: []string{"3. ¶"}},
		{who: pAlice, text: "/search 房价", kind: "command", want: []string{"没有与“房价”相关的段落"}, notWant: []string{"1. ¶"}},
		{who: pAlice, text: "房价", kind: "inline", want: []string{"没有“房价”的内容"}},
		{who: pAlice, text: "公交车", kind: "inline", want: []string{"¶54", "¶11"}},
		{who: pAlice, text: "", kind: "inline", want: []string{"2025年地区生产总值增长目标是多少？"}},
		{who: pDave, text: "", kind: "inline", want: []string{"What is the GDP growth target for 2025?"}},
	})
	calls := l.srv.Calls("answerInlineQuery")
	var results []json.RawMessage
	if err := json.Unmarshal([]byte(calls[0].Params["results"]), &results); err != nil || len(results) != 1 {
		t.Fatalf("房价: %d results, %v", len(results), err)
	}
	if err := json.Unmarshal([]byte(calls[1].Params["results"]), &results); err != nil || len(results) != 2 {
		t.Errorf("公交车: %d results, want its two paragraphs", len(results))
	}
}

// Four 429s in a row do not lose an answer: it waits in the outbox and is
// sent later (the scripted session shows it end to end); here the
// database says so while it waits.
func TestAnswerKeptThrough429s(t *testing.T) {
	l := newLive(t)
	faults := []telegramtest.Fault{}
	for i := 0; i < 4; i++ {
		faults = append(faults, telegramtest.Fault{Code: 429, Description: "Too Many Requests: retry after 1", RetryAfter: 1})
	}
	l.srv.Fail("sendMessage", faults...)
	l.private(alice, "今年GDP目标是多少")
	ctx := context.Background()
	if !waitFor(func() bool { s, _, _ := l.st.OutboxState(ctx, 1001); return s == "pending" }) {
		t.Fatal("the reply is not waiting in the outbox")
	}
	bl, err := l.st.Backlog(ctx)
	if err != nil || bl.Replies != 1 {
		t.Fatalf("backlog %+v %v", bl, err)
	}
	l.clk.Advance(time.Minute)
	c := l.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(cs) == 5 && cs[4].Status == 200 }, "sendMessage")[4]
	if !strings.Contains(c.Text(), "5.5%左右") {
		t.Fatalf("sent later: %s", c.Text())
	}
}

// The marker of a put-off question holds its outbox entry until the
// promised time, then puts the update back in the inbox, once, flagged
// so that it is not limited again.
func TestPutOffMarkerWaitsForItsTime(t *testing.T) {
	clk := newFakeClock()
	srv := telegramtest.New(t, testToken)
	st, err := storage.Open(context.Background(), t.TempDir()+"/bot.db", storage.WithClock(clk.Now))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	b, _, _, _ := newBot(t, srv, &fakeAnswerer{ix: loadIndex(t)}, func(o *Options) { o.Clock, o.Store = clk, st })
	ctx := context.Background()
	upd := encode(map[string]any{"update_id": 7, "message": messageJSON(3, alice, alice.ID, "private", "今年GDP目标是多少", nil)})
	if _, err := st.EnqueueUpdate(ctx, 7, []byte(upd), 0); err != nil {
		t.Fatal(err)
	}
	u, err := st.ClaimUpdate(ctx, b.owner, time.Minute)
	if err != nil || u == nil {
		t.Fatal(u, err)
	}
	j := &job{update: u.ID, body: u.Body}
	b.putOff(withJob(ctx, j), clk.Now().Add(10*time.Minute))
	payload, _ := j.payload()
	r, err := st.FinishUpdate(ctx, u, b.owner, payload, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	b.sendReply(ctx, r) // before its time: back to wait
	if s, _, _ := st.OutboxState(ctx, 7); s != "pending" {
		t.Fatalf("outbox %q before the time, want pending", s)
	}
	if s, _ := st.InboxState(ctx, deferredID(7)); s != "" {
		t.Fatalf("the copy is in the inbox before its time (%q)", s)
	}
	clk.Advance(10*time.Minute - time.Second)
	if r, _ := st.ClaimReply(ctx, b.owner, time.Minute); r != nil {
		t.Fatal("the entry is due a second early")
	}
	clk.Advance(time.Second)
	r, err = st.ClaimReply(ctx, b.owner, time.Minute)
	if err != nil || r == nil {
		t.Fatalf("the entry is not due at its time: %v", err)
	}
	b.sendReply(ctx, r)
	if s, _ := st.InboxState(ctx, deferredID(7)); s != "pending" {
		t.Fatalf("the copy is %q in the inbox, want pending", s)
	}
	if s, _, _ := st.OutboxState(ctx, 7); s != "done" {
		t.Fatalf("outbox %q after the release, want done", s)
	}
	copyU, err := st.ClaimUpdate(ctx, "r", time.Minute)
	if err != nil || copyU == nil || copyU.ID != deferredID(7) || !readDeferred(copyU.Body) || readDeferred([]byte(upd)) {
		t.Fatalf("the copy %+v (%v): flagged %v", copyU, err, copyU != nil && readDeferred(copyU.Body))
	}
	var again map[string]any
	if err := json.Unmarshal(copyU.Body, &again); err != nil || again["message"] == nil {
		t.Fatalf("the copy is not the update: %s", copyU.Body)
	}
}

// A streamed answer that became its edited preview keeps its
// conversation under the preview's message, so a reply to it continues.
func TestStreamedAnswerKeepsItsConversation(t *testing.T) {
	ctx := context.Background()
	convs := rag.NewMemoryConversations(100, nil)
	h := newStreamPolling(t, func(sa *streamAnswerer) { sa.deltas, sa.expect = testDeltas, testExpect },
		func(o *Options) { o.Conversations = convs })
	// The state the answerer leaves (the fake answerer keeps none itself).
	state := []byte(`{"q":"2024年进出口增长多少？"}`)
	if err := convs.Save(ctx, conversationKey(chatRef{id: groupID}, alice.ID), state, time.Hour); err != nil {
		t.Fatal(err)
	}
	h.group(alice, "@"+telegramtest.BotUsername+" 2024年进出口增长多少？", nil)
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
		return len(cs) > 0 && cs[len(cs)-1].Params["reply_markup"] != ""
	}, "editMessageText")
	_, id := previewMessage(t, h.srv, groupID)
	if !waitFor(func() bool {
		got, ok, _ := convs.Load(ctx, messageKey(groupID, id))
		return ok && string(got) == string(state)
	}) {
		t.Fatalf("no conversation state kept under the edited answer #%d", id)
	}
}
