package rag_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A question in traditional characters is answered as the same question
// in simplified ones: its clauses are parted, each asked on its own, and a
// name it states is compared with the report's in one script — not
// "corrected" for being written in another.
func TestTraditionalAskedAsSimplified(t *testing.T) {
	eng := fullEngine(t)
	for _, tc := range []struct {
		q         string
		want, not []string
	}{
		// Two clauses, the second answered alone (幾 and 個 parted like 几, 个).
		{q: "新購公交車去年幾台，今年計劃購置幾台？", want: []string{"85台", "132台"}},
		{q: "去年打通斷頭路幾條，停車泊位新增多少個？", want: []string{"7条", "1.1万个"}},
		// A name the report writes, in traditional characters.
		{q: "今年要落實“四下基層”制度，對嗎", want: []string{"四下基层"}, not: []string{"更正"}},
		// Taiwan's 著 for 着.
		{q: "去年接著建的項目有多少個", want: []string{"230个"}},
	} {
		a, err := eng.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Question != tc.q {
			t.Errorf("Ask(%q).Question = %q, want the question as asked", tc.q, a.Question)
		}
		for _, w := range tc.want {
			if !strings.Contains(a.Answer, w) {
				t.Errorf("Ask(%q) lacks %q:\n%s", tc.q, w, a.Answer)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(a.Answer, w) {
				t.Errorf("Ask(%q) holds %q:\n%s", tc.q, w, a.Answer)
			}
		}
	}
}
