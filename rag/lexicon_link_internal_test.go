package rag

import (
	"slices"
	"testing"
)

// A ">" line is read by keyword search only: Linked finds its terms, and
// neither Expand nor Concepts (the embeddings' features) sees it.
func TestLexiconQuestionLinks(t *testing.T) {
	lx := DefaultLexicon()
	cases := []struct {
		question   string
		linked     []string
		notExpands string
	}{
		{"今年防汛有什么安排", []string{"防洪", "排涝"}, "防洪"},
		{"今年汛期准备怎么做", []string{"防洪", "排涝"}, "排涝"},
		{"今年防洪排涝怎么搞", nil, ""},
		{"flood rescue teams", nil, "防洪"},
		// English words too, matched on word boundaries: "opening up" is
		// the heading's 开放带动; "opening" alone, or "reopening up", is not.
		{"What is the plan for opening up?", []string{"开放带动"}, "开放带动"},
		{"When is the new mall opening?", nil, ""},
		{"reopening up", nil, ""},
		// The plan's framing terms asked in English: its keynote, layout,
		// port-based development (a hyphen parts a phrase's words too).
		{"What's the general keynote of work?", []string{"总基调", "基调"}, "总基调"},
		{"What's the spatial layout?", []string{"布局", "格局"}, "布局"},
		{"the port-based development", []string{"以港兴市"}, "以港兴市"},
	}
	for _, c := range cases {
		norm := Normalize(c.question)
		if got := lx.Linked(norm); !slices.Equal(got, c.linked) {
			t.Errorf("Linked(%q) = %v, want %v", c.question, got, c.linked)
		}
		if c.notExpands != "" && slices.Contains(lx.Expand(norm), c.notExpands) {
			t.Errorf("Expand(%q) holds %s: a link must not reach the embeddings", c.question, c.notExpands)
		}
	}
}

func TestLexiconQuestionLinkErrors(t *testing.T) {
	for _, text := range []string{"> 防洪 | 防汛_汛期", "> | 防汛", "> 防洪 |", "> flood | 防汛"} {
		if _, err := NewLexicon(text); err == nil {
			t.Errorf("NewLexicon(%q): no error", text)
		}
	}
	lx, err := NewLexicon("> 防洪 | 防汛\n防汛 | 洪水")
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.concepts) != 1 || !slices.Equal(lx.Linked("洪水"), nil) {
		t.Errorf("a link is no concept and is not reached through one: concepts %d, Linked(洪水) %v", len(lx.concepts), lx.Linked("洪水"))
	}
}
