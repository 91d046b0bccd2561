package rag

import (
	"slices"
	"testing"
)

func TestAsideStart(t *testing.T) {
	for _, tc := range []struct {
		q     string
		aside string // the text from the aside on; "" for none
	}{
		{"去年到底多整了多少个停车位啊 俺们小区门口还是没地儿停", "俺们小区门口还是没地儿停"},
		{"去年新增了多少停车位，俺们小区还是没地儿停", ",俺们小区还是没地儿停"},
		{"去年新增了多少停车位，是哪些小区", ""}, // a second question
		{"去年新增了多少停车位？", ""},
		{"去年新增了多少停车位", ""},
		{"俺们小区没地儿停，去年新增了多少停车位", ""}, // the why before the question is the question's
	} {
		n := Normalize(tc.q)
		got := ""
		if i := asideStart(n); i >= 0 {
			got = n[i:]
		}
		if got != tc.aside {
			t.Errorf("asideStart(%q) leaves %q, want %q", tc.q, got, tc.aside)
		}
	}
}

// The nouns no report writes that set the scene before the asking clause
// are no words a figure must hold; a noun qualifying a written word, or
// one beside an asking clause that asks nothing written, stays.
func TestSceneBefore(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q       string
		dropped []string
	}{
		{"小孩没人带，今年托位能有多少啊", []string{"小孩"}},
		{"我孩子在盘锦职业技术学院念书，学校现在多少学生了", []string{"孩子", "念书"}},
		{"公办幼儿园学位，去年新增多少", nil}, // 公办 qualifies 幼儿园
		{"小孩托位今年能有多少", nil},     // one clause: no scene before it
		{"盘锦的民宿，今年要建多少家", nil},  // the asking clause asks nothing written
	} {
		n := Normalize(tc.q)
		asked := ix.askedTerms(ix.analyze(n, nil))
		kept := termTexts(sceneBefore(asked, n))
		var dropped []string
		for _, w := range termTexts(asked) {
			if !slices.Contains(kept, w) {
				dropped = append(dropped, w)
			}
		}
		if !slices.Equal(dropped, tc.dropped) {
			t.Errorf("sceneBefore(%q) drops %v, want %v (asked %+v)", tc.q, dropped, tc.dropped, asked)
		}
	}
}
