package rag

import "testing"

func TestMentionAsked(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"有没有提到消费券", "消费券"},
		{"报告是否提到城中村改造", "城中村改造"},
		{"报告有没有提到棚户区改造？", "棚户区改造"},
		{"报告提到长护险了吗", "长护险"},
		{"有冇提到消费券", "消费券"},
		{"说没说厕所革命的事", "厕所革命"},
		{"有没有提到碳中和这件事", "碳中和"},
		// Not asking whether something is mentioned.
		{"今年GDP目标是多少", ""},
		{"提到了哪些民生实事", ""},
		{"有没有提到", ""},
	} {
		if got := mentionAsked(Normalize(c.q)); got != c.want {
			t.Errorf("mentionAsked(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
