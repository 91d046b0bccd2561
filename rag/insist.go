package rag

import (
	"strings"
	"unicode"
)

// insistWords press a question ("经济到底涨了多少", "究竟是几个") and ask
// nothing: read without them, the words around close up into the ones
// the lexicon knows (经济涨).
var insistWords = []string{"到底", "究竟"}

// dropInsistence is text without its insisting adverbs. One ending a verb
// phrase ("进行到底，") is the verb's and stays, as does 到底完成, which asks
// for the actual result against the plan.
func dropInsistence(text string) string {
	for _, w := range insistWords {
		for from := 0; ; {
			i := strings.Index(text[from:], w)
			if i < 0 {
				break
			}
			i += from
			next := []rune(text[i+len(w):])
			if len(next) == 0 || !unicode.Is(unicode.Han, next[0]) || strings.ContainsRune("完的了吗呢啊吧", next[0]) {
				from = i + len(w)
				continue
			}
			text = text[:i] + text[i+len(w):]
			from = i
		}
	}
	return text
}
