// Package feedback is the bot's durable record of the questions people ask
// and the 👍/👎 votes they give answers. It is a SQLite database (pure-Go
// modernc.org/sqlite) in WAL mode with synchronous=FULL, so every recorded
// row survives a restart, a kill -9 and a power cut once the call returns.
//
// Chat ids are never stored raw: they are HMAC-SHA256'd with a random key
// kept in the database itself, so rows from one chat can be grouped without
// the table revealing who asked.
package feedback

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Question is one question the bot answered (or failed to answer).
type Question struct {
	Time     time.Time
	ChatID   int64  // hashed before it is stored
	Source   string // "private", "group", "inline", "edited"
	Question string
	Report   string // report id the answer came from
	Mode     string // rag answer mode: "extractive", "llm"
	Found    bool
	Cited    []int // cited paragraph numbers, in answer order
}

// Vote values.
const (
	Up   = 1
	Down = -1
)

// Store is an open feedback database. It is safe for concurrent use.
type Store struct {
	db  *sql.DB
	key []byte
	now func() time.Time
}

const schema = `
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS questions (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	ts        TEXT    NOT NULL,
	chat_hash TEXT    NOT NULL,
	source    TEXT    NOT NULL,
	question  TEXT    NOT NULL,
	report    TEXT    NOT NULL,
	mode      TEXT    NOT NULL,
	found     INTEGER NOT NULL,
	cited     TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS questions_question ON questions(question);
CREATE TABLE IF NOT EXISTS votes (
	question_id INTEGER NOT NULL REFERENCES questions(id),
	chat_hash   TEXT    NOT NULL,
	ts          TEXT    NOT NULL,
	vote        INTEGER NOT NULL CHECK (vote IN (-1, 1)),
	PRIMARY KEY (question_id, chat_hash)
);
`

// Open opens (creating if needed) the database at path.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("feedback: empty database path")
	}
	// Pragmas in the DSN apply to every pooled connection.
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("feedback: open %s: %w", path, err)
	}
	s := &Store{db: db, now: time.Now}
	if err := s.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("feedback: open %s: %w", path, err)
	}
	return s, nil
}

func (s *Store) init() error {
	ctx := context.Background()
	if _, err := s.db.ExecContext(ctx, schema); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return fmt.Errorf("journal mode: %w", err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("journal mode is %q, want wal", mode)
	}
	var hexKey string
	err := s.db.QueryRowContext(ctx, "SELECT v FROM meta WHERE k='chat_key'").Scan(&hexKey)
	if errors.Is(err, sql.ErrNoRows) {
		k := make([]byte, 32)
		if _, err := rand.Read(k); err != nil {
			return fmt.Errorf("key: %w", err)
		}
		// INSERT OR IGNORE then re-read: two processes opening a new file agree on one key.
		if _, err := s.db.ExecContext(ctx, "INSERT OR IGNORE INTO meta(k, v) VALUES('chat_key', ?)", hex.EncodeToString(k)); err != nil {
			return fmt.Errorf("key: %w", err)
		}
		err = s.db.QueryRowContext(ctx, "SELECT v FROM meta WHERE k='chat_key'").Scan(&hexKey)
	}
	if err != nil {
		return fmt.Errorf("key: %w", err)
	}
	if s.key, err = hex.DecodeString(hexKey); err != nil {
		return fmt.Errorf("key: %w", err)
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// HashChat is the pseudonym stored for a chat id.
func (s *Store) HashChat(chatID int64) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(strconv.FormatInt(chatID, 10)))
	return hex.EncodeToString(m.Sum(nil))[:32]
}

