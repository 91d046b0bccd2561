package rag

import (
	"strings"
	"testing"
)

// TestCountedPhrase: three asked words or more written one after another
// around the head, with a count asked in a measure word, make a phrase; a
// verb before the count (打掉几个团伙) or a conjunction does not join.
func TestCountedPhrase(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"今年新签约的央地合作项目有几个", true},
		{"绿色工厂示范单位有多少家", true},
		{"央地合作项目有几个", false},
		{"去年扫黑打掉几个团伙", false},
		{"绿色工厂示范单位的情况", false},
	} {
		norm := Normalize(tc.q)
		if got := countedPhrase(norm, ix.askedTerms(ix.analyze(norm, nil))) != nil; got != tc.want {
			t.Errorf("countedPhrase(%q) != nil = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestTypedTogether: a phrase the asker wrote as one run is typed together;
// words a stated figure parted (演出活动200余场次, read again without its
// figure) are not.
func TestTypedTogether(t *testing.T) {
	phrase := func(norm string, words ...string) []askedTerm {
		var out []askedTerm
		for _, w := range words {
			out = append(out, askedTerm{term: w, at: strings.Index(norm, w)})
		}
		return out
	}
	for _, tc := range []struct {
		norm, typed string
		words       []string
		want        bool
	}{
		{"今年新签约央地合作项目多少个", "今年新签约央地合作项目多少个", []string{"新签约", "央地合作", "项目"}, true},
		{"明年不少于多少场演出活动场次", "去年演出活动200余场次,明年不少于多少场", []string{"演出", "活动", "场次"}, false},
	} {
		if got := typedTogether(tc.norm, tc.typed, phrase(tc.norm, tc.words...)); got != tc.want {
			t.Errorf("typedTogether(%q, %q) = %v, want %v", tc.norm, tc.typed, got, tc.want)
		}
	}
}
