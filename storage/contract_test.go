package storage_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/rag"
	"github.com/reportbot/reportbot/storage"
	"github.com/reportbot/reportbot/storage/storagetest"
)

// Conversation state (rag.Converse's) can live in the shared database.
var _ rag.ConversationStore = (*storage.Conversations)(nil)

// The contract: every test here runs against every backend.

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// env is one backend's database with a fake clock; open gives more
// handles on it (more replicas).
type env struct {
	t     *testing.T
	dsn   string
	clock *clock
	s     *storage.Store
}

func (e *env) open() *storage.Store {
	e.t.Helper()
	s, err := storage.Open(context.Background(), e.dsn, storage.WithClock(e.clock.Now))
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { s.Close() })
	return s
}

func eachBackend(t *testing.T, test func(t *testing.T, e *env)) {
	for _, b := range storagetest.Backends {
		t.Run(b.Name, func(t *testing.T) {
			e := &env{t: t, dsn: b.DSN(t), clock: newClock()}
			e.s = e.open()
			test(t, e)
		})
	}
}

var ctx = context.Background()

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpenMigratesOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		v, err := e.s.SchemaVersion(ctx)
		if err != nil || v != 3 {
			t.Fatalf("schema version %d, %v; want 3", v, err)
		}
		// A second replica opening the same database finds it migrated
		// and agrees on the chat-hash key.
		s2 := e.open()
		if v, _ := s2.SchemaVersion(ctx); v != 3 {
			t.Fatalf("after reopening: version %d", v)
		}
		if s2.HashChat(42) != e.s.HashChat(42) {
			t.Fatal("two handles on one database hash chats differently")
		}
		if e.s.HashChat(42) == e.s.HashChat(43) {
			t.Fatal("different chats hash alike")
		}
		problems, err := e.s.Check(ctx)
		if err != nil || len(problems) > 0 {
			t.Fatalf("check of a fresh database: %v %v", problems, err)
		}
	})
}

func TestFeedback(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		s := e.s
		ask := func(q string, found bool, update int64, cited ...int) int64 {
			t.Helper()
			id, err := s.RecordQuestion(ctx, storage.Question{ChatID: 42, Source: "private", Question: q, Report: "panjin-2025",
				Mode: "extractive", Found: found, Cited: cited, UpdateID: update})
			must(t, err)
			return id
		}
		a := ask("进出口增长多少？", true, 0, 5, 7)
		e.clock.Advance(time.Hour)
		ask("进出口增长多少？", true, 0, 5)
		b := ask("火星基地什么时候建？", false, 0)
		ask("火星基地什么时候建？", false, 0)
		ask("火星基地什么时候建？", false, 0)
		must(t, s.RecordVote(ctx, a, 42, storage.Down))
		must(t, s.RecordVote(ctx, a, 43, storage.Up))
		must(t, s.RecordVote(ctx, b, 42, storage.Up))
		if err := s.RecordVote(ctx, 9999, 42, storage.Up); !errors.Is(err, storage.ErrNoQuestion) {
			t.Fatalf("vote on unknown question: err = %v", err)
		}
		if err := s.RecordVote(ctx, a, 42, 0); err == nil {
			t.Fatal("vote 0 accepted")
		}
		if up, down, err := s.VoteCounts(ctx, a); err != nil || up != 1 || down != 1 {
			t.Fatalf("vote counts of a = %d up, %d down, %v; want 1, 1", up, down, err)
		}
		if up, down, err := s.VoteCounts(ctx, 9999); err != nil || up != 0 || down != 0 {
			t.Fatalf("vote counts of an unknown question = %d, %d, %v", up, down, err)
		}

		top, err := s.TopQuestions(ctx, time.Time{}, 10)
		must(t, err)
		if len(top) != 2 || top[0].Question != "火星基地什么时候建？" || top[0].N != 3 || top[1].N != 2 || !top[0].Last.Equal(e.clock.Now()) {
			t.Fatalf("top = %+v", top)
		}
		since := e.clock.Now().Add(-time.Minute) // after the first question
		if top, _ := s.TopQuestions(ctx, since, 10); len(top) != 2 || top[1].N != 1 {
			t.Fatalf("top since %v = %+v", since, top)
		}
		un, err := s.Unanswered(ctx, time.Time{}, 10)
		must(t, err)
		if len(un) != 1 || un[0].N != 3 {
			t.Fatalf("unanswered = %+v", un)
		}
		down, err := s.Downvoted(ctx, time.Time{}, 10)
		must(t, err)
		if len(down) != 1 || down[0].QuestionID != a || down[0].Down != 1 || down[0].Up != 1 || len(down[0].Cited) != 2 || down[0].Cited[1] != 7 {
			t.Fatalf("downvoted = %+v", down)
		}
		if down, _ := s.Downvoted(ctx, since, 10); len(down) != 0 {
			t.Fatalf("downvoted since %v = %+v", since, down)
		}
		// The same vote again, and from another handle, still counts once;
		// a changed vote replaces the earlier one.
		must(t, e.open().RecordVote(ctx, a, 42, storage.Down))
		if down, _ = s.Downvoted(ctx, time.Time{}, 10); len(down) != 1 || down[0].Down != 1 {
			t.Fatalf("after a repeated vote: %+v", down)
		}
		must(t, s.RecordVote(ctx, a, 42, storage.Up))
		if down, _ = s.Downvoted(ctx, time.Time{}, 10); len(down) != 0 {
			t.Fatalf("after re-vote downvoted = %+v", down)
		}

		var all []storage.Voted
		must(t, s.EachQuestion(ctx, time.Time{}, func(v storage.Voted) error { all = append(all, v); return nil }))
		if len(all) != 5 || all[0].QuestionID != a || all[0].Up != 2 || all[0].Down != 0 || all[0].ChatHash != s.HashChat(42) || all[4].Up != 0 {
			t.Fatalf("export = %+v", all)
		}
		stop := errors.New("stop")
		n := 0
		if err := s.EachQuestion(ctx, since, func(storage.Voted) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
			t.Fatalf("export stopped by its callback: %v after %d", err, n)
		}
	})
}

