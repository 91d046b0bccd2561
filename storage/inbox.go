package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// The inbox holds every Telegram update from the moment it is received —
// before Telegram is told it arrived — until it has been processed. Its
// update_id key is also the dedup: an update delivered again (a webhook
// retry, a replica behind the same load balancer, a re-polled batch) is
// recognised and not processed twice.
//
// States: pending → claimed (by one replica, under a lease) → done, or
// failed after too many attempts. A claim whose lease ran out (its replica
// died) is claimed again by whoever asks next.

// EnqueueResult says what EnqueueUpdate did.
type EnqueueResult int

const (
	// Added: the update is stored and will be processed.
	Added EnqueueResult = iota
	// Duplicate: the update was already stored; nothing changed.
	Duplicate
	// Full: maxPending updates are waiting; the update was not stored.
	Full
)

func (r EnqueueResult) String() string {
	return [...]string{"added", "duplicate", "full"}[r]
}

// EnqueueUpdate stores an update (its JSON as received) unless it is
// already stored or maxPending updates are waiting to be processed
// (maxPending <= 0: no bound). When it returns Added or Duplicate the
// update is on disk and may be acknowledged.
func (s *Store) EnqueueUpdate(ctx context.Context, updateID int64, body []byte, maxPending int) (EnqueueResult, error) {
	if len(body) == 0 {
		return 0, errors.New("storage: enqueue: empty update")
	}
	var res EnqueueResult
	err := s.durable(ctx, func(tx *txn) error {
		var one int
		err := tx.queryRow(ctx, "SELECT 1 FROM inbox WHERE update_id = ?", updateID).Scan(&one)
		if err == nil {
			res = Duplicate
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if maxPending > 0 {
			// On SQLite the transaction holds the write lock, so the bound
			// is exact; on PostgreSQL concurrent enqueues may overshoot it
			// by a few: it is a guard against floods, not a quota.
			var pending int
			if err := tx.queryRow(ctx, "SELECT COUNT(*) FROM inbox WHERE state = 'pending'").Scan(&pending); err != nil {
				return err
			}
			if pending >= maxPending {
				res = Full
				return nil
			}
		}
		r, err := tx.exec(ctx, `
			INSERT INTO inbox(update_id, body, state, received_at) VALUES(?, ?, 'pending', ?)
			ON CONFLICT (update_id) DO NOTHING`,
			updateID, body, ms(s.now()))
		if err != nil {
			return err
		}
		if n, err := r.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			res = Duplicate // another replica stored it a moment ago
		} else {
			res = Added
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("storage: enqueue update %d: %w", updateID, err)
	}
	return res, nil
}

// Update is a claimed inbox entry.
type Update struct {
	ID   int64
	Body []byte
	// Claim identifies this claim (it counts the claims so far, so 2 or
	// more means earlier attempts did not finish). Pass it back to
	// FinishUpdate and FailUpdate.
	Claim int
}

// ClaimUpdate hands the oldest waiting update — pending, or claimed under
// a lease that has run out — to owner for lease. It returns nil when
// there is none.
func (s *Store) ClaimUpdate(ctx context.Context, owner string, lease time.Duration) (*Update, error) {
	now := ms(s.now())
	var u Update
	err := s.queryRow(ctx, `
		UPDATE inbox SET state = 'claimed', owner = ?, lease_until = ?, claims = claims + 1
		WHERE update_id = (
			SELECT update_id FROM inbox
			WHERE state = 'pending' OR (state = 'claimed' AND lease_until < ?)
			ORDER BY received_at, update_id LIMIT 1`+s.d.skipLocked+`)
		RETURNING update_id, body, claims`,
		owner, now+lease.Milliseconds(), now).Scan(&u.ID, &u.Body, &u.Claim)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("storage: claim update: %w", err)
	}
	return &u, nil
}

// FinishUpdate marks a claimed update done and, in the same transaction,
// queues its replies (payload, opaque to storage; nil = none) in the
// outbox, already claimed by owner for lease: the Reply returned (nil for
// no payload) is owner's to send next. It returns ErrClaimLost if owner no
// longer holds the update's claim.
func (s *Store) FinishUpdate(ctx context.Context, u *Update, owner string, payload []byte, lease time.Duration) (*Reply, error) {
	now := ms(s.now())
	err := s.tx(ctx, func(tx *txn) error {
		res, err := tx.exec(ctx, `
			UPDATE inbox SET state = 'done', body = NULL, done_at = ?, owner = '', lease_until = 0
			WHERE update_id = ? AND state = 'claimed' AND owner = ? AND claims = ?`,
			now, u.ID, owner, u.Claim)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n != 1 {
			return ErrClaimLost
		}
		if payload == nil {
			return nil
		}
		_, err = tx.exec(ctx, `
			INSERT INTO outbox(update_id, payload, state, owner, lease_until, claims, created_at)
			VALUES(?, ?, 'sending', ?, ?, 1, ?)`,
			u.ID, payload, owner, now+lease.Milliseconds(), now)
		return err
	})
	if errors.Is(err, ErrClaimLost) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("storage: finish update %d: %w", u.ID, err)
	}
	if payload == nil {
		return nil, nil
	}
	return &Reply{UpdateID: u.ID, Payload: payload, Claim: 1}, nil
}

