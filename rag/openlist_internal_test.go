package rag

import (
	"context"
	"strings"
	"testing"
)

// A place the report writes nowhere, claimed in an open list of places
// (赴瑞士、荷兰、美国等国家), is declined as not mentioned, the list shown as
// related, never "corrected" with 不是; a place the list names is
// answered, and an unnamed law beside an open list of laws stays the
// correction that the list does not name it.
func TestOpenListUnnamedPlace(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []struct {
		q      string
		found  bool
		want   string // what the answer must say
		reject string // what it must not
	}{
		{"去年盘锦去法国搞经贸交流了吗", false, "报告没有提到“法国”", "不是法国"},
		{"去年赴韩国、日本开展经贸交流了吗", false, "没有点名韩国、日本", "不是韩国"},
		{"去年盘锦去美国搞经贸交流了吗", true, "美国", "报告没有提到"},
		{"盘政讲堂组织学习了《预算法》对吧", true, "没有点名《预算法》", "报告没有提到"},
	}
	for _, tt := range tests {
		ans, err := e.Ask(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tt.found || !strings.Contains(ans.Answer, tt.want) || strings.Contains(ans.Answer, tt.reject) {
			t.Errorf("Ask(%q) found=%v %q, want found=%v with %q, without %q", tt.q, ans.Found, ans.Answer, tt.found, tt.want, tt.reject)
		}
	}
}
