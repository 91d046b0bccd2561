package rag

import "testing"

// The spoken verbs of doing after 在全国 say where the city acts, not
// the country's own figure asked.
func TestActsAcrossSpoken(t *testing.T) {
	for q, want := range map[string]bool{
		"今年河蟹体验店要在全国整多少家": true,
		"体验店在全省搞几个":       true,
		"全国今年粮食产量多少":      false,
		"在全国排第几":          false,
	} {
		if got := actsAcross.MatchString(q); got != want {
			t.Errorf("actsAcross(%q) = %v, want %v", q, got, want)
		}
	}
}
