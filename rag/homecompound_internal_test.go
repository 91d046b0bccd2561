package rag

import (
	"context"
	"slices"
	"testing"
)

// An English question naming a thing by the city's name and a lexicon
// word ("Panjin Bank") asks of the report's own name for it (盘锦银行),
// where the report writes one; not where the city is the subject of a
// verb ("will Panjin attract"), nor with a word the report never joins
// to the city's name.
func TestHomeCompounds(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q, word string
		want    []string
	}{
		{"What happened with Panjin Bank?", "bank", []string{"盘锦银行"}},
		{"What is Panjin Bank's situation?", "bank", []string{"盘锦银行"}},
		{"What did the report say about the Panjin bank?", "bank", []string{"盘锦银行"}},
		{"How many talent will Panjin attract in 2025?", "attract", nil},
		{"How many talents did Panjin attract in 2024?", "attract", nil},
		{"What is Panjin doing for tourism?", "doing", nil},
		{"What are Panjin's bank loans?", "bank", nil},
		{"What about Panjin rice?", "rice", []string{"盘锦大米"}},
		// 盘锦市绿色 only begins 盘锦市绿色货运配送城市示范工程.
		{"What are Panjin green plans for 2025?", "green", nil},
		{"How many Panjin green factories were built last year?", "green", nil},
	} {
		a := ix.analyze(Normalize(tc.q), nil)
		if got := a.compounds[tc.word]; !slices.Equal(got, tc.want) {
			t.Errorf("%q: compounds[%s] = %q, want %q", tc.q, tc.word, got, tc.want)
		}
	}
}

// The bank named so is answered from the paragraph that names it.
func TestHomeCompoundAnswers(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	for _, q := range []string{"What happened with Panjin Bank?", "What is Panjin Bank's situation?", "Panjin Bank reform"} {
		a, err := e.Ask(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found || len(a.Citations) == 0 || a.Citations[0].Paragraph != 14 {
			t.Errorf("%q: found=%v citations=%v, want ¶14 first", q, a.Found, a.Citations)
		}
	}
}
