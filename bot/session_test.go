package bot

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/figures"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/seeds"
	"github.com/reportbot/reportbot/storage"
	"github.com/reportbot/reportbot/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// shanghai is the bot's default time zone, as a fixed zone so that the
// transcript does not depend on the host's zoneinfo.
var shanghai = time.FixedZone("CST", 8*3600)

var (
	realOnce, multiOnce sync.Once
	realEng, multiEng   *rag.Engine
	realErr, multiErr   error
)

// realEngine is the engine as serve builds it offline: the figures step
// and the local embedding's vector leg (in memory).
func realEngine(t *testing.T) *rag.Engine {
	t.Helper()
	realOnce.Do(func() { realEng, realErr = buildRealEngine(seeds.FS) })
	if realErr != nil {
		t.Fatal(realErr)
	}
	return realEng
}

// multiEngine is realEngine with the reports of testdata/seeds loaded
// too, as serve --seeds loads them: panjin-2024, whose 2024 targets the
// seed reviews, and demo-2024, another city's.
func multiEngine(t *testing.T) *rag.Engine {
	t.Helper()
	multiOnce.Do(func() { multiEng, multiErr = buildRealEngine(seeds.FS, os.DirFS("../testdata/seeds")) })
	if multiErr != nil {
		t.Fatal(multiErr)
	}
	return multiEng
}

func buildRealEngine(dirs ...fs.FS) (*rag.Engine, error) {
	var reports []*rag.Report
	for _, d := range dirs {
		rs, err := rag.LoadFS(d)
		if err != nil {
			return nil, err
		}
		reports = append(reports, rs...)
	}
	lex := rag.DefaultLexicon()
	ix, err := rag.NewIndexOptions(reports, lex, rag.IndexOptions{LocalVectors: true})
	if err != nil {
		return nil, err
	}
	vec, err := store.Open(store.Options{})
	if err != nil {
		return nil, err
	}
	var cols []store.Collection
	for _, c := range ix.Collections() {
		col := store.Collection{Name: c.Report, Model: c.Local.Model(), Embed: c.Local.Embed}
		for _, d := range c.Docs {
			col.Docs = append(col.Docs, store.Doc{ID: d.ID, Text: d.Text, Vector: d.Vector})
		}
		cols = append(cols, col)
	}
	if err := vec.Index(context.Background(), cols); err != nil {
		return nil, err
	}
	return rag.NewEngine(ix, vec, figures.NewStepper(figures.NewIndex(reports, lex.Expand)).Step), nil
}

// live is a bot answering with the real engine behind rag.Converse, its
// conversations in the bot's own database, the bot, the database and the
// fake Telegram sharing one fake clock.
type live struct {
	*harness
	clk *fakeClock
	st  *storage.Store
}

func newLive(t *testing.T, mods ...hopt) *live {
	t.Helper()
	return newLiveWith(t, realEngine(t), mods...)
}

// newLiveWith is newLive answering with eng.
func newLiveWith(t *testing.T, eng *rag.Engine, mods ...hopt) *live {
	t.Helper()
	clk := newFakeClock()
	srv := telegramtest.New(t, testToken)
	srv.SetClock(clk.Now)
	st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "bot.db"), storage.WithClock(clk.Now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ans := rag.Converse(rag.Cached(eng, 256), eng, st.Conversations())
	all := append([]hopt{func(o *Options) {
		o.Clock, o.Store, o.Conversations, o.MaxConcurrency = clk, st, st.Conversations(), 1
	}}, mods...)
	h := runPolling(t, srv, ans, nil, 1000, all...)
	return &live{harness: h, clk: clk, st: st}
}

// person is who talks to the bot.
type person struct {
	id   int64
	name string
	lang string // Telegram language_code
}

var (
	pAlice = person{111, "Alice", "zh-hans"}
	pBob   = person{222, "Bob", "zh-hans"}
	pCarol = person{333, "Carol", "zh-hans"}
	pDave  = person{444, "Dave", "en"}
	pErin  = person{555, "Erin", "zh-hans"}
	pFrank = person{666, "Frank", "en"}
)

