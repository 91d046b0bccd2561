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
// figure of its own. A qualifier that is part of how the reports write the
// head (项目 of 注册项目, a spelling of 新签约) tells nothing apart: the word
// before it does (央地合作 of 央地合作项目新签约), and the city's
// 新签约注册项目 figure is no figure of the 央地合作 projects' signings.
func TestQualifierAsked(t *testing.T) {
	eng := fullEngine(t)
	for _, c := range []struct {
		q      string
		found  bool
		notFig string // a figure the answer must not give as one
	}{
		{"跨境电商成交额多少亿元", false, ""}, // the report gives only its growth
		{"技术合同成交额多少", true, ""},
		{"跨境电商成交额增长多少", true, ""},
		// 农产品交易额达到145亿元、盘锦河蟹电商平台入驻商户达到85家: the
		// platform is named after the 交易额's figure, with one of its own.
		{"河蟹电商平台交易额多少", false, ""},
		{"农产品交易额多少", true, ""},
		{"河蟹电商平台入驻商户多少家", true, ""},
		// 新签约19个 is the 央地合作 projects'; 新签约注册项目300个 (¶29) and
		// 260个 (¶8) are every project the city signed.
		{"央地合作项目新签约几个", true, "300个"},
		{"今年央地合作项目新签约多少个", false, "300个"},
		{"央地合作项目去年新签约几个？今年实施多少个？", true, "260个"},
		{"新签约注册项目多少个", true, ""},
	} {
		a, err := eng.Ask(context.Background(), rag.Query{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found != c.found {
			t.Errorf("%s: found=%v, want %v\n%s", c.q, a.Found, c.found, a.Answer)
		}
		for _, f := range a.Figures {
			if c.notFig != "" && f.Value == c.notFig {
				t.Errorf("%s: gives %s (%s ¶%d) as its figure\n%s", c.q, f.Value, f.Indicator, f.Paragraph, a.Answer)
			}
		}
	}
}
