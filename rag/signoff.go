package rag

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// signOff is a closing clause that asks nothing: thanks, a plea or a
// hurry ("麻烦了", "谢谢", "在线等", "急"), or a wish for detail ("说详细
// 点"). Left in, its words are read as what is asked — a term the report
// lacks or a qualifier it never writes beside the figure — and a question
// the report answers is declined.
var signOff = regexp.MustCompile(`^(?:(?:麻烦|辛苦|拜托)(?:你|您)?(?:了|啦)|(?:谢谢|多谢|感谢)(?:你|您)?(?:了|啦)?|感谢感谢|在线等|急+|求解答|(?:请|麻烦)?(?:说|讲|回答)?(?:得)?(?:详细|具体)(?:一)?点|(?:详细|具体)(?:说说|讲讲))[啊呀哈哦噢吧！!。.~～\s]*$`)

// asideIntro is a clause that opens a question and asks nothing: who the
// asker is by office ("我是市人大代表，", "本人是政协委员，") or a
// formula of thanks for the year's work ("在全市上下的共同努力下，").
var asideIntro = regexp.MustCompile(`^(?:(?:我是|本人是)[\p{Han}]{0,6}(?:人大代表|政协委员|记者|网友)|在[\p{Han}]{0,10}(?:共同努力|带领|领导)下)$`)

// dropAsides removes a closing sign-off clause and the opening aside
// clauses of text; a question that is nothing else is left whole.
func dropAsides(text string) string {
	if rest := dropSignOff(text); rest != "" {
		text = rest
	}
	return dropLeadClauses(text, func(clause, _ string) bool { return asideIntro.MatchString(clause) })
}

// dropSignOff removes the last clause of text when it is a sign-off,
// with the marks before it; "" when nothing else is left.
func dropSignOff(text string) string {
	trimmed := strings.TrimRightFunc(text, isSpaceOrBreak)
	cut := strings.LastIndexFunc(trimmed, isPersonalBreak)
	if cut < 0 {
		return text
	}
	_, width := utf8.DecodeRuneInString(trimmed[cut:])
	if !signOff.MatchString(trimmed[cut+width:]) {
		return text
	}
	return strings.TrimRightFunc(trimmed[:cut], isSpaceOrBreak)
}

// isSpaceOrBreak: r is white space or a clause break (isPersonalBreak),
// what may stand around a sign-off and is trimmed with it.
func isSpaceOrBreak(r rune) bool { return unicode.IsSpace(r) || isPersonalBreak(r) }
