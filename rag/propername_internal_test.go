package rag

import (
	"context"
	"strings"
	"testing"
)

// A Chinese question naming a body or an event the report never writes,
// as its subject or as what was joined or gone to, is declined with that
// name; a name the report writes, a common compound the dictionary tags
// as a name, and a name only telling the asker's circumstance are not.
func TestGroundUnwrittenProper(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []struct {
		q       string
		notice  string // "" when this rule must not decline
		mention string // a name the notice must not hold
	}{
		{"清华大学在盘锦建了什么技术转移中心？", "报告没有提到“清华大学”", ""},
		{"中石化今年在盘锦有哪些炼化项目？", "报告没有提到“中石化”", ""},
		{"去年参加广交会招商了吗", "报告没有提到“广交会”", ""},
		{"阿里巴巴在盘锦有合作吗", "报告没有提到“阿里巴巴”", ""},
		{"特斯拉在盘锦有工厂吗", "报告没有提到“特斯拉”", ""},
		{"江南大学在盘锦建了什么技术转移中心？", "", "江南大学"},
		{"我在中石化上班，想问今年GDP目标多少", "", "中石化"},
	}
	for _, tt := range tests {
		ans, err := e.Ask(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if tt.notice != "" && (ans.Found || !strings.Contains(ans.Answer, tt.notice)) {
			t.Errorf("Ask(%q) found=%v %q, want declined with %q", tt.q, ans.Found, ans.Answer, tt.notice)
		}
		if tt.notice == "" && strings.Contains(ans.Answer, "报告没有提到“"+tt.mention) {
			t.Errorf("Ask(%q) = %q, want no notice on %q", tt.q, ans.Answer, tt.mention)
		}
	}
}
