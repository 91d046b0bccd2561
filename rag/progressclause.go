package rag

import (
	"strings"
)

// A review sentence telling where a work stands ends on how far it got
// (华锦阿美项目地下工程全部完工、32套主装置陆续拔地而起，各关键节点均按时
// 完成，工程总体进度超过55%): a quote cut before that clause tells only the
// parts done, and reads as the whole done to one asking whether it was
// finished. A result quote cut short of a progress clause of its own
// sentence runs on through it.

// progressWord names, in a clause with a figure, how far a work has got.
const progressWord = "进度"

// groundProgressClause runs each result quote of the answer on to the end
// of a progress clause later in its own sentence.
func (e *Engine) groundProgressClause(d *Draft) {
	ans := d.Answer
	for ci, c := range ans.Citations {
		if c.Period.Kind != PeriodResult {
			continue
		}
		p := e.ix.citedParagraph(c)
		if p == nil {
			continue
		}
		sp, ok := throughProgressClause(p.Text, c.Start, c.End)
		if !ok {
			continue
		}
		widened := citationFor(p, sp)
		for i, part := range ans.Parts {
			if part.Type == PartQuote && len(part.Citations) > 0 && part.Citations[0] == ci && part.Text == c.Quote {
				ans.Parts[i].Text = widened.Quote
			}
		}
		ans.Citations[ci] = widened
	}
}

// throughProgressClause is the span of text from rune start to the end of
// the last progress clause after end within the sentence end falls in;
// false when that sentence has none after end.
func throughProgressClause(text string, start, end int) (Span, bool) {
	sentence, ok := sentenceHolding(text, end)
	if !ok {
		return Span{}, false
	}
	last := Span{}
	for _, cl := range Clauses(text) {
		if cl.Start < end || cl.End > sentence.End {
			continue
		}
		clause := text[cl.byteStart:cl.byteEnd]
		if strings.Contains(clause, progressWord) && strings.ContainsAny(clause, "0123456789") {
			last = cl
		}
	}
	if last.End == 0 {
		return Span{}, false
	}
	byteStart := len(string([]rune(text)[:start]))
	return trimSpan(text, Span{Start: start, End: last.End, byteStart: byteStart, byteEnd: last.byteEnd}), true
}

// sentenceHolding is the sentence of text (cut at ；too: a listed item
// is its own statement) that rune offset at ends in or lies inside: a
// quote ending at its clause's comma is still in it.
func sentenceHolding(text string, at int) (Span, bool) {
	for _, s := range Sentences(text) {
		if s.Start < at && at <= s.End {
			return s, true
		}
	}
	return Span{}, false
}
