package rag

import "regexp"

// trailingFigureWord finds 数字 closing a question ("第8段的社零数字",
// "社零的数字是多少"): the figure asked for, no topic. Elsewhere it stays,
// a word of the reports' own (数字经济, 数字化转型).
var trailingFigureWord = regexp.MustCompile(`的?数字(?:是多少|是啥|是什么|多少|呢|吗)?[?？。!！\s]*$`)

// blankFigureWord blanks a closing 数字 of a question's text, keeping its
// length so that positions in it still hold.
func blankFigureWord(topical string) string {
	return trailingFigureWord.ReplaceAllStringFunc(topical, blank)
}
