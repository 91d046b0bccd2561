package rag

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// maxOpeningBack is how many characters, at most, a quote's start moves
// back to its sentence's: a sentence's worth, never a long preamble.
const maxOpeningBack = 160

// fromSentenceStart is c with its start moved back to the start of the
// full sentence it begins in: a run of sentences on a topic opens where
// its first sentence does, and the clauses a narrowed window left before
// the best one ("编制文体旅融合发展总体规划，" before 统筹地域文化、旅游资源,
// "坚持和发展新时代“枫桥经验”，" before 推动矛盾纠纷依法处理) are most often
// the measure itself. In a list (items after "：", split by "；") it
// moves back only to its own item's start: the others are other things.
// Nor further than maxOpeningBack characters: a long preamble (¶22's
// guiding thought before 现代化产业体系) is no measure, and would spend the
// quote's length.
func fromSentenceStart(c candidate) candidate {
	for _, s := range FullSentences(c.para.Text) {
		sp := trimSpan(c.para.Text, s)
		if sp.Start > c.span.Start || c.span.Start >= sp.End {
			continue
		}
		before := c.para.Text[sp.byteStart:c.span.byteStart]
		if i := strings.LastIndexAny(before, "：；:;"); i >= 0 {
			_, w := utf8.DecodeRuneInString(before[i:])
			skip := i + w
			sp.Start += utf8.RuneCountInString(before[:skip])
			sp.byteStart += skip
		}
		if c.span.Start-sp.Start > maxOpeningBack {
			return c
		}
		c.span.Start, c.span.byteStart = sp.Start, sp.byteStart
		return c
	}
	return c
}

// midSentence reports whether c's quote starts after the start of its
// sentence: a clause a narrowed window cut from it.
func midSentence(c candidate) bool {
	whole := sentenceOf(c)
	return strings.TrimSpace(c.para.Text[whole.span.byteStart:c.span.byteStart]) != ""
}

// doWhat asks what is done in everyday words: 干点啥, 做些什么, 搞了哪些.
var doWhat = regexp.MustCompile(`[干做搞][点些了]?(?:啥|什么|哪些)`)

// asksWorkDone reports whether norm asks what is done or planned on a
// topic — its arrangements (安排, 部署) or what is done (干点啥) — which the
// run of sentences a heading opens answers, as asked how.
func asksWorkDone(norm string) bool {
	return containsAny(norm, planDigestCues) || doWhat.MatchString(norm)
}