func (p person) json() map[string]any {
	return map[string]any{"id": p.id, "is_bot": false, "first_name": p.name, "language_code": p.lang}
}

var botUser = map[string]any{"id": telegramtest.BotID, "is_bot": true, "first_name": "盘锦报告助手", "username": telegramtest.BotUsername}

func chatJSON(who person, group bool) map[string]any {
	if group {
		return map[string]any{"id": groupID, "type": "supergroup", "title": "盘锦工作群"}
	}
	return map[string]any{"id": who.id, "type": "private", "first_name": who.name}
}

// step is one update of a scripted session and what it must get.
type step struct {
	who     person
	group   bool
	text    string
	kind    string // question, followup, smalltalk, command, media, tap, inline, clock, chatter
	label   string // names this step's (first) bot message, or this user message, for later steps
	reply   string // the label of a bot message this message replies to
	edit    string // the label of a user message this one edits
	caption bool   // a photo with text as its caption
	sticker bool
	tap     string        // the button (its text) of message reply to tap
	advance time.Duration // before the step, the clock moves on
	// fail429 makes the next sendMessage calls answer 429 this often; the
	// reply must still arrive (after retry, advancing the clock).
	fail429 int
	// deferred is the label of a step put off by the rate limit: this
	// (clock) step waits for its answer.
	deferred string
	silent   bool     // nothing must be sent
	want     []string // the reply's visible text must hold each
	notWant  []string
	burst    bool // one of the questions asked in a burst (measured apart)
	// until is the local time (Asia/Shanghai) a clock step moves to.
	until string
	// known names a fault of the answer logic (not the bot's) that makes
	// want fail: it is listed in the transcript, not failed on.
	known string
}

// sessionRun drives a session through the fake and keeps its transcript.
type sessionRun struct {
	t        *testing.T
	l        *live
	out      strings.Builder
	msgID    int                 // next user message id
	userMsgs map[string]userMsg  // label → a user message
	botMsgs  map[string]botMsg   // label → a bot message
	updates  map[string]int64    // label → its update id
	seen     int                 // calls already transcribed
	answers  []answerLines       // measured answers
	problems []string            // targets missed
	known    []string            // known faults of the answer logic seen
	kinds    map[string][]string // kind → step numbers
}

type userMsg struct {
	id   int
	step step
}

type botMsg struct {
	chat int64
	id   int
}

type answerLines struct {
	step  int
	shown int
	full  int
	burst bool
}

func (r *sessionRun) push(n int, s step) int64 {
	id := r.l.id()
	chat := chatJSON(s.who, s.group)
	var upd map[string]any
	switch {
	case s.tap != "":
		bm := r.botMsgs[s.reply]
		msg := map[string]any{"message_id": bm.id, "date": 1735700000, "chat": chat, "from": botUser, "text": "…"}
		if mk := r.l.srv.Markup(bm.chat, bm.id); mk != "" {
			msg["reply_markup"] = json.RawMessage(mk)
		}
		data := ""
		for _, row := range (telegramtest.Call{Params: map[string]string{"reply_markup": r.l.srv.Markup(bm.chat, bm.id)}}).Keyboard() {
			for _, b := range row {
				if b.Text == s.tap && b.CallbackData != nil {
					data = *b.CallbackData
				}
			}
		}
		if data == "" {
			r.t.Fatalf("step %d: no button %q on message %s", n, s.tap, s.reply)
		}
		upd = map[string]any{"callback_query": map[string]any{"id": fmt.Sprintf("cb%d", id), "from": s.who.json(), "message": msg, "chat_instance": "-77", "data": data}}
	case s.kind == "inline":
		upd = map[string]any{"inline_query": map[string]any{"id": fmt.Sprintf("iq%d", id), "from": s.who.json(), "query": s.text, "offset": "", "chat_type": "sender"}}
	default:
		mid := r.msgID
		if s.edit != "" {
			mid = r.userMsgs[s.edit].id
		} else {
			r.msgID++
		}
		m := map[string]any{"message_id": mid, "date": 1735700000, "from": s.who.json(), "chat": chat}
		switch {
		case s.caption:
			m["photo"] = []map[string]any{{"file_id": "AgAC", "file_unique_id": "p", "width": 90, "height": 90}}
			m["caption"] = s.text
			if ents := entitiesFor(s.text); len(ents) > 0 {
				m["caption_entities"] = ents
			}
		case s.sticker:
			m["sticker"] = map[string]any{"file_id": "CAAC", "file_unique_id": "u", "type": "regular", "width": 512, "height": 512, "is_animated": false, "is_video": false, "emoji": "😀"}
		default:
			m["text"] = s.text
			if ents := entitiesFor(s.text); len(ents) > 0 {
				m["entities"] = ents
			}
		}
		if s.reply != "" {
			bm := r.botMsgs[s.reply]
			m["reply_to_message"] = map[string]any{"message_id": bm.id, "date": 1735700000, "chat": chat, "from": botUser, "text": "…"}
		}
		key := "message"
		if s.edit != "" {
			key = "edited_message"
			m["edit_date"] = 1735700100
		}
		upd = map[string]any{key: m}
		if s.label != "" {
			r.userMsgs[s.label] = userMsg{mid, s}
		}
	}
	upd["update_id"] = id
	r.l.srv.PushUpdate(encode(upd))
	return id
}

