package storage_test

import (
	"errors"
	"testing"
	"time"

	"github.com/reportbot/reportbot/storage"
)

// The web chat's questions keep their answers and visitor pseudonyms;
// visitors vote like chats, each once per answer; counts per hour and
// source feed the console's chart.
func TestWebQuestionsAndVotes(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		s := e.s
		web := func(q, visitor, answer string, found bool) int64 {
			t.Helper()
			id, err := s.RecordQuestion(ctx, storage.Question{Visitor: visitor, Source: "web", Question: q,
				Report: "panjin-2025", Mode: "extractive", Found: found, Answer: answer})
			must(t, err)
			return id
		}
		a := web("公交车买了多少？", "v-1", `{"parts":[]}`, true)
		_, err := s.RecordQuestion(ctx, storage.Question{ChatID: 42, Source: "private", Question: "tg", Found: true})
		must(t, err)
		e.clock.Advance(2 * time.Hour)
		web("<script>alert(1)</script>", "v-2", "", false)

		must(t, s.RecordVisitorVote(ctx, a, "v-1", storage.Down))
		must(t, s.RecordVisitorVote(ctx, a, "v-1", storage.Down)) // again: counts once
		must(t, e.open().RecordVisitorVote(ctx, a, "v-3", storage.Down))
		if err := s.RecordVisitorVote(ctx, a, "", storage.Up); err == nil {
			t.Fatal("vote without a visitor accepted")
		}
		if err := s.RecordVisitorVote(ctx, 9999, "v-1", storage.Up); !errors.Is(err, storage.ErrNoQuestion) {
			t.Fatalf("vote on an unknown question: %v", err)
		}
		down, err := s.Downvoted(ctx, time.Time{}, 10)
		must(t, err)
		if len(down) != 1 || down[0].Down != 2 || down[0].Answer != `{"parts":[]}` || down[0].Source != "web" ||
			down[0].ChatHash != s.HashVisitor("v-1") {
			t.Fatalf("downvoted = %+v", down)
		}
		if s.HashVisitor("42") == s.HashChat(42) || s.HashVisitor("v-1") == s.HashVisitor("v-2") {
			t.Fatal("visitor pseudonyms collide")
		}
		un, err := s.Unanswered(ctx, time.Time{}, 10)
		must(t, err)
		if len(un) != 1 || un[0].Question != "<script>alert(1)</script>" {
			t.Fatalf("unanswered = %+v", un)
		}

		hours, err := s.QuestionsByHour(ctx, time.Time{})
		must(t, err)
		t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
		want := []storage.HourCount{{t0, "private", 1}, {t0, "web", 1}, {t0.Add(2 * time.Hour), "web", 1}}
		if len(hours) != len(want) {
			t.Fatalf("by hour = %+v", hours)
		}
		for i := range want {
			if !hours[i].Hour.Equal(want[i].Hour) || hours[i].Source != want[i].Source || hours[i].N != want[i].N {
				t.Fatalf("by hour = %+v, want %+v", hours, want)
			}
		}
		if h, _ := s.QuestionsByHour(ctx, t0.Add(time.Hour)); len(h) != 1 || h[0].N != 1 {
			t.Fatalf("by hour since: %+v", h)
		}
	})
}

// A named secret is created once and shared by every handle on the
// database; bad names are refused.
func TestSecretKey(t *testing.T) {
	eachBackend(t, func(t *testing.T, e *env) {
		k1, err := e.s.SecretKey(ctx, "web_sessions")
		must(t, err)
		k2, err := e.open().SecretKey(ctx, "web_sessions")
		must(t, err)
		if len(k1) != 32 || string(k1) != string(k2) {
			t.Fatalf("keys differ between handles: %x %x", k1, k2)
		}
		other, err := e.s.SecretKey(ctx, "web_votes")
		must(t, err)
		if string(other) == string(k1) {
			t.Fatal("two names share a key")
		}
		for _, bad := range []string{"", "chat_key", "Web", "a b", "x'; DROP TABLE meta; --"} {
			if _, err := e.s.SecretKey(ctx, bad); err == nil {
				t.Errorf("secret name %q accepted", bad)
			}
		}
	})
}
