package rag

import (
	"context"
	"strings"
	"testing"
)

// A subject opening with a word the report never writes, before the kind
// of thing a firm or a park is, names a thing the report does not speak
// of: the quotes about another of the kind are related text. A correction
// of a claim naming it, and a subject the report writes, stay answered.
func TestUnwrittenKindLead(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []struct {
		q     string
		found bool
		want  string
	}{
		{"金风科技风电装备项目进展如何", false, "报告没有提到“金风科技风电装备项目”"},
		{"光明食品今年在盘锦扩产吗", false, "报告没有提到“光明食品”"},
		{"顺风产业园在盘锦落地没", false, "报告没有提到“顺风产业园”"},
		// A claim naming it is corrected with the name the report writes.
		{"加快金风科技风电装备项目建设是吧", true, "报告写的是大金重工风电装备"},
		// Subjects the report writes.
		{"大金重工风电装备项目今年建设吗", true, "大金重工风电装备"},
		{"佳味食品今年扩产吗", true, "佳味食品"},
		// A contraction of a name the report writes (大连理工大学盘锦校区),
		// and a common word before a kind no quote holds, name nothing new.
		{"大工盘锦校区报告里咋说的", true, "大连理工大学盘锦校区"},
		{"孩子大学毕业想回盘锦工作，有没有相关政策", true, "根据报告"},
	}
	for _, tt := range tests {
		ans, err := e.Ask(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tt.found || !strings.Contains(ans.Answer, tt.want) {
			t.Errorf("Ask(%q) = found %v %q, want found %v with %q", tt.q, ans.Found, ans.Answer, tt.found, tt.want)
		}
	}
}
