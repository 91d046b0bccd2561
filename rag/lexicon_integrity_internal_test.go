package rag

import (
	"context"
	"testing"
)

// 廉政 and 反腐 are everyday words for the report's 廉洁 and 清廉: a
// question asking them is answered from the paragraph on clean government;
// 腐败 is the report's own word, so last year's 反腐 is ¶15's 腐败问题.
func TestIntegrityWordsFindCleanGovernment(t *testing.T) {
	eng := NewEngine(seedIndex(t), nil)
	for q, want := range map[string]int{"今年廉政建设怎么做": 75, "今年反腐败有什么安排": 75, "去年反腐干了啥": 15} {
		ans, err := eng.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		if !ans.Found || len(ans.Citations) == 0 || ans.Citations[0].Paragraph != want {
			t.Errorf("Ask(%q) = found %v, citations %v; want ¶%d first", q, ans.Found, ans.Citations, want)
		}
	}
}
