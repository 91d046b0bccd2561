package rag

import "regexp"

// guessedMagnitude is a rough guess of a figure's size put after its ask
// (…游客有多少人啊，几百万？): 几 before a scale word, with nothing after it but
// a unit or a particle, names no second figure asked, only how large the
// asker thinks the first is. Read as a second 几 it made the question ask
// "several figures", and no unit was held against the answer.
var guessedMagnitude = regexp.MustCompile(`((?:多少|几)[^，,。；;]*)[，,]\s*(?:大概|大约|差不多|得有|有|是)?几[十百千万亿]+(?:人次|人|元|个|家|吨|户)?(?:吧|吗|啊|呀|嘛|么)?[?？]*$`)

// dropMagnitudeGuess removes a guessed magnitude (guessedMagnitude) after a
// question's ask, keeping the ask.
func dropMagnitudeGuess(text string) string {
	m := guessedMagnitude.FindStringSubmatchIndex(text)
	if m == nil {
		return text
	}
	return text[:m[3]] + "？"
}
