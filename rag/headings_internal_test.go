package rag

import "testing"

// continueHeadings goes on from a heading whose extension dropped a quote
// picked before it: the heading after it is still extended.
func TestContinueHeadingsAfterDrop(t *testing.T) {
	sentences := func(text string) []Span {
		var out []Span
		for _, s := range FullSentences(text) {
			out = append(out, trimSpan(text, s))
		}
		return out
	}
	p := &Paragraph{Text: "实施营商环境质量提升行动。深化一网通办改革，企业开办一天以内办结。"}
	q := &Paragraph{Text: "防汛抗洪能力增强。建成排涝泵站十座，加固堤防四十公里。"}
	ps, qs := sentences(p.Text), sentences(q.Text)
	picked := []candidate{
		{para: p, span: ps[1]}, // what the first heading's extension covers
		{para: p, span: ps[0]}, // a heading
		{para: q, span: qs[0]}, // another heading
	}
	got := continueHeadings(picked, false, false)
	if len(got) != 2 {
		t.Fatalf("continueHeadings kept %d quotes, want 2: %+v", len(got), got)
	}
	for _, c := range got {
		if c.span.End == c.span.Start || isHeading(c.para.Text[c.span.byteStart:c.span.byteEnd]) {
			t.Errorf("quote %q was left a bare heading", c.para.Text[c.span.byteStart:c.span.byteEnd])
		}
	}
}
