package rag

import (
	"context"
	"strings"
	"testing"
)

// 治水 is the everyday word for the water's quality work (河长制, 黑臭水体,
// 水质): a question joining it to 治空气 gets both, not the air alone.
func TestEverydayWaterWord(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for q, want := range map[string][]string{
		"今年治空气和治水打算怎么搞": {"细颗粒物", "黑臭水体"},
		"今年治水打算怎么搞":     {"黑臭水体"},
	} {
		a, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !a.Found || !strings.Contains(a.Answer, w) {
				t.Errorf("%s: no %s: %s", q, w, a.Answer)
			}
		}
	}
}
