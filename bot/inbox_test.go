package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/reportbot/reportbot/bot/telegramtest"
	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/storage"
	"github.com/reportbot/reportbot/storage/storagetest"
)

// flakyStore fails EnqueueUpdate while failing > 0, counting down.
type flakyStore struct {
	Store
	mu      sync.Mutex
	failing int
	// onStored runs after each successful enqueue.
	onStored func(id int64)
}

func (f *flakyStore) EnqueueUpdate(ctx context.Context, id int64, body []byte, max int) (storage.EnqueueResult, error) {
	f.mu.Lock()
	if f.failing > 0 {
		f.failing--
		f.mu.Unlock()
		return 0, errors.New("disk on fire")
	}
	f.mu.Unlock()
	res, err := f.Store.EnqueueUpdate(ctx, id, body, max)
	if err == nil && f.onStored != nil {
		f.onStored(id)
	}
	return res, err
}

func privateUpdate(id int64, from user, text string) string {
	return encode(map[string]any{"update_id": id, "message": messageJSON(id%1000, from, from.ID, "private", text, nil)})
}

func postUpdate(t *testing.T, h http.Handler, body string) int {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/hook", strings.NewReader(body))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", "sec")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code
}

// runWebhook runs b in webhook mode until the test ends.
func runWebhook(t *testing.T, b *Bot) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.RunWebhook(ctx, "https://bot.example.org/hook", "sec") }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	})
}

// The webhook answers 200 only for an update it has stored; a stored,
// acknowledged update survives the process (here: a bot that never got
// to process it) and is answered by the next one.
func TestWebhookAcknowledgesOnlyStoredUpdates(t *testing.T) {
	srv := telegramtest.New(t, testToken)
	ans := &fakeAnswerer{ix: loadIndex(t)}
	st := openStore(t, filepath.Join(t.TempDir(), "rb.db"))
	flaky := &flakyStore{Store: st, failing: 1}
	first, _, _, reg := newBot(t, srv, ans, func(o *Options) { o.Store = flaky; o.WebhookSecret = "sec" })
	h := first.WebhookHandler()
	upd := privateUpdate(501, alice, "进出口增长多少？")
	if code := postUpdate(t, h, upd); code != http.StatusServiceUnavailable {
		t.Fatalf("store failing: %d, want 503 (Telegram retries)", code)
	}
	if got := counter(t, reg, "reportbot_telegram_updates_total", "kind", "store_error"); got != 1 {
		t.Fatalf("store errors counted %v", got)
	}
	if state, _ := st.InboxState(context.Background(), 501); state != "" {
		t.Fatalf("a refused update was stored: %q", state)
	}
	if code := postUpdate(t, h, upd); code != http.StatusOK {
		t.Fatalf("store working: %d", code)
	}
	if state, _ := st.InboxState(context.Background(), 501); state != "pending" {
		t.Fatalf("acknowledged update is %q in the inbox, want pending", state)
	}
	for _, bad := range []string{`{"message":{}}`, `{"update_id":"x"}`, `[1]`, `{"update_id":7,"message":{"chat":"no"}}`} {
		if code := postUpdate(t, h, bad); code != http.StatusBadRequest {
			t.Errorf("bad update %s: %d", bad, code)
		}
	}
	// The first process dies (it never started processing); the next one
	// answers what the first acknowledged.
	second, _, _, _ := newBot(t, srv, ans, func(o *Options) { o.Store = st; o.WebhookSecret = "sec" })
	runWebhook(t, second)
	srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, alice.ID)) == 1 }, "sendMessage")
	if !waitFor(func() bool { s, _ := st.InboxState(context.Background(), 501); return s == "done" }) {
		t.Fatal("update not marked done")
	}
	if code := postUpdate(t, second.WebhookHandler(), upd); code != http.StatusOK {
		t.Fatalf("redelivery of a done update: %d", code)
	}
	second.Shutdown(context.Background())
	if n := len(sentTo(srv.Calls("sendMessage"), alice.ID)); n != 1 {
		t.Fatalf("answered %d times", n)
	}
}

