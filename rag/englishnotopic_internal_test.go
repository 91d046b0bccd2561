package rag

import (
	"slices"
	"testing"
)

func TestMissingWordsEnglishNoTopic(t *testing.T) {
	ix := seedIndex(t)
	cases := []struct {
		q    string
		want []string
	}{
		// Talk about the report and the -s form of a word of no topic
		// name nothing the report could lack.
		{"Which part of the report covers the port-based development?", nil},
		{"What's the layout the plan describes?", nil},
		// What a thing is called, and what it is to another, ask its name.
		{"What is 2025 called in relation to the 15th Five-Year Plan?", nil},
		{"What is the year called with regard to the plan?", nil},
		{"How will Panjin get more help from the provincial governments?", nil},
		// The common verbs and adjectives, and their participles, stay.
		{"has Panjin been named a forest city?", []string{"named"}},
		{"they want 20,000 talents, is that realistic", []string{"want", "realistic"}},
		// The inflected forms of pronouns, prepositions, auxiliaries,
		// adjectives and units are nouns the report may lack.
		{"is there coal mining in panjin", []string{"coal", "mining"}},
		{"is the city building new mines", []string{"mines"}},
		{"are new public squares planned", []string{"squares"}},
		{"does panjin have hot springs", []string{"hot", "springs"}},
	}
	for _, c := range cases {
		if got := ix.missingWords(Normalize(c.q), nil); !slices.Equal(got, c.want) {
			t.Errorf("missingWords(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestLinkWordHyphen(t *testing.T) {
	cases := []struct {
		norm, w string
		want    bool
	}{
		{"the port-based development strategy", "port based", true},
		{"the port based development", "port based", true},
		{"a sport-based club", "port based", false},
		{"port-wide", "port", true},
	}
	for _, c := range cases {
		if got := linkWordIn(c.norm, c.w); got != c.want {
			t.Errorf("linkWordIn(%q, %q) = %v, want %v", c.norm, c.w, got, c.want)
		}
	}
}
