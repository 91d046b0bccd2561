package rag

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// A question asking how a topic is done is answered from the body of the
// report on it, not only from the targets line that states its figure.
func TestSectionFirstQuotesTheBody(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q     string
		para  int
		quote string
	}{
		{"今年打算怎么提振消费", 30, "释放消费潜力"},
		{"今年财政过紧日子咋落实", 75, "过紧日子"},
		{"今年怎么扩大消费", 30, "扩大传统消费"},
	} {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatalf("Ask(%q): %v", tc.q, err)
		}
		if !slices.ContainsFunc(ans.Citations, func(c Citation) bool {
			return c.Paragraph == tc.para && strings.Contains(c.Quote, tc.quote)
		}) {
			t.Errorf("Ask(%q) quotes no %q of ¶%d:\n%s", tc.q, tc.quote, tc.para, ans.Answer)
		}
	}
}

func TestOpensPart(t *testing.T) {
	ix := seedIndex(t)
	rep := ix.Latest()
	for _, tc := range []struct {
		n    int
		want bool
	}{
		{6, true},   // 2024's overview
		{22, true},  // 2025's general requirements
		{23, true},  // 2025's targets
		{30, false}, // a section's body
		{75, false}, // after the sections, in no section
	} {
		p, err := rep.Paragraph(tc.n)
		if err != nil {
			t.Fatal(err)
		}
		if got := ix.opensPart(p); got != tc.want {
			t.Errorf("opensPart(¶%d) = %v, want %v", tc.n, got, tc.want)
		}
	}
}

// Asking what help there is, or what progress was made, asks what is done,
// as asking for measures does.
func TestHowAskedHelp(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"没人带娃今年有啥帮衬", true},
		{"对民营企业今年有啥扶持", true},
		{"残疾孩子有什么帮助", true},
		{"今年有啥新举措", true},
		{"去年城市建设有什么进展", true},
		{"去年文化事业有哪些成效", true},
		{"今年有啥好玩的", false},
	} {
		if got := howAsked.MatchString(tc.q); got != tc.want {
			t.Errorf("howAsked(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