// Polling confirms an update (asks getUpdates for a later offset) only
// after storing it: while the store fails, the offset stays put.
func TestPollingConfirmsOnlyStoredUpdates(t *testing.T) {
	srv := telegramtest.New(t, testToken)
	ans := &fakeAnswerer{ix: loadIndex(t)}
	st := openStore(t, filepath.Join(t.TempDir(), "rb.db"))
	var offsetAtStore atomic.Int64 // the fake's confirmed offset when update 501 was stored
	offsetAtStore.Store(-1)
	flaky := &flakyStore{Store: st, failing: 3, onStored: func(id int64) {
		if id == 501 {
			offsetAtStore.Store(srv.Offset())
		}
	}}
	srv.PushUpdate(privateUpdate(501, alice, "进出口增长多少？"))
	srv.PushUpdate(privateUpdate(502, bob, "进出口增长多少？"))
	runPolling(t, srv, ans, ans, 600, func(o *Options) { o.Store = flaky })
	srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
		return len(sentTo(cs, alice.ID)) == 1 && len(sentTo(cs, bob.ID)) == 1
	}, "sendMessage")
	if got := offsetAtStore.Load(); got < 0 || got > 501 {
		t.Fatalf("update 501 was confirmed (offset %d) before it was stored", got)
	}
	if !waitFor(func() bool { return srv.Offset() == 503 }) {
		t.Fatalf("offset %d after both updates were stored, want 503", srv.Offset())
	}
}

// Work a replica held when it died is done by the next: at once by the
// same replica restarted, after the lease by another.
func TestUnfinishedWorkIsTakenOver(t *testing.T) {
	for _, c := range []struct {
		name, dead, next string
		lease            time.Duration
	}{
		{"same replica restarted", "r1", "r1", time.Hour},
		{"another replica after the lease", "dead", "r2", 300 * time.Millisecond},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			srv := telegramtest.New(t, testToken)
			ans := &fakeAnswerer{ix: loadIndex(t)}
			st := openStore(t, filepath.Join(t.TempDir(), "rb.db"))
			// The dead replica had finished an update whose two-part
			// reply it had half sent...
			if _, err := st.EnqueueUpdate(ctx, 699, []byte("{}"), 0); err != nil {
				t.Fatal(err)
			}
			u, _ := st.ClaimUpdate(ctx, c.dead, c.lease)
			j := &job{update: u.ID}
			msgs, _ := outMessages(chatRef{id: 333}, []string{"part one", "part two"}, nil)
			j.add(msgs...)
			payload, _ := j.payload()
			r, err := st.FinishUpdate(ctx, u, c.dead, payload, c.lease)
			if err != nil {
				t.Fatal(err)
			}
			r.Next = 1
			if err := st.ReplyProgress(ctx, r, c.dead); err != nil {
				t.Fatal(err)
			}
			// ...and was processing alice's question; bob's was waiting.
			for i, who := range []user{alice, bob} {
				id := int64(700 + i)
				if _, err := st.EnqueueUpdate(ctx, id, []byte(privateUpdate(id, who, "进出口增长多少？")), 0); err != nil {
					t.Fatal(err)
				}
			}
			if u, err := st.ClaimUpdate(ctx, c.dead, c.lease); err != nil || u.ID != 700 {
				t.Fatalf("claim %+v %v", u, err)
			}
			b, _, _, _ := newBot(t, srv, ans, func(o *Options) { o.Store = st; o.Replica = c.next; o.Lease = c.lease })
			runWebhook(t, b)
			srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool {
				return len(sentTo(cs, alice.ID)) == 1 && len(sentTo(cs, bob.ID)) == 1 && len(sentTo(cs, 333)) == 1
			}, "sendMessage")
			if got := sentTo(srv.Calls("sendMessage"), 333)[0].Text(); got != "part two" {
				t.Fatalf("resumed reply sent %q, want only the unsent part", got)
			}
			if !waitFor(func() bool { bl, _ := st.Backlog(ctx); return bl.Updates == 0 && bl.Replies == 0 }) {
				bl, _ := st.Backlog(ctx)
				t.Fatalf("backlog left: %+v", bl)
			}
		})
	}
}

