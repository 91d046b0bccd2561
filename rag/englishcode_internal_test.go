package rag

import (
	"context"
	"strings"
	"testing"
)

func TestEnglishCodeAsked(t *testing.T) {
	cases := []struct{ q, want string }{
		{"what does 322 stand for?", "322"},
		{"what is the 3442 system", "3442"},
		{"what's “3442”?", "3442"},
		{"what does 322 mean", "322"},
		{"what is the 3442 system's output value?", ""}, // a figure of it
		{"what is the 3442 system doing for jobs in 2025?", ""},
		{"how many 322 projects are there?", ""},
	}
	for _, c := range cases {
		got := ""
		if m := englishCodeAsked.FindStringSubmatch(c.q); m != nil {
			got = m[1]
		}
		if got != c.want {
			t.Errorf("englishCodeAsked(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestGroundEnglishCode(t *testing.T) {
	e := NewEngine(seedIndex(t), nil)
	cases := []struct {
		q     string
		found bool
		holds string // a quote the answer must show
	}{
		{"What does the 3442 stand for?", false, "“3442”现代化产业体系"},
		{"What is the 322 agricultural chain?", false, "“322”现代农业全产业链体系"},
		// A year is no code the report quotes: the question is answered.
		{"What is the 2025 GDP target?", true, "5.5%"},
	}
	for _, c := range cases {
		ans, err := e.Ask(context.Background(), Query{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != c.found || !strings.Contains(ans.Answer, c.holds) {
			t.Errorf("Ask(%q) = found %v, want %v holding %q: %s", c.q, ans.Found, c.found, c.holds, ans.Answer)
		}
	}
}
