package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
	"github.com/reportbot/reportbot/storage"
)

const testToken = "123456:ABC-secretTOKENvalue_xyz"

var (
	indexOnce sync.Once
	testIndex *rag.Index
	indexErr  error
)

func loadIndex(t *testing.T) *rag.Index {
	t.Helper()
	indexOnce.Do(func() {
		reps, err := rag.LoadFS(seeds.FS)
		if err != nil {
			indexErr = err
			return
		}
		testIndex, indexErr = rag.NewIndex(reps, rag.DefaultLexicon())
	})
	if indexErr != nil {
		t.Fatal(indexErr)
	}
	return testIndex
}

// fakeAnswerer answers from the real index with canned logic, so bot
// tests do not depend on retrieval quality.
type fakeAnswerer struct {
	ix    *rag.Index
	mu    sync.Mutex
	asked []string
	convs []string      // Query.Conversation of each Ask
	block chan struct{} // when set, Ask waits for it
	long  bool          // answer with many long citations
	list  int           // answer with a numbered list of this many items
}

func (f *fakeAnswerer) Report(id string) (*rag.Report, error) { return f.ix.Report(id) }
func (f *fakeAnswerer) Reports() []*rag.Report                { return f.ix.Reports() }

func (f *fakeAnswerer) AskStream(ctx context.Context, q rag.Query, _ func(string)) (*rag.Answer, error) {
	return f.Ask(ctx, q)
}

func (f *fakeAnswerer) Ask(ctx context.Context, q rag.Query) (*rag.Answer, error) {
	f.mu.Lock()
	f.asked = append(f.asked, q.Text)
	f.convs = append(f.convs, q.Conversation)
	block := f.block
	f.mu.Unlock()
	if block != nil {
		select {
		case <-block:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if strings.TrimSpace(q.Text) == "" {
		return nil, rag.ErrEmptyQuestion
	}
	rep, _ := f.ix.Report("")
	ref := rag.ReportRef{ID: rep.Meta.ID, Title: rep.Meta.Title, Version: rep.Version}
	cite := func(n int) rag.Citation {
		p, _ := rep.Paragraph(n)
		quote := p.Text
		if !f.long {
			quote = p.Text[:strings.Index(p.Text, "。")+len("。")]
		}
		return rag.Citation{Report: rep.Meta.ID, Paragraph: n, Section: p.Section, Period: p.Period, Quote: quote}
	}
	sentence := func(text string, cites ...int) rag.Part {
		return rag.Part{Type: rag.PartText, Role: rag.RoleSentence, Text: text, Citations: append([]int{}, cites...)}
	}
	if strings.Contains(q.Text, "火星") {
		a := &rag.Answer{Question: q.Text, Found: false, Mode: rag.ModeExtractive, Report: ref,
			Citations: []rag.Citation{cite(26)}, Lang: "zh",
			Parts: []rag.Part{rag.TextPart(rag.RoleNotFound, "报告没有提到这一点。"), rag.TextPart(rag.RoleHeading, "最接近的章节："),
				{Type: rag.PartItem, Text: "强化项目支撑", Citations: []int{0}}}}
		a.Answer = rag.RenderText(a, false)
		return a, nil
	}
	if f.list > 0 {
		a := &rag.Answer{Question: q.Text, Found: true, Mode: rag.ModeExtractive, Report: ref, Lang: "zh", Citations: []rag.Citation{}}
		for i := 0; i < f.list; i++ {
			a.Citations = append(a.Citations, cite(26+i))
			a.Parts = append(a.Parts, rag.Part{Type: rag.PartItem, Number: i + 1, Text: fmt.Sprintf("推动第%d项工作落地见效", i+1), Citations: []int{i}})
		}
		a.Answer = rag.RenderText(a, false)
		return a, nil
	}
	a := &rag.Answer{Question: q.Text, Found: true, Mode: rag.ModeExtractive,
		Report: ref, Citations: []rag.Citation{cite(6), cite(23)}, Lang: "zh",
		Parts: []rag.Part{sentence("进出口总额增长39.7%。", 0), sentence("A&B <x> 不是标签。", 1)}}
	if f.long {
		for n := 8; n <= 15; n++ {
			a.Citations = append(a.Citations, cite(n))
			a.Parts = append(a.Parts, rag.Part{Type: rag.PartQuote, Text: a.Citations[len(a.Citations)-1].Quote, Citations: []int{len(a.Citations) - 1}})
		}
	}
	a.Answer = rag.RenderText(a, false)
	return a, nil
}

func (f *fakeAnswerer) Search(ctx context.Context, q rag.Query, k int) ([]rag.Hit, error) {
	rep, _ := f.ix.Report("")
	var hits []rag.Hit
	for i := range rep.Paragraphs {
		p := &rep.Paragraphs[i]
		if strings.Contains(p.Text, q.Text) && len(hits) < k && p.Quotable() {
			hits = append(hits, rag.Hit{Paragraph: p, Score: 10 - float64(len(hits)), Relevance: 1})
		}
	}
	return hits, nil
}

func (f *fakeAnswerer) questions() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.asked...)
}

