package rag

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParagraphLookupQuestions(t *testing.T) {
	ix := seedIndex(t)
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
		{"第２３段说了什么", 23, true, "¶23"}, // full-width digits, as input methods type them
		{"第二十三段说了什么", 23, true, "¶23"},
		{"¶２３", 23, true, "¶23"},
		// The other ways staff type a reference.
		{"P23", 23, true, "¶23"},
		{"p.23", 23, true, "¶23"},
		{"para 23", 23, true, "¶23"},
		{"段落23", 23, true, "¶23"},
		{"23段说啥", 23, true, "¶23"},
		{"第23自然段", 23, true, "¶23"},
		{"看下¶46", 46, true, "¶46"},
		{"查¶62", 62, true, "¶62"},
		{"第二段说的是谁", 2, true, "市长"},
		// From the end: the closing web link is no paragraph of the text.
		{"最后一段", 76, true, "¶76"},
		{"倒数第二段", 75, true, "¶75"},
		{"What does the last paragraph say?", 76, true, "¶76"},
		{"倒数第99段", 0, false, "没有倒数第99段"},
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
		p := &ix.Reports()[0].Paragraphs[tc.para-1]
		if len(ans.Citations) != 1 || ans.Citations[0].Paragraph != tc.para || ans.Citations[0].Quote != p.Text ||
			ans.Citations[0].Start != 0 || ans.Citations[0].End != utf8.RuneCountInString(p.Text) {
			t.Errorf("%q: citations %+v, want all of ¶%d", tc.q, ans.Citations, tc.para)
		}
	}
	// Several references are looked up in turn.
	ans0, err := e.Ask(context.Background(), Query{Text: "第23段说了什么？第24段呢"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ans0.Citations) != 2 || ans0.Citations[0].Paragraph != 23 || ans0.Citations[1].Paragraph != 24 {
		t.Errorf("two lookups: citations %+v", ans0.Citations)
	}
	for s, want := range map[string]int{"23": 23, "0023": 23, "一": 1, "十": 10, "十五": 15, "二十三": 23, "一百零二": 102, "两百": 200, "abc": 0, "二二": 0} {
		if got := paragraphNumber(s); got != want {
			t.Errorf("paragraphNumber(%q) = %d, want %d", s, got, want)
		}
	}
	// A number beside a Latin P or 段 inside a word is no reference.
	for _, q := range []string{"GDP 5.5%对吗", "京哈高速盘锦段什么时候通车"} {
		if nums := namedParagraphs(Normalize(q)); nums != nil {
			t.Errorf("namedParagraphs(%q) = %v, want none", q, nums)
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

func TestParagraphRefs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []int
	}{
		{"GDP目标多少", nil},
		{"详见第23段和¶24", []int{23, 24}},
		{"见§ 12", []int{12}},
		{"see paragraphs 5 and paragraph number 6", []int{5, 6}},
		{"最后一段和倒数第三段", []int{-1, -3}},
		{"第二十三段", []int{23}},
		// A model's prose may cite more paragraphs than a lookup answers.
		{"¶1 ¶2 ¶3 ¶4 ¶5 ¶6", []int{1, 2, 3, 4, 5, 6}},
		{"GDP 5.5%", nil},
	} {
		got := ParagraphRefs(Normalize(tc.text))
		if !slices.Equal(got, tc.want) {
			t.Errorf("ParagraphRefs(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
