package rag

import (
	"slices"
	"testing"
)

// English groups a number's digits by commas: "1,000" is one number, its
// term written without them as the reports write numbers; a comma between
// other digits still parts two numbers.
func TestGroupedNumberTerms(t *testing.T) {
	tok := Tokenizer{}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"covers 1,000 square kilometres", []string{"covers", "1000", "square", "kilometres"}},
		{"a 300,000-ton terminal", []string{"300000", "ton", "terminal"}},
		{"1,234.5 tons", []string{"1234.5", "tons"}},
		{"5,000个", []string{"5000", "5000个"}},
		{"2024,2025", []string{"2024", "2025"}},
		{"1,50", []string{"1", "50"}},
	} {
		if got := tok.Tokens(Normalize(tc.in)); !slices.Equal(got, tc.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
