package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/llm"
	"github.com/reportbot/reportbot/rag"
)

// streamAnswerer streams scripted deltas, waiting after each until the bot
// shows what it expects on screen (so each delta is seen, without sleeps),
// then returns the fake answer, a scripted final answer or an error.
type streamAnswerer struct {
	*fakeAnswerer
	srv    *telegramtest.Server
	deltas []string
	expect []string     // after delta i, a preview containing expect[i] must appear ("" = don't wait)
	final  *rag.Answer  // nil: the fakeAnswerer's answer
	err    error        // returned by the first AskStream after its deltas
	askErr error        // returned by Ask (the non-streamed retry)
	chat   atomic.Int64 // when set, only previews in this chat count

	mu       sync.Mutex
	streams  int
	asks     int
	problems []string
}

func (s *streamAnswerer) Ask(ctx context.Context, q rag.Query) (*rag.Answer, error) {
	s.mu.Lock()
	s.asks++
	s.mu.Unlock()
	if s.askErr != nil {
		return nil, s.askErr
	}
	return s.fakeAnswerer.Ask(ctx, q)
}

func (s *streamAnswerer) AskStream(ctx context.Context, q rag.Query, onDelta func(string)) (*rag.Answer, error) {
	s.mu.Lock()
	s.streams++
	first := s.streams == 1
	s.mu.Unlock()
	for i, d := range s.deltas {
		onDelta(d)
		if i < len(s.expect) && s.expect[i] != "" && !waitFor(func() bool { return previewShows(s.srv, s.chat.Load(), s.expect[i]) }) {
			s.problem("preview %q never shown; calls:\n%s", s.expect[i], callDump(s.srv.Calls()))
			return nil, errors.New("test: preview not shown")
		}
	}
	if s.err != nil && first {
		return nil, s.err
	}
	if s.final != nil {
		f := *s.final
		f.Question = q.Text
		return &f, nil
	}
	return s.fakeAnswerer.Ask(ctx, q)
}

func (s *streamAnswerer) problem(format string, args ...any) {
	s.mu.Lock()
	s.problems = append(s.problems, fmt.Sprintf(format, args...))
	s.mu.Unlock()
}

func (s *streamAnswerer) counts() (streams, asks int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.streams, s.asks
}

// waitFor polls cond for up to 10 s: synchronisation, not a timing assertion.
func waitFor(cond func() bool) bool {
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(2 * time.Millisecond)
	}
	return true
}

var previewMethods = []string{"sendMessageDraft", "sendMessage", "editMessageText"}

func previewShows(srv *telegramtest.Server, chat int64, want string) bool {
	for _, c := range srv.Calls(previewMethods...) {
		if chat != 0 && c.Params["chat_id"] != fmt.Sprint(chat) {
			continue
		}
		if c.Status == 200 && strings.Contains(c.Text(), want) {
			return true
		}
	}
	return false
}

func callDump(cs []telegramtest.Call) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "  %s %d %s %q\n", c.Method, c.Status, c.Error, c.Params["text"])
	}
	return b.String()
}

type streamHarness struct {
	*harness
	sa  *streamAnswerer
	clk *fakeClock
}

// newStreamPolling runs a polling bot whose Answerer streams, against a
// fake Bot API stamping calls with the bot's fake clock.
func newStreamPolling(t *testing.T, setup func(sa *streamAnswerer), mods ...hopt) *streamHarness {
	t.Helper()
	srv := telegramtest.New(t, testToken)
	clk := newFakeClock()
	srv.SetClock(clk.Now)
	sa := &streamAnswerer{fakeAnswerer: &fakeAnswerer{ix: loadIndex(t)}, srv: srv}
	if setup != nil {
		setup(sa)
	}
	mods = append([]hopt{func(o *Options) { o.Clock = clk }}, mods...)
	// Registered first, so it runs after the harness has stopped the bot.
	t.Cleanup(func() {
		sa.mu.Lock()
		defer sa.mu.Unlock()
		for _, p := range sa.problems {
			t.Error(p)
		}
	})
	h := runPolling(t, srv, sa, sa.fakeAnswerer, 5000, mods...)
	return &streamHarness{harness: h, sa: sa, clk: clk}
}

