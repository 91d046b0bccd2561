package rag

import (
	"index/suffixarray"
	"unsafe"
)

// corpusText answers "does the report say this anywhere?" in O(log n) with
// a suffix array: the unknown-word check asks it for every substring of a
// question, and scanning the whole report each time dominated Ask.
type corpusText struct {
	text string
	sa   *suffixarray.Index
}

func newCorpusText(text string) *corpusText {
	return newCorpusBytes([]byte(text))
}

// newCorpusBytes indexes b, which it keeps: the caller must not change it.
// The text is the suffix array's own bytes, not a copy (a thousand
// reports' texts are tens of megabytes).
func newCorpusBytes(b []byte) *corpusText {
	c := &corpusText{sa: suffixarray.New(b)}
	if len(b) > 0 {
		c.text = unsafe.String(&b[0], len(b))
	}
	return c
}

// Contains reports whether s occurs in the text.
func (c *corpusText) Contains(s string) bool {
	return s != "" && len(c.sa.Lookup([]byte(s), 1)) > 0
}

// ContainsTerm is ContainsTerm(text, w).
func (c *corpusText) ContainsTerm(w string) bool { return ContainsTerm(c.text, w) }

// unionText is the text of several reports: it says what any of them says.
type unionText []*corpusText

func (u unionText) Contains(s string) bool {
	for _, c := range u {
		if c.Contains(s) {
			return true
		}
	}
	return false
}

func (u unionText) ContainsTerm(w string) bool {
	for _, c := range u {
		if c.ContainsTerm(w) {
			return true
		}
	}
	return false
}