// RecordQuestion stores q and returns its id, which votes refer to.
func (s *Store) RecordQuestion(ctx context.Context, q Question) (int64, error) {
	ts := q.Time
	if ts.IsZero() {
		ts = s.now()
	}
	cited := make([]string, len(q.Cited))
	for i, n := range q.Cited {
		cited[i] = strconv.Itoa(n)
	}
	found := 0
	if q.Found {
		found = 1
	}
	res, err := s.db.ExecContext(ctx,
		"INSERT INTO questions(ts, chat_hash, source, question, report, mode, found, cited) VALUES(?,?,?,?,?,?,?,?)",
		ts.UTC().Format(time.RFC3339Nano), s.HashChat(q.ChatID), q.Source, q.Question, q.Report, q.Mode, found, strings.Join(cited, ","))
	if err != nil {
		return 0, fmt.Errorf("feedback: record question: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("feedback: record question: %w", err)
	}
	return id, nil
}

// ErrNoQuestion is returned when a vote names a question that was never recorded.
var ErrNoQuestion = errors.New("feedback: no such question")

// RecordVote stores chatID's vote (Up or Down) on question id; a later vote
// from the same chat replaces the earlier one.
func (s *Store) RecordVote(ctx context.Context, questionID, chatID int64, vote int) error {
	if vote != Up && vote != Down {
		return fmt.Errorf("feedback: vote %d is not +1 or -1", vote)
	}
	var one int
	if err := s.db.QueryRowContext(ctx, "SELECT 1 FROM questions WHERE id=?", questionID).Scan(&one); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%w: %d", ErrNoQuestion, questionID)
		}
		return fmt.Errorf("feedback: record vote: %w", err)
	}
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO votes(question_id, chat_hash, ts, vote) VALUES(?,?,?,?)
		 ON CONFLICT(question_id, chat_hash) DO UPDATE SET vote=excluded.vote, ts=excluded.ts`,
		questionID, s.HashChat(chatID), s.now().UTC().Format(time.RFC3339Nano), vote)
	if err != nil {
		return fmt.Errorf("feedback: record vote: %w", err)
	}
	return nil
}

// Count is a question text with how often it was asked.
type Count struct {
	Question string
	N        int
	Last     time.Time
}

// TopQuestions lists the most asked questions, most first.
func (s *Store) TopQuestions(ctx context.Context, limit int) ([]Count, error) {
	return s.counts(ctx, "", limit)
}

// Unanswered lists questions the bot found nothing for, most asked first.
func (s *Store) Unanswered(ctx context.Context, limit int) ([]Count, error) {
	return s.counts(ctx, "WHERE found = 0", limit)
}

func (s *Store) counts(ctx context.Context, where string, limit int) ([]Count, error) {
	rows, err := s.db.QueryContext(ctx,
		"SELECT question, COUNT(*), MAX(ts) FROM questions "+where+" GROUP BY question ORDER BY COUNT(*) DESC, MAX(ts) DESC LIMIT ?", limit)
	if err != nil {
		return nil, fmt.Errorf("feedback: query: %w", err)
	}
	defer rows.Close()
	var out []Count
	for rows.Next() {
		var c Count
		var ts string
		if err := rows.Scan(&c.Question, &c.N, &ts); err != nil {
			return nil, fmt.Errorf("feedback: query: %w", err)
		}
		c.Last, _ = time.Parse(time.RFC3339Nano, ts)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Voted is a recorded answer with its votes.
type Voted struct {
	QuestionID int64
	Time       time.Time
	Question   string
	Report     string
	Mode       string
	Found      bool
	Cited      []int
	Up, Down   int
}

// Downvoted lists answers with at least one 👎, most 👎 first.
func (s *Store) Downvoted(ctx context.Context, limit int) ([]Voted, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT q.id, q.ts, q.question, q.report, q.mode, q.found, q.cited,
		       SUM(CASE WHEN v.vote = 1 THEN 1 ELSE 0 END),
		       SUM(CASE WHEN v.vote = -1 THEN 1 ELSE 0 END)
		FROM questions q JOIN votes v ON v.question_id = q.id
		GROUP BY q.id
		HAVING SUM(CASE WHEN v.vote = -1 THEN 1 ELSE 0 END) > 0
		ORDER BY 9 DESC, q.id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("feedback: query: %w", err)
	}
	defer rows.Close()
	var out []Voted
	for rows.Next() {
		var v Voted
		var ts, cited string
		var found int
		if err := rows.Scan(&v.QuestionID, &ts, &v.Question, &v.Report, &v.Mode, &found, &cited, &v.Up, &v.Down); err != nil {
			return nil, fmt.Errorf("feedback: query: %w", err)
		}
		v.Time, _ = time.Parse(time.RFC3339Nano, ts)
		v.Found = found != 0
		for _, f := range strings.Split(cited, ",") {
			if n, err := strconv.Atoi(f); err == nil {
				v.Cited = append(v.Cited, n)
			}
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
