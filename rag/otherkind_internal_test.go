package rag

import "testing"

// A quote that writes the word asked after an unwritten kind only under a
// kind of its own (自我革命 for 厕所革命) answers nothing asked.
func TestQuoteOfOtherKindNotAnswer(t *testing.T) {
	checkAnswers(t, []answerCase{
		{q: "厕所革命今年怎么搞", want: []string{"没有直接回答"}, notWant: []string{"根据报告"}},
	})
}

func TestWritesOnlyOtherKind(t *testing.T) {
	ix := seedIndex(t)
	asked := func(q string) []askedTerm { return ix.askedTerms(ix.analyze(Normalize(q), nil)) }
	for _, c := range []struct {
		q, text string
		want    bool
	}{
		{"厕所革命今年怎么搞", "坚持以刀刃向内的勇气将自我革命进行到底", true},
		// written alone, or after a verb that says how: the kind may be it
		{"厕所革命今年怎么搞", "推动革命进行到底", false},
		{"厕所革命今年怎么搞", "深入推进革命", false},
	} {
		if got := ix.writesOnlyOtherKind(asked(c.q), Normalize(c.text)); got != c.want {
			t.Errorf("writesOnlyOtherKind(%q, %q) = %v, want %v", c.q, c.text, got, c.want)
		}
	}
}
