package llm

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestMemoryBounds(t *testing.T) {
	ck := newClock()
	m := NewMemory(MemoryOptions{Turns: 2, TurnRunes: 10, TTL: time.Hour, Conversations: 3, Now: ck.Now})
	for i := 0; i < 5; i++ {
		m.Add("a", Turn{Question: fmt.Sprintf("问题%d", i), Answer: strings.Repeat("答", 50)})
	}
	got := m.Recent("a")
	if len(got) != 2 || got[0].Question != "问题3" || got[1].Question != "问题4" {
		t.Fatalf("turns %+v", got)
	}
	if n := utf8.RuneCountInString(got[0].Answer); n != 11 {
		t.Errorf("answer kept %d runes, want 10 and an ellipsis", n)
	}
	if m.Recent("") != nil || m.Recent("nobody") != nil {
		t.Error("unknown conversations have history")
	}
	m.Add("", Turn{Question: "x"})
	if m.Len() != 1 {
		t.Errorf("one-off questions are remembered")
	}
	// Least recently used conversations go beyond the bound.
	for _, id := range []string{"b", "c"} {
		ck.Advance(time.Minute)
		m.Add(id, Turn{Question: id})
	}
	ck.Advance(time.Minute)
	m.Add("d", Turn{Question: "d"})
	if m.Len() != 3 || m.Recent("a") != nil || m.Recent("d") == nil {
		t.Errorf("eviction: len %d, a %v", m.Len(), m.Recent("a"))
	}
}

func TestMemoryExpires(t *testing.T) {
	ck := newClock()
	m := NewMemory(MemoryOptions{TTL: 10 * time.Minute, Now: ck.Now})
	m.Add("a", Turn{Question: "q1"})
	ck.Advance(9 * time.Minute)
	if len(m.Recent("a")) != 1 {
		t.Fatal("expired too early")
	}
	m.Add("a", Turn{Question: "q2"}) // activity renews the TTL
	ck.Advance(9 * time.Minute)
	if len(m.Recent("a")) != 2 {
		t.Fatal("activity did not renew")
	}
	ck.Advance(11 * time.Minute)
	if m.Recent("a") != nil {
		t.Fatal("not expired")
	}
	m.Add("a", Turn{Question: "q3"})
	if got := m.Recent("a"); len(got) != 1 || got[0].Question != "q3" {
		t.Fatalf("expired turns came back: %+v", got)
	}
}

func TestMemoryDefaults(t *testing.T) {
	m := NewMemory(MemoryOptions{})
	if m.o.Turns != DefaultMemoryTurns || m.o.TTL != DefaultMemoryTTL || m.o.Conversations != DefaultMemoryConversations || m.o.TurnRunes != DefaultMemoryTurnRunes {
		t.Errorf("defaults %+v", m.o)
	}
}