type harness struct {
	t    *testing.T
	srv  *telegramtest.Server
	bot  *Bot
	ans  *fakeAnswerer
	fb   *storage.Store
	logs *syncBuffer
	reg  *prometheus.Registry
	stop func() error
	next atomic.Int64
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type hopt func(*Options)

// newBot builds a bot against srv. Unless a mod sets Options.Store it
// gets a fresh SQLite store, returned (a mod's store is returned when it
// is a *storage.Store).
func newBot(t *testing.T, srv *telegramtest.Server, ans rag.Answerer, mods ...hopt) (*Bot, *storage.Store, *syncBuffer, *prometheus.Registry) {
	t.Helper()
	logs := &syncBuffer{}
	reg := prometheus.NewRegistry()
	opts := Options{
		Token: testToken, APIURL: srv.URL, Answerer: ans,
		Logger:      slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Registerer:  reg,
		Clock:       newFakeClock(),
		PollTimeout: 2 * time.Second,
		Version:     "v0.1.0-test",
		IdlePoll:    20 * time.Millisecond,
		RetryBase:   10 * time.Millisecond,
	}
	for _, m := range mods {
		m(&opts)
	}
	if opts.Store == nil {
		opts.Store = openStore(t, filepath.Join(t.TempDir(), "fb.db"))
	}
	b, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	fb, _ := opts.Store.(*storage.Store)
	return b, fb, logs, reg
}

// openStore opens the database at dsn for the test's duration.
func openStore(t *testing.T, dsn string) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// newPolling starts a bot in polling mode against a fresh fake server.
func newPolling(t *testing.T, mods ...hopt) *harness {
	t.Helper()
	srv := telegramtest.New(t, testToken)
	ans := &fakeAnswerer{ix: loadIndex(t)}
	return runPolling(t, srv, ans, ans, 1000, mods...)
}

// runPolling starts a bot answering with answerer (fake records its calls)
// in polling mode against srv, and stops it when the test ends, checking
// that the fake server refused no call and the token never reached a log.
func runPolling(t *testing.T, srv *telegramtest.Server, answerer rag.Answerer, fake *fakeAnswerer, firstUpdate int64, mods ...hopt) *harness {
	t.Helper()
	b, fb, logs, reg := newBot(t, srv, answerer, mods...)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	h := &harness{t: t, srv: srv, bot: b, ans: fake, fb: fb, logs: logs, reg: reg}
	h.next.Store(firstUpdate)
	var once sync.Once
	var runErr error
	h.stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(20 * time.Second):
				runErr = errors.New("Run did not return after cancel")
			}
		})
		return runErr
	}
	t.Cleanup(func() {
		if err := h.stop(); err != nil {
			t.Error(err)
		}
		if bad := srv.Refused(); len(bad) > 0 {
			t.Errorf("the fake Bot API refused %d calls, first: %s %s %q", len(bad), bad[0].Method, bad[0].Error, bad[0].Params["text"])
		}
		if strings.Contains(logs.String(), testToken) || strings.Contains(logs.String(), "secretTOKEN") {
			t.Error("the token appears in the logs")
		}
	})
	srv.WaitN(t, 2, "setMyCommands")
	return h
}

// Update builders: real Telegram update JSON.

type user struct {
	ID   int64
	Name string
}

var (
	alice = user{111, "Alice"}
	bob   = user{222, "Bob"}
)

const groupID = -1001234567890

func utf16Len16(s string) int { return len(utf16.Encode([]rune(s))) }

func entitiesFor(text string) []map[string]any {
	var ents []map[string]any
	if strings.HasPrefix(text, "/") {
		end := strings.IndexAny(text, " \n")
		if end < 0 {
			end = len(text)
		}
		ents = append(ents, map[string]any{"type": "bot_command", "offset": 0, "length": utf16Len16(text[:end])})
	}
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "@")
		if j < 0 {
			break
		}
		start := i + j
		end := start + 1
		for end < len(text) && isNameByte(text[end]) {
			end++
		}
		if end-start > 1 && !strings.HasPrefix(text, "/") || start > strings.IndexAny(text+" ", " ") {
			ents = append(ents, map[string]any{"type": "mention", "offset": utf16Len16(text[:start]), "length": end - start})
		}
		i = end
	}
	return ents
}

func (h *harness) id() int64 { return h.next.Add(1) }

func messageJSON(msgID int64, from user, chat int64, chatType, text string, extra map[string]any) map[string]any {
	c := map[string]any{"id": chat, "type": chatType}
	if chatType == "private" {
		c["first_name"] = from.Name
	} else {
		c["title"] = "盘锦工作群"
	}
	m := map[string]any{
		"message_id": msgID, "date": 1735700000,
		"from": map[string]any{"id": from.ID, "is_bot": false, "first_name": from.Name, "language_code": "zh-hans"},
		"chat": c,
	}
	if text != "" {
		m["text"] = text
		if ents := entitiesFor(text); len(ents) > 0 {
			m["entities"] = ents
		}
	}
	for k, v := range extra {
		m[k] = v
	}
	return m
}

