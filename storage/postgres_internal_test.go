package storage

import (
	"context"
	"testing"

	"github.com/reportbot/reportbot/storage/storagetest"
)

// Commits wait for the WAL flush only in durable transactions.
func TestPostgresDurableCommits(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, storagetest.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var outside, inside string
	if err := s.db.QueryRowContext(ctx, "SHOW synchronous_commit").Scan(&outside); err != nil {
		t.Fatal(err)
	}
	err = s.durable(ctx, func(tx *txn) error {
		return tx.QueryRowContext(ctx, "SHOW synchronous_commit").Scan(&inside)
	})
	if err != nil || outside != "off" || inside != "on" {
		t.Fatalf("synchronous_commit %s outside, %s in a durable transaction (%v); want off, on", outside, inside, err)
	}
	if s.Backend() != "postgres" {
		t.Fatalf("backend %q", s.Backend())
	}
}
