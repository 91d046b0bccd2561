package rag

import (
	"context"
	"testing"
)

// Which company built a thing is asked in English by which beside the
// builder's noun; the report names a builder only where the plan supports
// a company to start building (支持汇福粮油开工建设饲料蛋白项目).
func TestWhichCompanyBuilds(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q     string
		found bool
	}{
		{"Which company built the 300,000-ton crude oil terminal at Panjin Port?", false},
		{"Which firm is building the crude oil terminal?", false},
		{"Which company will build the feed protein project?", true},
		{"饲料蛋白项目是哪家公司建的？", true},
	} {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tc.found {
			t.Errorf("Ask(%q).Found = %v, want %v: %s", tc.q, ans.Found, tc.found, ans.Answer)
		}
	}
}