// settle waits until update id is processed and its replies are sent (or
// wait in the outbox for a later time).
func (r *sessionRun) settle(id int64, sent bool) {
	r.t.Helper()
	ctx := context.Background()
	ok := waitFor(func() bool {
		in, err := r.l.st.InboxState(ctx, id)
		if err != nil || in != "done" {
			return false
		}
		out, _, err := r.l.st.OutboxState(ctx, id)
		return err == nil && (out == "" || out == "done" || !sent && out == "pending")
	})
	if !ok {
		in, _ := r.l.st.InboxState(ctx, id)
		out, _, _ := r.l.st.OutboxState(ctx, id)
		r.t.Fatalf("update %d not settled: inbox %q, outbox %q", id, in, out)
	}
}

// transcribe writes the calls since the last step as a user would see
// them, and returns them.
func (r *sessionRun) transcribe() []telegramtest.Call {
	all := r.l.srv.Calls()
	calls := all[r.seen:]
	r.seen = len(all)
	var kept []telegramtest.Call
	for _, c := range calls {
		switch c.Method {
		case "sendChatAction", "setMyCommands", "getMe", "deleteWebhook":
			continue
		}
		kept = append(kept, c)
		if c.Status != 200 {
			fmt.Fprintf(&r.out, "   (Telegram answers %s %d: %s)\n", c.Method, c.Status, c.Error)
			continue
		}
		switch c.Method {
		case "sendMessage":
			var chat int64
			fmt.Sscan(c.Params["chat_id"], &chat)
			to := chatName(chat)
			reply := ""
			var rp struct {
				MessageID int `json:"message_id"`
			}
			if json.Unmarshal([]byte(c.Params["reply_parameters"]), &rp) == nil && rp.MessageID != 0 {
				reply = fmt.Sprintf(" ↩%d", rp.MessageID)
			}
			lc := phoneLines(c.Params["text"], phoneWidth)
			fmt.Fprintf(&r.out, "   bot → %s #%d%s (%d lines):\n", to, c.MessageID, reply, lc.shown)
			writeIndented(&r.out, c.Text())
			writeButtons(&r.out, c.Keyboard())
		case "editMessageText":
			fmt.Fprintf(&r.out, "   bot edits #%s:\n", c.Params["message_id"])
			writeIndented(&r.out, c.Text())
			writeButtons(&r.out, c.Keyboard())
		case "editMessageReplyMarkup":
			fmt.Fprintf(&r.out, "   bot redraws the buttons of #%s:\n", c.Params["message_id"])
			writeButtons(&r.out, c.Keyboard())
		case "answerCallbackQuery":
			if c.Params["text"] != "" {
				fmt.Fprintf(&r.out, "   bot (toast): %s\n", c.Params["text"])
			}
		case "answerInlineQuery":
			var results []struct {
				Title, Description string
			}
			json.Unmarshal([]byte(c.Params["results"]), &results)
			fmt.Fprintf(&r.out, "   inline results (%d):\n", len(results))
			for _, res := range results {
				fmt.Fprintf(&r.out, "     • %s — %s\n", res.Title, res.Description)
			}
		default:
			fmt.Fprintf(&r.out, "   bot calls %s\n", c.Method)
		}
	}
	return kept
}

