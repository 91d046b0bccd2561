package rag_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// Two things joined with 和 and asked alike each get their own quote.
func TestAskJoinedThings(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"老旧小区和管网改造去年完成多少", []string{"11个", "360公里"}},
		{"教育和医疗今年有什么打算", []string{"推进教育强市建设", "推进健康盘锦建设"}},
		{"今年债务和安全生产怎么抓", []string{"化债", "安全"}},
	} {
		a, err := seedEngine(t, false).Ask(context.Background(), rag.Query{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !a.Found || !strings.Contains(a.Answer, w) {
				t.Errorf("%s: answer lacks %q:\n%s", c.q, w, a.Answer)
			}
		}
	}
}
