package rag

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// An engine whose reused memory (retrieve's, candidates') holds earlier
// questions' values answers as a new engine does.
func TestReusedMemoryAnswersAlike(t *testing.T) {
	ix := seedIndex(t)
	raw, err := os.ReadFile("../loadtest/questions.txt")
	if err != nil {
		t.Fatal(err)
	}
	qs := strings.Split(strings.TrimSpace(string(raw)), "\n")
	used := NewEngine(ix, nil)
	answer := func(e *Engine, q string) string {
		ans, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(ans)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	rev := slices.Clone(qs)
	slices.Reverse(rev)
	for _, q := range append(slices.Clone(qs), rev...) {
		if got, want := answer(used, q), answer(NewEngine(ix, nil), q); got != want {
			t.Errorf("%q:\nreused %s\nnew    %s", q, got, want)
		}
	}
}
