package rag

import (
	"context"
	"testing"
)

// 廉政 and 反腐 are everyday words for the report's 廉洁 and 清廉: a
// question asking them is answered from the paragraph on clean government.
func TestIntegrityWordsFindCleanGovernment(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for _, q := range []string{"今年廉政建设怎么做", "今年反腐败有什么安排"} {
		ans, err := eng.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		if !ans.Found || len(ans.Citations) == 0 || ans.Citations[0].Paragraph != 75 {
			t.Errorf("Ask(%q) = found %v, citations %v; want ¶75 first", q, ans.Found, ans.Citations)
		}
	}
}
