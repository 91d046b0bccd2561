package rag

import "testing"

// TestAskedStageRun: the stage is what the question writes between its
// last asked word and its count word.
func TestAskedStageRun(t *testing.T) {
	for _, tc := range []struct {
		q     string
		asked []string
		want  string
	}{
		{"央地合作项目推进实施几个", []string{"央地合作", "项目"}, "推进实施"},
		{"精细化工中试基地产业化项目多少个", []string{"中试基地", "项目"}, ""},
		{"地区生产总值增长多少", []string{"地区生产总值"}, "增长"},
		{"项目签几个", []string{"项目"}, ""},
	} {
		var asked []askedTerm
		for _, a := range tc.asked {
			asked = append(asked, askedTerm{term: a, weight: 1})
		}
		if got := askedStageRun(tc.q, asked); got != tc.want {
			t.Errorf("askedStageRun(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