// The scripted stream: a citation marker split across deltas, and text
// that must be escaped.
var (
	testDeltas = []string{"2024年全市", "进出口总额增长39.7%", "〔¶6〕。A&B <x> 不是标签。"} // the model path ends deltas only at whole marks
	testExpect = []string{"2024年全市", "2024年全市进出口总额增长39.7%", "39.7%〔¶6〕。A&B <x> 不是标签。"}
)

// partialCite finds a citation marker shown unfinished.
var partialCite = regexp.MustCompile(`〔[^〕]*$|〔¶\d*[^\d〕]`)

func okCalls(cs []telegramtest.Call) []telegramtest.Call {
	var out []telegramtest.Call
	for _, c := range cs {
		if c.Status == 200 {
			out = append(out, c)
		}
	}
	return out
}

// checkGrowing: preview texts only grow, and never show half a citation.
func checkGrowing(t *testing.T, previews []telegramtest.Call, footer string) {
	t.Helper()
	prev := ""
	for _, c := range previews {
		text := strings.TrimSuffix(c.Text(), footer)
		if !strings.HasPrefix(text, prev) || text == prev {
			t.Errorf("preview %q does not grow from %q", text, prev)
		}
		if partialCite.MatchString(text) {
			t.Errorf("preview shows a partial citation: %q", text)
		}
		prev = text
	}
}

// checkSpacing: no two calls within min of the bot's (fake) time.
func checkSpacing(t *testing.T, cs []telegramtest.Call, min time.Duration) {
	t.Helper()
	for i := 1; i < len(cs); i++ {
		if d := cs[i].At.Sub(cs[i-1].At); d < min {
			t.Errorf("%s calls %d and %d only %v apart (want ≥ %v)", cs[i].Method, i-1, i, d, min)
		}
	}
}

func TestStreamPrivateDrafts(t *testing.T) {
	h := newStreamPolling(t, func(sa *streamAnswerer) { sa.deltas, sa.expect = testDeltas, testExpect })
	h.private(alice, "2024年进出口增长多少？")
	final := h.sends(1)[0]

	drafts := okCalls(h.srv.Calls("sendMessageDraft"))
	if len(drafts) < len(testDeltas) {
		t.Fatalf("%d drafts, want ≥ %d:\n%s", len(drafts), len(testDeltas), callDump(drafts))
	}
	for _, d := range drafts {
		if d.Params["chat_id"] != "111" || d.Params["draft_id"] != drafts[0].Params["draft_id"] || d.Params["draft_id"] == "0" || d.Params["parse_mode"] != "HTML" {
			t.Fatalf("draft params %v", d.Params)
		}
	}
	checkGrowing(t, drafts, "")
	checkSpacing(t, drafts, time.Second)
	if last := drafts[len(drafts)-1]; last.Params["text"] != "2024年全市进出口总额增长39.7%〔¶6〕。A&amp;B &lt;x&gt; 不是标签。" {
		t.Errorf("last draft HTML %q", last.Params["text"])
	}

	// The final message is the rendered answer with its buttons, after the drafts.
	all := h.srv.Calls()
	lastDraft, finalAt := -1, -1
	for i, c := range all {
		switch c.Method {
		case "sendMessageDraft":
			lastDraft = i
		case "sendMessage":
			finalAt = i
		}
	}
	if finalAt < lastDraft {
		t.Error("a draft came after the final message")
	}
	bs := buttons(final)
	if bs["原文 ¶6"] == "" || bs["👍"] == "" || bs["👎"] == "" {
		t.Errorf("final buttons %v", bs)
	}
	if !strings.Contains(final.Params["text"], "<blockquote>") || !strings.HasPrefix(final.Text(), "进出口总额增长39.7%〔¶6〕") {
		t.Errorf("final message is not the rendered answer:\n%s", final.Params["text"])
	}
	if n := len(h.srv.Calls("editMessageText")); n != 0 {
		t.Errorf("%d edits in a private chat with drafts", n)
	}
	if acts := h.srv.Calls("sendChatAction"); len(acts) == 0 {
		t.Error("no typing indicator")
	}
	if streams, asks := h.sa.counts(); streams != 1 || asks != 0 {
		t.Errorf("AskStream %d, Ask %d", streams, asks)
	}
}

