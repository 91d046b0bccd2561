package rag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// questionMarks ask for something: a clause with one is a question, one
// without (after the question) tells why it is asked.
var questionMarks = []string{"多少", "几", "什么", "啥", "哪", "吗", "呢", "么", "没有", "?", "how", "what", "which", "when", "where", "who", "why", "is it", "are there", "does", "did"}

// asideStart is where a statement after a question's asking clause
// starts: "去年到底多整了多少个停车位啊 俺们小区门口还是没地儿停" asks about
// parking spaces, and says why; the 小区 and 门口 of the why are not what
// the figure counts. -1 when the question has none.
func asideStart(norm string) int {
	ask := -1
	for _, w := range []string{"多少", "几", "how many", "how much"} {
		if i := strings.Index(norm, w); i >= 0 && (ask < 0 || i < ask) {
			ask = i
		}
	}
	if ask < 0 {
		return -1
	}
	end := clauseBreak(norm, ask)
	if end < 0 {
		return -1
	}
	rest := norm[end:]
	if containsAny(rest, questionMarks) {
		return -1 // a second question, not an aside
	}
	if strings.TrimFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) == "" {
		return -1
	}
	return end
}

// clauseBreak is the byte offset of the first clause break in norm from
// i on (a comma, a full stop, an exclamation mark, a space between two
// Chinese characters, or after a spoken 啊 or 呀); -1 when none.
func clauseBreak(norm string, i int) int {
	for j := i; j < len(norm); {
		r, n := utf8.DecodeRuneInString(norm[j:])
		switch {
		case strings.ContainsRune(",，。.!！;；", r):
			return j
		case (r == '啊' || r == '呀') && j > i:
			// Normalize drops the space a speaker leaves after it:
			// "多少个停车位啊 俺们小区…".
			return j + n
		case r == ' ' && j > 0:
			before, _ := utf8.DecodeLastRuneInString(norm[:j])
			after, _ := utf8.DecodeRuneInString(norm[j+n:])
			if isHan(before) && isHan(after) || isSentenceParticle(before) && isHan(after) {
				return j
			}
		}
		j += n
	}
	return -1
}

func isSentenceParticle(r rune) bool { return strings.ContainsRune("啊呀吧呢哈嘛", r) }

// beforeAside is asked without the terms of a statement after the asking
// clause.
func beforeAside(asked []askedTerm, norm string) []askedTerm {
	at := asideStart(norm)
	if at < 0 {
		return asked
	}
	out := make([]askedTerm, 0, len(asked))
	for _, t := range asked {
		if t.at < at {
			out = append(out, t)
		}
	}
	return out
}

// sceneBefore is asked without the nouns no report writes that set the
// scene in a statement before the asking clause: "小孩没人带，今年托位能有
// 多少" asks the places, and the 小孩 of why it is asked is no word a
// figure's clause could hold (nor 孩子 and 念书 of "我孩子在职业技术学院念书，
// 学校现在多少学生了"). A noun right before a written word asked qualifies
// it (公办 of "公办幼儿园学位，去年新增多少"): kept; and nothing is dropped
// unless the asking clause asks a written word of substance itself.
func sceneBefore(asked []askedTerm, norm string) []askedTerm {
	ask := -1
	for _, w := range []string{"多少", "几"} {
		if i := strings.Index(norm, w); i >= 0 && (ask < 0 || i < ask) {
			ask = i
		}
	}
	if ask < 0 {
		return asked
	}
	start := strings.LastIndexAny(norm[:ask], ",，。.!！;；?？")
	if start < 0 || !slices.ContainsFunc(asked, func(t askedTerm) bool { return !t.missing && t.weight >= 1 && t.at > start }) {
		return asked
	}
	scene := func(t askedTerm) bool {
		if !t.missing || !t.noun || t.head || t.at < 0 || t.at > start {
			return false
		}
		end := t.at + len(t.term)
		return !slices.ContainsFunc(asked, func(u askedTerm) bool { return !u.missing && u.at == end })
	}
	if !slices.ContainsFunc(asked, scene) {
		return asked
	}
	return slices.DeleteFunc(slices.Clone(asked), scene)
}
