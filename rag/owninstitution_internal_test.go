package rag

import (
	"context"
	"strings"
	"testing"
)

// A yes/no question or a claim about an institution named after the city
// is not answered by quotes that do not name it; one whose quote names it,
// a topic asked of it, or another one's deed claimed of it is left as it
// was.
func TestOwnInstitutionUnquoted(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range []struct {
		q        string
		declined bool
	}{
		{"盘锦职业技术学院升本了吗", true},
		{"盘锦职业技术学院去年升格为本科了", true},
		{"盘锦银行今年上市吗？", true},
		{"盘锦职业技术学院有多少学生", false},
		{"去年盘锦从银行贷出去的钱多了多少", false},
		// another college's deed claimed of it: a misnamed premise, left to
		// the claims step
		{"盘锦职业技术学院去年恢复招生了", false},
	} {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		declined := !ans.Found && strings.Contains(ans.Answer, "写到这一点")
		if declined != tc.declined {
			t.Errorf("%s: declined %v, want %v: %s", tc.q, declined, tc.declined, ans.Answer)
		}
	}
}