func TestQuestionRecordedOncePerUpdate(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		q := storage.Question{ChatID: 7, Source: "private", Question: "2024年进出口增长多少？", Found: true, UpdateID: 5001}
		id1, err := e.s.RecordQuestion(ctx, q)
		must(t, err)
		q.Question = "a second processing of the same update"
		id2, err := e.open().RecordQuestion(ctx, q) // another replica
		must(t, err)
		if id1 != id2 {
			t.Fatalf("update recorded twice: ids %d and %d", id1, id2)
		}
		q.UpdateID = 5002
		if id3, _ := e.s.RecordQuestion(ctx, q); id3 == id1 {
			t.Fatal("another update got the same question id")
		}
		top, _ := e.s.TopQuestions(ctx, time.Time{}, 10)
		if len(top) != 2 || top[0].N != 1 || top[1].N != 1 {
			t.Fatalf("questions %+v", top)
		}
	})
}

func TestInboxLifecycle(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		s := e.s
		enqueue := func(id int64, max int) storage.EnqueueResult {
			t.Helper()
			r, err := s.EnqueueUpdate(ctx, id, []byte(fmt.Sprintf(`{"update_id":%d}`, id)), max)
			must(t, err)
			return r
		}
		for _, c := range []struct {
			id   int64
			max  int
			want storage.EnqueueResult
		}{
			{10, 2, storage.Added},
			{10, 2, storage.Duplicate},
			{11, 2, storage.Added},
			{12, 2, storage.Full},
			{11, 2, storage.Duplicate}, // a duplicate is recognised even when full
			{12, 0, storage.Added},     // 0: no bound
		} {
			if got := enqueue(c.id, c.max); got != c.want {
				t.Fatalf("enqueue %d (max %d) = %v, want %v", c.id, c.max, got, c.want)
			}
			e.clock.Advance(time.Millisecond)
		}
		if _, err := s.EnqueueUpdate(ctx, 13, nil, 0); err == nil {
			t.Fatal("empty update accepted")
		}
		// Claimed oldest first, each once.
		var got []int64
		var claims []*storage.Update
		for {
			u, err := s.ClaimUpdate(ctx, "r1", time.Minute)
			must(t, err)
			if u == nil {
				break
			}
			if !bytes.Contains(u.Body, []byte(fmt.Sprint(u.ID))) || u.Claim != 1 {
				t.Fatalf("claimed %+v", u)
			}
			got = append(got, u.ID)
			claims = append(claims, u)
		}
		if fmt.Sprint(got) != "[10 11 12]" {
			t.Fatalf("claim order %v", got)
		}
		if st, _ := s.InboxState(ctx, 10); st != "claimed" {
			t.Fatalf("state %q", st)
		}
		// Claimed updates no longer count against the bound.
		if r := enqueue(14, 1); r != storage.Added {
			t.Fatalf("enqueue with all others claimed: %v", r)
		}
		// Finish with replies: done, and the reply is the finisher's.
		r, err := s.FinishUpdate(ctx, claims[0], "r1", []byte("payload-10"), time.Minute)
		must(t, err)
		if r == nil || r.UpdateID != 10 || string(r.Payload) != "payload-10" || r.Next != 0 {
			t.Fatalf("reply %+v", r)
		}
		if st, _ := s.InboxState(ctx, 10); st != "done" {
			t.Fatalf("state after finish %q", st)
		}
		if _, err := s.FinishUpdate(ctx, claims[0], "r1", nil, time.Minute); !errors.Is(err, storage.ErrClaimLost) {
			t.Fatalf("finishing twice: %v", err)
		}
		if r := enqueue(10, 0); r != storage.Duplicate {
			t.Fatalf("a done update delivered again: %v", r)
		}
		// Finish without replies; fail one for good.
		if r, err := s.FinishUpdate(ctx, claims[1], "r1", nil, time.Minute); err != nil || r != nil {
			t.Fatalf("finish without replies: %v %v", r, err)
		}
		must(t, s.FailUpdate(ctx, claims[2], "r1", "bad JSON"))
		if st, _ := s.InboxState(ctx, 12); st != "failed" {
			t.Fatalf("state after fail %q", st)
		}
		if st, _ := s.InboxState(ctx, 999); st != "" {
			t.Fatalf("state of an unknown update %q", st)
		}
		b, err := s.Backlog(ctx)
		must(t, err)
		if b.Updates != 1 || b.Replies != 1 {
			t.Fatalf("backlog %+v", b)
		}
		problems, err := s.Check(ctx)
		if err != nil || len(problems) > 0 {
			t.Fatalf("check: %v %v", problems, err)
		}
	})
}

