// Package storage is reportbot's durable, shareable state: the inbox of
// Telegram updates, the outbox of replies, the question log with its 👍/👎
// votes, and conversation state. Several replicas of the bot can share one
// database; every operation that hands out work (ClaimUpdate, ClaimReply)
// does so to one replica at a time, under a lease that the replica renews
// while it lives, so a replica that dies leaves nothing behind for good.
//
// Two backends sit behind the one Store type, chosen by the DSN:
//
//   - SQLite (a file path; the embedded default, zero setup): pure Go
//     (modernc.org/sqlite), WAL mode. One process (or a few on one host).
//   - PostgreSQL (postgres://…, via pgx): for several replicas on several
//     machines. Work is claimed with SELECT … FOR UPDATE SKIP LOCKED.
//
// Every write survives the process being killed once the call returns;
// an enqueued update (what the bot acknowledges) survives a power cut too
// (see durable).
//
// Both run the same SQL (written with ? placeholders) except where the
// technologies differ — schema DDL, claiming, durable commits, integrity
// checks — which sqlite.go and postgres.go supply. Schema changes are versioned
// migrations (migrations/<backend>/NNNN_name.sql) applied at Open.
//
// Chat ids are never stored raw: they are HMAC-SHA256'd with a random key
// kept in the database itself, so rows from one chat can be grouped without
// the table revealing who asked.
package storage

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Store is an open database. It is safe for concurrent use, and by
// several processes sharing the database.
type Store struct {
	db  *sql.DB
	d   *dialect
	key []byte
	now func() time.Time
}

// Option changes how Open sets up a Store.
type Option func(*Store)

// WithClock makes the store read the time from now (leases, expiry,
// timestamps); tests pass a fake.
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// Open opens the database named by dsn, creating it (SQLite) and applying
// migrations as needed. A dsn starting with postgres:// or postgresql://
// is a PostgreSQL connection URL (passwords are best given by PGPASSWORD
// or ~/.pgpass, not in the URL); anything else is a SQLite file path.
func Open(ctx context.Context, dsn string, opts ...Option) (*Store, error) {
	if strings.TrimSpace(dsn) == "" {
		return nil, errors.New("storage: empty DSN (a SQLite file path or a postgres:// URL)")
	}
	var (
		s   *Store
		err error
	)
	if IsPostgres(dsn) {
		s, err = openPostgres(ctx, dsn)
	} else {
		s, err = openSQLite(ctx, dsn)
	}
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", Redact(dsn), err)
	}
	s.now = time.Now
	for _, o := range opts {
		o(s)
	}
	if err := s.init(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("storage: open %s: %w", Redact(dsn), err)
	}
	return s, nil
}

// IsPostgres reports whether dsn names a PostgreSQL database.
func IsPostgres(dsn string) bool {
	d := strings.ToLower(strings.TrimSpace(dsn))
	return strings.HasPrefix(d, "postgres://") || strings.HasPrefix(d, "postgresql://")
}

// Redact returns dsn with any password replaced, for logs and errors.
func Redact(dsn string) string {
	if !IsPostgres(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://<unparsable DSN>"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "redacted")
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "redacted")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// Backend is "sqlite" or "postgres".
func (s *Store) Backend() string { return s.d.name }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Ping checks that the database answers (readiness).
func (s *Store) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("storage: ping: %w", err)
	}
	return nil
}

func (s *Store) init(ctx context.Context) error {
	if err := s.migrate(ctx); err != nil {
		return err
	}
	var hexKey string
	err := s.queryRow(ctx, "SELECT v FROM meta WHERE k='chat_key'").Scan(&hexKey)
	if errors.Is(err, sql.ErrNoRows) {
		k := make([]byte, 32)
		if _, err := rand.Read(k); err != nil {
			return fmt.Errorf("key: %w", err)
		}
		// Insert-if-absent then re-read: replicas opening a new database agree on one key.
		if _, err := s.exec(ctx, "INSERT INTO meta(k, v) VALUES('chat_key', ?) ON CONFLICT (k) DO NOTHING", hex.EncodeToString(k)); err != nil {
			return fmt.Errorf("key: %w", err)
		}
		err = s.queryRow(ctx, "SELECT v FROM meta WHERE k='chat_key'").Scan(&hexKey)
	}
	if err != nil {
		return fmt.Errorf("key: %w", err)
	}
	if s.key, err = hex.DecodeString(hexKey); err != nil {
		return fmt.Errorf("key: %w", err)
	}
	return nil
}

// HashChat is the pseudonym stored for a chat (or user) id.
func (s *Store) HashChat(chatID int64) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(strconv.FormatInt(chatID, 10)))
	return hex.EncodeToString(m.Sum(nil))[:32]
}

// ErrClaimLost is returned when a replica finishes work whose claim it no
// longer holds: its lease ran out and another replica took the work over.
// Whatever it computed must be dropped; the new holder redoes it.
var ErrClaimLost = errors.New("storage: claim lost (the lease expired and the work was taken over)")

// exec, queryRow and query run SQL written with ? placeholders on the
// backend's driver.
func (s *Store) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return s.db.ExecContext(ctx, s.d.rebind(q), args...)
}

func (s *Store) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return s.db.QueryRowContext(ctx, s.d.rebind(q), args...)
}

func (s *Store) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, s.d.rebind(q), args...)
}

// tx runs fn in a transaction (on SQLite an IMMEDIATE one, so that it
// never fails half-way for want of the write lock), committing if fn
// returns nil.
func (s *Store) tx(ctx context.Context, fn func(tx *txn) error) error {
	t, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(&txn{t, s.d}); err != nil {
		t.Rollback()
		return err
	}
	return t.Commit()
}

// durable runs fn in a transaction whose commit is on disk — surviving a
// power cut, not only a killed process — when it returns. Enqueuing an
// update uses it: that is what the bot acknowledges to Telegram. Other
// writes survive a killed process but may be lost, newest first, in a power
// cut (SQLite synchronous=NORMAL, PostgreSQL synchronous_commit=off): both
// databases then recover a prefix of their commits, and every durable
// commit makes all before it durable too. Losing the newest of them only
// means redoing work: the updates they finished are still in the inbox,
// and processing is idempotent. Making every commit wait for the disk
// instead queued the bot's writes behind fsyncs, stretching the moment
// between sending a reply and recording it to seconds under load.
func (s *Store) durable(ctx context.Context, fn func(tx *txn) error) error {
	return s.d.durable(ctx, s, fn)
}

type txn struct {
	*sql.Tx
	d *dialect
}

func (t *txn) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return t.ExecContext(ctx, t.d.rebind(q), args...)
}

func (t *txn) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return t.QueryRowContext(ctx, t.d.rebind(q), args...)
}

// ms is a time as stored: Unix milliseconds.
func ms(t time.Time) int64 { return t.UnixMilli() }

// tsFormat is how question and vote times are stored: UTC and fixed width,
// so that text order is time order in both backends.
const tsFormat = "2006-01-02T15:04:05.000000Z"

func ts(t time.Time) string { return t.UTC().Format(tsFormat) }

func parseTS(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s) // tsFormat is RFC 3339 too, as were older rows
	return t
}

// truncate bounds error text kept in the database.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && (s[n]&0xC0) == 0x80 {
		n--
	}
	return s[:n]
}
