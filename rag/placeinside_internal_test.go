package rag

import (
	"context"
	"strings"
	"testing"
)

// A question about a part of the city that no quote answers points at
// the clause naming that part and holding what was asked, still declined;
// with no such clause it says the report gives the whole city's.
func TestInsideClause(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []struct{ q, want string }{
		{"盘锦获批国家高新区了吗", "支持盘锦高新区争创国家高新区"},
		{"去年盘锦高新区成为国家高新区了吧", "支持盘锦高新区争创国家高新区"},
		{"盘锦高新区已经升格成国家高新区了", "支持盘锦高新区争创国家高新区"},
		{"大洼区今年GDP目标", "没有单列大洼区"},
	}
	for _, tt := range tests {
		ans, err := e.Ask(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found || !strings.Contains(ans.Answer, tt.want) {
			t.Errorf("Ask(%q) found=%v %q, want declined with %q", tt.q, ans.Found, ans.Answer, tt.want)
		}
	}
}

// A rank asked of a part of the city is given only by a quote naming the
// part with a rank or its ranking; which one of a count (第几段) is no rank.
func TestPlaceRankAsked(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []struct {
		q     string
		found bool
	}{
		{"盘锦高新区排名", false},
		{"对辽滨经开区排名今年有啥要求", true},
		{"红海滩的事在报告第几段？", true},
	}
	for _, tt := range tests {
		ans, err := e.Ask(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tt.found {
			t.Errorf("Ask(%q) found=%v %q, want found=%v", tt.q, ans.Found, ans.Answer, tt.found)
		}
	}
}
