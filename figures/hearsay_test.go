package figures_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// TestHearsayClaimCorrected: a figure heard (听说是5平方公里) after a
// question of how large the thing is is held to the thing's own figure.
func TestHearsayClaimCorrected(t *testing.T) {
	a := newAnswerer(t)
	q := "华锦阿美配套产业园多大？听说是5平方公里？"
	ans, err := a.Ask(context.Background(), rag.Query{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if want := "更正：报告写的是3.57平方公里，不是5平方公里〔¶47〕"; !ans.Found || !strings.HasPrefix(ans.Answer, want) {
		t.Errorf("%s: found=%v, want one starting %q:\n%s", q, ans.Found, want, ans.Answer)
	}
}
