package rag

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reportbot/reportbot/seeds"
)

func TestParagraphLookupQuestions(t *testing.T) {
	reports, err := LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := NewIndex(reports, DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(ix, nil)
	for _, tc := range []struct {
		q     string
		para  int  // the paragraph quoted whole; 0 = none
		found bool // false: the lookup fails, or the question is not a lookup
		text  string
	}{
		{"第23段说了什么", 23, true, "¶23（二、2025年工作安排）"},
		{"¶27", 27, true, "强化项目支撑"},
		{"  第 6 段  ", 6, true, "【2024年结果】"},
		{"What does paragraph 23 say?", 23, true, "original Chinese"},
		{"第999段说了什么", 0, false, "没有第999段"},
		{"第77段", 0, false, "网页链接"},
		{"第0段", 0, false, "没有第0段"},
	} {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatalf("%q: %v", tc.q, err)
		}
		if ans.Found != tc.found || !strings.Contains(ans.Answer, tc.text) {
			t.Errorf("%q: found=%v answer:\n%s\nwant found=%v containing %q", tc.q, ans.Found, ans.Answer, tc.found, tc.text)
		}
		if tc.para == 0 {
			if len(ans.Citations) != 0 {
				t.Errorf("%q: citations %+v, want none", tc.q, ans.Citations)
			}
			continue
		}
		p := &reports[0].Paragraphs[tc.para-1]
		if len(ans.Citations) != 1 || ans.Citations[0].Paragraph != tc.para || ans.Citations[0].Quote != p.Text ||
			ans.Citations[0].Start != 0 || ans.Citations[0].End != utf8.RuneCountInString(p.Text) {
			t.Errorf("%q: citations %+v, want all of ¶%d", tc.q, ans.Citations, tc.para)
		}
	}
	// A question that names paragraphs but asks more is answered as a question.
	ans, err := e.Ask(context.Background(), Query{Text: "第23段和第6段的地区生产总值增长有什么不同"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(ans.Answer, "¶") || !ans.Found {
		t.Errorf("comparison question answered as a lookup:\n%s", ans.Answer)
	}
}
