package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Question is one question the bot answered (or failed to answer).
type Question struct {
	Time     time.Time
	ChatID   int64  // hashed before it is stored
	Source   string // "private", "group", "edited", "example"
	Question string
	Report   string // report id the answer came from
	Mode     string // rag answer mode: "extractive", "llm"
	Found    bool
	Cited    []int // cited paragraph numbers, in answer order
	// UpdateID is the Telegram update that asked it (0: none). A question
	// is recorded once per update: recording it again returns the first
	// record's id, so an update processed twice (after a crash) keeps one
	// record and its votes.
	UpdateID int64
	// Visitor is a web visitor's id, hashed like ChatID and used instead
	// of it when set (the web chat has no chat ids).
	Visitor string
	// Answer is the answer's JSON (rag.Answer), so that staff can read
	// a 👎 answer beside its question; "" keeps none.
	Answer string
}

// Vote values.
const (
	Up   = 1
	Down = -1
)

// RecordQuestion stores q and returns its id, which votes refer to.
func (s *Store) RecordQuestion(ctx context.Context, q Question) (int64, error) {
	t := q.Time
	if t.IsZero() {
		t = s.now()
	}
	cited := make([]string, len(q.Cited))
	for i, n := range q.Cited {
		cited[i] = strconv.Itoa(n)
	}
	found := 0
	if q.Found {
		found = 1
	}
	var update any
	if q.UpdateID != 0 {
		update = q.UpdateID
	}
	who := s.HashChat(q.ChatID)
	if q.Visitor != "" {
		who = s.HashVisitor(q.Visitor)
	}
	// The no-op update on conflict makes RETURNING yield the existing row.
	var id int64
	err := s.queryRow(ctx, `
		INSERT INTO questions(ts, chat_hash, source, question, report, mode, found, cited, update_id, answer)
		VALUES(?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT (update_id) DO UPDATE SET update_id = excluded.update_id
		RETURNING id`,
		ts(t), who, q.Source, q.Question, q.Report, q.Mode, found, strings.Join(cited, ","), update, q.Answer).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("storage: record question: %w", err)
	}
	return id, nil
}

// ErrNoQuestion is returned when a vote names a question that was never recorded.
var ErrNoQuestion = errors.New("storage: no such question")

// RecordVote stores voter's vote (Up or Down) on question id; a later
// vote by the same voter replaces the earlier one, so each voter counts
// once per answer however often the vote arrives.
func (s *Store) RecordVote(ctx context.Context, questionID, voter int64, vote int) error {
	return s.recordVote(ctx, questionID, s.HashChat(voter), vote)
}

// RecordVisitorVote is RecordVote for a web visitor (Question.Visitor).
func (s *Store) RecordVisitorVote(ctx context.Context, questionID int64, visitor string, vote int) error {
	if visitor == "" {
		return errors.New("storage: vote without a visitor")
	}
	return s.recordVote(ctx, questionID, s.HashVisitor(visitor), vote)
}

func (s *Store) recordVote(ctx context.Context, questionID int64, who string, vote int) error {
	if vote != Up && vote != Down {
		return fmt.Errorf("storage: vote %d is not +1 or -1", vote)
	}
	var one int
	if err := s.queryRow(ctx, "SELECT 1 FROM questions WHERE id=?", questionID).Scan(&one); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%w: %d", ErrNoQuestion, questionID)
		}
		return fmt.Errorf("storage: record vote: %w", err)
	}
	_, err := s.exec(ctx, `
		INSERT INTO votes(question_id, chat_hash, ts, vote) VALUES(?,?,?,?)
		ON CONFLICT (question_id, chat_hash) DO UPDATE SET vote=excluded.vote, ts=excluded.ts`,
		questionID, who, ts(s.now()), vote)
	if err != nil {
		return fmt.Errorf("storage: record vote: %w", err)
	}
	return nil
}

// VoteCounts returns the 👍 and 👎 votes on question id, so the buttons
// under an answer can show them.
func (s *Store) VoteCounts(ctx context.Context, questionID int64) (up, down int, err error) {
	err = s.queryRow(ctx, `SELECT
		COALESCE(SUM(CASE WHEN vote = 1 THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN vote = -1 THEN 1 ELSE 0 END), 0)
		FROM votes WHERE question_id = ?`, questionID).Scan(&up, &down)
	if err != nil {
		return 0, 0, fmt.Errorf("storage: vote counts: %w", err)
	}
	return up, down, nil
}

// Count is a question text with how often it was asked.
type Count struct {
	Question string
	N        int
	Last     time.Time
}

