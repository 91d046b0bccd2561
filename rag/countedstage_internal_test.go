package rag

import "testing"

// TestCountsOtherStage: a stage asked (新签约) where the sentence counts
// the same things at another stage right before them is another count; the
// same stage, a stage written apart from the things, or a lacked word that
// is no stage is not.
func TestCountsOtherStage(t *testing.T) {
	terms := func(words ...string) []askedTerm {
		var out []askedTerm
		for _, w := range words {
			out = append(out, askedTerm{term: w})
		}
		return out
	}
	for _, tc := range []struct {
		lacked, held []string
		scoped       string
		want         bool
	}{
		{[]string{"新签约"}, []string{"央地合作", "项目"}, "全年滚动实施央地合作项目10个以上", true},
		{[]string{"竣工"}, []string{"项目"}, "推动全年开复工项目502个，272个新建项目开工建设", false},
		{[]string{"新签约"}, []string{"央地合作", "项目"}, "新签约央地合作项目19个", false},
		{[]string{"新签约"}, []string{"项目"}, "支持光学电子供应链产业园建设，新进驻项目6个", false},
		{[]string{"光学电子"}, []string{"项目"}, "全年滚动实施央地合作项目10个以上", false},
	} {
		if got := countsOtherStage(terms(tc.lacked...), terms(tc.held...), tc.scoped); got != tc.want {
			t.Errorf("countsOtherStage(%v, %v, %q) = %v, want %v", tc.lacked, tc.held, tc.scoped, got, tc.want)
		}
	}
}
