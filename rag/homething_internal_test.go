package rag

import (
	"context"
	"strings"
	"testing"
)

// A claim about another city's thing (锦州港, 营口港) is not corrected to
// the report's own city's (盘锦港): the report says nothing of that city;
// a place of another city it names in the slot (无锡 for 大连) is still
// corrected.
func TestHomeThingFor(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	tests := []struct {
		q       string
		correct string // the correction kept; "" when declined as another place
	}{
		{"锦州港30万吨码头建成了吗", ""},
		{"营口港30万吨级原油码头去年完工了吗", ""},
		{"盘锦和大连两市开展物联网合作吗", "报告写的是无锡，不是大连"},
	}
	for _, tt := range tests {
		ans, err := e.Ask(context.Background(), Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if tt.correct == "" && (ans.Found || strings.Contains(ans.Answer, "更正") || !strings.Contains(ans.Answer, "没有")) {
			t.Errorf("Ask(%q) found=%v %q, want declined as another place", tt.q, ans.Found, ans.Answer)
		}
		if tt.correct != "" && !strings.Contains(ans.Answer, tt.correct) {
			t.Errorf("Ask(%q) = %q, want %q", tt.q, ans.Answer, tt.correct)
		}
	}
}
