package rag

import (
	"context"
	"strings"
	"testing"
)

func TestTitleCorrection(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []struct{ q, correction string }{
		{"盘政讲堂组织学习了《预算法》对吧", "报告写的是《统计法》，不是《预算法》"},
		{"去年政府组织学习的是《预算法》？", "报告写的是《统计法》"},
		{"去年提请人大审议的是《盘锦市非机动车停放管理条例》吧", "报告写的是《盘锦市机动车停放管理条例（修订）》"},
		// Right titles, short forms and questions stay uncorrected.
		{"去年组织学习了《统计法》对吧", ""},
		{"去年提请人大审议的是《盘锦市机动车停放管理条例》吧", ""},
		{"组织学习《统计法》还是《预算法》", ""},
	}
	for _, tt := range tests {
		ans, err := e.Ask(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		corrected := strings.Contains(ans.Answer, "更正")
		if tt.correction == "" && corrected || tt.correction != "" && !strings.Contains(ans.Answer, tt.correction) {
			t.Errorf("Ask(%q) = %q, want correction %q", tt.q, ans.Answer, tt.correction)
		}
	}
}