func encode(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func (h *harness) private(from user, text string) int64 {
	id := h.id()
	h.srv.PushUpdate(encode(map[string]any{"update_id": id, "message": messageJSON(id%1000, from, from.ID, "private", text, nil)}))
	return id
}

func (h *harness) group(from user, text string, extra map[string]any) int64 {
	id := h.id()
	h.srv.PushUpdate(encode(map[string]any{"update_id": id, "message": messageJSON(id%1000, from, groupID, "supergroup", text, extra)}))
	return id
}

func (h *harness) callback(from user, chat int64, msgID int, data string) {
	id := h.id()
	chatType := "private"
	if chat < 0 {
		chatType = "supergroup"
	}
	msg := messageJSON(int64(msgID), user{telegramtest.BotID, "bot"}, chat, chatType, "…", nil)
	msg["from"] = map[string]any{"id": telegramtest.BotID, "is_bot": true, "first_name": "盘锦报告助手", "username": telegramtest.BotUsername}
	h.srv.PushUpdate(encode(map[string]any{"update_id": id, "callback_query": map[string]any{
		"id": fmt.Sprintf("cb%d", id), "from": map[string]any{"id": from.ID, "is_bot": false, "first_name": from.Name},
		"message": msg, "chat_instance": "-77", "data": data,
	}}))
}

func (h *harness) sends(n int) []telegramtest.Call {
	h.t.Helper()
	return h.srv.WaitN(h.t, n, "sendMessage")
}

// marker sends /help from a fresh chat and waits for its reply, so that
// with MaxConcurrency 1 every earlier update has been handled.
func (h *harness) marker() {
	h.t.Helper()
	chat := user{999000 + h.id(), "Marker"}
	h.private(chat, "/help")
	h.srv.WaitCalls(h.t, 10*time.Second, func(cs []telegramtest.Call) bool {
		for _, c := range cs {
			if c.Params["chat_id"] == fmt.Sprint(chat.ID) {
				return true
			}
		}
		return false
	}, "sendMessage")
}

func sentTo(cs []telegramtest.Call, chat int64) []telegramtest.Call {
	var out []telegramtest.Call
	for _, c := range cs {
		if c.Params["chat_id"] == fmt.Sprint(chat) {
			out = append(out, c)
		}
	}
	return out
}

func buttons(c telegramtest.Call) map[string]string {
	out := map[string]string{}
	for _, row := range c.Keyboard() {
		for _, b := range row {
			if b.CallbackData != nil {
				out[b.Text] = *b.CallbackData
			}
		}
	}
	return out
}

func TestPrivateQuestionPolling(t *testing.T) {
	h := newPolling(t)
	cmds := h.srv.Calls("setMyCommands")
	if cmds[0].Params["language_code"] != "" || cmds[1].Params["language_code"] != "en" || !strings.Contains(cmds[1].Params["commands"], "Ask a question") {
		t.Fatalf("setMyCommands calls: %+v", cmds)
	}
	h.private(alice, "2024年进出口增长多少？")
	msg := h.sends(1)[0]
	if msg.Params["parse_mode"] != "HTML" || msg.Params["chat_id"] != "111" {
		t.Fatalf("params %v", msg.Params)
	}
	html := msg.Params["text"]
	for _, want := range []string{"<blockquote>", "〔¶6〕</blockquote>", "〔¶23〕", "A&amp;B &lt;x&gt;", "2024年结果", "2025年目标"} {
		if !strings.Contains(html, want) {
			t.Errorf("answer lacks %q:\n%s", want, html)
		}
	}
	// Phone-first: the answer comes first, no boilerplate, no title or
	// section path on every answer (one report loaded).
	if vis := msg.Text(); !strings.HasPrefix(vis, "进出口总额增长39.7%〔¶6〕") || strings.Contains(vis, "答：") ||
		strings.Contains(vis, "《2025年盘锦市政府工作报告》") || strings.Contains(vis, "一、2024年工作回顾") {
		t.Errorf("answer not phone-first:\n%s", vis)
	}
	bs := buttons(msg)
	if bs["原文 ¶6"] != "o:6:panjin-2025" || bs["原文 ¶23"] != "o:23:panjin-2025" || !strings.HasPrefix(bs["👍"], "v:+:") || !strings.HasPrefix(bs["👎"], "v:-:") {
		t.Fatalf("buttons %v", bs)
	}
	if acts := h.srv.Calls("sendChatAction"); len(acts) == 0 || acts[0].Params["action"] != "typing" {
		t.Fatalf("no typing action: %v", acts)
	}
	top, err := h.fb.TopQuestions(context.Background(), time.Time{}, 5)
	if err != nil || len(top) != 1 || top[0].Question != "2024年进出口增长多少？" {
		t.Fatalf("feedback top = %+v, %v", top, err)
	}
	// The fake records the call before the bot counts it: poll.
	deadline := time.Now().Add(10 * time.Second)
	for counter(t, h.reg, "reportbot_telegram_requests_total", "method", "sendMessage", "outcome", "ok") != 1 {
		if time.Now().After(deadline) {
			t.Fatal("sendMessage ok counter never reached 1")
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func TestCommands(t *testing.T) {
	h := newPolling(t, func(o *Options) { o.MaxConcurrency = 1 })
	rep, _ := h.ans.ix.Report("")
	steps := []struct {
		text  string
		check func(t *testing.T, c telegramtest.Call)
	}{
		{"/start", func(t *testing.T, c telegramtest.Call) {
			if !strings.Contains(c.Text(), "2025年盘锦市政府工作报告") || !strings.Contains(c.Text(), "2025-01-08") {
				t.Errorf("/start: %s", c.Text())
			}
			bs := buttons(c)
			if len(bs) != 3 || bs[examples[0]] != "q:0" {
				t.Errorf("/start buttons %v", bs)
			}
		}},
		{"/help", func(t *testing.T, c telegramtest.Call) {
			if !strings.Contains(c.Text(), "/para") || !strings.Contains(c.Text(), "@"+telegramtest.BotUsername) {
				t.Errorf("/help: %s", c.Text())
			}
		}},
		{"/para 23", func(t *testing.T, c telegramtest.Call) {
			p, _ := rep.Paragraph(23)
			if !strings.Contains(c.Text(), p.Text) || !strings.Contains(c.Text(), "¶23") || !strings.Contains(c.Text(), "2025年目标") || !strings.Contains(c.Text(), "二、2025年工作安排") {
				t.Errorf("/para 23: %s", c.Text())
			}
			if bs := buttons(c); bs["◀ ¶22"] != "n:22:panjin-2025" || bs["¶24 ▶"] != "n:24:panjin-2025" {
				t.Errorf("/para buttons %v", bs)
			}
		}},
		{"/para 999", func(t *testing.T, c telegramtest.Call) {
			if !strings.Contains(c.Text(), "没有第 999 段") || !strings.Contains(c.Text(), "¶1–¶77") {
				t.Errorf("/para 999: %s", c.Text())
			}
		}},
		{"/para abc", func(t *testing.T, c telegramtest.Call) {
			if !strings.Contains(c.Text(), "用法：/para N") {
				t.Errorf("/para abc: %s", c.Text())
			}
		}},
		{"/toc", func(t *testing.T, c telegramtest.Call) {
			if !strings.Contains(c.Text(), "一、2024年工作回顾") || !strings.Contains(c.Text(), "二、2025年工作安排") {
				t.Errorf("/toc: %s", c.Text())
			}
			bs := buttons(c)
			if bs["¶5 一、2024年工作回顾"] != "o:5:panjin-2025" || len(bs) < 10 {
				t.Errorf("/toc buttons %v", bs)
			}
		}},
		{"/about", func(t *testing.T, c telegramtest.Call) {
			if !strings.Contains(c.Text(), rep.Version[:12]) || !strings.Contains(c.Text(), "extractive") || !strings.Contains(c.Text(), "2025-01-08") || !strings.Contains(c.Text(), "v0.1.0-test") {
				t.Errorf("/about: %s", c.Text())
			}
		}},
		{"/search 进出口", func(t *testing.T, c telegramtest.Call) {
			if !strings.Contains(c.Text(), "¶6") || !strings.Contains(c.Text(), "得分") {
				t.Errorf("/search: %s", c.Text())
			}
		}},
		{"/ask@" + telegramtest.BotUsername + " 进出口增长多少？", func(t *testing.T, c telegramtest.Call) {
			if !strings.Contains(c.Text(), "〔¶6〕") {
				t.Errorf("/ask@bot: %s", c.Text())
			}
		}},
		{"/ask", func(t *testing.T, c telegramtest.Call) {
			if !strings.Contains(c.Text(), "用法：/ask") {
				t.Errorf("/ask: %s", c.Text())
			}
		}},
		{"/nosuch", func(t *testing.T, c telegramtest.Call) {
			if !strings.Contains(c.Text(), "未知命令") {
				t.Errorf("/nosuch: %s", c.Text())
			}
		}},
	}
	for i, s := range steps {
		h.private(alice, s.text)
		cs := sentTo(h.sends(i+1), alice.ID)
		if len(cs) != i+1 {
			t.Fatalf("after %q: %d messages", s.text, len(cs))
		}
		s.check(t, cs[i])
	}
	// A command for another bot is ignored.
	h.private(alice, "/ask@OtherBot 进出口增长多少？")
	h.marker()
	if n := len(sentTo(h.srv.Calls("sendMessage"), alice.ID)); n != len(steps) {
		t.Fatalf("/ask@OtherBot answered: %d messages", n)
	}
}

func TestGroupAnswersOnlyWhenAddressed(t *testing.T) {
	h := newPolling(t, func(o *Options) { o.MaxConcurrency = 1 })
	h.group(alice, "今天开会吗？", nil)                                // ignored
	h.group(alice, "进出口增长多少？", nil)                              // ignored: not addressed
	h.group(bob, "@OtherBot 你好", nil)                            // ignored
	h.group(bob, "/help@OtherBot", nil)                          // ignored
	h.group(alice, "", map[string]any{"sticker": map[string]any{ // ignored
		"file_id": "CAAC", "file_unique_id": "u", "type": "regular", "width": 512, "height": 512, "is_animated": false, "is_video": false}})
	h.marker()
	if got := sentTo(h.srv.Calls("sendMessage"), groupID); len(got) != 0 {
		t.Fatalf("answered unaddressed group messages: %v", got[0].Text())
	}
	if len(h.ans.questions()) != 0 {
		t.Fatalf("asked %v", h.ans.questions())
	}

	mention := h.group(alice, "@"+telegramtest.BotUsername+" 2024年进出口增长多少？", nil)
	cs := h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, groupID)) == 1 }, "sendMessage")
	c := sentTo(cs, groupID)[0]
	if !strings.Contains(c.Text(), "〔¶6〕") || !strings.Contains(c.Params["reply_parameters"], fmt.Sprintf(`"message_id":%d`, mention%1000)) {
		t.Fatalf("mention answer: %v", c.Params)
	}
	if q := h.ans.questions(); q[0] != "2024年进出口增长多少？" {
		t.Fatalf("question with mention stripped: %q", q[0])
	}

	h.group(bob, "那2025年呢？", map[string]any{"reply_to_message": map[string]any{
		"message_id": 101, "date": 1735700000, "text": "答：…",
		"chat": map[string]any{"id": groupID, "type": "supergroup", "title": "盘锦工作群"},
		"from": map[string]any{"id": telegramtest.BotID, "is_bot": true, "first_name": "盘锦报告助手", "username": telegramtest.BotUsername},
	}})
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, groupID)) == 2 }, "sendMessage")
	h.group(alice, "/ask 火星基地什么时候建？", nil)
	cs = h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, groupID)) == 3 }, "sendMessage")
	if txt := sentTo(cs, groupID)[2].Text(); !strings.HasPrefix(txt, "报告没有提到这一点。") || !strings.Contains(txt, "最接近的章节") {
		t.Fatalf("not-found answer: %s", txt)
	}
	if q := h.ans.questions(); len(q) != 3 || q[1] != "那2025年呢？" || q[2] != "火星基地什么时候建？" {
		t.Fatalf("questions %q", q)
	}
	// A command addressed to this bot by name is answered in the group.
	h.group(bob, "/para@"+telegramtest.BotUsername+" 23", nil)
	cs = h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, groupID)) == 4 }, "sendMessage")
	if txt := sentTo(cs, groupID)[3].Text(); !strings.Contains(txt, "¶23") {
		t.Fatalf("/para@bot in group: %s", txt)
	}
	un, _ := h.fb.Unanswered(context.Background(), time.Time{}, 5)
	if len(un) != 1 || un[0].Question != "火星基地什么时候建？" {
		t.Fatalf("unanswered %+v", un)
	}
}

