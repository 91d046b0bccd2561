package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

var postgresDialect = &dialect{
	name:       "postgres",
	migrations: "migrations/postgres",
	positional: true,
	skipLocked: " FOR UPDATE SKIP LOCKED",
	lockMigrations: func(ctx context.Context, tx *sql.Tx) error {
		// Replicas starting together take turns; the lock ends with the transaction.
		_, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(7262657072747462)")
		return err
	},
	check:   checkPostgres,
	durable: postgresDurable,
}

// postgresDurable runs fn in a transaction that waits for its WAL flush,
// the session's synchronous_commit=off notwithstanding.
func postgresDurable(ctx context.Context, s *Store, fn func(tx *txn) error) error {
	return s.tx(ctx, func(tx *txn) error {
		if _, err := tx.ExecContext(ctx, "SET LOCAL synchronous_commit = on"); err != nil {
			return err
		}
		return fn(tx)
	})
}

func openPostgres(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	// Commits not waiting for the WAL flush, except durable ones (see
	// Store.durable); a DSN that sets synchronous_commit itself wins.
	if _, ok := cfg.RuntimeParams["synchronous_commit"]; !ok {
		cfg.RuntimeParams["synchronous_commit"] = "off"
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, d: postgresDialect}, nil
}

// checkPostgres verifies every B-tree index of reportbot's tables against
// its table with amcheck (bt_index_check with heapallindexed), when the
// extension is installed or can be (it ships with PostgreSQL; creating it
// needs a superuser or a database owner with the right grants).
func checkPostgres(ctx context.Context, s *Store) ([]string, error) {
	var have bool
	if err := s.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'amcheck')").Scan(&have); err != nil {
		return nil, err
	}
	if !have {
		if _, err := s.db.ExecContext(ctx, "CREATE EXTENSION IF NOT EXISTS amcheck"); err != nil {
			return nil, fmt.Errorf("amcheck is not installed and cannot be (%w); install it as a superuser: CREATE EXTENSION amcheck", err)
		}
	}
	rows, err := s.db.QueryContext(ctx, `
		SELECT c.relname FROM pg_index i
		JOIN pg_class c ON c.oid = i.indexrelid
		JOIN pg_class t ON t.oid = i.indrelid
		JOIN pg_am a ON a.oid = c.relam
		WHERE a.amname = 'btree' AND t.relnamespace = current_schema()::regnamespace
		  AND t.relname IN ('meta', 'questions', 'votes', 'inbox', 'outbox', 'conversations', 'schema_migrations')`)
	if err != nil {
		return nil, err
	}
	var indexes []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return nil, err
		}
		indexes = append(indexes, name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var problems []string
	for _, ix := range indexes {
		if _, err := s.db.ExecContext(ctx, "SELECT bt_index_check($1::regclass, true)", ix); err != nil {
			problems = append(problems, fmt.Sprintf("index %s: %v", ix, err))
		}
	}
	if len(indexes) == 0 {
		problems = append(problems, "no indexes found to check")
	}
	return problems, nil
}