// A replica that dies holding a claim: after its lease the claim passes
// to another, and the dead one's late finish is refused.
func TestInboxLeaseExpiry(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		r1, r2 := e.s, e.open()
		_, err := r1.EnqueueUpdate(ctx, 1, []byte(`{"update_id":1}`), 0)
		must(t, err)
		u1, err := r1.ClaimUpdate(ctx, "r1", 30*time.Second)
		must(t, err)
		if u, _ := r2.ClaimUpdate(ctx, "r2", 30*time.Second); u != nil {
			t.Fatalf("claimed twice: %+v", u)
		}
		// Renewal keeps a live replica's claim; renewing others' or
		// unknown claims changes nothing.
		e.clock.Advance(20 * time.Second)
		must(t, r1.RenewClaims(ctx, "r1", 30*time.Second, []int64{1, 2}, []int64{1}))
		must(t, r2.RenewClaims(ctx, "r2", time.Hour, []int64{1}, nil))
		e.clock.Advance(20 * time.Second)
		if u, _ := r2.ClaimUpdate(ctx, "r2", 30*time.Second); u != nil {
			t.Fatalf("a renewed claim was taken: %+v", u)
		}
		// r1 stops renewing (it died): r2 takes over after the lease.
		e.clock.Advance(31 * time.Second)
		u2, err := r2.ClaimUpdate(ctx, "r2", 30*time.Second)
		must(t, err)
		if u2 == nil || u2.ID != 1 || u2.Claim != 2 {
			t.Fatalf("takeover claim %+v", u2)
		}
		if _, err := r1.FinishUpdate(ctx, u1, "r1", []byte("late"), time.Minute); !errors.Is(err, storage.ErrClaimLost) {
			t.Fatalf("a dead replica's late finish: %v", err)
		}
		if err := r1.FailUpdate(ctx, u1, "r1", "x"); !errors.Is(err, storage.ErrClaimLost) {
			t.Fatalf("a dead replica's late fail: %v", err)
		}
		// Even the same owner with an older claim is refused.
		if _, err := r2.FinishUpdate(ctx, &storage.Update{ID: 1, Claim: 1}, "r2", nil, time.Minute); !errors.Is(err, storage.ErrClaimLost) {
			t.Fatalf("stale claim token: %v", err)
		}
		if _, err := r2.FinishUpdate(ctx, u2, "r2", nil, time.Minute); err != nil {
			t.Fatal(err)
		}
	})
}

func TestReleaseClaims(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		s := e.s
		for id := int64(1); id <= 2; id++ {
			_, err := s.EnqueueUpdate(ctx, id, []byte("{}"), 0)
			must(t, err)
		}
		u1, _ := s.ClaimUpdate(ctx, "r1", time.Hour)
		u2, _ := s.ClaimUpdate(ctx, "r1", time.Hour)
		if _, err := s.FinishUpdate(ctx, u2, "r1", []byte("p"), time.Hour); err != nil {
			t.Fatal(err)
		}
		// r1 restarts: what its previous run held is free at once.
		must(t, s.ReleaseClaims(ctx, "r1"))
		u, err := s.ClaimUpdate(ctx, "r1", time.Hour)
		must(t, err)
		if u == nil || u.ID != u1.ID || u.Claim != 2 {
			t.Fatalf("after release: %+v", u)
		}
		r, err := s.ClaimReply(ctx, "r2", time.Hour)
		must(t, err)
		if r == nil || r.UpdateID != u2.ID {
			t.Fatalf("released reply: %+v", r)
		}
	})
}

