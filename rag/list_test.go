package rag

import (
	"context"
	"testing"
)

// Questions for the areas of work are answered from the report's structure:
// the eight sections of part 二, or of part 一 for last year.
func TestAreaQuestionsListTheSections(t *testing.T) {
	ix := seedIndex(t)
	e := NewEngine(ix, nil)
	for q, first := range map[string]int{
		"2025年要重点做好哪八个方面工作？":                              26,
		"今年的主要任务是什么":                                      26,
		"今年有哪些重点任务":                                       26,
		"What are the main tasks for 2025?":               26,
		"What are the eight key areas of work this year?": 26,
		"What are the key areas of work for 2025?":        26,
		"去年的重点工作有哪些":                                      8,
	} {
		ans, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		// The heading line, then the eight sections.
		if !ans.Found || len(ans.Citations) != 9 || ans.Citations[1].Paragraph != first {
			t.Errorf("%q: found=%v, %d citations (first item ¶%d), want 1+8 from ¶%d:\n%s", q, ans.Found, len(ans.Citations), paraOf(ans, 1), first, ans.Answer)
		}
	}
}

func paraOf(a *Answer, i int) int {
	if i < len(a.Citations) {
		return a.Citations[i].Paragraph
	}
	return 0
}
