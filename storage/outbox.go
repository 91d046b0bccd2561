package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// The outbox holds the replies to an update — a payload of messages the
// bot encodes, opaque here — from the moment the update is processed
// (FinishUpdate queues them, claimed by the replica that will send them)
// until every message went out or was given up on. Progress is kept per
// message (Next), so a reply interrupted half-way resumes where it
// stopped. A reply that could not be sent now waits in state pending
// until NextAt and is then claimed by any replica (ClaimReply).

// Reply is a claimed outbox entry.
type Reply struct {
	UpdateID int64
	Payload  []byte
	Next     int // index of the next message to send
	Dropped  int // messages given up on so far
	Attempts int // times the reply was deferred after a failure
	Claim    int // identifies this claim
}

// ClaimReply hands owner, for lease, the oldest reply that is due: pending
// with its retry time come, or being sent under a lease that ran out. It
// returns nil when there is none.
func (s *Store) ClaimReply(ctx context.Context, owner string, lease time.Duration) (*Reply, error) {
	now := ms(s.now())
	var r Reply
	err := s.queryRow(ctx, `
		UPDATE outbox SET state = 'sending', owner = ?, lease_until = ?, claims = claims + 1
		WHERE update_id = (
			SELECT update_id FROM outbox
			WHERE (state = 'pending' AND next_at <= ?) OR (state = 'sending' AND lease_until < ?)
			ORDER BY created_at, update_id LIMIT 1`+s.d.skipLocked+`)
		RETURNING update_id, payload, next, dropped, attempts, claims`,
		owner, now+lease.Milliseconds(), now, now).Scan(&r.UpdateID, &r.Payload, &r.Next, &r.Dropped, &r.Attempts, &r.Claim)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("storage: claim reply: %w", err)
	}
	return &r, nil
}

// ReplyProgress records that r's messages before r.Next were sent (or
// given up on, counted in r.Dropped). It returns ErrClaimLost if owner no
// longer holds the reply: the caller must stop sending it.
func (s *Store) ReplyProgress(ctx context.Context, r *Reply, owner string) error {
	return s.updateReply(ctx, r, owner, "next = ?, dropped = ?", r.Next, r.Dropped)
}

// ReplyDone records that all of r's messages were sent or given up on.
func (s *Store) ReplyDone(ctx context.Context, r *Reply, owner string) error {
	return s.updateReply(ctx, r, owner, "state = 'done', next = ?, dropped = ?, done_at = ?, owner = '', lease_until = 0",
		r.Next, r.Dropped, ms(s.now()))
}

// ReplyRetry puts r back to wait for after, counting an attempt: sending
// r.Next failed for a reason that may pass (429, network, server error).
func (s *Store) ReplyRetry(ctx context.Context, r *Reply, owner string, after time.Duration, why string) error {
	return s.updateReply(ctx, r, owner,
		"state = 'pending', next = ?, dropped = ?, attempts = attempts + 1, next_at = ?, owner = '', lease_until = 0, error = ?",
		r.Next, r.Dropped, ms(s.now().Add(after)), truncate(why, 500))
}

func (s *Store) updateReply(ctx context.Context, r *Reply, owner, set string, args ...any) error {
	args = append(args, r.UpdateID, owner, r.Claim)
	res, err := s.exec(ctx, "UPDATE outbox SET "+set+" WHERE update_id = ? AND state = 'sending' AND owner = ? AND claims = ?", args...)
	if err != nil {
		return fmt.Errorf("storage: reply to update %d: %w", r.UpdateID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("storage: reply to update %d: %w", r.UpdateID, err)
	} else if n != 1 {
		return ErrClaimLost
	}
	return nil
}

// OutboxState is the state of the reply to updateID — "pending",
// "sending", "done", or "" when there is none — and how many times it was
// claimed (more than once: a sender died or failed on it before).
func (s *Store) OutboxState(ctx context.Context, updateID int64) (state string, claims int, err error) {
	err = s.queryRow(ctx, "SELECT state, claims FROM outbox WHERE update_id = ?", updateID).Scan(&state, &claims)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, nil
	}
	if err != nil {
		return "", 0, fmt.Errorf("storage: outbox state: %w", err)
	}
	return state, claims, nil
}

// Backlog counts what waits, across all replicas.
type Backlog struct {
	Updates int // updates received and not yet processed (pending or claimed)
	Replies int // replies not yet sent (pending or being sent)
	Dropped int // messages given up on, among the replies still kept
}

// Backlog reports the inbox's and the outbox's waiting work.
func (s *Store) Backlog(ctx context.Context) (Backlog, error) {
	var b Backlog
	err := s.queryRow(ctx, `SELECT
		(SELECT COUNT(*) FROM inbox WHERE state IN ('pending', 'claimed')),
		(SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sending')),
		(SELECT COALESCE(SUM(dropped), 0) FROM outbox)`).Scan(&b.Updates, &b.Replies, &b.Dropped)
	if err != nil {
		return b, fmt.Errorf("storage: backlog: %w", err)
	}
	return b, nil
}
