package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// SQLite settings, in the DSN so that they apply to every connection:
//   - WAL: readers do not block the writer, and a commit is one append.
//   - synchronous=NORMAL: a commit is written to the WAL (it survives the
//     process being killed) but not fsynced; durable transactions (an
//     enqueued update) switch to FULL, whose fsync makes them and every
//     commit before them survive a power cut as well (Store.durable).
//   - busy_timeout: other processes sharing the file wait, not fail.
//   - _txlock=immediate: transactions take the write lock at BEGIN, so they
//     never fail half-way on a lock upgrade.
const sqliteParams = "_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_txlock=immediate"

var sqliteDialect = &dialect{
	name:       "sqlite",
	migrations: "migrations/sqlite",
	lockMigrations: func(context.Context, *sql.Tx) error {
		return nil // the IMMEDIATE transaction holds the database's write lock
	},
	check:   checkSQLite,
	durable: sqliteDurable,
}

// sqliteDurable runs fn with synchronous=FULL on its connection: the
// commit fsyncs the WAL before it returns.
func sqliteDurable(ctx context.Context, s *Store, fn func(tx *txn) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA synchronous=FULL"); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), "PRAGMA synchronous=NORMAL")
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(&txn{tx, s.d}); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func openSQLite(ctx context.Context, path string) (*Store, error) {
	path = strings.TrimPrefix(path, "sqlite://")
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("a SQLite DSN is a plain file path, got %q", path)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+sqliteParams)
	if err != nil {
		return nil, err
	}
	// One connection: the process's writes queue in Go instead of sleeping
	// in SQLite's busy handler, and SQLite has one writer at a time anyway.
	db.SetMaxOpenConns(1)
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		db.Close()
		return nil, fmt.Errorf("journal mode: %w", err)
	}
	if !strings.EqualFold(mode, "wal") {
		db.Close()
		return nil, fmt.Errorf("journal mode is %q, want wal", mode)
	}
	return &Store{db: db, d: sqliteDialect}, nil
}

func checkSQLite(ctx context.Context, s *Store) ([]string, error) {
	var problems []string
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return nil, err
		}
		if line != "ok" {
			problems = append(problems, "integrity_check: "+line)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid, fkid sql.NullInt64
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return nil, err
		}
		problems = append(problems, fmt.Sprintf("foreign_key_check: %s row %d has no %s", table, rowid.Int64, parent))
	}
	return problems, rows.Err()
}