func chatName(chat int64) string {
	switch chat {
	case groupID:
		return "group"
	}
	for _, p := range []person{pAlice, pBob, pCarol, pDave, pErin, pFrank} {
		if p.id == chat {
			return p.name
		}
	}
	return fmt.Sprint(chat)
}

func writeIndented(b *strings.Builder, text string) {
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		fmt.Fprintf(b, "     │ %s\n", line)
	}
}

func writeButtons(b *strings.Builder, kb [][]telegramtest.Button) {
	for _, row := range kb {
		var labels []string
		for _, btn := range row {
			labels = append(labels, "["+btn.Text+"]")
		}
		fmt.Fprintf(b, "     %s\n", strings.Join(labels, " "))
	}
}

// refusals are what a bot says when the report does not answer.
var refusals = []string{"报告未提及", "没有找到", "没有提到", "does not answer", "does not mention", "not in the report"}

// run plays the steps, writing the transcript and checking each.
func (r *sessionRun) run(steps []step) {
	for i, s := range steps {
		n := i + 1
		if s.advance > 0 {
			r.l.clk.Advance(s.advance)
		}
		if s.until != "" {
			now := r.l.clk.Now().In(shanghai)
			hm, err := time.ParseInLocation("15:04", s.until, shanghai)
			if err != nil {
				r.t.Fatal(err)
			}
			to := time.Date(now.Year(), now.Month(), now.Day(), hm.Hour(), hm.Minute(), 0, 0, shanghai)
			r.l.clk.Advance(to.Sub(now))
		}
		r.kinds[s.kind] = append(r.kinds[s.kind], fmt.Sprint(n))
		r.header(n, s)
		var calls []telegramtest.Call
		if s.kind == "clock" {
			id := deferredID(r.updates[s.deferred])
			r.settle(id, true)
			calls = r.transcribe()
		} else {
			if s.fail429 > 0 {
				faults := make([]telegramtest.Fault, s.fail429)
				for k := range faults {
					faults[k] = telegramtest.Fault{Code: 429, Description: "Too Many Requests: retry after 1", RetryAfter: 1}
				}
				r.l.srv.Fail("sendMessage", faults...)
			}
			id := r.push(n, s)
			if s.label != "" {
				r.updates[s.label] = id
			}
			r.settle(id, false)
			calls = r.transcribe()
			if s.fail429 > 0 {
				if out, _, _ := r.l.st.OutboxState(context.Background(), id); out == "pending" {
					fmt.Fprintf(&r.out, "   (the reply waits in the outbox; a minute passes)\n")
					r.l.clk.Advance(time.Minute)
					r.settle(id, true)
					calls = append(calls, r.transcribe()...)
				}
			}
		}
		r.check(n, s, calls)
	}
}

