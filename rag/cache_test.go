package rag

import (
	"fmt"
	"testing"
)

func TestAnswerCacheEvictsLeastRecent(t *testing.T) {
	c := NewAnswerCache(2)
	put := func(q string) {
		c.Put(Query{Text: q}, &Answer{Question: q, Citations: []Citation{{Paragraph: 1}}}, Intent{})
	}
	put("a")
	put("b")
	if _, _, ok := c.Get(Query{Text: "a"}); !ok { // a is now the most recent
		t.Fatal("a missing")
	}
	put("c") // evicts b
	for q, want := range map[string]bool{"a": true, "b": false, "c": true} {
		if _, _, ok := c.Get(Query{Text: q}); ok != want {
			t.Errorf("get(%s) = %v, want %v", q, ok, want)
		}
	}
	if _, _, ok := c.Get(Query{Text: "a", Report: "other-report"}); ok {
		t.Error("the report is part of the key")
	}
}

func TestAnswerCacheReturnsCopies(t *testing.T) {
	c := NewAnswerCache(4)
	orig := &Answer{Question: "q", Citations: []Citation{{Paragraph: 23, Quote: "x"}}}
	c.Put(Query{Text: "q"}, orig, Intent{})
	orig.Citations[0].Quote = "changed by the caller after put"
	got, _, _ := c.Get(Query{Text: "q"})
	got.Citations[0].Quote = "changed by a reader"
	again, _, _ := c.Get(Query{Text: "q"})
	if again.Citations[0].Quote != "x" {
		t.Errorf("cached answer was changed through a caller's copy: %q", again.Citations[0].Quote)
	}
}

func TestAnswerCacheBounded(t *testing.T) {
	c := NewAnswerCache(10)
	for i := range 100 {
		c.Put(Query{Text: fmt.Sprint(i)}, &Answer{}, Intent{})
	}
	if c.order.Len() != 10 || len(c.byKey) != 10 {
		t.Errorf("cache holds %d/%d entries, want 10", c.order.Len(), len(c.byKey))
	}
}
