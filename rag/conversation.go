package rag

import (
	"container/list"
	"context"
	"encoding/json"
	"sync"
	"time"
)

// ConversationStore keeps the state of conversations, as opaque bytes
// under a key, for a while: in memory (MemoryConversations), or in the
// database several replicas share.
type ConversationStore interface {
	Load(ctx context.Context, key string) ([]byte, bool, error)
	Save(ctx context.Context, key string, data []byte, ttl time.Duration) error
}

// ConversationTTL is how long a conversation is remembered after its last
// question: a follow-up an hour later starts afresh.
const ConversationTTL = 30 * time.Minute

// ConversationCap bounds the conversations one process keeps in memory
// (a few KB each).
const ConversationCap = 10000

// turn is what a conversation remembers of its last question: enough to
// read a follow-up ("那去年呢？", "第二条展开说说") against it.
type turn struct {
	Question string `json:"q"`               // as asked
	Read     string `json:"read"`            // as answered: the standalone question
	Topic    string `json:"topic"`           // its words without period, place or question words
	Period   string `json:"period"`          // the period it named ("去年", "2025年"), or ""
	Target   bool   `json:"target"`          // it asked for a target (目标, 计划)
	Place    string `json:"place"`           // the place it named, or ""
	Intent   string `json:"intent"`          // understood intent
	Lang     string `json:"lang"`            // its language
	Items    []ref  `json:"items"`           // the answer's list items, in order
	Cites    []ref  `json:"cites"`           // the answer's citations, in order
	Report   string `json:"report"`          // the report it drew on
	Shown    int    `json:"shown,omitempty"` // list items shown so far (for 更多)
	// Pending is a question answered with "which report?": the next
	// message may say which.
	Pending string `json:"pending,omitempty"`
}

// ref is a paragraph of a report.
type ref struct {
	Report    string `json:"r"`
	Paragraph int    `json:"p"`
}

// MemoryConversations is a ConversationStore in one process's memory:
// bounded (the least recently used go first) and expiring.
type MemoryConversations struct {
	mu    sync.Mutex
	max   int
	now   func() time.Time
	order *list.List // front = most recent
	byKey map[string]*list.Element
}

type memoryConversation struct {
	key     string
	data    []byte
	expires time.Time
}

// NewMemoryConversations keeps up to max conversations; now is the clock
// (nil: time.Now).
func NewMemoryConversations(max int, now func() time.Time) *MemoryConversations {
	if now == nil {
		now = time.Now
	}
	return &MemoryConversations{max: max, now: now, order: list.New(), byKey: map[string]*list.Element{}}
}

// Load returns a conversation's state, unless it expired.
func (m *MemoryConversations) Load(_ context.Context, key string) ([]byte, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	el, ok := m.byKey[key]
	if !ok {
		return nil, false, nil
	}
	c := el.Value.(*memoryConversation)
	if m.now().After(c.expires) {
		m.order.Remove(el)
		delete(m.byKey, key)
		return nil, false, nil
	}
	return append([]byte(nil), c.data...), true, nil
}

// Save stores a conversation's state for ttl.
func (m *MemoryConversations) Save(_ context.Context, key string, data []byte, ttl time.Duration) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := &memoryConversation{key: key, data: append([]byte(nil), data...), expires: m.now().Add(ttl)}
	if el, ok := m.byKey[key]; ok {
		el.Value = c
		m.order.MoveToFront(el)
	} else {
		m.byKey[key] = m.order.PushFront(c)
	}
	for m.order.Len() > m.max {
		old := m.order.Back()
		m.order.Remove(old)
		delete(m.byKey, old.Value.(*memoryConversation).key)
	}
	return nil
}

// Len is how many conversations are held (for tests).
func (m *MemoryConversations) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.order.Len()
}

func loadTurn(ctx context.Context, s ConversationStore, key string) (*turn, error) {
	raw, ok, err := s.Load(ctx, key)
	if err != nil || !ok {
		return nil, err
	}
	var t turn
	if err := json.Unmarshal(raw, &t); err != nil {
		return nil, nil // a state this version cannot read starts afresh
	}
	return &t, nil
}
