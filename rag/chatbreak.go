package rag

import (
	"strings"
	"unicode"
)

// chatBreaks writes a tilde or an emoji that parts two runs of words as
// the comma writing puts there: chat types "孩子明年上幼儿园～普惠率多少"
// and "准备开个公司🤔现在企业开办要多久". Read as nothing, such a mark
// glued the story before it to the question, whose words then became the
// subject or the period asked (the child's 明年 read as 2026). A tilde
// between digits is a range (1~2个) and stays; a mark that opens or ends
// the text, or stands beside punctuation, parts nothing and stays too.
func chatBreaks(text string) string {
	if !strings.ContainsFunc(text, isChatBreak) {
		return text // most questions
	}
	rs := []rune(text)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if !isChatBreak(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && (isChatBreak(rs[j]) || unicode.IsSpace(rs[j])) {
			j++
		}
		before, after := wordRuneBefore(rs, i), wordRuneAt(rs, j)
		if before != 0 && after != 0 && !(isRangeTilde(rs[i:j]) && isDigitRune(before) && isDigitRune(after)) {
			b.WriteRune('，')
		} else {
			b.WriteString(string(rs[i:j]))
		}
		i = j
	}
	return b.String()
}

// isChatBreak: a tilde, or an emoji with its joiner and variation
// selector, which chat puts between words.
func isChatBreak(r rune) bool {
	return r == '～' || r == '~' || r == '〜' || r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r == '\uFE0F' || r == '\u200D'
}

// isRangeTilde reports whether the run holds a tilde, which between
// digits writes a range.
func isRangeTilde(run []rune) bool {
	return strings.ContainsAny(string(run), "～~〜")
}

// wordRuneBefore is the rune before rs[i] when it is a letter, digit or
// Han character, spaces skipped; 0 otherwise.
func wordRuneBefore(rs []rune, i int) rune {
	for k := i - 1; k >= 0; k-- {
		if unicode.IsSpace(rs[k]) {
			continue
		}
		if unicode.IsLetter(rs[k]) || unicode.IsDigit(rs[k]) {
			return rs[k]
		}
		return 0
	}
	return 0
}

// wordRuneAt is rs[j] when it is a letter, digit or Han character; 0
// otherwise or past the end.
func wordRuneAt(rs []rune, j int) rune {
	if j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
		return rs[j]
	}
	return 0
}