// panicky panics on one question.
type panicky struct{ *fakeAnswerer }

func (p panicky) Ask(ctx context.Context, q rag.Query) (*rag.Answer, error) {
	if strings.Contains(q.Text, "💥") {
		panic("boom")
	}
	return p.fakeAnswerer.Ask(ctx, q)
}

func (p panicky) AskStream(ctx context.Context, q rag.Query, onDelta func(string)) (*rag.Answer, error) {
	if strings.Contains(q.Text, "💥") {
		panic("boom")
	}
	return p.fakeAnswerer.AskStream(ctx, q, onDelta)
}

// An update that panics, or that processes crashed on too often, is given
// up on; the others go on.
func TestPoisonUpdatesAreGivenUp(t *testing.T) {
	ctx := context.Background()
	srv := telegramtest.New(t, testToken)
	fa := &fakeAnswerer{ix: loadIndex(t)}
	st := openStore(t, filepath.Join(t.TempDir(), "rb.db"))
	// Update 801 crashed five processes already (claims whose lease ran out).
	if _, err := st.EnqueueUpdate(ctx, 801, []byte(privateUpdate(801, bob, "进出口增长多少？")), 0); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		if u, err := st.ClaimUpdate(ctx, "crashy", -time.Millisecond); err != nil || u == nil {
			t.Fatalf("claim %d: %v %v", i, u, err)
		}
	}
	b, _, _, reg := newBot(t, srv, panicky{fa}, func(o *Options) { o.Store = st; o.WebhookSecret = "sec"; o.MaxConcurrency = 1 })
	runWebhook(t, b)
	srv.WaitN(t, 1, "setWebhook")
	h := b.WebhookHandler()
	if code := postUpdate(t, h, privateUpdate(802, alice, "💥 进出口？")); code != 200 {
		t.Fatalf("post: %d", code)
	}
	if code := postUpdate(t, h, privateUpdate(803, alice, "进出口增长多少？")); code != 200 {
		t.Fatalf("post: %d", code)
	}
	srv.WaitCalls(t, 10*time.Second, func(cs []telegramtest.Call) bool { return len(sentTo(cs, alice.ID)) == 1 }, "sendMessage")
	for id, want := range map[int64]string{801: "failed", 802: "failed", 803: "done"} {
		if !waitFor(func() bool { s, _ := st.InboxState(ctx, id); return s == want }) {
			s, _ := st.InboxState(ctx, id)
			t.Errorf("update %d is %q, want %q", id, s, want)
		}
	}
	if got := counter(t, reg, "reportbot_telegram_updates_total", "kind", "failed"); got != 2 {
		t.Fatalf("failed updates counted %v", got)
	}
	if n := len(sentTo(srv.Calls("sendMessage"), bob.ID)); n != 0 || len(fa.questions()) != 1 {
		t.Fatalf("the crash-looping update was processed: %d messages, questions %q", n, fa.questions())
	}
}

