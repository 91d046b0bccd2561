package rag_test

import (
	"context"
	"testing"

	"github.com/reportbot/reportbot/rag"
)

// A grant for a thing the report never writes was answered with its
// grants for other things (补贴支持住房消费, 社会救助); one for a thing it
// writes still is.
func TestGrantForUnwrittenThingDeclined(t *testing.T) {
	for _, tc := range []struct {
		q     string
		found bool
	}{
		{"养狗有补助吗", false},
		{"生二胎有补贴吗", false},
		{"装修有补助吗", false},
		{"买房有补助吗", true},
		{"残疾儿童康复有救助吗", true},
	} {
		a, err := seedEngine(t, false).Ask(context.Background(), rag.Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found != tc.found {
			t.Errorf("Ask(%q).Found = %v, want %v: %s", tc.q, a.Found, tc.found, a.Answer)
		}
	}
}
