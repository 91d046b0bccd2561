package rag

import "testing"

func TestDropOpeners(t *testing.T) {
	cases := []struct{ q, want string }{
		{"Well done. What about unemployment?", "what about unemployment?"},
		{"Thanks! How about unemployment?", "how about unemployment?"},
		{"Great, so what is the GDP target?", "what is the gdp target?"},
		{"OK so how many parks were built?", "how many parks were built?"},
		{"好的，那失业率呢", "那失业率呢"},
		// A discourse word before no question word is the question's own.
		{"Well water supply this year?", "Well water supply this year?"},
		// No punctuation after praise: a name, not talk.
		{"Great Wall tourism?", "Great Wall tourism?"},
		// An objection is part of what the question says.
		{"不对，去年是多少", "不对，去年是多少"},
		// Nothing left after the talk: the text is small talk, kept.
		{"Thanks!", "Thanks!"},
	}
	for _, c := range cases {
		if got := dropOpeners(c.q); got != c.want {
			t.Errorf("dropOpeners(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestOpenerNotSubject(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "Well done. What about unemployment?", notWant: []string{"mention well"}},
		{q: "Thanks! How about unemployment?", notWant: []string{"mention thanks"}},
		{q: "Great, so what is the GDP target?", want: []string{"5.5%"}, notWant: []string{"mention great"}},
	})
}