// previewMessage is the message a group preview was sent as.
func previewMessage(t *testing.T, srv *telegramtest.Server, chat int64) (telegramtest.Call, int) {
	t.Helper()
	sends := okCalls(sentTo(srv.Calls("sendMessage"), chat))
	if len(sends) != 1 {
		t.Fatalf("%d messages to %d, want the one preview:\n%s", len(sends), chat, callDump(sends))
	}
	var id int
	for _, c := range srv.Calls("editMessageText") {
		fmt.Sscan(c.Params["message_id"], &id)
		break
	}
	return sends[0], id
}

func TestStreamGroupEditsThrottled(t *testing.T) {
	h := newStreamPolling(t, func(sa *streamAnswerer) { sa.deltas, sa.expect = testDeltas, testExpect })
	q := h.group(alice, "@"+telegramtest.BotUsername+" 2024年进出口增长多少？", nil)
	// The answer is final when an edit carries the keyboard.
	edits := h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
		return len(cs) > 0 && cs[len(cs)-1].Params["reply_markup"] != ""
	}, "editMessageText")
	first, id := previewMessage(t, h.srv, groupID)
	if !strings.Contains(first.Params["reply_parameters"], fmt.Sprintf(`"message_id":%d`, q%1000)) {
		t.Errorf("the preview does not reply to the question: %s", first.Params["reply_parameters"])
	}
	if n := len(h.srv.Calls("sendMessageDraft")); n != 0 {
		t.Errorf("%d drafts in a group", n)
	}
	for _, e := range edits {
		if e.Params["message_id"] != fmt.Sprint(id) || e.Params["chat_id"] != fmt.Sprint(groupID) {
			t.Fatalf("edit of another message: %v", e.Params)
		}
	}
	previews := append([]telegramtest.Call{first}, edits[:len(edits)-1]...)
	if len(previews) < len(testDeltas) {
		t.Fatalf("%d previews, want ≥ %d:\n%s", len(previews), len(testDeltas), callDump(previews))
	}
	checkGrowing(t, okCalls(previews), "\n\n⏳ 正在生成…")
	// At most one edit a second per message, in the bot's (fake) time.
	checkSpacing(t, append([]telegramtest.Call{first}, okCalls(edits)...), time.Second)

	last := edits[len(edits)-1]
	bs := buttons(last)
	if bs["原文 ¶6"] == "" || bs["👍"] == "" {
		t.Errorf("final edit buttons %v", bs)
	}
	if strings.Contains(last.Text(), "正在生成") || !strings.Contains(last.Params["text"], "<blockquote>") {
		t.Errorf("final edit is not the rendered answer:\n%s", last.Params["text"])
	}
	if text, ok := h.srv.Message(groupID, id); !ok || text != last.Params["text"] {
		t.Errorf("message on screen %q", text)
	}
}