func TestOutbox(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		s := e.s
		var replies []*storage.Reply
		for id := int64(1); id <= 3; id++ {
			_, err := s.EnqueueUpdate(ctx, id, []byte("{}"), 0)
			must(t, err)
			u, _ := s.ClaimUpdate(ctx, "r1", time.Minute)
			r, err := s.FinishUpdate(ctx, u, "r1", []byte(fmt.Sprintf("p%d", id)), time.Minute)
			must(t, err)
			replies = append(replies, r)
			e.clock.Advance(time.Millisecond)
		}
		// Held by r1: nobody else may claim them.
		if r, _ := s.ClaimReply(ctx, "r2", time.Minute); r != nil {
			t.Fatalf("claimed a held reply: %+v", r)
		}
		// Reply 1: two of three messages sent, then done.
		r := replies[0]
		r.Next = 2
		must(t, s.ReplyProgress(ctx, r, "r1"))
		r.Next, r.Dropped = 3, 1
		must(t, s.ReplyDone(ctx, r, "r1"))
		if err := s.ReplyProgress(ctx, r, "r1"); !errors.Is(err, storage.ErrClaimLost) {
			t.Fatalf("progress after done: %v", err)
		}
		// Reply 2 failed (429): it waits, then anyone may retry it.
		r = replies[1]
		r.Next = 1
		must(t, s.ReplyRetry(ctx, r, "r1", time.Minute, "429 Too Many Requests"))
		if got, _ := s.ClaimReply(ctx, "r2", time.Minute); got != nil {
			t.Fatalf("claimed before its time: %+v", got)
		}
		e.clock.Advance(time.Minute)
		got, err := s.ClaimReply(ctx, "r2", time.Minute)
		must(t, err)
		if got == nil || got.UpdateID != 2 || got.Next != 1 || got.Attempts != 1 || string(got.Payload) != "p2" || got.Claim != 2 {
			t.Fatalf("retried reply %+v", got)
		}
		if err := s.ReplyDone(ctx, r, "r1"); !errors.Is(err, storage.ErrClaimLost) {
			t.Fatalf("the old holder finishing: %v", err)
		}
		got.Next = 2
		must(t, s.ReplyDone(ctx, got, "r2"))
		// Reply 3's sender died: after its lease it is claimed again.
		e.clock.Advance(2 * time.Minute)
		got3, err := s.ClaimReply(ctx, "r2", time.Minute)
		must(t, err)
		if got3 == nil || got3.UpdateID != 3 || got3.Claim != 2 || string(got3.Payload) != "p3" {
			t.Fatalf("expired lease: %+v", got3)
		}
		if st, claims, err := s.OutboxState(ctx, 3); err != nil || st != "sending" || claims != 2 {
			t.Fatalf("outbox state of reply 3: %q %d %v", st, claims, err)
		}
		if st, claims, _ := s.OutboxState(ctx, 1); st != "done" || claims != 1 {
			t.Fatalf("outbox state of reply 1: %q %d", st, claims)
		}
		if st, _, _ := s.OutboxState(ctx, 99); st != "" {
			t.Fatalf("outbox state of no reply: %q", st)
		}
		b, err := s.Backlog(ctx)
		must(t, err)
		if b.Replies != 1 || b.Dropped != 1 {
			t.Fatalf("backlog %+v", b)
		}
	})
}

