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
	"regexp"
	"time"
)

// HashVisitor is the pseudonym stored for a web visitor's id. The prefix
// keeps it apart from every chat id's (HashChat hashes digits only).
func (s *Store) HashVisitor(visitor string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte("web:" + visitor))
	return hex.EncodeToString(m.Sum(nil))[:32]
}

// HourCount is how many questions a source got in one hour (UTC).
type HourCount struct {
	Hour   time.Time
	Source string
	N      int
}

// QuestionsByHour counts the questions asked since since (zero: all) per
// hour and source, oldest first: the console charts them by local day.
// Hours rather than days so that any whole-hour time zone can regroup
// them.
func (s *Store) QuestionsByHour(ctx context.Context, since time.Time) ([]HourCount, error) {
	rows, err := s.query(ctx, `
		SELECT substr(ts, 1, 13), source, COUNT(*) FROM questions WHERE ts >= ?
		GROUP BY substr(ts, 1, 13), source ORDER BY 1, 2`, sinceTS(since))
	if err != nil {
		return nil, fmt.Errorf("storage: questions by hour: %w", err)
	}
	defer rows.Close()
	var out []HourCount
	for rows.Next() {
		var h string
		var c HourCount
		if err := rows.Scan(&h, &c.Source, &c.N); err != nil {
			return nil, fmt.Errorf("storage: questions by hour: %w", err)
		}
		if c.Hour, err = time.Parse("2006-01-02T15", h); err != nil {
			return nil, fmt.Errorf("storage: questions by hour: stored time %q: %w", h, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: questions by hour: %w", err)
	}
	return out, nil
}

// secretName is what SecretKey accepts: it names a row of meta.
var secretName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,39}$`)

// SecretKey returns the 32-byte random key stored under name, creating it
// on first use. Replicas sharing the database get the same key: what one
// signs (a web session, a vote token) another can check.
func (s *Store) SecretKey(ctx context.Context, name string) ([]byte, error) {
	if !secretName.MatchString(name) || name == "chat_key" {
		return nil, fmt.Errorf("storage: bad secret name %q", name)
	}
	k := "secret_" + name
	var v string
	err := s.queryRow(ctx, "SELECT v FROM meta WHERE k=?", k).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return nil, fmt.Errorf("storage: secret %s: %w", name, err)
		}
		// Insert-if-absent then re-read, as for the chat key.
		if _, err := s.exec(ctx, "INSERT INTO meta(k, v) VALUES(?, ?) ON CONFLICT (k) DO NOTHING", k, hex.EncodeToString(b)); err != nil {
			return nil, fmt.Errorf("storage: secret %s: %w", name, err)
		}
		err = s.queryRow(ctx, "SELECT v FROM meta WHERE k=?", k).Scan(&v)
	}
	if err != nil {
		return nil, fmt.Errorf("storage: secret %s: %w", name, err)
	}
	b, err := hex.DecodeString(v)
	if err != nil || len(b) != 32 {
		return nil, fmt.Errorf("storage: secret %s: stored value is not 32 hex-encoded bytes", name)
	}
	return b, nil
}