func TestStreamFinalAnswerReplacesDeltas(t *testing.T) {
	ix := loadIndex(t)
	rep, _ := ix.Report("")
	p23, _ := rep.Paragraph(23)
	final := &rag.Answer{
		Answer: "根据报告：\n【2025年目标】「" + p23.Text[:strings.Index(p23.Text, "5.5%左右")+len("5.5%左右")] + "」〔¶23〕",
		Found:  true, Mode: rag.ModeExtractive, Lang: "zh",
		Report:    rag.ReportRef{ID: rep.Meta.ID, Title: rep.Meta.Title, Version: rep.Version},
		Citations: []rag.Citation{{Report: rep.Meta.ID, Paragraph: 23, Section: p23.Path(), Period: p23.Period, Quote: "地区生产总值增长5.5%左右"}},
	}
	deltas := []string{"2025年地区生产总值", "增长目标是8%〔¶23〕。"}
	expect := []string{"2025年地区生产总值", "目标是8%〔¶23〕。"}
	for _, tc := range []struct {
		name  string
		group bool
	}{{"private", false}, {"group", true}} {
		t.Run(tc.name, func(t *testing.T) {
			h := newStreamPolling(t, func(sa *streamAnswerer) { sa.deltas, sa.expect, sa.final = deltas, expect, final })
			var shown telegramtest.Call
			if tc.group {
				h.group(alice, "@"+telegramtest.BotUsername+" 2025年GDP目标？", nil)
				edits := h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
					return len(cs) > 0 && cs[len(cs)-1].Params["reply_markup"] != ""
				}, "editMessageText")
				shown = edits[len(edits)-1]
				_, id := previewMessage(t, h.srv, groupID)
				if text, _ := h.srv.Message(groupID, id); text != shown.Params["text"] {
					t.Errorf("on screen %q", text)
				}
			} else {
				h.private(alice, "2025年GDP目标？")
				shown = h.sends(1)[0]
			}
			if vis := shown.Text(); strings.Contains(vis, "8%") || !strings.Contains(vis, "5.5%左右」〔¶23〕") && !strings.Contains(vis, "5.5%左右〔¶23〕") {
				t.Errorf("final message does not show the final answer:\n%s", vis)
			}
			if bs := buttons(shown); bs["原文 ¶23"] == "" || bs["👍"] == "" {
				t.Errorf("buttons %v", bs)
			}
		})
	}
}

func TestStreamDraftsUnavailableFallBackToEdits(t *testing.T) {
	h := newStreamPolling(t, func(sa *streamAnswerer) { sa.deltas, sa.expect = testDeltas, testExpect })
	h.srv.Fail("sendMessageDraft", telegramtest.Fault{Code: 400, Description: "Bad Request: method not found"})
	h.private(alice, "2024年进出口增长多少？")
	edits := h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
		return len(cs) > 0 && cs[len(cs)-1].Params["reply_markup"] != ""
	}, "editMessageText")
	first, _ := previewMessage(t, h.srv, alice.ID)
	if first.Params["reply_parameters"] != "" {
		t.Errorf("a private preview replies: %s", first.Params["reply_parameters"])
	}
	checkGrowing(t, okCalls(append([]telegramtest.Call{first}, edits[:len(edits)-1]...)), "\n\n⏳ 正在生成…")
	checkSpacing(t, append([]telegramtest.Call{first}, okCalls(edits)...), time.Second)
	if bs := buttons(edits[len(edits)-1]); bs["原文 ¶6"] == "" || bs["👍"] == "" {
		t.Errorf("final edit buttons %v", bs)
	}
	// Remembered for the process: the next answer does not try drafts.
	h.sa.chat.Store(bob.ID)
	h.private(bob, "2024年进出口增长多少？")
	h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
		n := 0
		for _, c := range cs {
			if c.Params["reply_markup"] != "" && c.Params["chat_id"] == fmt.Sprint(bob.ID) {
				n++
			}
		}
		return n == 1
	}, "editMessageText")
	if n := len(h.srv.Calls("sendMessageDraft")); n != 1 {
		t.Errorf("%d sendMessageDraft calls, want the 1 that failed", n)
	}
	if !strings.Contains(h.logs.String(), "sendMessageDraft unavailable") {
		t.Error("the fallback was not logged")
	}
}

