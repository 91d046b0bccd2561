package rag

import (
	"regexp"
	"strings"
)

// A message may ask a count and then guess it in a clause of its own:
// "去年几轮强降雨，五轮吗". The guess claims that count: the question read
// with the guess in the asked count's place (去年五轮强降雨) is a premise,
// checked as one is. Left alone, the answer reads as if it agreed.

// GuessMeasures are the measure words of a count asked with 多少 or 几
// that a guess after it counts in (the figures' premise reader lends them
// to a bare guess).
const GuessMeasures = "名人个家项所座条台辆套户次轮批位场件处"

// GuessEnds may end a guess (五轮吗, 一万多吧).
const GuessEnds = "吧吗呢啊呀？?。！! "

// guessAsked is a count asked: 几 or 多少 and a measure word.
var guessAsked = regexp.MustCompile(`(?:几|多少)([` + GuessMeasures + `])`)

// countGuess is a clause that only guesses a number, in the measure word
// or without one: 五轮, 听说有一万多, 大概八轮.
var countGuess = regexp.MustCompile(`^(?:听说|好像|大概|估计|应该|是|有)*([0-9一二两三四五六七八九十百千万.]+多?)([` + GuessMeasures + `]?)$`)

// guessedCount is t read with the guess of its last clause in place of the
// count an earlier clause asks, "" when it asks none or guesses none, or
// guesses in another measure word.
func guessedCount(t string) string {
	t = strings.TrimRight(t, GuessEnds)
	at := strings.LastIndexAny(t, "，,？?；;")
	if at <= 0 {
		return ""
	}
	head := t[:at]
	_, size := firstRune(t[at:])
	g := countGuess.FindStringSubmatch(strings.TrimSpace(t[at+size:]))
	if g == nil {
		return ""
	}
	asked := guessAsked.FindAllStringSubmatchIndex(head, -1)
	if len(asked) == 0 {
		return ""
	}
	m := asked[len(asked)-1]
	measure := head[m[2]:m[3]]
	if g[2] != "" && g[2] != measure {
		return ""
	}
	return head[:m[0]] + g[1] + measure + head[m[1]:]
}
