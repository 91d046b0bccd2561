package cli

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/reportbot/reportbot/config"
	"github.com/reportbot/reportbot/rag"
)

// Two serve replicas on one database share conversations: a follow-up
// that lands on the other replica is still read against the first
// question.
func TestServeReplicasShareConversations(t *testing.T) {
	ctx := context.Background()
	cfg := config.Defaults()
	cfg.Storage.DSN = config.DSN(filepath.Join(t.TempDir(), "bot.db"))
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	replica := func() *serveParts {
		p, err := buildServeParts(ctx, cfg, log, prometheus.NewRegistry())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(p.close)
		return p
	}
	a, b := replica(), replica()

	first, err := a.answerer.Ask(ctx, rag.Query{Text: "2025年地区生产总值增长目标是多少", Conversation: "api:shared"})
	if err != nil {
		t.Fatal(err)
	}
	if first.Understood.FollowUp {
		t.Fatalf("first question read as a follow-up: %+v", first.Understood)
	}
	next, err := b.answerer.Ask(ctx, rag.Query{Text: "那去年呢？", Conversation: "api:shared"})
	if err != nil {
		t.Fatal(err)
	}
	if !next.Understood.FollowUp || next.Understood.Read == "" {
		t.Fatalf("follow-up on the other replica not read against the first question: %+v", next.Understood)
	}
	if other, err := b.answerer.Ask(ctx, rag.Query{Text: "那去年呢？", Conversation: "api:other"}); err != nil {
		t.Fatal(err)
	} else if other.Understood.FollowUp {
		t.Fatalf("another conversation saw this one's turns: %+v", other.Understood)
	}
}
