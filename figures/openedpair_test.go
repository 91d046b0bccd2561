package figures_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// TestOpenedPairQuotesContext: a question stating last year's figure and
// asking this year's by a bare 呢 is a pair; the report's clause confirming
// the stated figure is quoted beside the asked year's answer, and a wrong
// one is still corrected.
func TestOpenedPairQuotesContext(t *testing.T) {
	a := newAnswerer(t)
	for _, tc := range []struct {
		q    string
		want []string // in the answer
	}{
		{"公交车去年买了85台，今年呢", []string{"132台", "新购公交车辆85台", "〔¶11〕"}},
		{"去年城镇新增就业2.04万人，今年呢", []string{"1.9万人", "城镇新增就业2.04万人"}},
		{"去年新签约项目260个，今年呢", []string{"300个", "新签约注册项目260个"}},
		{"公交车去年买了80台，今年呢", []string{"更正", "132台", "新购公交车辆85台"}},
	} {
		ans, err := a.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !ans.Found || !strings.Contains(ans.Answer, w) {
				t.Errorf("%s: want %q in a found answer:\n%s", tc.q, w, ans.Answer)
			}
		}
	}
}
