package rag_test

import (
	"context"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// TestQualifierAsked: a figure of the head asked without the qualifier
// asked right before it (技术合同成交额 for 跨境电商成交额) does not answer
// where the report names the asked indicator with its qualifier elsewhere;
// the indicator asked as the report writes it still is. Nor does the
// head's figure where the qualifier asked is written after it, with a
// figure of its own.
func TestQualifierAsked(t *testing.T) {
	eng := fullEngine(t)
	for _, c := range []struct {
		q     string
		found bool
	}{
		{"跨境电商成交额多少亿元", false}, // the report gives only its growth
		{"技术合同成交额多少", true},
		{"跨境电商成交额增长多少", true},
		// 农产品交易额达到145亿元、盘锦河蟹电商平台入驻商户达到85家: the
		// platform is named after the 交易额's figure, with one of its own.
		{"河蟹电商平台交易额多少", false},
		{"农产品交易额多少", true},
		{"河蟹电商平台入驻商户多少家", true},
	} {
		a, err := eng.Ask(context.Background(), rag.Query{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found != c.found {
			t.Errorf("%s: found=%v, want %v\n%s", c.q, a.Found, c.found, a.Answer)
		}
	}
}