func TestCallbacks(t *testing.T) {
	h := newPolling(t, func(o *Options) { o.MaxConcurrency = 1 })
	h.private(alice, "进出口增长多少？")
	ans := h.sends(1)[0]
	bs := buttons(ans)

	// 原文 ¶6 opens the paragraph as a new message.
	h.callback(alice, alice.ID, 101, bs["原文 ¶6"])
	cs := h.sends(2)
	view := cs[1]
	rep, _ := h.ans.ix.Report("")
	p6, _ := rep.Paragraph(6)
	if !strings.Contains(view.Text(), p6.Text) || !strings.Contains(view.Text(), "2024年结果") || !strings.Contains(view.Text(), "一、2024年工作回顾") {
		t.Fatalf("paragraph view: %s", view.Text())
	}
	vb := buttons(view)
	if vb["◀ ¶5"] != "n:5:panjin-2025" || vb["¶7 ▶"] != "n:7:panjin-2025" {
		t.Fatalf("nav buttons %v", vb)
	}
	viewID := 102 // the fake numbers messages from 101: the answer, then this view

	// ▶ edits the same message to ¶7; pressing it twice is "not modified", which is fine.
	h.callback(alice, alice.ID, viewID, vb["¶7 ▶"])
	edits := h.srv.WaitN(t, 1, "editMessageText")
	p7, _ := rep.Paragraph(7)
	if edits[0].Params["message_id"] != "102" || !strings.Contains(edits[0].Text(), p7.Text) || buttons(edits[0])["◀ ¶6"] != "n:6:panjin-2025" {
		t.Fatalf("edit: %v", edits[0].Params)
	}
	h.callback(alice, alice.ID, viewID, vb["¶7 ▶"])
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
		return len(cs) == 2 && strings.Contains(cs[1].Error, "message is not modified")
	}, "editMessageText")

	// 👎 records a vote.
	h.callback(alice, alice.ID, 101, bs["👎"])
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
		for _, c := range cs {
			if strings.Contains(c.Params["text"], "谢谢反馈") {
				return true
			}
		}
		return false
	}, "answerCallbackQuery")
	down, err := h.fb.Downvoted(context.Background(), time.Time{}, 5)
	if err != nil || len(down) != 1 || down[0].Question != "进出口增长多少？" || len(down[0].Cited) != 2 {
		t.Fatalf("downvoted %+v %v", down, err)
	}

	// An example button asks its question; garbage data is refused politely.
	h.callback(bob, bob.ID, 50, "q:1")
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, bob.ID)) == 1 }, "sendMessage")
	if q := h.ans.questions(); q[len(q)-1] != examples[1] {
		t.Fatalf("example asked %q", q)
	}
	h.callback(bob, bob.ID, 50, "zz:evil<script>")
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
		return len(cs) > 0 && strings.Contains(cs[len(cs)-1].Params["text"], "失效")
	}, "answerCallbackQuery")
	// 更多 of an answer the bot does not keep (no store here, or expired).
	h.callback(bob, bob.ID, 50, "m:5")
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
		return len(cs) == 7 && strings.Contains(cs[6].Params["text"], "失效")
	}, "answerCallbackQuery")
	// Every callback query was answered (stops the button spinner).
	h.marker()
	if n := len(h.srv.Calls("answerCallbackQuery")); n != 7 {
		t.Fatalf("%d answerCallbackQuery calls, want 7", n)
	}
}