// FailUpdate gives up on a claimed update for good (it cannot be
// processed: bad JSON, or it failed too often), keeping why.
func (s *Store) FailUpdate(ctx context.Context, u *Update, owner, why string) error {
	res, err := s.exec(ctx, `
		UPDATE inbox SET state = 'failed', body = NULL, done_at = ?, owner = '', lease_until = 0, error = ?
		WHERE update_id = ? AND state = 'claimed' AND owner = ? AND claims = ?`,
		ms(s.now()), truncate(why, 500), u.ID, owner, u.Claim)
	if err != nil {
		return fmt.Errorf("storage: fail update %d: %w", u.ID, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return ErrClaimLost
	}
	return nil
}

// RenewClaims extends owner's leases on the given updates and replies (by
// update id): the work it is busy with. A replica calls it well within the
// lease while it lives; a claim it gave up on is not renewed, so it runs
// out and the work is taken up again.
func (s *Store) RenewClaims(ctx context.Context, owner string, lease time.Duration, updates, replies []int64) error {
	until := ms(s.now()) + lease.Milliseconds()
	for _, w := range []struct {
		table, state string
		ids          []int64
	}{{"inbox", "claimed", updates}, {"outbox", "sending", replies}} {
		if len(w.ids) == 0 {
			continue
		}
		args := []any{until, owner}
		for _, id := range w.ids {
			args = append(args, id)
		}
		q := "UPDATE " + w.table + " SET lease_until = ? WHERE state = '" + w.state + "' AND owner = ? AND update_id IN (" +
			strings.TrimSuffix(strings.Repeat("?, ", len(w.ids)), ", ") + ")"
		if _, err := s.exec(ctx, q, args...); err != nil {
			return fmt.Errorf("storage: renew claims: %w", err)
		}
	}
	return nil
}

// ReleaseClaims hands back everything owner holds, for others (or owner's
// next life) to take at once: at a clean shutdown, and at start-up, when a
// replica's claims can only be left over from its previous run. Replica
// names must therefore be unique among running replicas.
func (s *Store) ReleaseClaims(ctx context.Context, owner string) error {
	if _, err := s.exec(ctx, "UPDATE inbox SET state = 'pending', owner = '', lease_until = 0 WHERE state = 'claimed' AND owner = ?", owner); err != nil {
		return fmt.Errorf("storage: release claims: %w", err)
	}
	if _, err := s.exec(ctx, "UPDATE outbox SET state = 'pending', owner = '', lease_until = 0 WHERE state = 'sending' AND owner = ?", owner); err != nil {
		return fmt.Errorf("storage: release claims: %w", err)
	}
	return nil
}

// InboxState is an update's state in the inbox: "pending", "claimed",
// "done", "failed", or "" when it is not there (never received, or pruned).
func (s *Store) InboxState(ctx context.Context, updateID int64) (string, error) {
	var state string
	err := s.queryRow(ctx, "SELECT state FROM inbox WHERE update_id = ?", updateID).Scan(&state)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("storage: inbox state: %w", err)
	}
	return state, nil
}
