package rag

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Span is a piece of a paragraph's text, in runes [Start,End) and the same
// piece in bytes, so quotes can be cut without re-counting.
type Span struct {
	Start, End         int
	byteStart, byteEnd int
}

const (
	sentenceEnds = "。！？；!?;"
	clauseEnds   = "。！？；!?;，,：:"
	closers      = "”’」』）)\"'"
)

var (
	sentenceEndSet = newRuneSet(sentenceEnds)
	fullEndSet     = newRuneSet("。！？!?")
	clauseEndSet   = newRuneSet(clauseEnds)
	closerSet      = newRuneSet(closers)
)

// Sentences splits text at sentence ends (。！？；), keeping closing quotes
// with the sentence they close.
func Sentences(text string) []Span { return splitSpans(text, sentenceEndSet) }

// FullSentences splits only at 。！？, keeping "；"-separated lists whole.
func FullSentences(text string) []Span { return splitSpans(text, fullEndSet) }

// Clauses splits text at sentence ends and commas and colons too: the unit a
// figure answer quotes.
func Clauses(text string) []Span { return splitSpans(text, clauseEndSet) }

// sentencesOf appends splitSpans(text, ends), for ends a subset of the clause
// ends, cut from text's clauses (Clauses(text), which the index keeps)
// instead of decoding every rune: both cut after an end and the closers
// that follow it, so a sentence is the run of clauses up to one whose
// last rune before its closers is in ends, or up to the text's end.
// text is the clauses' text: their last runes were read from it when the
// index was built (normClause.last).
func sentencesOf(out []Span, text string, cl []normClause, ends *runeSet) []Span {
	out = slices.Grow(out, len(cl)) // no more sentences than clauses
	first := 0
	for k, c := range cl {
		if k < len(cl)-1 && !ends.has(c.last) {
			continue
		}
		out = append(out, Span{cl[first].span.Start, c.span.End, cl[first].span.byteStart, c.span.byteEnd})
		first = k + 1
	}
	return out
}

// sentenceStart is the byte where the sentence (by sentenceEndSet) that
// holds clause i of cl starts: after the last clause before i whose last
// rune ends a sentence, as sentencesOf cuts it, without cutting the others.
func sentenceStart(cl []normClause, i int) int {
	for j := i - 1; j >= 0; j-- {
		if sentenceEndSet.has(cl[j].last) {
			return cl[j+1].span.byteStart
		}
	}
	return cl[0].span.byteStart
}

// lastBeforeClosers is s's last rune that is not a closer (-1 if none).
func lastBeforeClosers(s string) rune {
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !closerSet.has(r) {
			return r
		}
		s = s[:len(s)-size]
	}
	return -1
}

func splitSpans(text string, ends *runeSet) []Span {
	var out []Span
	start, bstart, ri := 0, 0, 0
	for bi := 0; bi < len(text); {
		r, size := utf8.DecodeRuneInString(text[bi:])
		bi += size
		ri++
		if !ends.has(r) {
			continue
		}
		for bi < len(text) {
			c, csize := utf8.DecodeRuneInString(text[bi:])
			if !closerSet.has(c) {
				break
			}
			bi += csize
			ri++
		}
		out = append(out, Span{Start: start, End: ri, byteStart: bstart, byteEnd: bi})
		start, bstart = ri, bi
	}
	if bstart < len(text) {
		out = append(out, Span{Start: start, End: ri, byteStart: bstart, byteEnd: len(text)})
	}
	return out
}

// Passage windows: short paragraphs stay whole; long ones become windows of
// whole sentences of about windowRunes. A topic sentence ("有效投资夯实支撑。")
// never ends a window: it belongs with the sentences it heads.
const (
	wholeParagraphRunes = 200
	windowRunes         = 140
)

func cutPassages(p *Paragraph) []Passage {
	text := p.Text
	mk := func(k int, sp Span, topic string) Passage {
		return Passage{
			ID:     fmt.Sprintf("%s/p%d/%d", p.Report, p.N, k),
			Report: p.Report, Para: p.N,
			Start: sp.Start, End: sp.End,
			Text:  text[sp.byteStart:sp.byteEnd],
			Topic: topic,
		}
	}
	sents := Sentences(text)
	if utf8.RuneCountInString(text) <= wholeParagraphRunes || len(sents) <= 1 {
		return []Passage{mk(0, Span{0, utf8.RuneCountInString(text), 0, len(text)}, "")}
	}
	// topicAt[i] is the latest in-paragraph lead sentence at or before i.
	topicAt := make([]string, len(sents))
	isTopic := make([]bool, len(sents))
	topic := ""
	for i, s := range sents {
		if st := text[s.byteStart:s.byteEnd]; i > 0 && isLeadSentence(st, 14) {
			topic = strings.TrimRight(st, "。")
			isTopic[i] = true
		}
		topicAt[i] = topic
	}
	var out []Passage
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && (sents[j].End-sents[i].Start <= windowRunes || isTopic[j-1]) {
			j++
		}
		sp := Span{sents[i].Start, sents[j-1].End, sents[i].byteStart, sents[j-1].byteEnd}
		out = append(out, mk(len(out), sp, topicAt[i]))
		i = j
	}
	return out
}