func TestStreamErrors(t *testing.T) {
	t.Run("stream fails, retry answers", func(t *testing.T) {
		h := newStreamPolling(t, func(sa *streamAnswerer) {
			sa.deltas, sa.expect, sa.err = testDeltas[:1], testExpect[:1], errors.New("model connection reset")
		})
		h.private(alice, "2024年进出口增长多少？")
		msg := h.sends(1)[0]
		if bs := buttons(msg); bs["原文 ¶6"] == "" || bs["👍"] == "" {
			t.Errorf("no answer after a failed stream: %s %v", msg.Text(), bs)
		}
		if streams, asks := h.sa.counts(); streams != 1 || asks != 1 {
			t.Errorf("AskStream %d, Ask %d", streams, asks)
		}
	})
	t.Run("both fail in a group: the preview becomes an apology", func(t *testing.T) {
		h := newStreamPolling(t, func(sa *streamAnswerer) {
			sa.deltas, sa.expect = testDeltas[:2], testExpect[:2]
			sa.err, sa.askErr = errors.New("model down"), errors.New("engine down")
		})
		h.group(alice, "@"+telegramtest.BotUsername+" 2024年进出口增长多少？", nil)
		edits := h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
			return len(cs) > 0 && strings.Contains(cs[len(cs)-1].Text(), "抱歉")
		}, "editMessageText")
		_, id := previewMessage(t, h.srv, groupID)
		if text, _ := h.srv.Message(groupID, id); text != edits[len(edits)-1].Params["text"] || strings.Contains(text, "进出口") {
			t.Errorf("on screen %q", text)
		}
		// Still alive.
		h.group(bob, "/help", nil)
		h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(okCalls(sentTo(cs, groupID))) == 2 }, "sendMessage")
	})
	t.Run("refusal is shown, not retried", func(t *testing.T) {
		h := newStreamPolling(t, func(sa *streamAnswerer) {
			sa.err = fmt.Errorf("llm: %w: over 2000 characters", rag.ErrQuestionTooLong)
		})
		h.private(alice, "2024年进出口增长多少？")
		if msg := h.sends(1)[0]; !strings.Contains(msg.Text(), "问题太长") {
			t.Errorf("message %q", msg.Text())
		}
		if _, asks := h.sa.counts(); asks != 0 {
			t.Errorf("refusal retried %d times", asks)
		}
		if n := len(h.srv.Calls("sendMessageDraft")); n != 0 {
			t.Errorf("%d drafts without deltas", n)
		}
	})
}

func TestStreamLongPreviewShowsTail(t *testing.T) {
	long := strings.Repeat("长文本&<很长>。", 600) + "结尾〔¶6〕"
	h := newStreamPolling(t, func(sa *streamAnswerer) { sa.deltas, sa.expect = []string{long}, []string{"结尾〔¶6〕"} })
	h.private(alice, "2024年进出口增长多少？")
	h.sends(1)
	d := okCalls(h.srv.Calls("sendMessageDraft"))
	if len(d) != 1 {
		t.Fatalf("%d drafts", len(d))
	}
	if vis := d[0].Text(); !strings.HasPrefix(vis, "…") || telegramtest.UTF16Len(vis) > MaxMessageUnits {
		t.Errorf("long preview: %d units, starts %q", telegramtest.UTF16Len(vis), vis[:12])
	}
}

