package rag

import (
	"context"
	"strings"
	"testing"
)

// An English claim of another batch or phase than the report's is
// corrected from the clause naming the thing's round; the right round,
// or a question that asks, is not.
func TestEnglishRoundCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tt := range []struct{ q, want string }{
		{"The Liaohekou northern wetland restoration was listed in the first batch of national typical cases, right?", "the report says 第二批, not first batch"},
		{"Was the second phase of the Liaohe Shuangtaizi gas storage group completed in 2024?", "the report says 一期, not second phase"},
		{"Panjin was named in the third batch of 15-minute convenient living circle pilot cities, right?", "the report says 第四批, not third batch"},
		{"Panjin was named in the fourth batch of 15-minute convenient living circle pilot cities, right?", ""},
		{"Was the first phase of the Liaohe Shuangtaizi gas storage group completed in 2024?", ""},
		{"Which batch of typical cases was the Liaohekou wetland restoration listed in?", ""},
		// A statement with a question mark claims as a tag does.
		{"Panjin was named in the second batch of national 15-minute convenience living circle pilot cities?", "the report says 第四批, not second batch"},
		{"Panjin was named in the fourth batch of national 15-minute convenience living circle pilot cities?", ""},
	} {
		ans, err := e.Ask(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if corrected := strings.Contains(ans.Answer, "Note: the report says"); tt.want == "" && corrected || tt.want != "" && !strings.Contains(ans.Answer, tt.want) {
			t.Errorf("Ask(%q) = %q, want correction %q", tt.q, ans.Answer, tt.want)
		}
	}
}