func (r *sessionRun) header(n int, s step) {
	where := "private"
	if s.group {
		where = "group"
	}
	var notes []string
	if s.reply != "" && s.tap == "" {
		notes = append(notes, "replying to "+s.reply)
	}
	if s.edit != "" {
		notes = append(notes, "editing "+s.edit)
	}
	if s.caption {
		notes = append(notes, "photo with caption")
	}
	if s.advance > 0 {
		notes = append(notes, fmt.Sprintf("%v later", s.advance))
	}
	if s.fail429 > 0 {
		notes = append(notes, fmt.Sprintf("Telegram will answer 429 %d times", s.fail429))
	}
	note := ""
	if len(notes) > 0 {
		note = " (" + strings.Join(notes, "; ") + ")"
	}
	now := r.l.clk.Now().In(shanghai).Format("15:04:05")
	switch {
	case s.kind == "clock":
		fmt.Fprintf(&r.out, "\n%02d %s … the clock reaches the time promised to %s%s\n", n, now, s.deferred, note)
	case s.tap != "":
		fmt.Fprintf(&r.out, "\n%02d %s %s taps [%s] on %s%s\n", n, now, s.who.name, s.tap, s.reply, note)
	case s.kind == "inline":
		fmt.Fprintf(&r.out, "\n%02d %s %s types inline: @%s %s\n", n, now, s.who.name, telegramtest.BotUsername, s.text)
	case s.sticker:
		fmt.Fprintf(&r.out, "\n%02d %s %s (%s, %s) sends a sticker%s\n", n, now, s.who.name, where, s.who.lang, note)
	default:
		text := s.text
		if len([]rune(text)) > 80 {
			text = string([]rune(text)[:80]) + fmt.Sprintf("… (%d characters)", len([]rune(s.text)))
		}
		fmt.Fprintf(&r.out, "\n%02d %s %s (%s, %s)%s: %s\n", n, now, s.who.name, where, s.who.lang, note, text)
	}
}

// check tests a step's replies against what it must get, and measures
// answers.
func (r *sessionRun) check(n int, s step, calls []telegramtest.Call) {
	var text strings.Builder
	var msgs []telegramtest.Call
	for _, c := range calls {
		if c.Status != 200 {
			continue
		}
		switch c.Method {
		case "sendMessage", "editMessageText":
			msgs = append(msgs, c)
			text.WriteString(c.Text() + "\n")
		case "answerCallbackQuery", "answerInlineQuery", "editMessageReplyMarkup":
			text.WriteString(c.Params["text"] + c.Params["results"] + c.Params["reply_markup"] + "\n")
		}
	}
	got := text.String()
	problem := func(format string, args ...any) {
		msg := fmt.Sprintf("step %d (%s): %s", n, truncateRunes(s.text, 40), fmt.Sprintf(format, args...))
		if s.known != "" {
			r.known = append(r.known, msg+" — "+s.known)
			return
		}
		r.problems = append(r.problems, msg)
	}
	if s.silent {
		if len(msgs) > 0 {
			problem("wanted no message, got %q", got)
		}
	} else if strings.TrimSpace(got) == "" {
		problem("no reply (a silent drop)")
	}
	for _, w := range s.want {
		if !strings.Contains(got, w) {
			problem("reply lacks %q", w)
		}
	}
	for _, w := range s.notWant {
		if strings.Contains(got, w) {
			problem("reply has %q", w)
		}
	}
	if s.kind == "smalltalk" {
		for _, w := range refusals {
			if strings.Contains(got, w) {
				problem("small talk refused: %q", w)
			}
		}
	}
	if len(msgs) > 0 && (s.kind == "question" || s.kind == "followup" || s.kind == "clock") {
		a := answerLines{step: n, burst: s.burst}
		for _, m := range msgs {
			lc := phoneLines(m.Params["text"], phoneWidth)
			a.shown += lc.shown
			a.full += lc.full
		}
		r.answers = append(r.answers, a)
	}
	if s.label != "" && len(msgs) > 0 && msgs[0].MessageID != 0 {
		var chat int64
		fmt.Sscan(msgs[0].Params["chat_id"], &chat)
		r.botMsgs[s.label] = botMsg{chat: chat, id: msgs[0].MessageID}
	}
}

// median of the shown and full line counts.
func medians(as []answerLines) (shown, full float64) {
	med := func(v []int) float64 {
		sort.Ints(v)
		if len(v) == 0 {
			return 0
		}
		if len(v)%2 == 1 {
			return float64(v[len(v)/2])
		}
		return float64(v[len(v)/2-1]+v[len(v)/2]) / 2
	}
	var s, f []int
	for _, a := range as {
		s = append(s, a.shown)
		f = append(f, a.full)
	}
	return med(s), med(f)
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./bot -run %s -update to create it)", err, t.Name())
	}
	if string(want) != got {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs from this run at line %d:\n got: %s\nwant: %s\n(run with -update if the change is intended)", path, i+1, g, w)
			}
		}
	}
}