func TestInlineQuery(t *testing.T) {
	h := newPolling(t)
	push := func(q string) {
		id := h.id()
		h.srv.PushUpdate(encode(map[string]any{"update_id": id, "inline_query": map[string]any{
			"id": fmt.Sprintf("iq%d", id), "from": map[string]any{"id": alice.ID, "is_bot": false, "first_name": "Alice"},
			"query": q, "offset": "", "chat_type": "sender"}}))
	}
	push("进出口")
	c := h.srv.WaitN(t, 1, "answerInlineQuery")[0]
	var results []struct {
		Type, ID, Title, Description string
		Content                      struct {
			MessageText string `json:"message_text"`
			ParseMode   string `json:"parse_mode"`
		} `json:"input_message_content"`
	}
	if err := json.Unmarshal([]byte(c.Params["results"]), &results); err != nil {
		t.Fatal(err)
	}
	if len(results) == 0 || len(results) > 10 {
		t.Fatalf("%d results", len(results))
	}
	r := results[0]
	if r.Type != "article" || !strings.Contains(r.Title, "¶6") || r.Description == "" || r.Content.ParseMode != "HTML" || !strings.Contains(r.Content.MessageText, "〔¶6〕") {
		t.Fatalf("result %+v", r)
	}
	// Nothing relevant: one result saying so, not a list of unrelated passages.
	push("房价")
	c = h.srv.WaitN(t, 2, "answerInlineQuery")[1]
	results = nil
	if err := json.Unmarshal([]byte(c.Params["results"]), &results); err != nil {
		t.Fatal(err)
	}
	if len(results) != 1 || !strings.Contains(results[0].Title, "房价") || !strings.Contains(results[0].Content.MessageText, "没有提到“房价”") {
		t.Fatalf("results for 房价: %+v", results)
	}
}

func TestNonTextEditedAndChannel(t *testing.T) {
	h := newPolling(t, func(o *Options) { o.MaxConcurrency = 1 })
	id := h.id()
	h.srv.PushUpdate(encode(map[string]any{"update_id": id, "message": messageJSON(1, alice, alice.ID, "private", "", map[string]any{
		"photo": []map[string]any{{"file_id": "AgAC", "file_unique_id": "x", "width": 90, "height": 90}}})}))
	if c := h.sends(1)[0]; !strings.Contains(c.Text(), "我只能回答文字问题") {
		t.Fatalf("photo reply: %s", c.Text())
	}
	id = h.id()
	h.srv.PushUpdate(encode(map[string]any{"update_id": id, "message": messageJSON(2, alice, alice.ID, "private", "", map[string]any{
		"voice": map[string]any{"file_id": "AwAC", "file_unique_id": "v", "duration": 3}})}))
	h.sends(2)
	// Edited question: answered again as a new message.
	id = h.id()
	h.srv.PushUpdate(encode(map[string]any{"update_id": id, "edited_message": messageJSON(3, alice, alice.ID, "private", "进出口增长了多少？", map[string]any{"edit_date": 1735700100})}))
	if c := h.sends(3)[2]; !strings.Contains(c.Text(), "〔¶6〕") {
		t.Fatalf("edited answer: %s", c.Text())
	}
	// Channel posts are ignored.
	id = h.id()
	h.srv.PushUpdate(encode(map[string]any{"update_id": id, "channel_post": map[string]any{
		"message_id": 9, "date": 1735700000, "text": "进出口增长多少？", "chat": map[string]any{"id": -100999, "type": "channel", "title": "频道"}}}))
	h.marker()
	if n := len(h.srv.Calls("sendMessage")); n != 4 { // 3 + marker
		t.Fatalf("%d messages sent", n)
	}
}

func TestDuplicateUpdateProcessedOnce(t *testing.T) {
	h := newPolling(t, func(o *Options) { o.MaxConcurrency = 1 })
	u := encode(map[string]any{"update_id": h.id(), "message": messageJSON(7, alice, alice.ID, "private", "进出口增长多少？", nil)})
	h.srv.PushUpdate(u)
	h.srv.PushUpdate(u)
	h.marker()
	if n := len(sentTo(h.srv.Calls("sendMessage"), alice.ID)); n != 1 {
		t.Fatalf("duplicate update answered %d times", n)
	}
}

