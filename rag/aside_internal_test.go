package rag

import "testing"

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