// TopQuestions lists the most asked questions since since (zero: all), most first.
func (s *Store) TopQuestions(ctx context.Context, since time.Time, limit int) ([]Count, error) {
	return s.counts(ctx, "ts >= ?", since, limit)
}

// Unanswered lists questions the bot found nothing for, most asked first.
func (s *Store) Unanswered(ctx context.Context, since time.Time, limit int) ([]Count, error) {
	return s.counts(ctx, "found = 0 AND ts >= ?", since, limit)
}

func (s *Store) counts(ctx context.Context, where string, since time.Time, limit int) ([]Count, error) {
	rows, err := s.query(ctx,
		"SELECT question, COUNT(*), MAX(ts) FROM questions WHERE "+where+" GROUP BY question ORDER BY COUNT(*) DESC, MAX(ts) DESC LIMIT ?",
		sinceTS(since), limit)
	if err != nil {
		return nil, fmt.Errorf("storage: query: %w", err)
	}
	defer rows.Close()
	var out []Count
	for rows.Next() {
		var c Count
		var t string
		if err := rows.Scan(&c.Question, &c.N, &t); err != nil {
			return nil, fmt.Errorf("storage: query: %w", err)
		}
		c.Last = parseTS(t)
		out = append(out, c)
	}
	return out, rows.Err()
}

func sinceTS(since time.Time) string {
	if since.IsZero() {
		return ""
	}
	return ts(since)
}

// Voted is a recorded answer with its votes.
type Voted struct {
	QuestionID int64
	Time       time.Time
	ChatHash   string
	Source     string
	Question   string
	Report     string
	Mode       string
	Found      bool
	Cited      []int
	Up, Down   int
	// Answer is the answer's JSON as recorded (Question.Answer), or "".
	Answer string
}

const votedColumns = `q.id, q.ts, q.chat_hash, q.source, q.question, q.report, q.mode, q.found, q.cited, q.answer,
	COALESCE(SUM(CASE WHEN v.vote = 1 THEN 1 ELSE 0 END), 0),
	COALESCE(SUM(CASE WHEN v.vote = -1 THEN 1 ELSE 0 END), 0)`

// Downvoted lists answers with at least one 👎 since since, most 👎 first.
func (s *Store) Downvoted(ctx context.Context, since time.Time, limit int) ([]Voted, error) {
	rows, err := s.query(ctx, `
		SELECT `+votedColumns+`
		FROM questions q JOIN votes v ON v.question_id = q.id
		WHERE q.ts >= ?
		GROUP BY q.id
		HAVING SUM(CASE WHEN v.vote = -1 THEN 1 ELSE 0 END) > 0
		ORDER BY 12 DESC, q.id DESC LIMIT ?`, sinceTS(since), limit)
	if err != nil {
		return nil, fmt.Errorf("storage: query: %w", err)
	}
	return scanVoted(rows, nil)
}

// EachQuestion calls fn for every question recorded since since, oldest
// first, with its votes (the staff export). It stops at fn's first error.
func (s *Store) EachQuestion(ctx context.Context, since time.Time, fn func(Voted) error) error {
	rows, err := s.query(ctx, `
		SELECT `+votedColumns+`
		FROM questions q LEFT JOIN votes v ON v.question_id = q.id
		WHERE q.ts >= ?
		GROUP BY q.id
		ORDER BY q.ts, q.id`, sinceTS(since))
	if err != nil {
		return fmt.Errorf("storage: query: %w", err)
	}
	_, err = scanVoted(rows, fn)
	return err
}

// scanVoted reads rows of votedColumns, passing each to fn, or collecting
// them when fn is nil.
func scanVoted(rows *sql.Rows, fn func(Voted) error) ([]Voted, error) {
	defer rows.Close()
	var out []Voted
	for rows.Next() {
		var v Voted
		var t, cited string
		var found int
		if err := rows.Scan(&v.QuestionID, &t, &v.ChatHash, &v.Source, &v.Question, &v.Report, &v.Mode, &found, &cited, &v.Answer, &v.Up, &v.Down); err != nil {
			return nil, fmt.Errorf("storage: query: %w", err)
		}
		v.Time = parseTS(t)
		v.Found = found != 0
		for _, f := range strings.Split(cited, ",") {
			if n, err := strconv.Atoi(f); err == nil {
				v.Cited = append(v.Cited, n)
			}
		}
		if fn == nil {
			out = append(out, v)
			continue
		}
		if err := fn(v); err != nil {
			return nil, err
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: query: %w", err)
	}
	return out, nil
}
