package storage

import (
	"context"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSQLiteSettings(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "rb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var mode, syncMode string
	s.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
	s.db.QueryRow("PRAGMA synchronous").Scan(&syncMode)
	if mode != "wal" || syncMode != "1" {
		t.Fatalf("journal_mode=%s synchronous=%s, want wal and 1 (NORMAL)", mode, syncMode)
	}
	// A durable transaction commits with FULL, and leaves NORMAL behind.
	var inside string
	err = s.durable(context.Background(), func(tx *txn) error {
		return tx.QueryRowContext(context.Background(), "PRAGMA synchronous").Scan(&inside)
	})
	s.db.QueryRow("PRAGMA synchronous").Scan(&syncMode)
	if err != nil || inside != "2" || syncMode != "1" {
		t.Fatalf("durable transaction: synchronous %s inside, %s after, %v", inside, syncMode, err)
	}
	if _, err := s.RecordQuestion(context.Background(), Question{ChatID: 987654321, Question: "q"}); err != nil {
		t.Fatal(err)
	}
	var h string
	if err := s.db.QueryRow("SELECT chat_hash FROM questions").Scan(&h); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(h, "987654321") || h != s.HashChat(987654321) {
		t.Fatalf("chat hash %q", h)
	}
	if s.Backend() != "sqlite" {
		t.Fatalf("backend %q", s.Backend())
	}
}

// oldFeedbackSchema is the database reportbot's feedback package created
// before schema versions (commit cb9d54f), with a row in each table.
const oldFeedbackSchema = `
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE questions (
	id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, chat_hash TEXT NOT NULL, source TEXT NOT NULL,
	question TEXT NOT NULL, report TEXT NOT NULL, mode TEXT NOT NULL, found INTEGER NOT NULL, cited TEXT NOT NULL);
CREATE INDEX questions_question ON questions(question);
CREATE TABLE votes (
	question_id INTEGER NOT NULL REFERENCES questions(id), chat_hash TEXT NOT NULL, ts TEXT NOT NULL,
	vote INTEGER NOT NULL CHECK (vote IN (-1, 1)), PRIMARY KEY (question_id, chat_hash));
INSERT INTO meta VALUES ('chat_key', '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff');
INSERT INTO questions(ts, chat_hash, source, question, report, mode, found, cited)
	VALUES ('2025-02-01T10:00:00.5Z', 'abc', 'private', '进出口增长多少？', 'panjin-2025', 'extractive', 1, '6,23');
INSERT INTO votes VALUES (1, 'def', '2025-02-01T10:01:00Z', -1);
`

// A feedback database from before migrations is adopted with its rows
// and its chat-hash key.
func TestAdoptsOldFeedbackDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(oldFeedbackSchema); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.SchemaVersion(ctx); v != 3 {
		t.Fatalf("version %d", v)
	}
	if hex.EncodeToString(s.key) != "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff" {
		t.Fatal("the old chat-hash key was replaced")
	}
	down, err := s.Downvoted(ctx, time.Time{}, 10)
	if err != nil || len(down) != 1 || down[0].Question != "进出口增长多少？" || down[0].Down != 1 || len(down[0].Cited) != 2 {
		t.Fatalf("old rows: %+v %v", down, err)
	}
	if id, err := s.RecordQuestion(ctx, Question{ChatID: 1, Question: "new", UpdateID: 77}); err != nil || id != 2 {
		t.Fatalf("new question after adoption: %d %v", id, err)
	}
}

// A database migrated by a newer build is refused, not half-understood.
func TestRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, 'future.sql', 'x')", v+1); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer than this build") {
		t.Fatalf("opening a newer schema: %v", err)
	}
}

// Check finds damage: a page of the file overwritten with garbage.
func TestCheckFindsCorruption(t *testing.T) {
	path := filepath.Join(t.TempDir(), "damaged.db")
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 400; i++ {
		if _, err := s.RecordQuestion(ctx, Question{ChatID: int64(i), Question: strings.Repeat("问题", 20) + string(rune('a'+i%26))}); err != nil {
			t.Fatal(err)
		}
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("healthy database: %v %v", problems, err)
	}
	if _, err := s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := f.Stat()
	if st.Size() < 8*4096 {
		t.Fatalf("database only %d bytes", st.Size())
	}
	garbage := []byte(strings.Repeat("\xde\xad\xbe\xef", 1024))
	if _, err := f.WriteAt(garbage, st.Size()-2*4096); err != nil {
		t.Fatal(err)
	}
	f.Close()
	s, err = Open(ctx, path)
	if err != nil {
		return // refused at open: found too
	}
	defer s.Close()
	problems, err := s.Check(ctx)
	if err == nil && len(problems) == 0 {
		t.Fatal("Check found nothing wrong with an overwritten page")
	}
	t.Logf("found: %v %v", problems, err)
}

func TestRebind(t *testing.T) {
	for _, c := range []struct {
		d       *dialect
		in, out string
	}{
		{sqliteDialect, "SELECT ? , ?", "SELECT ? , ?"},
		{postgresDialect, "SELECT ?, ? WHERE x = ?", "SELECT $1, $2 WHERE x = $3"},
		{postgresDialect, "SELECT 1", "SELECT 1"},
	} {
		if got := c.d.rebind(c.in); got != c.out {
			t.Errorf("%s rebind(%q) = %q", c.d.name, c.in, got)
		}
	}
}