func TestConversations(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		c1, c2 := e.s.Conversations(), e.open().Conversations()
		if _, ok, err := c1.Load(ctx, "tg:1:0:1"); ok || err != nil {
			t.Fatalf("empty load: %v %v", ok, err)
		}
		must(t, c1.Save(ctx, "tg:1:0:1", []byte("turns v1"), time.Minute))
		// Saved through one replica, loaded by the other.
		data, ok, err := c2.Load(ctx, "tg:1:0:1")
		if err != nil || !ok || string(data) != "turns v1" {
			t.Fatalf("load from the other replica: %q %v %v", data, ok, err)
		}
		must(t, c2.Save(ctx, "tg:1:0:1", []byte("turns v2"), time.Minute))
		if data, _, _ := c1.Load(ctx, "tg:1:0:1"); string(data) != "turns v2" {
			t.Fatalf("after overwrite: %q", data)
		}
		must(t, c1.Save(ctx, "empty", nil, time.Minute))
		if data, ok, _ := c1.Load(ctx, "empty"); !ok || len(data) != 0 {
			t.Fatalf("empty state: %q %v", data, ok)
		}
		e.clock.Advance(time.Minute)
		if _, ok, _ := c2.Load(ctx, "tg:1:0:1"); ok {
			t.Fatal("expired state loaded")
		}
		must(t, c1.Save(ctx, "k", []byte("x"), time.Hour))
		must(t, c1.Delete(ctx, "k"))
		if _, ok, _ := c1.Load(ctx, "k"); ok {
			t.Fatal("deleted state loaded")
		}
		for _, bad := range []struct {
			key  string
			data []byte
			ttl  time.Duration
		}{
			{"", nil, time.Minute},
			{string(make([]byte, storage.MaxConversationKey+1)), nil, time.Minute},
			{"k", make([]byte, storage.MaxConversationData+1), time.Minute},
			{"k", nil, 0},
		} {
			if err := c1.Save(ctx, bad.key, bad.data, bad.ttl); err == nil {
				t.Errorf("saved key of %d bytes, %d bytes of data, ttl %v", len(bad.key), len(bad.data), bad.ttl)
			}
		}
	})
}

func TestPrune(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		s := e.s
		for id := int64(1); id <= 3; id++ {
			_, err := s.EnqueueUpdate(ctx, id, []byte("{}"), 0)
			must(t, err)
		}
		u1, _ := s.ClaimUpdate(ctx, "r", time.Hour)
		r1, err := s.FinishUpdate(ctx, u1, "r", []byte("p"), time.Hour)
		must(t, err)
		must(t, s.ReplyDone(ctx, r1, "r"))
		u2, _ := s.ClaimUpdate(ctx, "r", time.Hour)
		must(t, s.FailUpdate(ctx, u2, "r", "poison"))
		must(t, s.Conversations().Save(ctx, "short", []byte("x"), time.Hour))
		must(t, s.Conversations().Save(ctx, "long", []byte("x"), 72*time.Hour))
		e.clock.Advance(49 * time.Hour)
		p, err := s.Prune(ctx, 48*time.Hour)
		must(t, err)
		if p.Updates != 2 || p.Replies != 1 || p.Conversations != 1 {
			t.Fatalf("pruned %+v", p)
		}
		// The pending update stays, and so does the long-lived state.
		if st, _ := s.InboxState(ctx, 3); st != "pending" {
			t.Fatalf("pending update pruned: %q", st)
		}
		if _, ok, _ := s.Conversations().Load(ctx, "long"); !ok {
			t.Fatal("live conversation pruned")
		}
	})
}

// Two replicas claiming at once from one database: every update is
// handed to exactly one of them.
func TestConcurrentClaimsAreExclusive(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		const n = 60
		for id := int64(1); id <= n; id++ {
			_, err := e.s.EnqueueUpdate(ctx, id, []byte("{}"), 0)
			must(t, err)
		}
		stores := []*storage.Store{e.s, e.open()}
		var mu sync.Mutex
		var got []int64
		var wg sync.WaitGroup
		for w := 0; w < 6; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				s := stores[w%2]
				owner := fmt.Sprintf("r%d", w%2)
				for {
					u, err := s.ClaimUpdate(ctx, owner, time.Hour)
					if err != nil {
						t.Error(err)
						return
					}
					if u == nil {
						return
					}
					if _, err := s.FinishUpdate(ctx, u, owner, nil, time.Hour); err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					got = append(got, u.ID)
					mu.Unlock()
				}
			}(w)
		}
		wg.Wait()
		sort.Slice(got, func(i, j int) bool { return got[i] < got[j] })
		if len(got) != n || got[0] != 1 || got[n-1] != n {
			t.Fatalf("claimed %d updates: %v", len(got), got)
		}
		for i := 1; i < len(got); i++ {
			if got[i] == got[i-1] {
				t.Fatalf("update %d claimed twice", got[i])
			}
		}
	})
}

func TestRedact(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"reportbot.db", "reportbot.db"},
		{"postgres://bot:s3cret@db.example.org:5432/reportbot?sslmode=require", "postgres://bot:redacted@db.example.org:5432/reportbot?sslmode=require"},
		{"postgresql://db.example.org/reportbot?password=s3cret", "postgresql://db.example.org/reportbot?password=redacted"},
		{"postgres://bot@db/reportbot", "postgres://bot@db/reportbot"},
	} {
		if got := storage.Redact(c.in); got != c.want {
			t.Errorf("Redact(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
