package rag

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"
)

func TestAnswerCacheEvictsLeastRecent(t *testing.T) {
	c := newAnswerCache(2)
	put := func(q string) {
		c.put(cacheKey{q, "", ""}, &Answer{Question: q, Citations: []Citation{{Paragraph: 1}}})
	}
	put("a")
	put("b")
	if _, ok := c.get(cacheKey{"a", "", ""}); !ok { // a is now the most recent
		t.Fatal("a missing")
	}
	put("c") // evicts b
	for q, want := range map[string]bool{"a": true, "b": false, "c": true} {
		if _, ok := c.get(cacheKey{q, "", ""}); ok != want {
			t.Errorf("get(%s) = %v, want %v", q, ok, want)
		}
	}
	if _, ok := c.get(cacheKey{"a", "other-report", ""}); ok {
		t.Error("the report is part of the key")
	}
}

func TestAnswerCacheReturnsCopies(t *testing.T) {
	c := newAnswerCache(4)
	fig := AnswerFigure{Value: "5.5%"}
	orig := &Answer{Question: "q", Citations: []Citation{{Paragraph: 23, Quote: "x"}},
		Parts: []Part{{Type: PartFigure, Figure: &fig, Citations: []int{0}}}}
	c.put(cacheKey{"q", "", ""}, orig)
	orig.Citations[0].Quote = "changed by the caller after put"
	orig.Parts[0].Citations[0] = 9
	fig.Value = "8%"
	got, _ := c.get(cacheKey{"q", "", ""})
	got.Citations[0].Quote = "changed by a reader"
	got.Parts[0].Figure.Value = "changed by a reader"
	again, _ := c.get(cacheKey{"q", "", ""})
	if again.Citations[0].Quote != "x" || again.Parts[0].Citations[0] != 0 || again.Parts[0].Figure.Value != "5.5%" {
		t.Errorf("cached answer was changed through a caller's copy: %+v", again)
	}
}

func TestAnswerCacheBounded(t *testing.T) {
	c := newAnswerCache(10)
	for i := range 100 {
		c.put(cacheKey{fmt.Sprint(i), "", ""}, &Answer{})
	}
	if c.order.Len() != 10 || len(c.byKey) != 10 {
		t.Errorf("cache holds %d/%d entries, want 10", c.order.Len(), len(c.byKey))
	}
}

// countingAnswerer answers every question with a fresh answer and counts
// how often it was asked.
type countingAnswerer struct {
	Answerer
	asked atomic.Int64
}

func (c *countingAnswerer) Ask(_ context.Context, q Query) (*Answer, error) {
	c.asked.Add(1)
	return &Answer{Question: q.Text, Citations: []Citation{}}, nil
}

func TestCachedAsksOncePerQuestionAndReport(t *testing.T) {
	inner := &countingAnswerer{}
	c := Cached(inner, 8)
	ctx := context.Background()
	for _, q := range []Query{
		{Text: "今年GDP目标"}, {Text: " 今年GDP目标 "}, // the same question once checked
		{Text: "今年GDP目标", Report: "other"},
		{Text: "今年GDP目标", Conversation: "c1"}, // the same standalone question
	} {
		if _, err := c.Ask(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if got := inner.asked.Load(); got != 2 {
		t.Errorf("inner answerer asked %d times, want 2 (one per question and report)", got)
	}
	if _, err := c.Ask(ctx, Query{Text: "   "}); err == nil {
		t.Error("an empty question was not refused")
	}
}

func TestMemoryConversationsExpireAndStayBounded(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	m := NewMemoryConversations(2, func() time.Time { return now })
	ctx := context.Background()
	for _, k := range []string{"a", "b", "c"} {
		if err := m.Save(ctx, k, []byte(k), time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	if m.Len() != 2 {
		t.Fatalf("holds %d, want 2", m.Len())
	}
	if _, ok, _ := m.Load(ctx, "a"); ok {
		t.Error("the least recently used conversation was kept")
	}
	if got, ok, _ := m.Load(ctx, "c"); !ok || string(got) != "c" {
		t.Errorf("c = %q, %v", got, ok)
	}
	now = now.Add(2 * time.Minute)
	if _, ok, _ := m.Load(ctx, "c"); ok {
		t.Error("an expired conversation was loaded")
	}
}