// Two replicas behind a round-robin balancer, one database: a duplicate
// update sent to both is answered once, votes count once, and state one
// saves the other loads. Runs on every backend.
func TestTwoReplicasOneDatabase(t *testing.T) {
	for _, be := range storagetest.Backends {
		t.Run(be.Name, func(t *testing.T) {
			ctx := context.Background()
			dsn := be.DSN(t)
			srv := telegramtest.New(t, testToken)
			ans := &fakeAnswerer{ix: loadIndex(t)}
			var replicas []*Bot
			var stores []*storage.Store
			for _, name := range []string{"r1", "r2"} {
				st := openStore(t, dsn)
				b, _, _, _ := newBot(t, srv, ans, func(o *Options) { o.Store = st; o.Replica = name; o.WebhookSecret = "sec" })
				runWebhook(t, b)
				replicas, stores = append(replicas, b), append(stores, st)
			}
			srv.WaitN(t, 2, "setWebhook")
			next := 0
			roundRobin := func(body string) int {
				b := replicas[next%2]
				next++
				return postUpdate(t, b.WebhookHandler(), body)
			}
			const n = 20
			users := make([]user, n)
			for i := range users {
				users[i] = user{int64(5000 + i), "U"}
				if code := roundRobin(privateUpdate(int64(9000+i), users[i], "进出口增长多少？")); code != 200 {
					t.Fatalf("post %d: %d", i, code)
				}
			}
			// A duplicate delivered to both replicas.
			dup := privateUpdate(9100, alice, "2024年进出口增长多少？")
			for _, b := range replicas {
				if code := postUpdate(t, b.WebhookHandler(), dup); code != 200 {
					t.Fatalf("duplicate: %d", code)
				}
			}
			cs := srv.WaitCalls(t, 20*time.Second, func(cs []telegramtest.Call) bool { return len(cs) >= n+1 }, "sendMessage")
			for _, u := range append(users, alice) {
				if got := len(sentTo(cs, u.ID)); got != 1 {
					t.Fatalf("user %d answered %d times", u.ID, got)
				}
			}
			// 👍 on alice's answer, delivered to both replicas, twice over.
			vote := buttons(sentTo(cs, alice.ID)[0])["👍"]
			cb := encode(map[string]any{"update_id": 9200, "callback_query": map[string]any{
				"id": "cb9200", "from": map[string]any{"id": bob.ID, "is_bot": false, "first_name": "Bob"},
				"message": messageJSON(101, alice, alice.ID, "private", "…", nil), "chat_instance": "1", "data": vote}})
			for i := 0; i < 4; i++ {
				if code := roundRobin(cb); code != 200 {
					t.Fatalf("vote: %d", code)
				}
			}
			srv.WaitN(t, 1, "answerCallbackQuery")
			if !waitFor(func() bool { s, _ := stores[0].InboxState(ctx, 9200); return s == "done" }) {
				t.Fatal("vote not processed")
			}
			var total, ups int
			err := stores[1].EachQuestion(ctx, time.Time{}, func(v storage.Voted) error { total++; ups += v.Up; return nil })
			if err != nil || total != n+1 || ups != 1 {
				t.Fatalf("%d questions recorded (want %d), %d 👍 (want 1): %v", total, n+1, ups, err)
			}
			if got := len(srv.Calls("answerCallbackQuery")); got != 1 {
				t.Fatalf("vote confirmed %d times", got)
			}
			// Conversation state saved through one replica's store is
			// loaded by the other's. (The end-to-end follow-up comes with
			// the bot's conversation state.)
			key := fmt.Sprintf("tg:%d:0:%d", alice.ID, alice.ID)
			if err := stores[0].Conversations().Save(ctx, key, []byte(`{"turns":["2024年进出口增长多少？"]}`), time.Hour); err != nil {
				t.Fatal(err)
			}
			data, ok, err := stores[1].Conversations().Load(ctx, key)
			if err != nil || !ok || !strings.Contains(string(data), "2024年") {
				t.Fatalf("state from the other replica: %q %v %v", data, ok, err)
			}
			if bad := srv.Refused(); len(bad) > 0 {
				t.Fatalf("refused: %v", bad)
			}
		})
	}
}

// FuzzParseUpdateID: a webhook body is untrusted. Whatever it is, parsing
// does not panic, and what it accepts is an update object carrying the id
// returned, which the processing side decodes too.
func FuzzParseUpdateID(f *testing.F) {
	for _, seed := range []string{
		privateUpdate(501, alice, "进出口增长多少？"), `{"update_id":0}`, `{"update_id":-1}`, `{"update_id":1e3}`,
		`{"update_id":9223372036854775807,"message":{"chat":{"id":1}}}`, `{"message":{}}`, `[]`, `null`, ``, `{"update_id":"7"}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		id, err := parseUpdateID(body)
		if err != nil {
			return
		}
		var u struct {
			ID int64 `json:"update_id"`
		}
		if id < 0 || json.Unmarshal(body, &u) != nil || u.ID != id {
			t.Fatalf("accepted %q as update %d", body, id)
		}
		var upd models.Update
		if err := json.Unmarshal(body, &upd); err != nil || upd.ID != id {
			t.Fatalf("accepted %q, which does not decode as an update: %v", body, err)
		}
	})
}
