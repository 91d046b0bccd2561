package rag_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// Two things joined with 和 and asked alike each get their own quote;
// not a figure asked of both (one alone loses what the other says of it),
// nor a thing no quote writes (中小学 is not 中小企业).
func TestAskJoinedThings(t *testing.T) {
	for _, c := range []struct {
		q         string
		want, not []string
	}{
		{"教育和医疗今年有什么打算", []string{"推进教育强市建设", "推进健康盘锦建设"}, nil},
		{"今年债务和安全生产怎么抓", []string{"化债", "安全"}, nil},
		{"新签约项目和亿元以上项目今年多少个", []string{"80个"}, []string{"125个"}},
		{"中小学和幼儿园今年有什么建设", nil, []string{"中小企业"}},
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
		for _, w := range c.not {
			if strings.Contains(a.Answer, w) {
				t.Errorf("%s: answer holds %q:\n%s", c.q, w, a.Answer)
			}
		}
	}
}
