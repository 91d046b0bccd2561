package rag

import (
	"context"
	"errors"
	"strings"
	"testing"
)

type failingVectors struct{}

func (failingVectors) AppendNearest(context.Context, []string, string, int, string) ([]string, error) {
	return nil, errors.New("embeddings endpoint: 503 Service Unavailable")
}

// A vector leg that fails (a remote embedding endpoint down) leaves BM25 to
// answer alone, and is counted; a cancelled request still fails.
func TestVectorLegFailureDegradesToLexical(t *testing.T) {
	ix := seedIndex(t)
	e := NewEngine(ix, failingVectors{})
	ans, err := e.Ask(context.Background(), Query{Text: "2025年地区生产总值增长目标是多少？"})
	if err != nil {
		t.Fatalf("Ask with a failing vector leg: %v", err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "5.5%左右") {
		t.Errorf("answer without the vector leg: %s", ans.Answer)
	}
	if e.VectorFailures() != 1 {
		t.Errorf("VectorFailures = %d, want 1", e.VectorFailures())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Search(ctx, Query{Text: "进出口"}, 5); err == nil {
		t.Error("a cancelled search succeeded")
	}
}

func TestNothingToMatchFindsNothing(t *testing.T) {
	ix := seedIndex(t)
	e := NewEngine(ix, failingVectors{})
	for _, q := range []string{"？", "今年", "😀"} {
		hits, err := e.Search(context.Background(), Query{Text: q}, 5)
		if err != nil || len(hits) != 0 {
			t.Errorf("Search(%q) = %d hits, %v; want none", q, len(hits), err)
		}
	}
}
