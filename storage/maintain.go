package storage

import (
	"context"
	"fmt"
	"time"
)

// Pruned counts what Prune deleted.
type Pruned struct {
	Updates       int64 // done or failed inbox entries
	Replies       int64 // finished outbox entries
	Conversations int64 // expired conversation states
}

// Prune deletes inbox and outbox entries finished more than keep ago, and
// expired conversation state. keep bounds how long a redelivered update is
// still recognised as a duplicate: Telegram keeps an unconfirmed update
// for 24 hours, so keep should be longer.
func (s *Store) Prune(ctx context.Context, keep time.Duration) (Pruned, error) {
	var p Pruned
	now := s.now()
	before := ms(now.Add(-keep))
	for _, step := range []struct {
		n *int64
		q string
		v int64
	}{
		{&p.Updates, "DELETE FROM inbox WHERE state IN ('done', 'failed') AND done_at < ?", before},
		{&p.Replies, "DELETE FROM outbox WHERE state = 'done' AND done_at < ?", before},
		{&p.Conversations, "DELETE FROM conversations WHERE expires_at <= ?", ms(now)},
	} {
		res, err := s.exec(ctx, step.q, step.v)
		if err != nil {
			return p, fmt.Errorf("storage: prune: %w", err)
		}
		*step.n, _ = res.RowsAffected()
	}
	return p, nil
}

// Check verifies the database: its physical integrity (SQLite's
// integrity_check and foreign_key_check; PostgreSQL's amcheck on every
// index) and the invariants of reportbot's tables. It returns the
// problems found, none when all is well.
func (s *Store) Check(ctx context.Context) ([]string, error) {
	problems, err := s.d.check(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("storage: check: %w", err)
	}
	for _, inv := range []struct{ what, q string }{
		{"votes on unknown questions", "SELECT COUNT(*) FROM votes v LEFT JOIN questions q ON q.id = v.question_id WHERE q.id IS NULL"},
		{"unprocessed updates without their JSON", "SELECT COUNT(*) FROM inbox WHERE state IN ('pending', 'claimed') AND body IS NULL"},
		{"claimed updates with no owner", "SELECT COUNT(*) FROM inbox WHERE state = 'claimed' AND owner = ''"},
		{"replies being sent with no owner", "SELECT COUNT(*) FROM outbox WHERE state = 'sending' AND owner = ''"},
		{"replies to updates not done", "SELECT COUNT(*) FROM outbox o JOIN inbox i ON i.update_id = o.update_id WHERE i.state <> 'done'"},
		{"questions recorded twice for one update", "SELECT COUNT(*) FROM (SELECT update_id FROM questions WHERE update_id IS NOT NULL GROUP BY update_id HAVING COUNT(*) > 1) d"},
	} {
		var n int
		if err := s.queryRow(ctx, inv.q).Scan(&n); err != nil {
			return nil, fmt.Errorf("storage: check %s: %w", inv.what, err)
		}
		if n > 0 {
			problems = append(problems, fmt.Sprintf("%d %s", n, inv.what))
		}
	}
	return problems, nil
}
