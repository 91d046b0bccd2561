package rag

import (
	"context"
	"strings"
	"testing"
)

// answerCase is a question, texts its answer must hold and texts it must
// not.
type answerCase struct {
	q             string
	want, notWant []string
}

// checkAnswers asks each case of an engine over the seed report and checks
// its answer's texts.
func checkAnswers(t *testing.T, cases []answerCase) {
	t.Helper()
	e := NewEngine(seedIndex(t), nil)
	for _, tc := range cases {
		ans, err := e.Ask(context.Background(), Query{Text: tc.q})
		if err != nil {
			t.Fatalf("Ask(%q): %v", tc.q, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(ans.Answer, w) {
				t.Errorf("Ask(%q) lacks %q:\n%s", tc.q, w, ans.Answer)
			}
		}
		for _, w := range tc.notWant {
			if strings.Contains(ans.Answer, w) {
				t.Errorf("Ask(%q) holds %q:\n%s", tc.q, w, ans.Answer)
			}
		}
	}
}
