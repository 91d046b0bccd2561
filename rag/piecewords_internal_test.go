package rag

import (
	"slices"
	"testing"
)

// A run the report writes only as a piece of its words (外开 of 对外开放,
// 点建 across 重点建设, 家规 across 国家规划) is asked as no term; one it
// writes starting or ending at a word (新签 of 新签约, 小微 of 中小微), or
// a word inside one of its words (毕业 of 毕业生), still is.
func TestAskedTermsNotReportPieces(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q          string
		want, none []string
	}{
		{"电动自行车充电点建了多少个", []string{"充电"}, []string{"点建"}},
		{"今年打算新添多少家规上企业啊", []string{"规上", "企业"}, []string{"家规"}},
		{"今年河蟹体验店还往外开不，开几家啊", []string{"河蟹"}, []string{"外开"}},
		{"央地合作项目去年新签了几个", []string{"新签"}, nil},
		{"小微企业贷款难，金融上有啥支持", []string{"小微"}, nil},
		{"去年造林多少亩", []string{"造林"}, nil},
	} {
		var got []string
		for _, a := range ix.askedTerms(ix.analyze(Normalize(tc.q), nil)) {
			got = append(got, a.term)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("asked terms of %q = %q, want %q among them", tc.q, got, w)
			}
		}
		for _, w := range tc.none {
			if slices.Contains(got, w) {
				t.Errorf("asked terms of %q = %q, want no %q", tc.q, got, w)
			}
		}
	}
}

// writesAsWords: where the dictionary cuts the report, a run starts or
// ends at a cut, or is a word inside one of its words.
func TestWritesAsWords(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"外开", false}, // only inside 对外开放
		{"点建", false}, // only across 重点建设
		{"家规", false}, // a word, but only across 国家规划
		{"动作", false}, // 主动作为, 带动作用
		{"新签", true},  // 新签约
		{"毕业", true},  // a word inside 毕业生
		{"盘锦", true},
		{"没有的词", false},
	} {
		if got := ix.writesAsWords(nil, tc.s); got != tc.want {
			t.Errorf("writesAsWords(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