func TestRetryOn429AndSurvive403(t *testing.T) {
	h := newPolling(t, func(o *Options) { o.MaxConcurrency = 1 })
	h.srv.Fail("sendMessage", telegramtest.Fault{Code: 429, Description: "Too Many Requests: retry after 3", RetryAfter: 3})
	h.private(alice, "进出口增长多少？")
	cs := h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(cs) == 2 && cs[1].Status == 200 }, "sendMessage")
	if cs[0].Status != 429 || cs[0].Params["text"] != cs[1].Params["text"] {
		t.Fatalf("calls %v", cs)
	}
	if got := counter(t, h.reg, "reportbot_telegram_429_total"); got != 1 {
		t.Fatalf("429 counter = %v", got)
	}
	// A chat that keeps answering 429 past MaxRetries: the reply is not
	// lost but kept in the outbox, counted, and sent later.
	h.srv.Fail("sendMessage", telegramtest.Fault{Code: 429, Description: "Too Many Requests", RetryAfter: 1},
		telegramtest.Fault{Code: 429, Description: "Too Many Requests", RetryAfter: 1},
		telegramtest.Fault{Code: 429, Description: "Too Many Requests", RetryAfter: 1},
		telegramtest.Fault{Code: 429, Description: "Too Many Requests", RetryAfter: 1})
	h.private(alice, "/help")
	cs = h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(cs) == 7 && cs[6].Status == 200 }, "sendMessage")
	if cs[5].Status != 429 || cs[6].Params["text"] != cs[2].Params["text"] || cs[6].Params["chat_id"] != fmt.Sprint(alice.ID) {
		t.Fatalf("deferred reply: %v", cs[2:])
	}
	if got := counter(t, h.reg, "reportbot_telegram_replies_total", "outcome", "deferred"); got != 1 {
		t.Fatalf("deferred replies counted %v, want 1", got)
	}
	// 403 (the user blocked the bot) and 400 chat not found: dropped,
	// counted and logged, not fatal, not retried.
	h.srv.Fail("sendMessage", telegramtest.Fault{Code: 403, Description: "Forbidden: bot was blocked by the user"})
	h.private(bob, "进出口增长多少？")
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(cs) == 8 }, "sendMessage")
	h.srv.Fail("sendMessage", telegramtest.Fault{Code: 400, Description: "Bad Request: chat not found"})
	h.private(bob, "/about")
	h.marker()
	if !strings.Contains(h.logs.String(), "blocked") || !strings.Contains(h.logs.String(), "chat not found") {
		t.Fatalf("logs:\n%s", h.logs.String())
	}
	if got := counter(t, h.reg, "reportbot_telegram_replies_total", "outcome", "dropped"); got != 2 {
		t.Fatalf("dropped replies counted %v, want 2", got)
	}
	h.private(bob, "/help")
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, bob.ID)) == 3 }, "sendMessage")
	if n := len(h.srv.Calls("sendMessage")); n != 11 {
		t.Fatalf("%d sendMessage calls, want 11: a dropped reply was retried?", n)
	}
	// The last reply is recorded as sent just after Telegram answered it.
	if !waitFor(func() bool { return gauge(t, h.reg, "reportbot_telegram_outbox_pending") == 0 }) {
		t.Fatalf("outbox pending %v after everything was sent", gauge(t, h.reg, "reportbot_telegram_outbox_pending"))
	}
}

// gauge reads an unlabelled gauge from the registry.
func gauge(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name && len(mf.GetMetric()) == 1 {
			return mf.GetMetric()[0].GetGauge().GetValue()
		}
	}
	t.Fatalf("no gauge %s", name)
	return 0
}

func TestLongAnswerIsSplit(t *testing.T) {
	h := newPolling(t, func(o *Options) { o.MaxConcurrency = 1 })
	h.ans.long = true
	h.private(alice, "2024年做了哪些工作？")
	h.marker()
	cs := sentTo(h.srv.Calls("sendMessage"), alice.ID)
	if len(cs) < 2 {
		t.Fatalf("long answer sent as %d message(s)", len(cs))
	}
	total := 0
	for i, c := range cs {
		n := telegramtest.UTF16Len(c.Text())
		total += n
		if n > MaxMessageUnits {
			t.Fatalf("part %d has %d units", i, n)
		}
		if (c.Params["reply_markup"] != "") != (i == len(cs)-1) {
			t.Fatalf("keyboard on part %d of %d", i, len(cs))
		}
	}
	all := ""
	for _, c := range cs {
		all += c.Text()
	}
	for _, n := range []int{6, 8, 9, 10, 11, 12, 13, 14, 15} {
		if !strings.Contains(all, fmt.Sprintf("〔¶%d〕", n)) {
			t.Fatalf("citation ¶%d lost", n)
		}
	}
}

func TestWebhookHandler(t *testing.T) {
	srv := telegramtest.New(t, testToken)
	ans := &fakeAnswerer{ix: loadIndex(t)}
	b, _, logs, _ := newBot(t, srv, ans)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.RunWebhook(ctx, "https://bot.example.org/telegram/webhook", "s3cret-Token_1") }()
	srv.WaitN(t, 1, "setWebhook")
	if c := srv.Calls("setWebhook")[0]; c.Params["secret_token"] != "s3cret-Token_1" || c.Params["url"] != "https://bot.example.org/telegram/webhook" {
		t.Fatalf("setWebhook %v", c.Params)
	}
	hs := httptest.NewServer(b.WebhookHandler())
	defer hs.Close()
	post := func(secret, body string) int {
		req, _ := http.NewRequest(http.MethodPost, hs.URL, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if secret != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	upd := encode(map[string]any{"update_id": 42, "message": messageJSON(5, alice, alice.ID, "private", "进出口增长多少？", nil)})
	if code := post("wrong", upd); code != http.StatusForbidden {
		t.Fatalf("wrong secret: %d", code)
	}
	if code := post("", upd); code != http.StatusForbidden {
		t.Fatalf("no secret: %d", code)
	}
	if code := post("s3cret-Token_1", "{not json"); code != http.StatusBadRequest {
		t.Fatalf("bad json: %d", code)
	}
	if resp, _ := http.Get(hs.URL); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET: %d", resp.StatusCode)
	}
	if code := post("s3cret-Token_1", upd); code != http.StatusOK {
		t.Fatalf("good update: %d", code)
	}
	if code := post("s3cret-Token_1", upd); code != http.StatusOK { // Telegram redelivery
		t.Fatalf("duplicate: %d", code)
	}
	cb := encode(map[string]any{"update_id": 43, "callback_query": map[string]any{
		"id": "cbw", "from": map[string]any{"id": alice.ID, "is_bot": false, "first_name": "Alice"},
		"message": messageJSON(101, alice, alice.ID, "private", "…", nil), "chat_instance": "1", "data": "o:23:panjin-2025"}})
	if code := post("s3cret-Token_1", cb); code != http.StatusOK {
		t.Fatalf("callback: %d", code)
	}
	srv.WaitN(t, 2, "sendMessage")
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := len(srv.Calls("sendMessage")); n != 2 {
		t.Fatalf("%d messages: duplicate processed twice?", n)
	}
	if code := post("s3cret-Token_1", encode(map[string]any{"update_id": 44})); code != http.StatusServiceUnavailable {
		t.Fatalf("after shutdown: %d", code)
	}
	if len(srv.Refused()) > 0 || strings.Contains(logs.String(), testToken) {
		t.Fatalf("refused %v", srv.Refused())
	}
}