func TestPreviewHTML(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"  \n", ""},
		{"增长39.7%〔¶6〕。", "增长39.7%〔¶6〕。"},
		{"【2025年目标】地区", "【2025年目标】地区"},
		{"A&B <x> \"q\"", "A&amp;B &lt;x&gt; \"q\""},
		{"bad\xffutf8", "badutf8"},
	} {
		if got := previewHTML(tt.in, []int{len(tt.in)}, 100); got != tt.want {
			t.Errorf("previewHTML(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Long text: the tail, after "…", within the limit, starting where a
	// delta started, so never inside a marker (the model path never ends a
	// delta inside one).
	for _, deltas := range [][]string{
		{strings.Repeat("😀a&", 50)},
		{strings.Repeat("文", 80), "〔¶12〕", strings.Repeat("字", 15)},
		{strings.Repeat("文", 80), "〔panjin-2025 ¶12〕", strings.Repeat("字", 15)},
	} {
		var cuts []int
		in := ""
		for _, d := range deltas {
			in += d
			cuts = append(cuts, len(in))
		}
		for limit := 10; limit <= 40; limit++ {
			got := previewHTML(in, cuts, limit)
			vis, err := telegramtest.ParseHTML(got)
			if err != nil {
				t.Fatalf("limit %d: %v: %q", limit, err, got)
			}
			if !strings.HasPrefix(vis, "…") || telegramtest.UTF16Len(vis) > limit {
				t.Errorf("limit %d: %q (%d units)", limit, vis, telegramtest.UTF16Len(vis))
			}
			if len(deltas) > 1 && strings.Contains(vis, "〕") && !strings.HasPrefix(vis, "…〔") {
				t.Errorf("limit %d: tail opens inside a marker: %q", limit, vis)
			}
		}
	}
}

func TestSchedulerReserveNow(t *testing.T) {
	clk := newFakeClock()
	s := newScheduler(clk)
	if ok, _ := s.reserveNow(1, false, 0); !ok {
		t.Fatal("first slot refused")
	}
	ok, retry := s.reserveNow(1, false, 0)
	if ok || retry != time.Second {
		t.Fatalf("second slot at once: %v %v", ok, retry)
	}
	if d := s.reserve(1, false); d != time.Second {
		t.Fatalf("reserve after a preview waits %v", d)
	}
	// A group keeps spare slots of its minute for real messages.
	for i := 0; i < 15; i++ {
		clk.Advance(time.Second)
		if ok, _ := s.reserveNow(-5, true, 5); !ok {
			t.Fatalf("group slot %d refused", i)
		}
	}
	clk.Advance(time.Second)
	ok, retry = s.reserveNow(-5, true, 5)
	if ok || retry != 45*time.Second {
		t.Fatalf("16th preview in a minute: %v %v", ok, retry)
	}
	if d := s.reserve(-5, true); d != 0 {
		t.Fatalf("a real message waits %v", d)
	}
}

var _ rag.Answerer = (*llm.Answerer)(nil)

// streamModel is a chat model that streams a fixed reply in small pieces
// and, halfway, waits until the bot shows a draft.
type streamModel struct {
	srv   *telegramtest.Server
	reply string
	mu    sync.Mutex
	err   string
}

func (m *streamModel) Complete(ctx context.Context, msgs []llm.Message) (string, error) {
	return m.reply, nil
}

func (m *streamModel) Stream(ctx context.Context, msgs []llm.Message, onDelta func(string)) (string, error) {
	r := []rune(m.reply)
	for i := 0; i < len(r); i += 3 {
		onDelta(string(r[i:min(i+3, len(r))]))
		if i == 90 && !waitFor(func() bool { return len(okCalls(m.srv.Calls("sendMessageDraft"))) > 0 }) {
			m.mu.Lock()
			m.err = "no draft while streaming"
			m.mu.Unlock()
		}
	}
	return m.reply, nil
}

// TestStreamWithLLMAnswerer drives the real *llm.Answerer (its stream
// filter, checks and citations) with a fake model through the bot.
func TestStreamWithLLMAnswerer(t *testing.T) {
	srv := telegramtest.New(t, testToken)
	clk := newFakeClock()
	srv.SetClock(clk.Now)
	model := &streamModel{srv: srv, reply: "2024年全市进出口总额增长39.7%〔¶6〕，增速全省第一〔¶6〕。" +
		"一般公共预算收入增长8.3%、高于全省2.8个百分点〔¶6〕；固定资产投资增长20%以上〔¶6〕。" +
		"预计全市地区生产总值增长3.5%左右〔¶6〕。"}
	ans, err := llm.NewAnswerer(llm.Options{Client: model, Engine: rag.NewEngine(loadIndex(t), nil)})
	if err != nil {
		t.Fatal(err)
	}
	b, _, logs, _ := newBot(t, srv, ans, func(o *Options) { o.Clock = clk })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	srv.WaitN(t, 2, "setMyCommands")
	srv.PushUpdate(encode(map[string]any{"update_id": 1, "message": messageJSON(1, alice, alice.ID, "private", "2024年进出口总额增长了多少？", nil)}))
	final := srv.WaitN(t, 1, "sendMessage")[0]
	model.mu.Lock()
	if model.err != "" {
		t.Error(model.err)
	}
	model.mu.Unlock()
	drafts := okCalls(srv.Calls("sendMessageDraft"))
	if len(drafts) == 0 {
		t.Fatal("no drafts")
	}
	checkGrowing(t, drafts, "")
	if bad := srv.Refused(); len(bad) > 0 {
		t.Fatalf("refused: %s %s", bad[0].Method, bad[0].Error)
	}
	if !strings.HasPrefix(final.Text(), "2024年全市进出口总额增长39.7%") || !strings.Contains(final.Text(), "〔¶6〕") || buttons(final)["原文 ¶6"] == "" || buttons(final)["👍"] == "" {
		t.Errorf("final %q, buttons %v\nlogs:\n%s", final.Text(), buttons(final), logs.String())
	}
}

func TestStreamPreviewFaults(t *testing.T) {
	t.Run("429 on a draft pauses the previews", func(t *testing.T) {
		h := newStreamPolling(t, func(sa *streamAnswerer) { sa.deltas, sa.expect = testDeltas, testExpect })
		h.srv.Fail("sendMessageDraft", telegramtest.Fault{Code: 429, Description: "Too Many Requests: retry after 3", RetryAfter: 3})
		h.private(alice, "2024年进出口增长多少？")
		final := h.sends(1)[0]
		all := h.srv.Calls("sendMessageDraft")
		if len(all) < 2 || all[0].Status != 429 {
			t.Fatalf("drafts:\n%s", callDump(all))
		}
		if d := all[1].At.Sub(all[0].At); d < 3*time.Second {
			t.Errorf("draft retried %v after a 429 asking for 3 s", d)
		}
		if buttons(final)["👍"] == "" {
			t.Error("final answer lacks buttons")
		}
		if n := len(h.srv.Calls("editMessageText")); n != 0 {
			t.Errorf("a 429 switched to edits (%d)", n)
		}
	})
	t.Run("a preview that cannot be edited is replaced by a new message", func(t *testing.T) {
		h := newStreamPolling(t, func(sa *streamAnswerer) { sa.deltas, sa.expect = testDeltas, testExpect[:1] })
		h.srv.Fail("editMessageText",
			telegramtest.Fault{Code: 400, Description: "Bad Request: message can't be edited"},
			telegramtest.Fault{Code: 400, Description: "Bad Request: message can't be edited"})
		h.group(alice, "@"+telegramtest.BotUsername+" 2024年进出口增长多少？", nil)
		sends := h.srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(cs) == 2 }, "sendMessage")
		if buttons(sends[1])["👍"] == "" || !strings.Contains(sends[1].Params["text"], "<blockquote>") {
			t.Fatalf("final message %q", sends[1].Params["text"])
		}
		del := h.srv.WaitN(t, 1, "deleteMessage")[0]
		var id int
		fmt.Sscan(del.Params["message_id"], &id)
		if del.Status != 200 || !strings.Contains(sends[0].Text(), "正在生成") {
			t.Fatalf("deleted %v (%d); preview %q", del.Params, del.Status, sends[0].Text())
		}
		if _, ok := h.srv.Message(groupID, id); ok {
			t.Error("the stale preview is still there")
		}
		if text, ok := h.srv.Message(groupID, id+1); !ok || text != sends[1].Params["text"] {
			t.Errorf("message after the deleted one is not the answer: %q", text)
		}
	})
}
