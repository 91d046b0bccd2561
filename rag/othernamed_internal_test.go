package rag

import (
	"context"
	"strings"
	"testing"
)

// A question opening with a name the report writes nowhere, before a
// head the report writes after a name of its own (九三粮油 for 汇福粮油),
// is declined naming it, also when the dictionary cuts it into stray
// characters (顺/p 丰/a); the report's own name, a misspelt one (北头 of
// 北斗) and a description (娃上, 盘锦深化, 老破) are not.
func TestGroundOtherNamed(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []struct {
		q      string
		notice string // "" when this rule must not decline
	}{
		{"九三粮油在盘锦有项目吗", "报告没有提到“九三粮油”"},
		{"沈海高速盘锦段要扩建吗", "报告没有提到“沈海高速”"},
		{"汇福粮油在盘锦有项目吗", ""},
		{"北头应用终端今年新增跟替代多少个", ""},
		{"娃上幼儿园 今年普惠园有啥目标", ""},
		{"盘锦深化改革有几个实施方案", ""},
		// a name the dictionary cuts into a preposition and an adjective
		{"顺丰产业园今年开工吗", "报告没有提到“顺丰产业园”"},
		{"顺丰产业园今年建不建", "报告没有提到“顺丰产业园”"},
		// lone verbs, particles and colloquial modifiers are no name
		{"老破小区去年改了几个，多少户受益", ""},
		{"生娃养娃压力大，政府有支持吗", ""},
		{"汇福的饲料蛋白项目已经投产了吧", ""},
	}
	for _, tt := range tests {
		ans, err := e.Ask(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if tt.notice != "" && (ans.Found || !strings.Contains(ans.Answer, tt.notice)) {
			t.Errorf("Ask(%q) found=%v %q, want declined with %q", tt.q, ans.Found, ans.Answer, tt.notice)
		}
		if tt.notice == "" && strings.Contains(ans.Answer, "报告没有提到") {
			t.Errorf("Ask(%q) = %q, want no notice", tt.q, ans.Answer)
		}
	}
}
