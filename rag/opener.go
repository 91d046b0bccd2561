package rag

import (
	"strings"
	"unicode"
)

// A question in a chat often opens with talk that asks nothing: praise or
// thanks for the last answer ("Well done.", "Thanks!", "好的，"), and in
// English a discourse word that ties it to what came before ("So what
// about…", "And how many…"). Read as words of the question, they were its
// subject: "Well done. What about unemployment?" was declined as "the
// report does not mention well". The question is what follows them.

// smallTalkOpenerKinds are the small talk a question may open with: the
// praise, thanks, acknowledgement and greeting a speaker puts before the
// next question. Not "不对" or "wrong": an objection is part of what the
// question then says.
var smallTalkOpenerKinds = []smallTalk{greeting, thanks, acknowledgement}

// discourseOpeners are English words that open a question to tie it to the
// one before, asking nothing themselves. Dropped only before a question
// word (discourseNext), where they can be nothing else: "well" of "well
// water" and "now" of "now open" stay.
var discourseOpeners = wordSet(strings.Fields(`so and well now then also ok okay alright anyway but oh um hmm`))

// discourseNext are the words that start an English question after a
// discourse word: asking words, auxiliaries, and a request.
var discourseNext = wordSet(strings.Fields(`what whats how which who whom whose when where why is are was were
	do does did can could will would should has have had tell give show list any
	so and then now`))

// dropOpeners is text without the small talk and discourse words that open
// it, or text itself when nothing does (or nothing would be left).
func dropOpeners(text string) string {
	for {
		rest, ok := dropOpener(text)
		if !ok {
			return text
		}
		text = rest
	}
}

// dropOpener drops one opener of text: a clause of small talk ended by
// punctuation, or a discourse word before a question word.
func dropOpener(text string) (string, bool) {
	norm := Normalize(text)
	if end := strings.IndexFunc(norm, isOpenerEnd); end > 0 {
		rest := strings.TrimLeftFunc(norm[end:], isTalkPunct)
		kind := readSmallTalk(norm[:end])
		for _, k := range smallTalkOpenerKinds {
			if kind == k && rest != "" && readSmallTalk(rest) == notSmallTalk {
				return rest, true
			}
		}
	}
	first, after, ok := strings.Cut(norm, " ")
	first = strings.TrimRightFunc(first, unicode.IsPunct)
	next, _, _ := strings.Cut(strings.TrimLeftFunc(after, isTalkPunct), " ")
	if ok && discourseOpeners[first] && discourseNext[strings.TrimRightFunc(next, unicode.IsPunct)] {
		return strings.TrimLeftFunc(after, isTalkPunct), true
	}
	return text, false
}

// isOpenerEnd ends an opening clause: a comma or a sentence's end.
func isOpenerEnd(r rune) bool { return strings.ContainsRune(",.!;:，。！；：～~…", r) }
