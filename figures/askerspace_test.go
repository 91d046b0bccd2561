package figures_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// TestAskersWorkSpacedAnswered: where the asker works, parted from the
// ask by a space (chat leaves the comma out), is context: the ask's own
// figure answers, not the 就业 one 打工 would pull.
func TestAskersWorkSpacedAnswered(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct{ q, want string }{
		{"我在饭店打工 社零去年涨了多少", "4%"},
		{"我在饭店打工，社零去年涨了多少", "4%"},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(ans.Answer, tc.want) {
			t.Errorf("%s: found=%v\n%s", tc.q, ans.Found, ans.Answer)
		}
	}
}