func TestShutdownFinishesInFlightAnswers(t *testing.T) {
	h := newPolling(t)
	release := make(chan struct{})
	h.ans.mu.Lock()
	h.ans.block = release
	h.ans.mu.Unlock()
	h.private(alice, "进出口增长多少？")
	deadline := time.Now().Add(10 * time.Second)
	for len(h.ans.questions()) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("question never reached the answerer")
		}
		time.Sleep(5 * time.Millisecond)
	}
	stopped := make(chan error, 1)
	go func() { stopped <- h.stop() }()
	select {
	case err := <-stopped:
		t.Fatalf("Run returned (%v) with an answer in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	if err := <-stopped; err != nil {
		t.Fatal(err)
	}
	if n := len(h.srv.Calls("sendMessage")); n != 1 {
		t.Fatalf("in-flight answer not delivered: %d messages", n)
	}
}

func TestTokenNeverInErrors(t *testing.T) {
	// A server that is not there: the client error carries the URL.
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	logs := &syncBuffer{}
	b, err := New(Options{Token: testToken, APIURL: url, Answerer: &fakeAnswerer{ix: loadIndex(t)},
		Store:  openStore(t, filepath.Join(t.TempDir(), "rb.db")),
		Logger: slog.New(slog.NewTextHandler(logs, nil)), MaxRetries: 1})
	if err != nil {
		t.Fatal(err)
	}
	err = b.Init(context.Background())
	if err == nil {
		t.Fatal("Init succeeded against a closed server")
	}
	if strings.Contains(err.Error(), testToken) || strings.Contains(err.Error(), "secretTOKEN") {
		t.Fatalf("token in error: %v", err)
	}
	b.logAPIError("getMe", err)
	if strings.Contains(logs.String(), "secretTOKEN") {
		t.Fatalf("token in logs: %s", logs.String())
	}
}

func TestRealEngineStructure(t *testing.T) {
	srv := telegramtest.New(t, testToken)
	eng := rag.NewEngine(loadIndex(t), nil)
	b, _, _, _ := newBot(t, srv, eng)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	defer func() { cancel(); <-done }()
	srv.WaitN(t, 2, "setMyCommands")
	srv.PushUpdate(encode(map[string]any{"update_id": 1, "message": messageJSON(1, alice, alice.ID, "private", "2024年进出口总额增长了多少？", nil)}))
	c := srv.WaitN(t, 1, "sendMessage")[0]
	if c.Status != 200 || c.Params["parse_mode"] != "HTML" || c.Text() == "" {
		t.Fatalf("real engine answer refused or empty: %v", c)
	}
	if bad := srv.Refused(); len(bad) > 0 {
		t.Fatalf("refused: %v", bad)
	}
	// Structure only: quotes in blockquotes with citations, a 原文 button per citation, votes.
	if !strings.Contains(c.Params["text"], "<blockquote>") || !citeRE.MatchString(c.Text()) {
		t.Fatalf("answer structure: %s", c.Params["text"])
	}
	bs := buttons(c)
	n := 0
	for text, data := range bs {
		if strings.HasPrefix(text, "原文 ¶") {
			n++
			if _, err := parseCallback(data); err != nil {
				t.Fatalf("button %q data %q: %v", text, data, err)
			}
		}
	}
	if n == 0 || bs["👍"] == "" {
		t.Fatalf("buttons %v", bs)
	}
}

// counter reads a counter from the registry, matching label pairs.
func counter(t *testing.T, reg *prometheus.Registry, name string, labels ...string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	metric:
		for _, m := range mf.GetMetric() {
			for i := 0; i+1 < len(labels); i += 2 {
				found := false
				for _, lp := range m.GetLabel() {
					found = found || lp.GetName() == labels[i] && lp.GetValue() == labels[i+1]
				}
				if !found {
					continue metric
				}
			}
			sum += m.GetCounter().GetValue()
		}
	}
	return sum
}

// countingAnswerer records how many Asks run at once.
type countingAnswerer struct {
	*fakeAnswerer
	release  chan struct{}
	inflight atomic.Int32
	max      atomic.Int32
}

