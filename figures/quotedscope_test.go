package figures_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// TestQuotedOfOther: a claim's figure is not corrected by a quoted
// figure of the year where the claim names one trip (到瑞士招商): the
// report gives none, and the quote is related text. (Another thing's
// figure, 原油产量 for 粮食产量: TestModifierSwapped.)
func TestQuotedOfOther(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct {
		q     string
		found bool
		start string
	}{
		{"去年到瑞士招商签了10个项目，是吗？", false, "报告没有给出这项数字"},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tc.found || !strings.HasPrefix(ans.Answer, tc.start) {
			t.Errorf("%s: found=%v, want %v starting %q:\n%s", tc.q, ans.Found, tc.found, tc.start, ans.Answer)
		}
	}
}
