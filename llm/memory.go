package llm

import (
	"sync"
	"time"
	"unicode/utf8"
)

// Memory defaults.
const (
	DefaultMemoryTurns         = 4
	DefaultMemoryTurnRunes     = 600
	DefaultMemoryTTL           = 30 * time.Minute
	DefaultMemoryConversations = 10000
)

// Turn is one question and answer of a conversation.
type Turn struct {
	Question   string
	Standalone string // the question rewritten to stand alone (may equal Question)
	Answer     string
	at         time.Time
}

// MemoryOptions bounds conversation memory. Zero fields take the defaults.
type MemoryOptions struct {
	Turns         int           // turns kept per conversation (default 4)
	TurnRunes     int           // characters kept of each question and answer (default 600)
	TTL           time.Duration // a conversation idle this long is forgotten (default 30m)
	Conversations int           // conversations kept; the least recently used go first (default 10000)
	Now           func() time.Time
}

// Memory keeps the last turns of each conversation, bounded in count and
// size, expiring after a TTL. It is safe for concurrent use.
type Memory struct {
	o     MemoryOptions
	mu    sync.Mutex
	convs map[string]*conv
}

type conv struct {
	turns []Turn
	seen  time.Time
}

// NewMemory makes an empty memory.
func NewMemory(o MemoryOptions) *Memory {
	if o.Turns <= 0 {
		o.Turns = DefaultMemoryTurns
	}
	if o.TurnRunes <= 0 {
		o.TurnRunes = DefaultMemoryTurnRunes
	}
	if o.TTL <= 0 {
		o.TTL = DefaultMemoryTTL
	}
	if o.Conversations <= 0 {
		o.Conversations = DefaultMemoryConversations
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Memory{o: o, convs: map[string]*conv{}}
}

// Recent returns the conversation's unexpired turns, oldest first.
func (m *Memory) Recent(id string) []Turn {
	if id == "" {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.convs[id]
	if !ok {
		return nil
	}
	if m.o.Now().Sub(c.seen) > m.o.TTL {
		delete(m.convs, id)
		return nil
	}
	return append([]Turn(nil), c.turns...)
}

// Add records a turn.
func (m *Memory) Add(id string, t Turn) {
	if id == "" {
		return
	}
	now := m.o.Now()
	t.Question = clip(t.Question, m.o.TurnRunes)
	t.Standalone = clip(t.Standalone, m.o.TurnRunes)
	t.Answer = clip(t.Answer, m.o.TurnRunes)
	t.at = now
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.convs[id]
	if !ok || now.Sub(c.seen) > m.o.TTL {
		c = &conv{}
		m.convs[id] = c
	}
	c.turns = append(c.turns, t)
	if len(c.turns) > m.o.Turns {
		c.turns = append([]Turn(nil), c.turns[len(c.turns)-m.o.Turns:]...)
	}
	c.seen = now
	if len(m.convs) > m.o.Conversations {
		m.evict(now)
	}
}

// evict drops expired conversations, then the least recently used until
// the count is within bounds.
func (m *Memory) evict(now time.Time) {
	for id, c := range m.convs {
		if now.Sub(c.seen) > m.o.TTL {
			delete(m.convs, id)
		}
	}
	for len(m.convs) > m.o.Conversations {
		var oldest string
		var at time.Time
		for id, c := range m.convs {
			if oldest == "" || c.seen.Before(at) {
				oldest, at = id, c.seen
			}
		}
		delete(m.convs, oldest)
	}
}

// Len is the number of conversations held.
func (m *Memory) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.convs)
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