func (c *countingAnswerer) Ask(ctx context.Context, q rag.Query) (*rag.Answer, error) {
	n := c.inflight.Add(1)
	defer c.inflight.Add(-1)
	for {
		m := c.max.Load()
		if n <= m || c.max.CompareAndSwap(m, n) {
			break
		}
	}
	select {
	case <-c.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return c.fakeAnswerer.Ask(ctx, q)
}

func (c *countingAnswerer) AskStream(ctx context.Context, q rag.Query, _ func(string)) (*rag.Answer, error) {
	return c.Ask(ctx, q)
}

func TestWebhookBoundedConcurrencyAndQueue(t *testing.T) {
	srv := telegramtest.New(t, testToken)
	ans := &countingAnswerer{fakeAnswerer: &fakeAnswerer{ix: loadIndex(t)}, release: make(chan struct{})}
	b, _, _, _ := newBot(t, srv, ans, func(o *Options) { o.MaxConcurrency = 2; o.QueueSize = 2 })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.RunWebhook(ctx, "https://bot.example.org/hook", "sec") }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	srv.WaitN(t, 1, "setWebhook")
	h := b.WebhookHandler()
	post := func(id int64, from user) int {
		body := encode(map[string]any{"update_id": id, "message": messageJSON(id, from, from.ID, "private", "进出口增长多少？", nil)})
		req := httptest.NewRequest(http.MethodPost, "/hook", strings.NewReader(body))
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", "sec")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req) // returns without waiting for the answer
		return rec.Code
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(2 * time.Millisecond)
		}
	}
	for i := int64(1); i <= 2; i++ {
		if code := post(i, user{i, "U"}); code != 200 {
			t.Fatalf("update %d: %d", i, code)
		}
	}
	waitFor("two answers in flight", func() bool { return ans.inflight.Load() == 2 })
	for i := int64(3); i <= 4; i++ {
		if code := post(i, user{i, "U"}); code != 200 {
			t.Fatalf("queued update %d: %d", i, code)
		}
	}
	if code := post(5, user{5, "U"}); code != http.StatusServiceUnavailable {
		t.Fatalf("update beyond the queue: %d, want 503", code)
	}
	close(ans.release)
	srv.WaitN(t, 4, "sendMessage")
	if code := post(5, user{5, "U"}); code != 200 { // Telegram's retry is accepted
		t.Fatalf("retried update: %d", code)
	}
	srv.WaitN(t, 5, "sendMessage")
	if m := ans.max.Load(); m != 2 {
		t.Fatalf("max concurrent answers %d, want 2", m)
	}
}

func TestStartupRetriesAndBadToken(t *testing.T) {
	srv := telegramtest.New(t, testToken)
	srv.Fail("getMe", telegramtest.Fault{Code: 502, Description: "Bad Gateway"}, telegramtest.Fault{Code: 500, Description: "Internal Server Error"})
	b, _, _, _ := newBot(t, srv, &fakeAnswerer{ix: loadIndex(t)})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	srv.WaitN(t, 2, "setMyCommands")
	if n := len(srv.Calls("getMe")); n != 3 {
		t.Fatalf("%d getMe calls, want 3 (two failures, then success)", n)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	// A wrong token fails at once, without leaking the token.
	bad, _, logs, _ := newBot(t, srv, &fakeAnswerer{ix: loadIndex(t)}, func(o *Options) { o.Token = "999:wrongTOKENvalue" })
	err := bad.Run(context.Background())
	if err == nil || strings.Contains(err.Error(), "wrongTOKEN") || strings.Contains(logs.String(), "wrongTOKEN") {
		t.Fatalf("Run with a bad token: %v", err)
	}
}

func TestAskInReplyEditFallbackMigrationAnonymousAdmin(t *testing.T) {
	h := newPolling(t, func(o *Options) { o.MaxConcurrency = 1 })
	// "/ask" replying to someone's question asks that question.
	h.group(bob, "/ask", map[string]any{"reply_to_message": messageJSON(5, alice, groupID, "supergroup", "2025年地区生产总值目标是多少？", nil)})
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, groupID)) == 1 }, "sendMessage")
	if q := h.ans.questions(); len(q) != 1 || q[0] != "2025年地区生产总值目标是多少？" {
		t.Fatalf("questions %q", q)
	}
	// An anonymous admin (posting as the group via GroupAnonymousBot) is answered.
	anon := messageJSON(6, user{1087968824, "Group"}, groupID, "supergroup", "@"+telegramtest.BotUsername+" 进出口增长多少？", nil)
	anon["from"] = map[string]any{"id": 1087968824, "is_bot": true, "first_name": "Group", "username": "GroupAnonymousBot"}
	anon["sender_chat"] = map[string]any{"id": groupID, "type": "supergroup", "title": "盘锦工作群"}
	h.srv.PushUpdate(encode(map[string]any{"update_id": h.id(), "message": anon}))
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, groupID)) == 2 }, "sendMessage")

	// ◀ on a message too old to edit shows the paragraph as a new message.
	h.srv.Fail("editMessageText", telegramtest.Fault{Code: 400, Description: "Bad Request: message can't be edited"})
	h.callback(alice, alice.ID, 77, "n:30:panjin-2025")
	cs := h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, alice.ID)) == 1 }, "sendMessage")
	if !strings.Contains(sentTo(cs, alice.ID)[0].Text(), "¶30") {
		t.Fatalf("fallback: %s", sentTo(cs, alice.ID)[0].Text())
	}

	// A group that became a supergroup: resend to the new id.
	const oldGroup, newGroup = -4001, -1004001
	h.srv.Fail("sendMessage", telegramtest.Fault{Code: 400, Description: "Bad Request: group chat was upgraded to a supergroup chat", MigrateTo: newGroup})
	id := h.id()
	h.srv.PushUpdate(encode(map[string]any{"update_id": id, "message": messageJSON(8, alice, oldGroup, "group", "/help", nil)}))
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, newGroup)) == 1 }, "sendMessage")
}

// Each user's questions in a chat form one conversation, so an LLM answerer
// can read follow-ups ("那2025年呢？") against that user's earlier turns.
func TestQuestionsCarryTheirConversation(t *testing.T) {
	h := newPolling(t)
	h.private(alice, "2024年进出口增长多少？")
	h.sends(1)
	h.private(alice, "那2025年呢？")
	h.sends(2)
	h.private(bob, "2024年进出口增长多少？")
	h.sends(3)
	fa := h.ans
	fa.mu.Lock()
	defer fa.mu.Unlock()
	if len(fa.convs) != 3 {
		t.Fatalf("conversations %q, want 3", fa.convs)
	}
	if fa.convs[0] == "" || fa.convs[0] != fa.convs[1] || fa.convs[2] == fa.convs[0] {
		t.Errorf("conversations %q: want one per user and chat, the same for alice's two questions", fa.convs)
	}
}
