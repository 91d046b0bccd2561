package rag

import (
	"context"
	"strings"
	"testing"
)

// A length is asked of the thing named: a paragraph on a bridge that also
// gives 燃气管道20公里 gives no length of the bridge. English how-words
// (way, handle, requirements) are no topic the report fails to mention;
// real estate risks are ¶67's 风险 … 房地产市场平稳健康发展.
func TestLengthOfNamedThingAndHowWords(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q         string
		wantFound bool
		notSay    string
	}{
		{"法盘线绕阳河大桥多长", false, ""},
		{"Why were the targets set this way?", true, "mention way"},
		{"How will the government handle real estate risks?", true, "handle"},
	} {
		a, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found != tc.wantFound {
			t.Errorf("%q: found=%v, want %v", tc.q, a.Found, tc.wantFound)
		}
		if tc.notSay != "" && strings.Contains(a.Answer, tc.notSay) {
			t.Errorf("%q: answer %q says %q", tc.q, a.Answer, tc.notSay)
		}
	}
}
