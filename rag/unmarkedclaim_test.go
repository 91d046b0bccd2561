package rag_test

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A statement typed with no mark at all is checked as a claim: a name
// the report says of another is corrected; a right one, and a question
// with a question word, are not.
func TestUnmarkedClaimCorrected(t *testing.T) {
	eng := fullEngine(t)
	for _, tc := range []struct {
		q, want string // want: the correction's words; "" for none
	}{
		{"盘锦职业技术学院去年恢复招生了", "辽河石油职业技术学院"},
		{"盘锦大米和盘锦河蟹品牌价值包揽全国冠亚军", "全省"},
		{"辽河石油职业技术学院去年恢复招生了", ""},
		{"盘锦大米和盘锦河蟹品牌价值包揽全省冠亚军", ""},
		{"哪个学院去年恢复招生了", ""},
		{"沈海高速盘锦段有改造计划不", ""}, // a yes-or-no question, unmarked
		{"辽河口湿地南部区域生态恢复搞了没", ""},
		{"今年新增县级企业技术中心", ""},         // a topic opening with its year
		{"北斗通航装备制造产业园今年是开工还是在建", ""}, // an alternative question
		{"辽东湾海上风电项目是批下来了还是还在争取", ""},
		{"对口援助和对口帮扶是那两个地方", ""}, // 那 typed for 哪
	} {
		a, err := eng.Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if first, _, _ := strings.Cut(a.Answer, "\n"); strings.HasPrefix(first, "更正") {
			got = first
		}
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: correction %q; want one saying %q", tc.q, got, tc.want)
		}
	}
}
