package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Conversation state is opaque bytes per conversation key with an expiry:
// what a follow-up question ("那2025年呢？") needs of the turns before it,
// shared by every replica, so the follow-up may land on any of them.

// Limits of conversation state.
const (
	MaxConversationKey  = 256
	MaxConversationData = 64 << 10
)

// Conversations stores conversation state.
type Conversations struct{ s *Store }

// Conversations returns the store's conversation state.
func (s *Store) Conversations() *Conversations { return &Conversations{s} }

// Load returns the state saved under key, and false when there is none
// or it has expired.
func (c *Conversations) Load(ctx context.Context, key string) ([]byte, bool, error) {
	var data []byte
	err := c.s.queryRow(ctx, "SELECT data FROM conversations WHERE key = ? AND expires_at > ?", key, ms(c.s.now())).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("storage: load conversation: %w", err)
	}
	return data, true, nil
}

// Save replaces the state under key; it expires ttl from now.
func (c *Conversations) Save(ctx context.Context, key string, data []byte, ttl time.Duration) error {
	switch {
	case key == "" || len(key) > MaxConversationKey:
		return fmt.Errorf("storage: save conversation: key of %d bytes (want 1-%d)", len(key), MaxConversationKey)
	case len(data) > MaxConversationData:
		return fmt.Errorf("storage: save conversation: %d bytes of state (at most %d)", len(data), MaxConversationData)
	case ttl <= 0:
		return fmt.Errorf("storage: save conversation: ttl %v is not positive", ttl)
	}
	if data == nil {
		data = []byte{}
	}
	_, err := c.s.exec(ctx, `
		INSERT INTO conversations(key, data, expires_at) VALUES(?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at`,
		key, data, ms(c.s.now().Add(ttl)))
	if err != nil {
		return fmt.Errorf("storage: save conversation: %w", err)
	}
	return nil
}

// Delete forgets the state under key.
func (c *Conversations) Delete(ctx context.Context, key string) error {
	if _, err := c.s.exec(ctx, "DELETE FROM conversations WHERE key = ?", key); err != nil {
		return fmt.Errorf("storage: delete conversation: %w", err)
	}
	return nil
}
